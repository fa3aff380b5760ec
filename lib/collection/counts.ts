/** Counts shown beside the filters: per report, per tag and per kind. */

import { ITEM_KINDS, type ItemKind, type ItemRecord } from '../store/records';

export interface NamedCount {
  key: string;
  count: number;
}

/** How many items each report holds; most first, ties by key. */
export function countByReport(items: readonly ItemRecord[]): NamedCount[] {
  return sortCounts(tally(items.map((i) => i.reportId)));
}

/** How many items carry each tag; most first, ties by name. */
export function countByTag(items: readonly ItemRecord[]): NamedCount[] {
  return sortCounts(tally(items.flatMap((i) => i.tags)));
}

export function countByKind(items: readonly ItemRecord[]): Record<ItemKind, number> {
  const out = Object.fromEntries(ITEM_KINDS.map((k) => [k, 0])) as Record<ItemKind, number>;
  for (const i of items) out[i.kind]++;
  return out;
}

function tally(keys: Iterable<string>): Map<string, number> {
  const m = new Map<string, number>();
  for (const k of keys) m.set(k, (m.get(k) ?? 0) + 1);
  return m;
}

function sortCounts(m: Map<string, number>): NamedCount[] {
  return [...m]
    .map(([key, count]) => ({ key, count }))
    .sort((a, b) => b.count - a.count || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}
