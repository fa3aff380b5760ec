/**
 * Sorting the collection table by any column. Empty values (null, '') go last
 * whichever the direction; ties fall back on newest first, so the order is total
 * and stable across renders.
 */

import { compareNewestFirst } from '../store/order';
import { INDICATOR_IDS, REPORT_GENRES, type ItemRecord, type ReportRecord } from '../store/records';

export const SORT_KEYS = [
  'createdAt',
  'updatedAt',
  'report',
  'place',
  'year',
  'genre',
  'site',
  'section',
  'kind',
  'metric',
  'indicator',
  'value',
  'max',
  'unit',
  'cmp',
  'direction',
  'from',
  'period',
  'strength',
  'deadline',
  'quote',
  'tags',
  'note',
  'status',
] as const;

export type SortKey = (typeof SORT_KEYS)[number];
export type SortDir = 'asc' | 'desc';

export interface SortSpec {
  key: SortKey;
  dir: SortDir;
}

export const DEFAULT_SORT: SortSpec = { key: 'createdAt', dir: 'desc' };

/** Text collation for Chinese and English alike; digits compare as numbers (第2章 < 第10章). */
const collator = new Intl.Collator(['zh-Hans-CN', 'en'], { numeric: true, sensitivity: 'base' });

type Value = string | number | null;

const KIND_ORDER = { target: 0, result: 1, commitment: 2 } as const;
const STATUS_ORDER = { active: 0, orphaned: 1, dismissed: 2 } as const;
const DIRECTION_ORDER = { up: 0, flat: 1, down: 2 } as const;
const PERIOD_ORDER = { year: 0, average: 1, cumulative: 2, by: 3 } as const;

export function sortValue(item: ItemRecord, key: SortKey, report: ReportRecord | undefined): Value {
  switch (key) {
    case 'createdAt':
      return item.createdAt;
    case 'updatedAt':
      return item.updatedAt;
    case 'report':
      return report?.title || report?.url || item.reportId;
    case 'site':
      return report?.site ?? '';
    case 'place':
      return report?.identity.place ?? null;
    case 'year':
      return report?.identity.year ?? null;
    case 'genre':
      // The list's order (政府工作报告 first); 'other' last.
      return report ? REPORT_GENRES.indexOf(report.identity.genre) : null;
    case 'indicator':
      // The fixed list's order: growth, level, prices, jobs…
      return item.indicator ? INDICATOR_IDS.indexOf(item.indicator) : null;
    case 'direction':
      return item.direction ? DIRECTION_ORDER[item.direction] : null;
    case 'from':
      return item.from?.value ?? null;
    case 'period':
      // By kind, then by deadline (到2025年 before 到2030年).
      return item.period ? PERIOD_ORDER[item.period.kind] * 10_000 + (item.period.year ?? 0) : null;
    case 'kind':
      return KIND_ORDER[item.kind];
    case 'status':
      return STATUS_ORDER[item.status];
    case 'quote':
      return item.selector.quote.exact;
    case 'tags':
      return item.tags.join(' ');
    case 'value':
    case 'max':
      return item[key];
    default:
      return item[key] ?? null;
  }
}

const isEmpty = (v: Value) => v === null || v === '';

export function compareValues(a: Value, b: Value): number {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  return collator.compare(String(a), String(b));
}

/** A sorted copy. */
export function sortItems(
  items: readonly ItemRecord[],
  spec: SortSpec,
  reports: ReadonlyMap<string, ReportRecord>,
): ItemRecord[] {
  const sign = spec.dir === 'asc' ? 1 : -1;
  // Decorate once: sortValue is not free (report lookups), and a sort calls compare n·log n times.
  const decorated = items.map((item) => ({ item, v: sortValue(item, spec.key, reports.get(item.reportId)) }));
  decorated.sort((x, y) => {
    const ex = isEmpty(x.v);
    const ey = isEmpty(y.v);
    if (ex || ey) return ex === ey ? compareNewestFirst(x.item, y.item) : ex ? 1 : -1;
    return sign * compareValues(x.v, y.v) || compareNewestFirst(x.item, y.item);
  });
  return decorated.map((d) => d.item);
}

/** Clicking a column header: a new column starts descending for times and numbers, ascending for text; the same column flips. */
export function nextSort(current: SortSpec, key: SortKey): SortSpec {
  if (current.key === key) return { key, dir: current.dir === 'asc' ? 'desc' : 'asc' };
  const descFirst = key === 'createdAt' || key === 'updatedAt' || key === 'value' || key === 'max' || key === 'year' || key === 'from';
  return { key, dir: descFirst ? 'desc' : 'asc' };
}
