/**
 * The collection page's 按报告 / By report list: each report in view with its item count and its
 * identity (place, year, genre, named as the rest of the UI names them), each part a toggle of the
 * same identity filter the table's selects set. Reports outside the identity filter leave the list
 * (the one chosen stays, so it can be unchosen), and the list says how many. Pure.
 */

import type { Language } from '../i18n';
import { genreLabel } from '../i18n/meaning';
import { reportName } from '../format';
import type { ReportGenre, ReportRecord } from '../store/records';
import type { NamedCount } from './counts';
import { IDENTITY_FILTER_KEYS, identityMatches, type CollectionFilter, type IdentityFilter } from './filter';

/** One identity part of a report's entry, in the order identityLine writes them: place, year, genre. */
export type ReportFacetChip = ({ key: 'place'; value: string } | { key: 'year'; value: number } | { key: 'genre'; value: ReportGenre }) & {
  /** As the UI writes it: 北京市, 2026年 / 2026, 政府工作报告 / Government work report. */
  label: string;
  /** The identity filter holds this value. */
  pressed: boolean;
};

export interface ReportListEntry {
  id: string;
  /** Its title, else host and path. */
  name: string;
  count: number;
  /** The report filter is this report. */
  pressed: boolean;
  /** Empty when nothing of its identity was read. */
  chips: ReportFacetChip[];
}

export interface ReportList {
  entries: ReportListEntry[];
  /** Reports in view that the identity filter leaves out. */
  hidden: number;
  /** Whether any identity filter (place, level, genre, year) is set. */
  narrowed: boolean;
}

function chipsOf(report: ReportRecord | undefined, filter: IdentityFilter, language: Language): ReportFacetChip[] {
  const identity = report?.identity;
  if (!identity) return [];
  const chips: ReportFacetChip[] = [];
  if (identity.place !== null) chips.push({ key: 'place', value: identity.place, label: identity.place, pressed: filter.place === identity.place });
  if (identity.year !== null) {
    const label = language === 'zh' ? `${identity.year}年` : String(identity.year);
    chips.push({ key: 'year', value: identity.year, label, pressed: filter.year === identity.year });
  }
  // 'other' is no name for a report (identityLine leaves it out too).
  if (identity.genre !== 'other') {
    chips.push({ key: 'genre', value: identity.genre, label: genreLabel(identity.genre, language), pressed: filter.genre === identity.genre });
  }
  return chips;
}

/**
 * `reportCounts`: items in view per report, most first (lib/collection/view.ts); the list keeps
 * that order. `filter`: the effective filter.
 */
export function reportList(
  reportCounts: readonly NamedCount[],
  reports: ReadonlyMap<string, ReportRecord>,
  filter: CollectionFilter,
  language: Language,
): ReportList {
  const narrowed = IDENTITY_FILTER_KEYS.some((k) => filter[k] !== null);
  const entries: ReportListEntry[] = [];
  let hidden = 0;
  for (const { key, count } of reportCounts) {
    const report = reports.get(key);
    const pressed = filter.reportId === key;
    if (narrowed && !pressed && !identityMatches(report, filter)) {
      hidden++;
      continue;
    }
    entries.push({ id: key, name: reportName(report, key), count, pressed, chips: chipsOf(report, filter, language) });
  }
  return { entries, hidden, narrowed };
}

/** The filter with one identity part toggled: set to the chip's value, or cleared when it held it. */
export function toggleReportFacet(filter: CollectionFilter, chip: ReportFacetChip): CollectionFilter {
  switch (chip.key) {
    case 'place':
      return { ...filter, place: chip.pressed ? null : chip.value };
    case 'year':
      return { ...filter, year: chip.pressed ? null : chip.value };
    case 'genre':
      return { ...filter, genre: chip.pressed ? null : chip.value };
  }
}

/** The filter without any identity part (the report, tags, kinds and text stay). */
export function clearReportFacets(filter: CollectionFilter): CollectionFilter {
  return { ...filter, place: null, level: null, genre: null, year: null };
}
