/**
 * What the reader filters the collection by, and how a filter selects items.
 *
 * The matching rule is the store's own (lib/store/order.ts matchesFilter),
 * so the popup and the collection page always agree on what a filter shows.
 */

import { matchesFilter, type ItemFilter } from '../store/order';
import type { ItemKind, ItemRecord, ItemStatus, ReportGenre, ReportLevel, ReportRecord } from '../store/records';

/** Which statuses a view shows: 'current' = found on the page (active) or lost from it (orphaned), not dismissed. */
export type StatusView = 'current' | ItemStatus | 'all';

export const STATUS_VIEWS: readonly StatusView[] = ['current', 'active', 'orphaned', 'dismissed', 'all'];

export interface CollectionFilter {
  /** Free text: every whitespace-separated term must occur in the quote, the metric or the note. */
  text: string;
  /** Any of these kinds; empty = every kind. */
  kinds: ItemKind[];
  /** Items carrying these tags (all of them, or any with tagMatch 'any'); empty = no tag filter. */
  tags: string[];
  tagMatch: 'all' | 'any';
  /** One report, or null for all. */
  reportId: string | null;
  /** Reports of one place, level, genre, year (their stored identity), or null for all. */
  place: string | null;
  level: ReportLevel | null;
  genre: ReportGenre | null;
  year: number | null;
  status: StatusView;
}

/** The filters on the report's identity, as one object. */
export type IdentityFilter = Pick<CollectionFilter, 'place' | 'level' | 'genre' | 'year'>;

export const IDENTITY_FILTER_KEYS: readonly (keyof IdentityFilter)[] = ['place', 'level', 'genre', 'year'];

export const EMPTY_FILTER: CollectionFilter = {
  text: '',
  kinds: [],
  tags: [],
  tagMatch: 'all',
  reportId: null,
  place: null,
  level: null,
  genre: null,
  year: null,
  status: 'current',
};

const filtersIdentity = (filter: CollectionFilter) => IDENTITY_FILTER_KEYS.some((k) => filter[k] !== null);

/** Whether a report's identity is what the filter asks for (a report not stored matches no identity filter). */
export function identityMatches(report: ReportRecord | undefined, filter: IdentityFilter): boolean {
  if (!IDENTITY_FILTER_KEYS.some((k) => filter[k] !== null)) return true;
  if (!report) return false;
  return IDENTITY_FILTER_KEYS.every((k) => filter[k] === null || report.identity[k] === filter[k]);
}

export function statusesOf(view: StatusView): ItemStatus[] | undefined {
  if (view === 'all') return undefined;
  if (view === 'current') return ['active', 'orphaned'];
  return [view];
}

/** The same filter as the store's {@link ItemFilter}, for matchesFilter. */
export function toItemFilter(filter: CollectionFilter): ItemFilter {
  const out: ItemFilter = {};
  if (filter.reportId !== null) out.reportId = filter.reportId;
  if (filter.tags.length) {
    out.tags = [...filter.tags];
    out.tagMatch = filter.tagMatch;
  }
  if (filter.kinds.length) out.kinds = [...filter.kinds];
  if (filter.text.trim()) out.text = filter.text;
  const statuses = statusesOf(filter.status);
  if (statuses) out.status = statuses;
  return out;
}

/** Items the filter shows, in the order given; `reports` tells each item's report identity. */
export function applyFilter(
  items: readonly ItemRecord[],
  filter: CollectionFilter,
  reports: ReadonlyMap<string, ReportRecord> = new Map(),
): ItemRecord[] {
  const f = toItemFilter(filter);
  if (!filtersIdentity(filter)) return items.filter((i) => matchesFilter(i, f));
  // One look at each report, not one per item.
  const ofReport = new Map<string, boolean>();
  const reportMatches = (id: string) => {
    let ok = ofReport.get(id);
    if (ok === undefined) ofReport.set(id, (ok = identityMatches(reports.get(id), filter)));
    return ok;
  };
  return items.filter((i) => reportMatches(i.reportId) && matchesFilter(i, f));
}

/** True when the filter narrows anything down (the status view aside). */
export function isFiltering(filter: CollectionFilter): boolean {
  return filter.text.trim() !== '' || filter.kinds.length > 0 || filter.tags.length > 0 || filter.reportId !== null || filtersIdentity(filter);
}

/** Toggle one value in a list (kinds, tags), keeping the others' order. */
export function toggled<T>(list: readonly T[], value: T): T[] {
  return list.includes(value) ? list.filter((x) => x !== value) : [...list, value];
}

/**
 * Drop filter values that no longer exist (a deleted tag, a cleared report),
 * so a stale filter never hides everything without saying why. Returns the
 * same object when nothing changes.
 */
export function pruneFilter(
  filter: CollectionFilter,
  known: { tags: ReadonlySet<string>; reports: ReadonlySet<string>; identities?: Iterable<IdentityFilter> },
): CollectionFilter {
  const tags = filter.tags.filter((t) => known.tags.has(t));
  const reportId = filter.reportId !== null && !known.reports.has(filter.reportId) ? null : filter.reportId;
  const identity: Partial<IdentityFilter> = {};
  if (known.identities && filtersIdentity(filter)) {
    const seen = { place: new Set<unknown>(), level: new Set<unknown>(), genre: new Set<unknown>(), year: new Set<unknown>() };
    for (const i of known.identities) for (const k of IDENTITY_FILTER_KEYS) seen[k].add(i[k]);
    for (const k of IDENTITY_FILTER_KEYS) if (filter[k] !== null && !seen[k].has(filter[k])) identity[k] = null;
  }
  if (tags.length === filter.tags.length && reportId === filter.reportId && !Object.keys(identity).length) return filter;
  return { ...filter, tags, reportId, ...identity };
}
