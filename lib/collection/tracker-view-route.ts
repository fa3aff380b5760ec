/**
 * The collection page's view in its address, so a reload or a shared link opens the same view:
 * '' or '#items' the table of items, '#tracker' the tracker, with the reader's choices after a '?'
 * (#tracker?indicator=gdp_growth&level=province&place=安徽省, or metric=新增学位 for a metric the
 * reader collected). A hash names no unknown indicator
 * or level: anything it cannot read is left at the default, never an error.
 */

import { INDICATOR_IDS, type IndicatorId } from '../extract/indicators';
import type { ReportLevel } from '../extract/types';
import { EMPTY_TRACKER_FILTER, type TrackerFilter } from './tracker-view';

export type CollectionView = 'items' | 'tracker';

export interface CollectionRoute {
  view: CollectionView;
  /** The tracker's choices (the default when the view is the items'). */
  tracker: TrackerFilter;
}

const LEVELS: readonly string[] = ['national', 'province', 'city', 'county'];

/** The route of a location.hash ('#tracker?indicator=cpi', '', '#items'). */
export function parseRoute(hash: string): CollectionRoute {
  const body = hash.replace(/^#/, '');
  const q = body.indexOf('?');
  const name = q < 0 ? body : body.slice(0, q);
  if (name !== 'tracker') return { view: 'items', tracker: EMPTY_TRACKER_FILTER };
  const params = new URLSearchParams(q < 0 ? '' : body.slice(q + 1));
  const indicator = params.get('indicator');
  const level = params.get('level');
  const place = params.get('place')?.trim();
  const metric = params.get('metric')?.trim();
  return {
    view: 'tracker',
    tracker: {
      indicator: indicator && (INDICATOR_IDS as readonly string[]).includes(indicator) ? (indicator as IndicatorId) : null,
      metric: metric ? metric.slice(0, 1000) : null,
      level: level && LEVELS.includes(level) ? (level as ReportLevel) : null,
      place: place ? place.slice(0, 100) : null,
    },
  };
}

/** The hash of a route: '#items', '#tracker', '#tracker?indicator=cpi&place=…'. */
export function routeHash(route: CollectionRoute): string {
  if (route.view === 'items') return '#items';
  const params = new URLSearchParams();
  const { indicator, metric, level, place } = route.tracker;
  if (indicator) params.set('indicator', indicator);
  if (metric) params.set('metric', metric);
  if (level) params.set('level', level);
  if (place) params.set('place', place);
  const query = params.toString();
  return query ? `#tracker?${query}` : '#tracker';
}
