import Dexie from 'dexie';
import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { extractItems } from '../lib/extract';
import { pageText } from '../lib/i18n/page';
import {
  createMessageRouter,
  errorText,
  isMessage,
  sendMessage,
  toCallbackListener,
  type Envelope,
  type MessageHandlers,
  type MessageType,
  type PageControlMessageType,
} from '../lib/messages';
import { extractForPage } from '../lib/page/extract-budget';
import { checkSender, senderKind, type SenderInfo } from '../lib/page/message-policy';
import { showPassageInTab, whenTabLoaded, type PassageTabApi } from '../lib/page/passage-tab';
import { readPage } from '../lib/page/read-page';
import { ReportTabs, reportIdOfMessage, sessionTabStore } from '../lib/page/report-tabs';
import { runOnTab, type TabApi } from '../lib/page/run-on-tab';
import {
  CONTENT_SCRIPT_FILE,
  isBuiltInSite,
  oneAtATime,
  sitePatternFor,
  syncRegistration,
  type SiteAccessApi,
} from '../lib/page/site-access';
import type { SiteStatus } from '../lib/page/summary';
import { createStoreHandlers } from '../lib/store/handlers';
import { AnnotatorDB } from '../lib/store/schema';
import { AnnotatorService } from '../lib/store/service';
import { reportsOfPlaces } from '../lib/store/tracker-history';

/** Answered before the typed protocol: the smoke test's proof that the worker runs and bundles Dexie. */
export type BackgroundMessage = { type: 'ping' };

export interface PingReply {
  ok: true;
  /** Dexie's version: proves the storage library is bundled and loads. */
  dexie: string;
}

const MENU_RUN_HERE = 'run-here';
const MENU_ALWAYS_HERE = 'always-here';
export const COMMAND_RUN_HERE = 'run-on-page';

const log = (what: string) => (error: unknown) => console.warn(`[报告标注] ${what}:`, errorText(error));

export default defineBackground({
  main() {
    const t = pageText();
    const service = new AnnotatorService(new AnnotatorDB());
    // Kept in storage.session too: the worker sleeps when idle and wakes without its memory.
    const reportTabs = new ReportTabs(sessionTabStore(browser.storage.session));

    /**
     * After a change: tell the tabs showing the report. Extension pages (popup, collection) need no
     * message: they watch the database with liveQuery.
     */
    const broadcast = (reportId: string | null) => {
      const message = { type: 'items/changed', payload: { reportId } };
      void reportTabs.ready.then(() => {
        for (const tabId of reportTabs.tabsOf(reportId)) {
          browser.tabs.sendMessage(tabId, message).catch(() => reportTabs.forget(tabId));
        }
      });
    };

    /**
     * After a change to the tracker's records of some places (null: any): tell the tabs whose
     * report is of one of them, so an open card asks for its other years again.
     */
    const trackerBroadcast = (places: string[] | null) => {
      const message = { type: 'tracker/changed', payload: {} };
      void reportTabs.ready
        .then(() => reportsOfPlaces(service.db, reportTabs.reports(), places))
        .then((reports) => {
          for (const reportId of reports) {
            for (const tabId of reportTabs.tabsOf(reportId)) browser.tabs.sendMessage(tabId, message).catch(() => reportTabs.forget(tabId));
          }
        })
        .catch(log('telling the tabs of a tracker change'));
    };

    const tabApi: TabApi = {
      ask: (tabId, type, payload) => sendMessage(type, payload, (m) => browser.tabs.sendMessage(tabId, m)),
      inject: async (tabId) => {
        await browser.scripting.executeScript({ target: { tabId }, files: [`/${CONTENT_SCRIPT_FILE}` as const] });
      },
    };

    const siteApi: SiteAccessApi = {
      grantedOrigins: async () => (await browser.permissions.getAll()).origins ?? [],
      registered: () => browser.scripting.getRegisteredContentScripts(),
      register: (scripts) => browser.scripting.registerContentScripts(scripts),
      unregister: (ids) => browser.scripting.unregisterContentScripts({ ids }),
    };
    const sync = oneAtATime(() => syncRegistration(siteApi));
    const syncQuietly = () => void sync().catch(log('registering the granted sites'));

    const siteStatus = async (url: string): Promise<SiteStatus> => {
      const pattern = sitePatternFor(url);
      const builtIn = isBuiltInSite(url);
      const granted = !!pattern && !builtIn && (await browser.permissions.contains({ origins: [pattern] }));
      return { pattern, builtIn, granted };
    };

    const passageApi: PassageTabApi = {
      tabsOf: async (reportId) => {
        await reportTabs.ready;
        return reportTabs.tabsOf(reportId);
      },
      storedItemsAt: async (reportId, start, end) =>
        (await service.itemsForReport(reportId)).filter((i) => i.selector.position.start === start && i.selector.position.end === end).map((i) => i.id),
      focusItem: async (tabId, key) => (await tabApi.ask(tabId, 'page/focusItem', { id: key })).found,
      activate: async (tabId) => {
        const tab = await browser.tabs.update(tabId, { active: true });
        if (tab?.windowId !== undefined) await browser.windows.update(tab.windowId, { focused: true }).catch(() => undefined);
      },
      open: async (url) => (await browser.tabs.create({ url })).id ?? null,
      whenLoaded: (tabId) => whenTabLoaded(browser.tabs, tabId),
      wait: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
      later: (task) => void task().catch(log('opening the card in the new tab')),
      forget: (tabId) => reportTabs.forget(tabId),
    };

    const pageHandlers: MessageHandlers<PageControlMessageType> = {
      'page/runOnTab': (p) => runOnTab(p.tabId, tabApi),
      // A tracker cell, a popup item, a collection row: the open tab of its report, scrolled to the passage, or a new one.
      'page/showPassage': (p) => showPassageInTab(p, passageApi),
      // In pieces, yielding between them, when the text has long lines: one page never holds the worker.
      'page/extract': (p) => extractForPage(String(p.text ?? ''), extractItems),
      // Where the text is: its items, which report it is, its headline figures.
      'page/read': (p) => readPage(p, extractItems),
      'site/status': (p) => siteStatus(p.url),
      'site/askAlways': async (p, sender) => {
        const pattern = sitePatternFor(p.url);
        if (!pattern || isBuiltInSite(p.url)) throw new Error('此地址不能设为始终运行 / this address cannot be set to run by itself');
        const tabId = (sender as SenderInfo | undefined)?.tab?.id;
        const query = new URLSearchParams({ site: pattern, ...(tabId === undefined ? {} : { tab: String(tabId) }) });
        const url = `${browser.runtime.getURL('/grant.html')}?${query}`;
        // A small window of its own; where there are no windows (Firefox for Android), a tab.
        await browser.windows.create({ url, type: 'popup', width: 460, height: 320 }).catch(() => browser.tabs.create({ url }));
        return null;
      },
      'site/forget': async (p) => {
        const pattern = sitePatternFor(p.url);
        if (pattern && !isBuiltInSite(p.url)) await browser.permissions.remove({ origins: [pattern] });
        await sync();
        return siteStatus(p.url);
      },
    };

    const handlers = { ...createStoreHandlers(service, { onChange: broadcast, onTrackerChange: trackerBroadcast }), ...pageHandlers };
    const handled = Object.keys(handlers) as MessageType[];
    const router = createMessageRouter(handlers);
    const policy = {
      extensionUrl: browser.runtime.getURL('/'),
      reportsOfItems: async (ids: readonly string[]) => (await service.db.items.bulkGet([...ids])).map((item) => item?.reportId ?? null),
    };
    /** Every request is checked against its sender first (lib/page/message-policy.ts). */
    const guarded = (message: unknown, sender: SenderInfo): Promise<Envelope<unknown>> | undefined => {
      if (!isMessage(message, handled)) return undefined;
      return (async (): Promise<Envelope<unknown>> => {
        const refused = await checkSender(message, sender, policy);
        if (refused) return { ok: false, error: refused };
        const reportId = reportIdOfMessage(message);
        if (reportId && sender.tab?.id !== undefined && senderKind(sender, policy.extensionUrl) === 'content') {
          reportTabs.note(sender.tab.id, reportId);
        }
        return router(message, sender)!;
      })();
    };
    const route = toCallbackListener(guarded);
    browser.runtime.onMessage.addListener((message: unknown, sender, sendResponse) => {
      if ((message as BackgroundMessage | undefined)?.type === 'ping') {
        const reply: PingReply = { ok: true, dexie: Dexie.semVer };
        sendResponse(reply);
        return false;
      }
      return route(message, sender, sendResponse);
    });
    browser.tabs.onRemoved.addListener((tabId) => reportTabs.forget(tabId));

    // Run on request: the context menu and the keyboard command grant activeTab for the tab.
    const runHere = (tabId: number | undefined) => {
      if (tabId !== undefined) runOnTab(tabId, tabApi).catch(log('running on the tab'));
    };
    browser.runtime.onInstalled.addListener(() => {
      const action = import.meta.env.MANIFEST_VERSION === 3 ? 'action' : 'browser_action';
      void browser.contextMenus.removeAll().then(() => {
        browser.contextMenus.create({ id: MENU_RUN_HERE, title: t('menuRunHere'), contexts: ['page', 'selection', action] });
        browser.contextMenus.create({
          id: MENU_ALWAYS_HERE,
          title: t('menuAlwaysHere'),
          contexts: ['page', action],
          documentUrlPatterns: ['http://*/*', 'https://*/*'],
        });
      });
      syncQuietly();
    });
    browser.contextMenus.onClicked.addListener((info, tab) => {
      if (info.menuItemId === MENU_RUN_HERE) runHere(tab?.id);
      if (info.menuItemId !== MENU_ALWAYS_HERE) return;
      const url = info.pageUrl ?? tab?.url ?? '';
      const pattern = sitePatternFor(url);
      if (!pattern || isBuiltInSite(url)) return runHere(tab?.id);
      // Asked during the click (a user gesture), with nothing awaited before it.
      browser.permissions
        .request({ origins: [pattern] })
        .then(async (granted) => {
          if (!granted) return;
          await sync();
          runHere(tab?.id);
        })
        .catch(log('asking for the site'));
    });
    browser.commands.onCommand.addListener((command, tab) => {
      if (command === COMMAND_RUN_HERE) runHere(tab?.id);
    });

    // "Always on this site": the registration follows the permissions, however they change.
    browser.permissions.onAdded.addListener(syncQuietly);
    browser.permissions.onRemoved.addListener(syncQuietly);
    browser.runtime.onStartup.addListener(syncQuietly);
    syncQuietly();
  },
});
