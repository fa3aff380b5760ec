/**
 * How items are ordered and filtered, the same everywhere: the store, the
 * popup, the collection page and the tests. Pure: no Dexie, no browser API.
 */

import type { ItemKind, ItemRecord, ItemStatus } from './records';

export interface ItemFilter {
  reportId?: string;
  /** Items carrying these tags; all of them (default) or any of them (tagMatch 'any'). Empty = no filter. */
  tags?: string[];
  tagMatch?: 'all' | 'any';
  /** Any of these kinds. Empty = no filter. */
  kinds?: ItemKind[];
  /**
   * Case-insensitive substring search over quote.exact, metric and note.
   * Whitespace-separated terms must all match (each in any of the fields).
   */
  text?: string;
  /** One status or any of several; absent = every status. */
  status?: ItemStatus | ItemStatus[];
}

/** Newest first; ties in page order, then by id so the order is total. */
export function compareNewestFirst(a: ItemRecord, b: ItemRecord): number {
  return (
    b.createdAt - a.createdAt ||
    (a.reportId < b.reportId ? -1 : a.reportId > b.reportId ? 1 : 0) ||
    a.selector.position.start - b.selector.position.start ||
    (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
  );
}

/** Page order. */
export function compareByPosition(a: ItemRecord, b: ItemRecord): number {
  return (
    a.selector.position.start - b.selector.position.start ||
    a.selector.position.end - b.selector.position.end ||
    (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
  );
}

function asArray<T>(x: T | T[] | undefined): T[] | null {
  if (x === undefined) return null;
  return Array.isArray(x) ? x : [x];
}

export function matchesFilter(item: ItemRecord, filter: ItemFilter): boolean {
  if (filter.reportId !== undefined && item.reportId !== filter.reportId) return false;
  const statuses = asArray(filter.status);
  if (statuses && statuses.length && !statuses.includes(item.status)) return false;
  if (filter.kinds?.length && !filter.kinds.includes(item.kind)) return false;
  if (filter.tags?.length) {
    const has = (t: string) => item.tags.includes(t);
    if (filter.tagMatch === 'any' ? !filter.tags.some(has) : !filter.tags.every(has)) return false;
  }
  const terms = (filter.text ?? '').toLowerCase().split(/\s+/).filter(Boolean);
  if (terms.length) {
    const hay = [item.selector.quote.exact, item.metric, item.note].map((s) => s.toLowerCase());
    if (!terms.every((t) => hay.some((h) => h.includes(t)))) return false;
  }
  return true;
}
