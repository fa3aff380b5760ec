/**
 * 'page/showPassage': show a passage of a report, in a tab that already shows the report when
 * there is one, else in a new tab. One path for every click that opens a passage: the tracker's
 * cells, the popup's items and the collection page's rows.
 *
 * Why the background: an extension page cannot tell which tab shows which report. Without the
 * "tabs" permission, tabs.query gives no tab's address, and the *.gov.cn content-script match
 * does not count as a host permission for it. The background knows from the content scripts
 * themselves (lib/page/report-tabs.ts). Why the content script scrolls: Chromium does not apply a
 * text fragment (#:~:text=) on a navigation within the same document, nor on a reload, and
 * scripting.executeScript needs the same host permission. So the open tab's annotator is asked to
 * focus the item at the passage ('page/focusItem'), which scrolls to it, marks it and opens its card.
 * A tab is brought to the front only once its page has found the passage. When none does (the
 * report is not open, its page changed, or the side is stated in words and so is no item on the
 * page), a new tab opens at the link, whose text fragment the browser scrolls to by itself; once
 * it has loaded, its annotator is asked to focus the item too, so the card opens there as well.
 * The answer does not wait for that (a page may take seconds to read): the caller learns at once
 * that a tab was opened, and never opens a second one.
 *
 * The browser calls come in as {@link PassageTabApi} (a test seam).
 */

import { autoKey } from './page-items';
import { isReportUrl, reportIdFor } from '../store/records';

export interface PassageRequest {
  /** The report's address with a text fragment (#:~:text=…) to the passage, as the cell links it. */
  link: string;
  /** The passage's offsets in the report's main text as read ([start, end)), as the headline figure keeps them. */
  start: number;
  end: number;
  /** The stored item's id when the caller has one (the popup's and collection page's items): its page shows it under that id. */
  itemId?: string;
}

export type PassageOutcome = { tab: 'focused' | 'opened' };

export interface PassageTabApi {
  /** Tabs whose content script last spoke about this report (ReportTabs.tabsOf), oldest first. */
  tabsOf(reportId: string): Promise<number[]>;
  /** Ids of the report's stored items at exactly these offsets: on its page an item shows under its record's id. */
  storedItemsAt(reportId: string, start: number, end: number): Promise<string[]>;
  /** Ask the tab's content script to focus an item ('page/focusItem'); rejects when no content script answers. */
  focusItem(tabId: number, key: string): Promise<boolean>;
  /** Bring the tab and its window to the front. */
  activate(tabId: number): Promise<void>;
  /** Open a new tab at the address, in front; its id (null when the browser gives none). */
  open(url: string): Promise<number | null>;
  /** Resolves once the tab has loaded (or a while has passed, or it is gone): {@link whenTabLoaded}. */
  whenLoaded(tabId: number): Promise<void>;
  /** Resolves after `ms` milliseconds. */
  wait(ms: number): Promise<void>;
  /** Run `task` after answering, without awaiting it (its failure is logged, never thrown). */
  later(task: () => Promise<unknown>): void;
  /** The tab shows no annotator any more: drop it from the map. */
  forget(tabId: number): void;
}

/**
 * How often, and how far apart, a new tab's annotator is asked before it answers (it starts at
 * document idle, after the load): for as long as whenTabLoaded would wait for the load (15 s).
 * The load is no reliable start: Firefox gives a new tab as 'complete' while it still shows its
 * first about:blank, so the asking may begin seconds before the page has loaded (seen with a
 * report that took 3 s to come: the card never opened when the asking lasted 1.75 s).
 */
export const NEW_TAB_RETRY_MS = 250;
export const NEW_TAB_FOCUS_ATTEMPTS = 15_000 / NEW_TAB_RETRY_MS;

/**
 * The report a passage link is about: its address without the fragment (a text fragment, or a
 * section's #anchor), as the store and the content scripts name a report (reportIdFor). Null for
 * anything but a web page or a local file.
 */
export function reportOfLink(link: string): string | null {
  if (!isReportUrl(link)) return null;
  return reportIdFor(link);
}

/**
 * The keys the passage's item may have on the page: the item the caller named, its stored records'
 * ids, then the detected item's; each once.
 */
export async function passageKeys(
  reportId: string,
  request: Pick<PassageRequest, 'start' | 'end' | 'itemId'>,
  api: Pick<PassageTabApi, 'storedItemsAt'>,
): Promise<string[]> {
  const stored = await api.storedItemsAt(reportId, request.start, request.end);
  return [...new Set([...(request.itemId === undefined ? [] : [request.itemId]), ...stored, autoKey(request)])];
}

/** Said when a passage's report is no web page (both languages: the caller may be either side). */
export const NOT_A_WEB_PAGE = '报告地址不是网页或本地文件 / the report’s address is not a web page or a local file';

/** The background's answer to 'page/showPassage': the passage shown in its report's open tab (focused), else in a new tab (opened). */
export async function showPassageInTab(request: PassageRequest, api: PassageTabApi): Promise<PassageOutcome> {
  const { link, start, end, itemId } = request;
  const reportId = typeof link === 'string' ? reportOfLink(link) : null;
  if (reportId === null) throw new Error(NOT_A_WEB_PAGE);
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end < start) throw new Error('段落位置无效 / the passage’s offsets are not valid');
  if (itemId !== undefined && (typeof itemId !== 'string' || itemId === '')) throw new Error('条目编号无效 / the item’s id is not valid');
  const keys = () => passageKeys(reportId, { start, end, itemId }, api);
  const tabs = await api.tabsOf(reportId);
  if (tabs.length) {
    const tried = await keys();
    // The tab the reader went to last is the likelier one to want.
    for (const tabId of [...tabs].reverse()) {
      if (await focusedIn(tabId, tried, api)) {
        await api.activate(tabId);
        return { tab: 'focused' };
      }
    }
  }
  const opened = await api.open(link);
  if (opened !== null) api.later(async () => focusInNewTab(opened, await keys(), api));
  return { tab: 'opened' };
}

/** What Chrome and Firefox say when a message goes to a tab that no longer exists. */
const TAB_GONE = /no tab with id|invalid tab id/i;

/**
 * A tab just opened at the passage: once loaded, ask its annotator to focus the item (its card
 * opens). Until a content script answers, ask again a few times; a page that answers without the
 * item (not a report, or a site the annotator does not run on) is left as the link shows it.
 * True when the card opened.
 */
export async function focusInNewTab(tabId: number, keys: readonly string[], api: Pick<PassageTabApi, 'whenLoaded' | 'focusItem' | 'wait'>): Promise<boolean> {
  await api.whenLoaded(tabId);
  for (let attempt = 0; attempt < NEW_TAB_FOCUS_ATTEMPTS; attempt++) {
    try {
      for (const key of keys) if (await api.focusItem(tabId, key)) return true;
      return false;
    } catch (error) {
      // A tab the reader closed will never answer; else no content script (yet).
      if (TAB_GONE.test(String((error as Error | undefined)?.message ?? error))) return false;
      if (attempt < NEW_TAB_FOCUS_ATTEMPTS - 1) await api.wait(NEW_TAB_RETRY_MS);
    }
  }
  return false;
}

/** What {@link whenTabLoaded} needs of browser.tabs. */
export interface TabLoadApi {
  get(tabId: number): Promise<{ status?: string }>;
  onUpdated: {
    addListener(listener: (tabId: number, change: { status?: string }) => void): void;
    removeListener(listener: (tabId: number, change: { status?: string }) => void): void;
  };
}

/** Resolves once the tab's status is 'complete', or after `timeoutMs`, or when the tab is gone; never rejects. */
export function whenTabLoaded(
  tabs: TabLoadApi,
  tabId: number,
  timeoutMs = 15_000,
  setTimer: (fn: () => void, ms: number) => unknown = setTimeout,
  clearTimer: (handle: unknown) => void = (h) => clearTimeout(h as ReturnType<typeof setTimeout>),
): Promise<void> {
  return new Promise((resolve) => {
    const listener = (id: number, change: { status?: string }) => {
      if (id === tabId && change.status === 'complete') done();
    };
    const timer = setTimer(() => done(), timeoutMs);
    function done() {
      clearTimer(timer);
      tabs.onUpdated.removeListener(listener);
      resolve();
    }
    // Listening first, then asking: a load that completes in between is not missed.
    tabs.onUpdated.addListener(listener);
    tabs.get(tabId).then(
      (tab) => tab.status === 'complete' && done(),
      () => done(),
    );
  });
}

async function focusedIn(tabId: number, keys: readonly string[], api: PassageTabApi): Promise<boolean> {
  for (const key of keys) {
    try {
      if (await api.focusItem(tabId, key)) return true;
    } catch {
      // No content script answers: the tab was closed, or shows another page.
      api.forget(tabId);
      return false;
    }
  }
  return false;
}
