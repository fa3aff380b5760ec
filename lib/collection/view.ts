/**
 * What a page shows for a filter (and a sort), derived from what has been read: every item, or,
 * while the rest is still being read, the first screen (lib/store/first-screen.ts). The first
 * screen answers the default view only, and no count; anything else waits for every item
 * (`pending`), rather than showing a part as the whole.
 */

import type { ItemRecord, ReportRecord, TagRecord } from '../store/records';
import { countByReport, countByTag, type NamedCount } from './counts';
import { EMPTY_FILTER, applyFilter, isFiltering, pruneFilter, type CollectionFilter } from './filter';
import { DEFAULT_SORT, sortItems, type SortSpec } from './sort';

export interface LoadedItems {
  /** Every item newest first; or, while not `complete`, the first screen's items in list order. */
  items: readonly ItemRecord[];
  reports: ReadonlyMap<string, ReportRecord>;
  tags: ReadonlyMap<string, TagRecord>;
  complete: boolean;
}

export interface CollectionView {
  /** The filter as applied: values that no longer exist dropped. */
  effective: CollectionFilter;
  /** The items to show that are loaded, in order. */
  shown: ItemRecord[];
  /** How many items the filter shows, and how many the status view holds; null while unknown. */
  shownCount: number | null;
  inViewCount: number | null;
  reportCounts: NamedCount[];
  tagCounts: NamedCount[];
  /** True while the filter or sort asks for more than the first screen can answer. */
  pending: boolean;
}

const isDefaultSort = (sort: SortSpec | null) => !sort || (sort.key === DEFAULT_SORT.key && sort.dir === DEFAULT_SORT.dir);

/** `sort` null: the items' own order (newest first), as the popup lists them. */
export function collectionView(loaded: LoadedItems, filter: CollectionFilter, sort: SortSpec | null): CollectionView {
  if (loaded.complete) {
    const inView = applyFilter(loaded.items, { ...EMPTY_FILTER, status: filter.status });
    const reportIds = new Set(inView.map((i) => i.reportId));
    const identities = [...reportIds].flatMap((id) => loaded.reports.get(id)?.identity ?? []);
    const known = { tags: new Set(inView.flatMap((i) => i.tags)), reports: reportIds, identities };
    const effective = pruneFilter(filter, known);
    const filtered = applyFilter(loaded.items, effective, loaded.reports);
    const shown = sort ? sortItems(filtered, sort, loaded.reports) : filtered;
    return {
      effective,
      shown,
      shownCount: shown.length,
      inViewCount: inView.length,
      reportCounts: countByReport(inView),
      tagCounts: countByTag(inView),
      pending: false,
    };
  }
  // Only what exists can narrow a view; the records of tags and reports are all read already.
  const effective = pruneFilter(filter, {
    tags: new Set(loaded.tags.keys()),
    reports: new Set(loaded.reports.keys()),
    identities: [...loaded.reports.values()].map((r) => r.identity),
  });
  const firstScreen = effective.status === EMPTY_FILTER.status && !isFiltering(effective) && isDefaultSort(sort);
  return {
    effective,
    shown: firstScreen ? [...loaded.items] : [],
    shownCount: null,
    inViewCount: null,
    reportCounts: [],
    tagCounts: [],
    pending: !firstScreen,
  };
}
