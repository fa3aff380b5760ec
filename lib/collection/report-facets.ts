/**
 * What the report filters offer: the places, levels, genres and years of the reports in view (their
 * stored identity), each with how many items in view it holds. Pure.
 */

import { REPORT_GENRES, REPORT_LEVELS, type ReportGenre, type ReportLevel, type ReportRecord } from '../store/records';
import type { NamedCount } from './counts';

export interface Facet<K> {
  key: K;
  count: number;
}

export interface IdentityFacets {
  places: Facet<string>[];
  levels: Facet<ReportLevel>[];
  genres: Facet<ReportGenre>[];
  years: Facet<number>[];
}

const collator = new Intl.Collator(['zh-Hans-CN', 'en'], { numeric: true });

/** `reportCounts`: items in view per report (lib/collection/view.ts). Unknown places and years are not offered. */
export function identityFacets(reportCounts: readonly NamedCount[], reports: ReadonlyMap<string, ReportRecord>): IdentityFacets {
  const places = new Map<string, number>();
  const levels = new Map<ReportLevel, number>();
  const genres = new Map<ReportGenre, number>();
  const years = new Map<number, number>();
  const add = <K>(map: Map<K, number>, key: K | null, n: number) => {
    if (key !== null) map.set(key, (map.get(key) ?? 0) + n);
  };
  for (const { key, count } of reportCounts) {
    const identity = reports.get(key)?.identity;
    if (!identity) continue;
    add(places, identity.place, count);
    add(levels, identity.level, count);
    add(genres, identity.genre, count);
    add(years, identity.year, count);
  }
  const facets = <K>(map: Map<K, number>, order: (a: K, b: K) => number): Facet<K>[] =>
    [...map].map(([key, count]) => ({ key, count })).sort((a, b) => order(a.key, b.key));
  return {
    places: facets(places, (a, b) => collator.compare(a, b)),
    levels: facets(levels, (a, b) => REPORT_LEVELS.indexOf(a) - REPORT_LEVELS.indexOf(b)),
    genres: facets(genres, (a, b) => REPORT_GENRES.indexOf(a) - REPORT_GENRES.indexOf(b)),
    years: facets(years, (a, b) => b - a),
  };
}
