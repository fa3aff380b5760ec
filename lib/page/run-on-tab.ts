/**
 * Running the annotator on a tab because the reader asked (toolbar popup, context menu, keyboard
 * command): ask the content script to run; when the tab has none (any site but *.gov.cn and the
 * granted ones), inject it first with scripting.executeScript, which the reader's gesture allows
 * through activeTab, then ask again.
 *
 * Used by the background; the browser calls come in as `TabApi` (a test seam).
 */

import { errorText, type ContentMessageType, type Request, type Response } from '../messages';
import type { PageSummary } from './summary';

export interface TabApi {
  /** Send a content-script message to the tab (tabs.sendMessage through lib/messages). */
  ask<K extends ContentMessageType>(tabId: number, type: K, payload: Request<K>): Promise<Response<K>>;
  /** Inject the content script into the tab's top frame (scripting.executeScript). */
  inject(tabId: number): Promise<void>;
}

/** "Receiving end does not exist" and friends: no content script listens in the tab. */
export function isNoReceiver(error: unknown): boolean {
  return /Receiving end does not exist|Could not establish connection|no handler answered|没有处理程序应答/i.test(errorText(error));
}

/** The bilingual error for a tab the extension may not touch. */
export function accessError(error: unknown): Error {
  const reason = errorText(error);
  if (/Cannot access|Missing host permission|must request permission|permission/i.test(reason)) {
    return new Error(
      `无权访问此页：请点工具栏按钮或右键菜单在此页运行 / No access to this page: run it from the toolbar button or the context menu (${reason})`,
    );
  }
  if (/chrome:\/\/|about:|extensions gallery|webstore|cannot be scripted/i.test(reason)) {
    return new Error(`浏览器不允许扩展在此页运行 / The browser does not let extensions run on this page (${reason})`);
  }
  return new Error(`无法在此页运行 / Could not run on this page: ${reason}`);
}

/** Run on the tab (injecting the content script if needed) and answer with the page's summary. */
export async function runOnTab(tabId: number, api: TabApi): Promise<PageSummary> {
  try {
    await api.ask(tabId, 'page/extractNow', {});
  } catch (error) {
    if (!isNoReceiver(error)) throw error;
    try {
      await api.inject(tabId);
    } catch (injectError) {
      throw accessError(injectError);
    }
    await api.ask(tabId, 'page/extractNow', {});
  }
  return api.ask(tabId, 'page/summary', {});
}
