/**
 * 'page/showPassage': show a passage of a report, in a tab that already shows the report when
 * there is one, else in a new tab (the tracker's cells).
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
 * page), a new tab opens at the link, whose text fragment the browser scrolls to by itself.
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
  /** Open a new tab at the address. */
  open(url: string): Promise<void>;
  /** The tab shows no annotator any more: drop it from the map. */
  forget(tabId: number): void;
}

/**
 * The report a passage link is about: its address without the fragment (a text fragment, or a
 * section's #anchor), as the store and the content scripts name a report (reportIdFor). Null for
 * anything but a web page or a local file.
 */
export function reportOfLink(link: string): string | null {
  if (!isReportUrl(link)) return null;
  return reportIdFor(link);
}

/** The keys the passage's item may have on the page: its stored records' ids, then the detected item's. */
export async function passageKeys(reportId: string, request: Pick<PassageRequest, 'start' | 'end'>, api: Pick<PassageTabApi, 'storedItemsAt'>): Promise<string[]> {
  const stored = await api.storedItemsAt(reportId, request.start, request.end);
  return [...stored, autoKey(request)];
}

export async function showPassage(request: PassageRequest, api: PassageTabApi): Promise<PassageOutcome> {
  const { link, start, end } = request;
  const reportId = typeof link === 'string' ? reportOfLink(link) : null;
  if (reportId === null) throw new Error('报告地址不是网页或本地文件 / the report’s address is not a web page or a local file');
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end < start) throw new Error('段落位置无效 / the passage’s offsets are not valid');
  const tabs = await api.tabsOf(reportId);
  if (tabs.length) {
    const keys = await passageKeys(reportId, { start, end }, api);
    // The tab the reader went to last is the likelier one to want.
    for (const tabId of [...tabs].reverse()) {
      if (await focusedIn(tabId, keys, api)) {
        await api.activate(tabId);
        return { tab: 'focused' };
      }
    }
  }
  await api.open(link);
  return { tab: 'opened' };
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
