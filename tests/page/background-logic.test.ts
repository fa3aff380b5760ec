import { describe, expect, it, vi } from 'vitest';
import type { ContentMessageType, Request, Response } from '../../lib/messages';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { REPORT_TABS_KEY, ReportTabs, reportIdOfMessage, sessionTabStore, type TabStore } from '../../lib/page/report-tabs';
import { isNoReceiver, runOnTab, type TabApi } from '../../lib/page/run-on-tab';
import {
  CONTENT_SCRIPT_FILE,
  REGISTRATION_ID,
  grantSite,
  hostOfPattern,
  isBuiltInSite,
  isGrantablePattern,
  oneAtATime,
  patternsToRegister,
  sitePatternFor,
  syncRegistration,
  type ContentScriptRegistration,
  type SiteAccessApi,
} from '../../lib/page/site-access';

describe('"always on this site"', () => {
  it.each([
    ['https://www.sxyz.example.org/list/a.html?x=1#top', 'https://www.sxyz.example.org/*'],
    ['http://127.0.0.1:8080/report.html', 'http://127.0.0.1/*'],
    ['file:///home/report.html', null],
    ['chrome://extensions/', null],
    ['not a url', null],
  ])('the site of %s is %s', (url, pattern) => {
    expect(sitePatternFor(url)).toBe(pattern);
  });

  it.each([
    ['https://www.sxyz.example.org/*', true],
    ['http://127.0.0.1/*', true],
    ['https://www.gov.cn/*', false],
    ['*://*/*', false],
    ['https://a.example.org/path/*', false],
    ['javascript:alert(1)', false],
  ])('asks the browser only for one site at a time: %s → %s', (pattern, ok) => {
    expect(isGrantablePattern(pattern)).toBe(ok);
  });

  it('asks for the site on the reader’s click, before anything is awaited, then tells the tab', async () => {
    const calls: string[] = [];
    const api = {
      request: vi.fn(async (origins: string[]) => {
        calls.push(`request ${origins.join()}`);
        return true;
      }),
      tell: vi.fn(async (tabId: number) => calls.push(`tell ${tabId}`)),
    };
    const granted = grantSite('https://www.sxyz.example.org/*', 7, api);
    expect(calls).toEqual(['request https://www.sxyz.example.org/*']); // synchronously, in the click's handler
    expect(await granted).toBe(true);
    expect(calls).toEqual(['request https://www.sxyz.example.org/*', 'tell 7']);
    expect(hostOfPattern('https://www.sxyz.example.org/*')).toBe('www.sxyz.example.org');
  });

  it('tells the tab when the reader refused, and never asks for more than a site', async () => {
    const api = { request: vi.fn(async () => false), tell: vi.fn(async () => null) };
    expect(await grantSite('https://www.sxyz.example.org/*', 3, api)).toBe(false);
    expect(api.tell).toHaveBeenCalledWith(3);
    expect(await grantSite('*://*/*', 3, api)).toBe(false);
    expect(api.request).toHaveBeenCalledTimes(1);
  });

  it('knows the built-in sites', () => {
    expect(isBuiltInSite('https://www.gov.cn/zhengce/')).toBe(true);
    expect(isBuiltInSite('https://www.sxyz.example.org/')).toBe(false);
  });

  it('registers the granted origins, never the built-in ones', () => {
    expect(patternsToRegister(['*://*.gov.cn/*', 'https://b.example.org/*', 'https://a.example.org/*', 'https://a.example.org/*'])).toEqual([
      'https://a.example.org/*',
      'https://b.example.org/*',
    ]);
  });

  /** A fake of the scripting and permissions APIs. */
  function fakeApi(origins: string[]) {
    const state = { origins, scripts: [] as ContentScriptRegistration[] };
    const api: SiteAccessApi = {
      grantedOrigins: async () => [...state.origins],
      registered: async () => state.scripts.map((s) => ({ id: s.id, matches: s.matches })),
      register: vi.fn(async (scripts: ContentScriptRegistration[]) => {
        for (const s of scripts) if (state.scripts.some((x) => x.id === s.id)) throw new Error(`Duplicate script ID '${s.id}'`);
        state.scripts.push(...scripts);
      }),
      unregister: vi.fn(async (ids: string[]) => {
        state.scripts = state.scripts.filter((s) => !ids.includes(s.id));
      }),
    };
    return { state, api };
  }

  it('follows the permissions: registers, updates, and unregisters when the last site goes', async () => {
    const { state, api } = fakeApi(['*://*.gov.cn/*']);
    expect(await syncRegistration(api)).toEqual([]);
    expect(state.scripts).toEqual([]);

    state.origins.push('https://www.sxyz.example.org/*'); // permissions.request granted
    await syncRegistration(api);
    expect(state.scripts).toEqual([
      { id: REGISTRATION_ID, matches: ['https://www.sxyz.example.org/*'], js: [CONTENT_SCRIPT_FILE], runAt: 'document_idle' },
    ]);
    await syncRegistration(api); // nothing changed: nothing done
    expect(api.register).toHaveBeenCalledTimes(1);

    state.origins.push('https://b.example.org/*');
    await syncRegistration(api);
    expect(state.scripts.map((s) => s.matches)).toEqual([['https://b.example.org/*', 'https://www.sxyz.example.org/*']]);

    state.origins = ['*://*.gov.cn/*']; // the reader removed the permissions
    await syncRegistration(api);
    expect(state.scripts).toEqual([]);
  });

  it('restores a registration the browser did not keep', async () => {
    const { state, api } = fakeApi(['https://www.sxyz.example.org/*']);
    await syncRegistration(api);
    state.scripts = []; // a new session without persisted scripts
    await syncRegistration(api);
    expect(state.scripts.map((s) => s.id)).toEqual([REGISTRATION_ID]);
  });

  it('runs syncs one at a time, so two at once do not register twice', async () => {
    const { state, api } = fakeApi(['https://www.sxyz.example.org/*']);
    const sync = oneAtATime(() => syncRegistration(api));
    await Promise.all([sync(), sync(), sync()]);
    expect(state.scripts).toHaveLength(1);
  });
});

describe('running on a tab on request', () => {
  function fakeTab(options: { hasScript: boolean; injectable: boolean }) {
    let present = options.hasScript;
    const asked: string[] = [];
    const api: TabApi = {
      ask: async <K extends ContentMessageType>(_tab: number, type: K, _payload: Request<K>): Promise<Response<K>> => {
        asked.push(type);
        if (!present) throw new Error('page/extractNow：发送失败 / sending failed: Could not establish connection. Receiving end does not exist.');
        if (type === 'page/summary') return { state: 'ready', total: 3 } as unknown as Response<K>;
        return { reportId: 'r', found: 3, added: 0 } as unknown as Response<K>;
      },
      inject: vi.fn(async () => {
        if (!options.injectable) throw new Error('Cannot access contents of the page. Extension manifest must request permission to access the respective host.');
        present = true;
      }),
    };
    return { api, asked };
  }

  it('asks the content script when it is there', async () => {
    const { api, asked } = fakeTab({ hasScript: true, injectable: false });
    expect(await runOnTab(7, api)).toMatchObject({ state: 'ready' });
    expect(asked).toEqual(['page/extractNow', 'page/summary']);
    expect(api.inject).not.toHaveBeenCalled();
  });

  it('injects it first when it is not', async () => {
    const { api, asked } = fakeTab({ hasScript: false, injectable: true });
    expect(await runOnTab(7, api)).toMatchObject({ total: 3 });
    expect(asked).toEqual(['page/extractNow', 'page/extractNow', 'page/summary']);
  });

  it('says clearly when the tab may not be touched', async () => {
    const { api } = fakeTab({ hasScript: false, injectable: false });
    await expect(runOnTab(7, api)).rejects.toThrow(/无权访问此页.*No access to this page/);
  });

  it('recognises "no receiver" errors', () => {
    expect(isNoReceiver(new Error('Could not establish connection. Receiving end does not exist.'))).toBe(true);
    expect(isNoReceiver(new Error('数据库已关闭'))).toBe(false);
  });
});

describe('which tabs show which report', () => {
  it('learns tabs from the content scripts and forgets closed ones', () => {
    const tabs = new ReportTabs();
    tabs.note(1, 'A');
    tabs.note(2, 'B');
    tabs.note(3, 'A');
    tabs.note(2, 'A'); // the tab moved on to report A
    tabs.forget(3);
    expect(tabs.tabsOf('A')).toEqual([1, 2]);
    expect(tabs.tabsOf('B')).toEqual([]);
    expect(tabs.tabsOf(null)).toEqual([1, 2]);
  });

  it('still knows the tabs after the service worker slept and woke (storage.session)', async () => {
    fakeBrowser.reset();
    const store = sessionTabStore(fakeBrowser.storage.session)!;
    const before = new ReportTabs(store);
    await before.ready;
    before.note(1, 'A');
    before.note(2, 'B');
    before.note(3, 'A');
    before.forget(3);
    await before.flushed();
    expect(await fakeBrowser.storage.session.get(REPORT_TABS_KEY)).toEqual({ [REPORT_TABS_KEY]: { 1: 'A', 2: 'B' } });

    // A new worker: nothing in memory, the map read back from the session storage.
    const after = new ReportTabs(store);
    await after.ready;
    expect(after.tabsOf('A')).toEqual([1]);
    expect(after.tabsOf(null)).toEqual([1, 2]);
  });

  it('keeps what it learns while the stored map is still being read', async () => {
    let release: (map: Record<string, string>) => void = () => undefined;
    const saved: Record<string, string>[] = [];
    const slow: TabStore = {
      load: () => new Promise((resolve) => (release = resolve)),
      save: async (map) => void saved.push(map),
    };
    const tabs = new ReportTabs(slow);
    tabs.note(1, 'C'); // tab 1 moved on to report C while the worker was asleep
    tabs.forget(2); // tab 2 was closed
    release({ 1: 'A', 2: 'B', 4: 'D' });
    await tabs.ready;
    await tabs.flushed();
    expect(tabs.tabsOf(null).sort()).toEqual([1, 4]);
    expect(tabs.tabsOf('C')).toEqual([1]);
    expect(saved.at(-1)).toEqual({ 1: 'C', 4: 'D' });
  });

  it('works in memory alone where the browser has no session storage', async () => {
    expect(sessionTabStore(undefined)).toBeNull();
    const tabs = new ReportTabs(null);
    await tabs.ready;
    tabs.note(5, 'A');
    expect(tabs.tabsOf('A')).toEqual([5]);
  });

  it('reads the report id of the messages that carry one', () => {
    expect(reportIdOfMessage({ type: 'items/forReport', payload: { reportId: 'A' } })).toBe('A');
    expect(reportIdOfMessage({ type: 'tags/list', payload: {} })).toBeNull();
    expect(reportIdOfMessage('ping')).toBeNull();
  });
});
