/**
 * The tracker's chart, as geometry: one small chart per place, years across, the indicator's value
 * up; a target is a band (a range, 6–6.5%) or a mark (one figure), a result a point. Pure numbers
 * for components/tracker/TrackerChart.tsx to draw as SVG, so the maths is tested without a DOM.
 *
 * Places share the year axis and, for rates and shares, the value axis, so their charts compare at
 * a glance; a level (GDP in 元, jobs in 人) differs by orders of magnitude between a county and the
 * nation, so each place then gets its own value axis. Sides in another unit than the indicator's
 * usual one (粮食产量 in 斤 and in 吨) are left out of the chart and counted, never mixed.
 */

import { INDICATORS, type IndicatorId } from '../extract/indicators';
import { formatNumber } from '../format';
import type { Language } from '../i18n';
import type { LedgerSide, LedgerStatus } from '../tracker';
import type { TrackedRow } from './tracker-view';

/** The chart's own coordinate space (the SVG's viewBox); CSS scales it. */
export const CHART_SIZE = { width: 320, height: 168, left: 46, right: 12, top: 12, bottom: 26 } as const;

export interface AxisTick {
  value: number;
  /** Where it stands along its axis, in chart units. */
  at: number;
}

export interface TargetMark {
  year: number;
  x: number;
  /** A band for a range; a mark for one figure. */
  shape: 'band' | 'mark';
  /** Top and bottom of the band (equal for a mark). */
  y1: number;
  y2: number;
  side: LedgerSide;
}

export interface ResultPoint {
  year: number;
  x: number;
  y: number;
  status: LedgerStatus;
  side: LedgerSide;
}

export interface PlaceChart {
  place: string;
  years: readonly number[];
  /** The unit of every value drawn ('' when none). */
  unit: string;
  xTicks: AxisTick[];
  yTicks: AxisTick[];
  targets: TargetMark[];
  results: ResultPoint[];
  /** Half the width of a band or a mark, in chart units. */
  halfStep: number;
  /** The rows of this place (for the chart's text equivalent). */
  rows: TrackedRow[];
}

export interface TrackerCharts {
  charts: PlaceChart[];
  /** Rows with a side in another unit than the one drawn: left out of the charts. */
  otherUnits: number;
}

const unitKey = (unit: string) => unit.replace(/％/g, '%').trim();

/** Round steps (1, 2, 2.5, 5 × 10^n) from at or below min to at or above max, about `count` of them. */
export function niceTicks(min: number, max: number, count = 4): number[] {
  if (!Number.isFinite(min) || !Number.isFinite(max)) return [];
  if (min === max) {
    const pad = min === 0 ? 1 : Math.abs(min) * 0.1;
    return niceTicks(min - pad, max + pad, count);
  }
  const raw = (max - min) / count;
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 2.5, 5, 10].map((m) => m * power).find((s) => s >= raw)!;
  const ticks: number[] = [];
  // From the step at or below min to the one at or above max, so the axis covers every value;
  // integer multiples of the step, so 0.1 + 0.2 noise never shows as 0.30000000000000004.
  const last = Math.ceil(max / step - 1e-9);
  for (let k = Math.floor(min / step + 1e-9); k <= last; k++) ticks.push(Number((k * step).toPrecision(12)));
  return ticks;
}

/** The unit most sides of these rows use (the first such in row order on a tie); '' for none. */
export function usualUnit(rows: readonly TrackedRow[]): string {
  const counts = new Map<string, number>();
  for (const r of rows)
    for (const s of [r.target, r.result]) if (s && s.value !== null) counts.set(unitKey(s.unit), (counts.get(unitKey(s.unit)) ?? 0) + 1);
  let best = '';
  let bestCount = 0;
  for (const [unit, count] of counts) if (count > bestCount) [best, bestCount] = [unit, count];
  return best;
}

const drawable = (side: LedgerSide | null, unit: string): side is LedgerSide & { value: number } =>
  !!side && side.value !== null && unitKey(side.unit) === unit;

function valuesOf(rows: readonly TrackedRow[], unit: string): number[] {
  const values: number[] = [];
  for (const r of rows) {
    if (drawable(r.target, unit)) values.push(r.target.value, r.target.max ?? r.target.value);
    if (drawable(r.result, unit)) values.push(r.result.value);
  }
  return values;
}

/** The value axis over `values`, padded so no point sits on the frame. */
function valueTicks(values: readonly number[]): number[] {
  if (!values.length) return [];
  let min = Math.min(...values);
  let max = Math.max(...values);
  const pad = (max - min) * 0.12 || Math.abs(max) * 0.1 || 1;
  min -= pad;
  max += pad;
  return niceTicks(min, max, 4);
}

/** Whether places share the value axis: for rates and shares yes, for levels (magnitudes apart) no. */
export type ValueScale = 'shared' | 'per place';

/** The value scale of a headline indicator: shared unless it is a level. */
export const scaleOfIndicator = (indicator: IndicatorId): ValueScale => (INDICATORS[indicator].measure === 'level' ? 'per place' : 'shared');

/** The value scale of a collected metric: shared for figures in %, else per place. */
export const scaleOfUnit = (unit: string): ValueScale => (unitKey(unit) === '%' ? 'shared' : 'per place');

/**
 * One chart per place of `rows` (rows of one indicator or metric, the ledger's order: by place,
 * then year). `years` spans every year of every row, so the charts line up.
 */
export function trackerCharts(rows: readonly TrackedRow[], scale: ValueScale): TrackerCharts {
  const { width, height, left, right, top, bottom } = CHART_SIZE;
  const unit = usualUnit(rows);
  let otherUnits = 0;
  for (const r of rows) {
    const other = (s: LedgerSide | null) => !!s && s.value !== null && unitKey(s.unit) !== unit;
    if (other(r.target) || other(r.result)) otherUnits++;
  }
  if (!rows.length) return { charts: [], otherUnits };

  let firstYear = Infinity;
  let lastYear = -Infinity;
  for (const r of rows) {
    firstYear = Math.min(firstYear, r.year);
    lastYear = Math.max(lastYear, r.year);
  }
  const years = Array.from({ length: lastYear - firstYear + 1 }, (_, i) => firstYear + i);
  const plotWidth = width - left - right;
  const step = plotWidth / years.length;
  const xOf = (year: number) => left + step * (year - firstYear + 0.5);
  // A label every year while they fit, else every other or every fifth.
  const every = years.length <= 8 ? 1 : years.length <= 16 ? 2 : 5;
  const xTicks = years.filter((y) => (y - firstYear) % every === 0).map((value) => ({ value, at: xOf(value) }));

  const byPlace = new Map<string, TrackedRow[]>();
  for (const r of rows) {
    let list = byPlace.get(r.place);
    if (!list) byPlace.set(r.place, (list = []));
    list.push(r);
  }
  const shared = scale === 'shared' ? valueTicks(valuesOf(rows, unit)) : null;

  const charts: PlaceChart[] = [];
  for (const [place, placeRows] of byPlace) {
    const ticks = shared ?? valueTicks(valuesOf(placeRows, unit));
    const low = ticks[0] ?? 0;
    const high = ticks.at(-1) ?? 1;
    const span = high - low || 1;
    const yOf = (v: number) => top + (height - top - bottom) * (1 - (v - low) / span);
    const targets: TargetMark[] = [];
    const results: ResultPoint[] = [];
    for (const r of placeRows) {
      const x = xOf(r.year);
      if (drawable(r.target, unit)) {
        const band = r.target.max !== null && r.target.max !== r.target.value;
        const a = yOf(r.target.value);
        const b = yOf(r.target.max ?? r.target.value);
        targets.push({ year: r.year, x, shape: band ? 'band' : 'mark', y1: Math.min(a, b), y2: Math.max(a, b), side: r.target });
      }
      if (drawable(r.result, unit)) results.push({ year: r.year, x, y: yOf(r.result.value), status: r.status, side: r.result });
    }
    charts.push({
      place,
      years,
      unit,
      xTicks,
      yTicks: ticks.map((value) => ({ value, at: yOf(value) })),
      targets,
      results,
      halfStep: Math.min(step * 0.32, 14),
      rows: placeRows,
    });
  }
  return { charts, otherUnits };
}

const COMPACT = new Intl.NumberFormat('en', { notation: 'compact', maximumFractionDigits: 1 });

/** A value axis label, short enough for the axis: 5.5%, 1200万 (zh), 12M (en). */
export function axisLabel(value: number, unit: string, language: Language): string {
  const text = language === 'en' && Math.abs(value) >= 10_000 ? COMPACT.format(value) : formatNumber(value, language);
  return unitKey(unit) === '%' ? `${text}%` : text;
}
