/**
 * The tracker view's table, pure: which indicators, levels and places the ledger offers, the rows
 * the filter keeps, each side as the reader reads it (≥5.5%, 5%–5.5%, 5%左右, or the words a
 * report used), status counts, and the hints an almost empty tracker gives. The ledger itself is
 * lib/tracker's (built by lib/collection/tracker-data.ts); the chart is tracker-view-chart.ts.
 */

import { INDICATOR_IDS, INDICATORS, type IndicatorId } from '../extract/indicators';
import type { ReportLevel } from '../extract/types';
import { formatNumber } from '../format';
import type { Language } from '../i18n';
import { LEDGER_STATUSES, STATUS_LABELS, type LedgerRow, type LedgerSide, type LedgerStatus } from '../tracker';
import type { TrackerEntry } from './tracker-data';

/** A row of the view: a ledger row, or a row of a metric the reader collected (tracker-view-metric.ts). */
export type TrackedRow = Omit<LedgerRow, 'indicator'>;

/** What the reader chose to see. Null: no choice (the default indicator, every level, every place). */
export interface TrackerFilter {
  indicator: IndicatorId | null;
  /** A metric the reader collected, followed instead of a headline indicator. */
  metric: string | null;
  level: ReportLevel | null;
  place: string | null;
}

export const EMPTY_TRACKER_FILTER: TrackerFilter = { indicator: null, metric: null, level: null, place: null };

export interface IndicatorChoice {
  id: IndicatorId;
  /** Rows of the ledger for it (every level and place). */
  rows: number;
}

/** The indicators the ledger has rows for, in the fixed order of lib/extract/indicators.ts. */
export function indicatorChoices(rows: readonly LedgerRow[]): IndicatorChoice[] {
  const counts = new Map<IndicatorId, number>();
  for (const r of rows) counts.set(r.indicator, (counts.get(r.indicator) ?? 0) + 1);
  return INDICATOR_IDS.filter((id) => counts.has(id)).map((id) => ({ id, rows: counts.get(id)! }));
}

/**
 * The indicator shown: the reader's choice when the ledger has it, else GDP growth (every report
 * sets it), else the first the ledger has; null for an empty ledger.
 */
export function shownIndicator(choices: readonly IndicatorChoice[], chosen: IndicatorId | null): IndicatorId | null {
  if (chosen && choices.some((c) => c.id === chosen)) return chosen;
  if (choices.some((c) => c.id === 'gdp_growth')) return 'gdp_growth';
  return choices[0]?.id ?? null;
}

const LEVEL_ORDER: readonly ReportLevel[] = ['national', 'province', 'city', 'county'];
const collator = new Intl.Collator(['zh-Hans-CN', 'en'], { numeric: true });

/** The levels among rows, national first. */
export function levelChoices(rows: readonly TrackedRow[]): ReportLevel[] {
  const present = new Set(rows.map((r) => r.level));
  return LEVEL_ORDER.filter((l) => present.has(l));
}

/** The places among rows of `level` (every level when null), in the collation of the page's lists. */
export function placeChoices(rows: readonly TrackedRow[], level: ReportLevel | null): string[] {
  const places = new Set<string>();
  for (const r of rows) if (level === null || r.level === level) places.add(r.place);
  return [...places].sort(collator.compare);
}

/** The rows the filter keeps, in the ledger's order (place, then year), with the indicator shown. */
export function filterRows(rows: readonly LedgerRow[], filter: Pick<TrackerFilter, 'level' | 'place'>, indicator: IndicatorId | null): LedgerRow[] {
  if (!indicator) return [];
  return rows.filter((r) => r.indicator === indicator && inPlaces(r, filter));
}

/** Rows of the chosen level and place (every one where none is chosen). */
export function filterPlaces<R extends TrackedRow>(rows: readonly R[], filter: Pick<TrackerFilter, 'level' | 'place'>): R[] {
  return rows.filter((r) => inPlaces(r, filter));
}

const inPlaces = (r: TrackedRow, filter: Pick<TrackerFilter, 'level' | 'place'>) =>
  (filter.level === null || r.level === filter.level) && (filter.place === null || r.place === filter.place);

// ---------------------------------------------------------------- one side as the reader reads it

const joinUnit = (text: string, unit: string, language: Language) =>
  !unit ? text : language === 'zh' || unit === '%' || unit === '‰' ? `${text}${unit}` : `${text} ${unit}`;

/**
 * A side's figure with its comparator, as reports write it: ≥5.5%, ≤4.5%, 6–6.5%, 5%左右 (about 5%),
 * 1100万人; '' when the side is in words only (its quote stands instead).
 */
export function sideFigure(side: Pick<LedgerSide, 'value' | 'max' | 'cmp' | 'unit'>, language: Language): string {
  if (side.value === null) return '';
  const n = (x: number) => formatNumber(x, language);
  if (side.max !== null && side.max !== side.value) {
    const [low, high] = side.value <= side.max ? [side.value, side.max] : [side.max, side.value];
    // 6–6.5% reads as one figure; a magnitude (1100万–1200万人) keeps the unit once too.
    return joinUnit(`${n(low)}–${n(high)}`, side.unit, language);
  }
  const figure = joinUnit(n(side.value), side.unit, language);
  switch (side.cmp) {
    case '>=':
      return `≥${figure}`;
    case '>':
      return `>${figure}`;
    case '<=':
      return `≤${figure}`;
    case '<':
      return `<${figure}`;
    case '~':
      return language === 'zh' ? `${figure}左右` : `about ${figure}`;
    default:
      return figure;
  }
}

/** One side of a table row: the figure, or the report's words when it set none. */
export interface SideCell {
  side: LedgerSide;
  /** ≥5.5%, or the words (与经济增长同步) for a side in words only. */
  text: string;
  /** Stated in words only. */
  words: boolean;
  /** Opens its report at the passage ('' when its address is not a web page or a file). */
  link: string;
}

export interface TrackerTableRow {
  /** place · year: unique among the rows of one indicator. */
  key: string;
  place: string;
  level: ReportLevel | null;
  year: number;
  /** The first row of its place (the table starts a group there). */
  firstOfPlace: boolean;
  target: SideCell | null;
  result: SideCell | null;
  status: LedgerStatus;
  statusText: string;
}

const WORDS_LENGTH = 40;

function sideCell(side: LedgerSide | null, language: Language, linkOf: (side: LedgerSide) => string): SideCell | null {
  if (!side) return null;
  const words = side.value === null;
  const quote = side.quote.replace(/\s+/g, '');
  const text = words ? (quote.length > WORDS_LENGTH ? `${quote.slice(0, WORDS_LENGTH - 1)}…` : quote) : sideFigure(side, language);
  return { side, text, words, link: linkOf(side) };
}

/** The table's rows for the rows the filter keeps; `linkOf` gives a side's passage link (tracker-data.ts sideLink). */
export function tableRows(rows: readonly TrackedRow[], language: Language, linkOf: (side: LedgerSide) => string = () => ''): TrackerTableRow[] {
  let lastPlace: string | null = null;
  return rows.map((r) => {
    const firstOfPlace = r.place !== lastPlace;
    lastPlace = r.place;
    return {
      key: `${r.place}\u0000${r.year}`,
      place: r.place,
      level: r.level,
      year: r.year,
      firstOfPlace,
      target: sideCell(r.target, language, linkOf),
      result: sideCell(r.result, language, linkOf),
      status: r.status,
      statusText: STATUS_LABELS[r.status][language],
    };
  });
}

/** How many rows have each status, in the order of LEDGER_STATUSES, those with none left out. */
export function statusCounts(rows: readonly Pick<TrackedRow, 'status'>[]): { status: LedgerStatus; count: number }[] {
  const counts = new Map<LedgerStatus, number>();
  for (const r of rows) counts.set(r.status, (counts.get(r.status) ?? 0) + 1);
  return LEDGER_STATUSES.filter((s) => counts.has(s)).map((status) => ({ status, count: counts.get(status)! }));
}

/** The indicator's name in the UI's language. */
export const indicatorLabel = (id: IndicatorId, language: Language): string => INDICATORS[id][language];

// ---------------------------------------------------------------- an almost empty tracker

/** A place the tracker holds one year of only: its next year's report would judge that year's targets. */
export interface LonePlace {
  place: string;
  year: number;
}

/**
 * The places (of the reports in the tracker, with place and year read) that have one report year
 * only: the tracker can show their targets but no result yet. At most `limit`, by place.
 */
export function lonePlaces(entries: readonly TrackerEntry[], limit = 3): LonePlace[] {
  const years = new Map<string, Set<number>>();
  for (const e of entries) {
    const { place, year } = e.report.identity;
    if (e.removed || !place || year === null) continue;
    let set = years.get(place);
    if (!set) years.set(place, (set = new Set()));
    set.add(year);
  }
  const lone: LonePlace[] = [];
  for (const [place, set] of years) if (set.size === 1) lone.push({ place, year: [...set][0]! });
  return lone.sort((a, b) => collator.compare(a.place, b.place)).slice(0, limit);
}

// ---------------------------------------------------------------- downloads

function localDate(date: Date): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${p(date.getMonth() + 1)}-${p(date.getDate())}`;
}

/** 报告标注-追踪-gdp_growth-2026-11-28.csv: the table of one indicator (or collected metric, its name made safe for a file). */
export function trackerCsvFileName(indicatorOrMetric: string, date: Date = new Date()): string {
  // Characters no file system takes, white space and control characters become _.
  const visible = [...indicatorOrMetric].map((ch) => (ch < ' ' ? '_' : ch)).join('');
  const name = visible.replace(/[\\/:*?"<>|\s_]+/g, '_').slice(0, 40) || 'metric';
  return `报告标注-追踪-${name}-${localDate(date)}.csv`;
}

/** 报告标注-追踪-2026-11-28.json: the whole tracker, as `npm run track -- --format json` writes it. */
export function trackerJsonFileName(date: Date = new Date()): string {
  return `报告标注-追踪-${localDate(date)}.json`;
}
