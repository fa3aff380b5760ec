/**
 * What the annotator found on a page, as the on-page summary, the popup ('page/summary') and
 * 'page/runOnTab' report it; and whether it runs by itself on a site ('site/status').
 *
 * Pure: no DOM.
 */

import { ITEM_KINDS, type ItemKind } from '../store/records';
import type { PageItem } from './page-items';

export type PageState =
  /** Not run: the page does not read like a report and nobody asked. */
  | 'idle'
  | 'running'
  | 'ready'
  /** Run, but the page has no readable text. */
  | 'no-text';

export interface PageSummary {
  /** The report's id (its URL without the fragment); null until the page was run. */
  reportId: string | null;
  title: string;
  state: PageState;
  /** Items shown on the page, by kind (dismissed ones excluded). */
  found: Record<ItemKind, number>;
  /** Sum of `found`. */
  total: number;
  /** Of those, stored: collected, tagged, noted, re-kinded or marked by hand. */
  collected: number;
  /** Of those, carrying at least one tag. */
  tagged: number;
  /** Stored items of this report that could not be found on the page (kept, status 'orphaned'). */
  notFound: number;
}

export interface SiteStatus {
  /** The match pattern of the site, e.g. https://www.example.org/*; null for pages that are not http(s). */
  pattern: string | null;
  /** *.gov.cn: runs on report pages without any grant. */
  builtIn: boolean;
  /** The reader granted the site ("always on this site"). */
  granted: boolean;
}

export function emptyCounts(): Record<ItemKind, number> {
  return { target: 0, result: 0, commitment: 0 };
}

export function summarise(
  items: readonly PageItem[],
  fields: { reportId: string | null; title: string; state: PageState; notFound: number },
): PageSummary {
  const found = emptyCounts();
  let collected = 0;
  let tagged = 0;
  for (const item of items) {
    found[item.kind]++;
    if (item.record) collected++;
    if (item.record && item.record.tags.length > 0) tagged++;
  }
  const total = ITEM_KINDS.reduce((n, k) => n + found[k], 0);
  return { ...fields, found, total, collected, tagged };
}
