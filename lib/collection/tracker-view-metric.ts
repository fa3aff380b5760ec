/**
 * Following a metric the reader collected, beside the headline indicators: the items they keep
 * (targets and results with a figure, in reports whose place and year are known) that measure the
 * same thing (the same metric, as stored or as the reader corrected it), paired as the tracker
 * pairs headline figures. Year Y's report sets the target for Y (or the one year its period names)
 * and gives the result for Y − 1 (or the year its period names); a figure over many years (年均,
 * 累计, by a later deadline) is no one year's and is left out. Within one report, the first figure
 * in the text wins.
 *
 * The status is lib/tracker's one rule (statusOf). A collected metric has no fixed "better" way, so
 * the target says which way it points: one written as a ceiling (以内, 不超过) or as a fall (下降,
 * 降低) is held as a ceiling, any other as a floor, exactly as the rule holds a headline indicator
 * that should fall or rise (statusBySense).
 */

import { toCsv } from '../export/csv';
import type { ItemRecord, ReportRecord } from '../store/records';
import { LEDGER_CSV_HEADER, ledgerCsvRow, statusBySense, type Better, type LedgerCsvSubject, type LedgerSide } from '../tracker';
import type { TrackedRow } from './tracker-view';

export interface MetricChoice {
  metric: string;
  /** Collected targets and results that measure it. */
  items: number;
}

const collator = new Intl.Collator(['zh-Hans-CN', 'en'], { numeric: true });

/** A metric as compared: its words without spaces. */
const metricKey = (metric: string) => metric.replace(/\s+/g, '');

function trackable(item: ItemRecord, reports: ReadonlyMap<string, ReportRecord>): ReportRecord | null {
  if (item.kind === 'commitment' || item.status === 'dismissed' || item.value === null || !metricKey(item.metric)) return null;
  const report = reports.get(item.reportId);
  return report && report.identity.place && report.identity.year !== null ? report : null;
}

/**
 * The metrics of the collected targets and results that could make rows (a figure, a report whose
 * place and year are known), the most collected first; at most `limit`.
 */
export function collectedMetrics(items: readonly ItemRecord[], reports: ReadonlyMap<string, ReportRecord>, limit = 200): MetricChoice[] {
  const counts = new Map<string, { metric: string; items: number }>();
  for (const item of items) {
    if (!trackable(item, reports)) continue;
    const key = metricKey(item.metric);
    const entry = counts.get(key);
    if (entry) entry.items++;
    else counts.set(key, { metric: item.metric.trim(), items: 1 });
  }
  return [...counts.values()].sort((a, b) => b.items - a.items || collator.compare(a.metric, b.metric)).slice(0, limit);
}

/** The year a collected figure speaks of, or null when it is no one year's. */
function yearOf(item: ItemRecord, reportYear: number): number | null {
  const period = item.period;
  if (period && period.kind !== 'year') return period.kind === 'by' && period.year === reportYear ? reportYear : null;
  if (period?.year) return period.year;
  return item.kind === 'target' ? reportYear : reportYear - 1;
}

function sideOf(item: ItemRecord, report: ReportRecord): LedgerSide {
  return {
    value: item.value,
    max: item.max,
    cmp: item.cmp,
    unit: item.unit,
    direction: item.direction,
    quote: item.selector.quote.exact,
    file: report.url,
    start: item.selector.position.start,
    end: item.selector.position.end,
  };
}

/** The better side the target points to, by which the one rule judges. */
function senseOf(target: LedgerSide | null): Better {
  const ceiling = target && (target.cmp === '<=' || target.cmp === '<' || target.direction === 'down');
  return ceiling ? 'lower' : 'higher';
}

/** The rows of one collected metric: place × year, the target and the result, judged; by place, then year. */
export function metricRows(metric: string, items: readonly ItemRecord[], reports: ReadonlyMap<string, ReportRecord>): TrackedRow[] {
  const key = metricKey(metric);
  const rows = new Map<string, { place: string; level: ReportRecord['identity']['level']; year: number; target?: ItemRecord; result?: ItemRecord; reports: Partial<Record<'target' | 'result', ReportRecord>> }>();
  for (const item of items) {
    if (metricKey(item.metric) !== key) continue;
    const report = trackable(item, reports);
    if (!report) continue;
    const year = yearOf(item, report.identity.year!);
    if (year === null) continue;
    const place = report.identity.place!;
    const rowKey = `${place}\u0000${year}`;
    let row = rows.get(rowKey);
    if (!row) rows.set(rowKey, (row = { place, level: report.identity.level, year, reports: {} }));
    const kind = item.kind as 'target' | 'result';
    const held = row[kind];
    // The first figure in the text of the first report (by address) wins, in any input order.
    const first =
      !held ||
      (row.reports[kind]!.url === report.url ? item.selector.position.start < held.selector.position.start : report.url < row.reports[kind]!.url);
    if (first) {
      row[kind] = item;
      row.reports[kind] = report;
    }
  }
  const out: TrackedRow[] = [];
  for (const row of rows.values()) {
    const target = row.target ? sideOf(row.target, row.reports.target!) : null;
    const result = row.result ? sideOf(row.result, row.reports.result!) : null;
    out.push({ place: row.place, level: row.level, year: row.year, target, result, status: statusBySense(senseOf(target), target, result) });
  }
  return out.sort((a, b) => collator.compare(a.place, b.place) || a.year - b.year);
}

/**
 * The CSV of a metric's rows: the ledger's columns and writer (lib/tracker/export.ts), with no
 * indicator id and the metric, as collected, for the indicator's name: the reader's words, the same
 * in either language.
 */
export function metricCsv(metric: string, rows: readonly TrackedRow[]): string {
  const subject: LedgerCsvSubject = { indicator: null, name: metric };
  return toCsv(LEDGER_CSV_HEADER, rows.map((r) => ledgerCsvRow(r, subject)));
}
