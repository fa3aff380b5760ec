/**
 * The tab the popup is about, and the messages to its content script.
 *
 * 'page/summary', 'page/collectAll' (content script) and 'page/runOnTab'
 * (background) are the page engineer's; until lib/messages.ts declares them
 * they are sent here in the same {type, payload} envelope, untyped, and every
 * answer is read defensively (lib/collection/page-summary.ts).
 */

import { browser } from 'wxt/browser';
import { errorText } from '../../lib/messages';

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

type Send = (message: unknown) => Promise<unknown>;

async function request(send: Send, type: string, payload: unknown): Promise<unknown> {
  let reply: unknown;
  try {
    reply = await send({ type, payload });
  } catch (e) {
    throw new Error(errorText(e));
  }
  if (typeof reply === 'object' && reply !== null && typeof (reply as { ok?: unknown }).ok === 'boolean') {
    const r = reply as { ok: boolean; value?: unknown; error?: string };
    if (r.ok) return r.value;
    throw new Error(r.error ?? 'error');
  }
  throw new Error('no handler answered');
}

export const toTab = (tabId: number, type: string, payload: unknown = {}) =>
  request((m) => browser.tabs.sendMessage(tabId, m), type, payload);

export const toBackground = (type: string, payload: unknown = {}) =>
  request((m) => browser.runtime.sendMessage(m), type, payload);
