import { describe, expect, test } from 'vitest';
import {
  focusInNewTab,
  NEW_TAB_FOCUS_ATTEMPTS,
  passageKeys,
  reportOfLink,
  showPassageInTab,
  whenTabLoaded,
  type PassageTabApi,
  type TabLoadApi,
} from '../../lib/page/passage-tab';
import { reportIdFor } from '../../lib/store/records';
import { textFragmentLink } from '../../lib/export/text-fragment';

const REPORT = 'https://www.gov.cn/gongbao/2024/gwr.html';
const LINK = textFragmentLink(REPORT, '国内生产总值增长5%左右', { prefix: '主要预期目标是：' });

describe('reportOfLink: which report a cell’s link is about, as the content scripts name the report of their page', () => {
  test.each<[string, string, string | null]>([
    ['a text fragment', LINK, REPORT],
    ['no fragment', REPORT, REPORT],
    ['a section anchor', `${REPORT}#part2`, REPORT],
    ['a query stays: another page', 'https://www.gov.cn/r.html?id=2#:~:text=x', 'https://www.gov.cn/r.html?id=2'],
    ['the host’s case and a default port fold as the browser folds them', 'https://WWW.GOV.CN:443/gongbao/2024/gwr.html#:~:text=x', REPORT],
    ['a local file', 'file:///home/reader/gwr.html#:~:text=x', 'file:///home/reader/gwr.html'],
    ['not a web page', 'javascript:alert(1)', null],
    ['an extension page', 'chrome-extension://abc/collection.html', null],
    ['not an address', '国内生产总值', null],
  ])('%s', (_, link, report) => {
    expect(reportOfLink(link)).toBe(report);
  });

  test.each<[string, string, boolean]>([
    ['the page the tab shows, scrolled to a fragment before', `${REPORT}#:~:text=城镇新增就业`, true],
    ['the same page over http', REPORT.replace('https:', 'http:'), false],
    ['another year’s report', 'https://www.gov.cn/gongbao/2025/gwr.html', false],
    ['the same path with a query', `${REPORT}?page=2`, false],
  ])('a tab at %s matches: %s', (_, tabUrl, same) => {
    // The content script of a tab names its report by reportIdFor(location.href).
    expect(reportOfLink(LINK) === reportIdFor(tabUrl)).toBe(same);
  });
});

type FakeTab = { report: string; items?: string[]; gone?: boolean; /** focus asks its annotator misses before it answers */ startsAfter?: number };

/**
 * A browser with tabs showing reports; what the background did, in order. A new tab gets id 100
 * and shows `opens` (its annotator's items), unless that is null (no content script there).
 */
function fakeBrowser(tabs: Record<number, FakeTab>, stored: string[] = [], opens: FakeTab | null = { report: REPORT, items: [] }) {
  const calls: string[] = [];
  const later: Promise<unknown>[] = [];
  const api: PassageTabApi = {
    tabsOf: async (reportId) => Object.entries(tabs).filter(([, t]) => t.report === reportId).map(([id]) => Number(id)),
    storedItemsAt: async (_, start, end) => stored.map((id) => `${id}@${start}-${end}`),
    focusItem: async (tabId, key) => {
      calls.push(`focus ${tabId} ${key}`);
      const tab = tabs[tabId]!;
      if (tab.gone) throw new Error('Could not establish connection. Receiving end does not exist.');
      if (tab.startsAfter) {
        tab.startsAfter--;
        throw new Error('Could not establish connection. Receiving end does not exist.');
      }
      return (tab.items ?? []).includes(key);
    },
    activate: async (tabId) => void calls.push(`activate ${tabId}`),
    open: async (url) => {
      calls.push(`open ${url}`);
      tabs[100] = opens ?? { report: REPORT, gone: true };
      return 100;
    },
    whenLoaded: async (tabId) => void calls.push(`loaded ${tabId}`),
    wait: async (ms) => void calls.push(`wait ${ms}`),
    later: (task) => void later.push(task()),
    forget: (tabId) => void calls.push(`forget ${tabId}`),
  };
  /** Everything the background did, once what it runs after answering is done too. */
  const settled = async () => (await Promise.all(later), calls);
  return { api, calls, settled };
}

describe('showPassageInTab', () => {
  const at = { link: LINK, start: 120, end: 131 };

  test('focuses the open tab of the report whose page finds the passage, and brings it to the front', async () => {
    const { api, calls } = fakeBrowser({ 7: { report: REPORT, items: ['auto:120-131'] }, 8: { report: 'https://other.gov.cn/' } });
    expect(await showPassageInTab(at, api)).toEqual({ tab: 'focused' });
    expect(calls).toEqual(['focus 7 auto:120-131', 'activate 7']);
  });

  test('a stored item shows under its record’s id: that is asked first', async () => {
    const { api, calls } = fakeBrowser({ 7: { report: REPORT, items: ['r1@120-131'] } }, ['r1']);
    expect(await showPassageInTab(at, api)).toEqual({ tab: 'focused' });
    expect(calls).toEqual(['focus 7 r1@120-131', 'activate 7']);
  });

  test('of two tabs of the report, the one the reader went to last first', async () => {
    const { api, calls } = fakeBrowser({ 3: { report: REPORT, items: ['auto:120-131'] }, 9: { report: REPORT, items: ['auto:120-131'] } });
    await showPassageInTab(at, api);
    expect(calls).toEqual(['focus 9 auto:120-131', 'activate 9']);
  });

  test.each<[string, Record<number, FakeTab>, string[]]>([
    ['no tab shows the report', { 8: { report: 'https://other.gov.cn/' } }, []],
    ['its page does not find the passage (a side in words, or the page changed): no tab comes to the front', { 7: { report: REPORT, items: [] } }, ['focus 7 auto:120-131']],
    ['the tab has no annotator any more: it is forgotten', { 7: { report: REPORT, gone: true } }, ['focus 7 auto:120-131', 'forget 7']],
  ])('opens a new tab at the link when %s', async (_, tabs, before) => {
    const { api, calls } = fakeBrowser(tabs);
    expect(await showPassageInTab(at, api)).toEqual({ tab: 'opened' });
    expect(calls).toEqual([...before, `open ${LINK}`]);
  });

  test('a popup or collection item names its stored id: asked first, then the records at its offsets, then the detected item; each once', async () => {
    const { api, calls } = fakeBrowser({ 7: { report: REPORT, items: ['auto:120-131'] } }, ['r1']);
    expect(await showPassageInTab({ ...at, itemId: 'r1@120-131' }, api)).toEqual({ tab: 'focused' });
    expect(calls).toEqual(['focus 7 r1@120-131', 'focus 7 auto:120-131', 'activate 7']);
  });

  test.each<[string, FakeTab | null, string[]]>([
    ['its annotator answers at once: the card opens there', { report: REPORT, items: ['auto:120-131'] }, ['loaded 100', 'focus 100 auto:120-131']],
    [
      'its annotator starts a little after the load: asked again until it answers',
      { report: REPORT, items: ['auto:120-131'], startsAfter: 2 },
      ['loaded 100', 'focus 100 auto:120-131', 'wait 250', 'focus 100 auto:120-131', 'wait 250', 'focus 100 auto:120-131'],
    ],
    [
      // Firefox gives the new tab as loaded while it still shows about:blank: 3 s of asking before the page came.
      'its page comes seconds after the browser said it had loaded: asked again until it answers',
      { report: REPORT, items: ['auto:120-131'], startsAfter: 12 },
      ['loaded 100', ...Array.from({ length: 12 }, () => ['focus 100 auto:120-131', 'wait 250']).flat(), 'focus 100 auto:120-131'],
    ],
    ['its page answers without the item (not read as a report): left as the link shows it', { report: REPORT, items: [] }, ['loaded 100', 'focus 100 auto:120-131']],
    [
      'no annotator ever answers (a site it does not run on): asked a few times, then left',
      null,
      ['loaded 100', ...Array.from({ length: NEW_TAB_FOCUS_ATTEMPTS }, () => ['focus 100 auto:120-131', 'wait 250']).flat().slice(0, -1)],
    ],
  ])('in the new tab, once loaded, %s', async (_, opens, after) => {
    const { api, calls, settled } = fakeBrowser({}, [], opens);
    expect(await showPassageInTab(at, api)).toEqual({ tab: 'opened' });
    // The answer comes once the tab is open; the card follows.
    expect(calls).toEqual([`open ${LINK}`]);
    expect(await settled()).toEqual([`open ${LINK}`, ...after]);
  });

  test('focusInNewTab tells whether the card opened', async () => {
    const { api } = fakeBrowser({ 5: { report: REPORT, items: ['b'] } });
    expect(await focusInNewTab(5, ['a', 'b'], api)).toBe(true);
    expect(await focusInNewTab(5, ['a'], api)).toBe(false);
  });

  test('focusInNewTab stops asking a tab the reader closed', async () => {
    let asked = 0;
    const waits: number[] = [];
    const api = {
      whenLoaded: async () => {},
      focusItem: async () => {
        asked++;
        throw new Error('Could not establish connection. No tab with id: 5.');
      },
      wait: async (ms: number) => void waits.push(ms),
    };
    expect(await focusInNewTab(5, ['a'], api)).toBe(false);
    expect(asked).toBe(1);
    expect(waits).toEqual([]);
  });

  test.each([
    ['a link that is no web page', { link: 'javascript:alert(1)', start: 1, end: 2 }, /不是网页/],
    ['offsets that are not a passage', { link: LINK, start: 5, end: 2 }, /offsets/],
    ['offsets that are not numbers', { link: LINK, start: '1' as unknown as number, end: 2 }, /offsets/],
    ['an item id that is empty', { link: LINK, start: 1, end: 2, itemId: '' }, /id/],
    ['an item id that is no string', { link: LINK, start: 1, end: 2, itemId: 7 as unknown as string }, /id/],
  ])('refuses %s, opening nothing', async (_, request, error) => {
    const { api, calls } = fakeBrowser({ 7: { report: REPORT, items: ['auto:1-2'] } });
    await expect(showPassageInTab(request, api)).rejects.toThrow(error);
    expect(calls).toEqual([]);
  });

  test('passageKeys: stored ids, then the detected item’s key', async () => {
    expect(await passageKeys(REPORT, { start: 4, end: 9 }, { storedItemsAt: async () => ['a', 'b'] })).toEqual(['a', 'b', 'auto:4-9']);
  });
  test.each<[string, string | undefined, string[]]>([
    ['a named item first, without repeating a stored one', 'a', ['a', 'b', 'auto:4-9']],
    ['no named item', undefined, ['a', 'b', 'auto:4-9']],
  ])('passageKeys with %s', async (_, itemId, keys) => {
    expect(await passageKeys(REPORT, { start: 4, end: 9, itemId }, { storedItemsAt: async () => ['a', 'b'] })).toEqual(keys);
  });
});

describe('whenTabLoaded: a new tab is asked for its card once loaded', () => {
  /** browser.tabs with one tab whose status moves as the test says; timers the test fires. */
  function fakeTabs(status: string | null) {
    const listeners = new Set<(id: number, change: { status?: string }) => void>();
    const timers: (() => void)[] = [];
    const tabs: TabLoadApi = {
      get: async () => (status === null ? Promise.reject(new Error('No tab with id: 3')) : { status }),
      onUpdated: { addListener: (l) => void listeners.add(l), removeListener: (l) => void listeners.delete(l) },
    };
    const update = (id: number, change: { status?: string }) => [...listeners].forEach((l) => l(id, change));
    return { tabs, listeners, timers, update, setTimer: (fn: () => void) => timers.push(fn), clearTimer: () => undefined };
  }

  const settledSoon = async (p: Promise<void>) => {
    let done = false;
    void p.then(() => (done = true));
    for (let i = 0; i < 5; i++) await Promise.resolve();
    return done;
  };

  test.each<[string, string | null, (f: ReturnType<typeof fakeTabs>) => void, boolean]>([
    ['already complete', 'complete', () => undefined, true],
    ['still loading', 'loading', () => undefined, false],
    ['completes later', 'loading', (f) => f.update(3, { status: 'complete' }), true],
    ['another tab completes', 'loading', (f) => f.update(4, { status: 'complete' }), false],
    ['its title changes', 'loading', (f) => f.update(3, {}), false],
    ['it never completes: the time runs out', 'loading', (f) => f.timers.forEach((fire) => fire()), true],
    ['it is gone', null, () => undefined, true],
  ])('%s: resolved %s', async (_, status, then, resolved) => {
    const f = fakeTabs(status);
    const loaded = whenTabLoaded(f.tabs, 3, 15_000, f.setTimer, f.clearTimer);
    await Promise.resolve();
    then(f);
    expect(await settledSoon(loaded)).toBe(resolved);
    // Once resolved, it listens no more.
    if (resolved) expect(f.listeners.size).toBe(0);
  });
});
