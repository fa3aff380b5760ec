/**
 * The tab the popup is about, and the messages about it: 'page/summary' and
 * 'page/collectAll' go to the tab's content script, 'page/runOnTab' to the
 * background; both are typed by lib/messages.ts (the summary is lib/page/summary.ts's PageSummary).
 */

import { browser } from 'wxt/browser';
import { sendMessage, type ContentMessageType, type Request, type Response } from '../../lib/messages';

export interface TargetTab {
  id: number;
  url: string | undefined;
  title: string | undefined;
}

/** `popup.html?tab=ID` targets that tab (tests, or the popup opened as a page); else the active tab of this window. */
export async function targetTab(): Promise<TargetTab | null> {
  const param = new URLSearchParams(location.search).get('tab');
  if (param && /^\d+$/.test(param)) {
    const tab = await browser.tabs.get(Number(param)).catch(() => undefined);
    if (tab?.id !== undefined) return { id: tab.id, url: tab.url, title: tab.title };
  }
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  if (tab?.id === undefined) return null;
  return { id: tab.id, url: tab.url, title: tab.title };
}

/**
 * Close the popup when it is the toolbar's, which has no tab of its own; opened as a page in a tab
 * (popup.html?tab=ID) it stays. Chromium closes a toolbar popup by itself when the background brings
 * a tab or its window to the front; closing it here does not leave that to the browser.
 */
export async function closeIfToolbarPopup(currentTab: () => Promise<unknown> = () => browser.tabs.getCurrent(), close: () => void = () => window.close()): Promise<void> {
  if ((await currentTab().catch(() => undefined)) === undefined) close();
}

/** Ask the content script of a tab. */
export const toTab = <K extends ContentMessageType>(tabId: number, type: K, payload: Request<K>): Promise<Response<K>> =>
  sendMessage(type, payload, (m) => browser.tabs.sendMessage(tabId, m));

/** Run the annotator on a tab now (the background injects the content script if needed). */
export const runOnTab = (tabId: number) => sendMessage('page/runOnTab', { tabId });
