/**
 * Who may ask the background what. The background answers two kinds of senders:
 *
 *  - the extension's own pages (popup, collection page; also when opened in a tab): everything;
 *  - content scripts, which run inside web pages: only what the annotator of THAT page needs, and
 *    only about that page's report (the report id of the sender's own address). A content script
 *    is as trustworthy as the renderer of the page it runs in, so it never gets to export the
 *    collection, import or clear it, rename or delete tags everywhere, run on other tabs, or touch
 *    the items of another report.
 *
 * Anything else (no tab and not an extension page) is refused. Pure apart from `reportsOfItems`,
 * the store lookup of the items a message names by id.
 */

import { reportIdFor } from '../store/records';
import { sitePatternFor } from './site-access';

/** What the background knows of a message's sender (runtime.MessageSender). */
export interface SenderInfo {
  url?: string;
  tab?: { id?: number };
}

export interface PolicyDeps {
  /** The extension's own base URL (runtime.getURL('')), e.g. chrome-extension://ID/. */
  extensionUrl: string;
  /** The report each stored item belongs to (null for ids not in the store), in the order asked. */
  reportsOfItems(ids: readonly string[]): Promise<(string | null)[]>;
}

export type SenderKind = 'extension' | 'content' | 'unknown';

export function senderKind(sender: SenderInfo, extensionUrl: string): SenderKind {
  if (typeof sender.url === 'string' && extensionUrl && sender.url.startsWith(extensionUrl)) return 'extension';
  if (sender.tab !== undefined && typeof sender.url === 'string') return 'content';
  return 'unknown';
}

/** How a content script's request is checked: against its own report id (`own`) and address. */
type Rule = (payload: Record<string, unknown>, own: { reportId: string; url: string }, deps: PolicyDeps) => Promise<boolean> | boolean;

const isString = (x: unknown): x is string => typeof x === 'string';
const stringList = (x: unknown): x is string[] => Array.isArray(x) && x.every(isString);

const sameReport = (url: unknown, own: string): boolean => {
  if (!isString(url)) return false;
  try {
    return reportIdFor(url) === own;
  } catch {
    return false;
  }
};

/** Every stored item named is the sender's report's (ids not stored touch nothing). */
const itemsOfOwnReport = async (ids: unknown, own: string, deps: PolicyDeps): Promise<boolean> => {
  if (!stringList(ids)) return false;
  const reports = await deps.reportsOfItems(ids);
  return reports.every((r) => r === null || r === own);
};

/**
 * The requests a content script may make, each scoped to its own page. These are exactly the
 * ones lib/page/session.ts sends.
 */
const CONTENT_RULES: Record<string, Rule> = {
  'report/visit': (p, own) => sameReport(p.url, own.reportId),
  // Its own page's text, read where the extractor is.
  'page/read': (p, own) => sameReport(p.url, own.reportId),
  'items/forReport': (p, own) => p.reportId === own.reportId,
  // The other years of a headline figure of its own report, for the card (values and words only).
  'tracker/history': (p, own) => p.reportId === own.reportId,
  'items/save': (p, own) => p.reportId === own.reportId,
  'items/addManual': (p, own) => p.reportId === own.reportId,
  'items/update': (p, own, deps) => isString(p.id) && itemsOfOwnReport([p.id], own.reportId, deps),
  'items/setStatus': (p, own, deps) => itemsOfOwnReport(p.ids, own.reportId, deps),
  // The store checks again that each item is the report's (and an auto item the reader did not correct).
  'items/reparse': (p, own) => p.reportId === own.reportId,
  'items/delete': (p, own, deps) => itemsOfOwnReport(p.ids, own.reportId, deps),
  // Undo of a delete: the records come back to the sender's report, and overwrite none of another's.
  'items/restore': async (p, own, deps) => {
    const records = p.records;
    if (!Array.isArray(records)) return false;
    const ids: string[] = [];
    for (const r of records as unknown[]) {
      const { id, reportId } = (r ?? {}) as { id?: unknown; reportId?: unknown };
      if (!isString(id) || reportId !== own.reportId) return false;
      ids.push(id);
    }
    return itemsOfOwnReport(ids, own.reportId, deps);
  },
  // The reader's tag names, offered on the card.
  'tags/list': () => true,
  // Pure computation on text the page already has.
  'page/extract': () => true,
  // The sender's own site only.
  'site/status': (p, own) => isString(p.url) && sitePatternFor(p.url) === sitePatternFor(own.url),
  'site/forget': (p, own) => isString(p.url) && sitePatternFor(p.url) === sitePatternFor(own.url),
  'site/askAlways': (p, own) => isString(p.url) && sitePatternFor(p.url) === sitePatternFor(own.url),
};

/** The message types a content script may send at all (each still checked against its page). */
export const CONTENT_SCRIPT_TYPES: readonly string[] = Object.keys(CONTENT_RULES);

const refusal = (type: string, why: string) => `${type}：拒绝 / refused: ${why}`;

/**
 * Check a request against its sender: null when it may be answered, else the error to answer
 * with. `message` is the raw {type, payload}; malformed payloads from content scripts are refused.
 */
export async function checkSender(message: unknown, sender: SenderInfo, deps: PolicyDeps): Promise<string | null> {
  const { type, payload } = (typeof message === 'object' && message !== null ? message : {}) as { type?: unknown; payload?: unknown };
  const name = isString(type) ? type : String(type);
  const kind = senderKind(sender, deps.extensionUrl);
  if (kind === 'extension') return null;
  if (kind === 'unknown') return refusal(name, '发送者不是本扩展的页面或标签页 / the sender is neither an extension page nor a tab');
  const rule = Object.hasOwn(CONTENT_RULES, name) ? CONTENT_RULES[name] : undefined;
  if (!rule) return refusal(name, '网页中的脚本不能发送此请求 / not allowed from a web page');
  let reportId: string;
  try {
    reportId = reportIdFor(sender.url!);
  } catch {
    return refusal(name, '发送者的地址无效 / the sender has no valid address');
  }
  const p = (typeof payload === 'object' && payload !== null ? payload : {}) as Record<string, unknown>;
  try {
    if (await rule(p, { reportId, url: sender.url! }, deps)) return null;
  } catch {
    // a lookup that failed allows nothing
  }
  return refusal(name, '只能处理本页报告的条目 / only this page’s own report may be touched');
}
