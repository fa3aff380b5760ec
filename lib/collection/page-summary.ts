/**
 * What the popup learns about the active tab from its content script
 * ('page/summary', 'page/collectAll'). These answers are read defensively: the
 * popup must cope with a page whose content script is older, missing or
 * answers something unexpected, and then say so rather than show wrong numbers.
 */

import { ITEM_KINDS, type ItemKind } from '../store/records';

export interface PageSummary {
  /** Items found on the page, by kind. */
  found: Record<ItemKind, number>;
  /** Total found. */
  total: number;
  /** False when the content script is there but has not run on the page (it does not read like a report), or found no text. */
  ran: boolean;
  /** Still running: the counts will grow; ask again shortly. */
  running: boolean;
  /** The report's id and title, when the page says. */
  reportId: string | null;
  title: string;
}

const count = (x: unknown): number | null => (typeof x === 'number' && Number.isFinite(x) && x >= 0 ? Math.floor(x) : null);

/**
 * Read a summary: `{found: {target, result, commitment}}` or the kind counts
 * at the top level (`{target, result, commitment, total?}`). Null if neither.
 */
export function parseSummary(x: unknown): PageSummary | null {
  if (typeof x !== 'object' || x === null) return null;
  const o = x as Record<string, unknown>;
  const src = (typeof o.found === 'object' && o.found !== null ? o.found : o.counts && typeof o.counts === 'object' ? o.counts : o) as Record<string, unknown>;
  const found = {} as Record<ItemKind, number>;
  let total = 0;
  let any = false;
  for (const k of ITEM_KINDS) {
    const n = count(src[k]);
    if (n !== null) any = true;
    found[k] = n ?? 0;
    total += found[k];
  }
  const ran = o.state !== 'idle' && o.state !== 'no-text';
  const reportId = typeof o.reportId === 'string' && o.reportId ? o.reportId : null;
  const title = typeof o.title === 'string' ? o.title : '';
  return any ? { found, total, ran, running: o.state === 'running', reportId, title } : null;
}

/** How many items a 'page/collectAll' answer says were added (null when it does not say). */
export function parseCollected(x: unknown): number | null {
  if (typeof x === 'number') return count(x);
  if (typeof x !== 'object' || x === null) return null;
  const o = x as Record<string, unknown>;
  for (const key of ['added', 'collected', 'count']) {
    const v = o[key];
    const n = Array.isArray(v) ? v.length : count(v);
    if (n !== null) return n;
  }
  return null;
}

/** Pages a content script can run on. */
export function isWebPage(url: string | undefined): boolean {
  return !!url && /^https?:\/\//i.test(url);
}

/**
 * Pages it certainly cannot run on (chrome:, about:, the extension's own).
 * An unknown URL (the tabs API hides it without access to the tab) is not ruled out.
 */
export function isNeverReport(url: string | undefined): boolean {
  return url !== undefined && url !== '' && !isWebPage(url);
}

/** "Receiving end does not exist" and friends: no content script in the tab. */
export function isNoReceiver(message: string): boolean {
  return /Receiving end does not exist|Could not establish connection|no handler answered|没有处理程序应答/i.test(message);
}
