/**
 * The ledger for other tools: the JSON object of the command line and the CSV a spreadsheet,
 * Stata or R reads (one row per place × indicator × year, the project's Excel-safe writer).
 * Shared by the command line and the extension's tracker export.
 */

import { toCsv, type CsvCell } from '../export/csv';
import { INDICATORS, type IndicatorId } from '../extract/indicators';
import type { ReportIdentity } from '../extract/types';
import type { LedgerRow, LedgerSide } from './types';

export interface TrackedReport extends ReportIdentity {
  file: string;
}

export interface LedgerJson {
  reports: { file: string; place: string | null; level: ReportIdentity['level']; year: number | null; genre: ReportIdentity['genre'] }[];
  rows: LedgerRow[];
}

/** `{"reports": [...], "rows": [...]}` with the fields in a fixed order. */
export function ledgerToJson(reports: readonly TrackedReport[], rows: readonly LedgerRow[]): LedgerJson {
  const side = (s: LedgerSide | null): LedgerSide | null =>
    s && { value: s.value, max: s.max, cmp: s.cmp, unit: s.unit, direction: s.direction, quote: s.quote, file: s.file, start: s.start, end: s.end };
  return {
    reports: reports.map(({ file, place, level, year, genre }) => ({ file, place, level, year, genre })),
    rows: rows.map((r) => ({ place: r.place, level: r.level, indicator: r.indicator, year: r.year, target: side(r.target), result: side(r.result), status: r.status })),
  };
}

const SIDE_COLUMNS = [
  ['值', 'value'], ['上限', 'max'], ['比较', 'comparator'], ['单位', 'unit'], ['方向', 'direction'],
  ['原文', 'quote'], ['来源', 'file'], ['起点', 'start'], ['终点', 'end'],
] as const;

/** Bilingual, like the items export, so a reader of either language can tell the columns apart. */
export const LEDGER_CSV_HEADER: readonly string[] = [
  '地区 place', '级别 level', '指标 indicator', '指标名称 indicator name', '年份 year',
  ...SIDE_COLUMNS.map(([zh, en]) => `目标${zh} target ${en}`),
  ...SIDE_COLUMNS.map(([zh, en]) => `实际${zh} result ${en}`),
  '状态 status',
];

const sideCells = (s: LedgerSide | null): CsvCell[] =>
  s ? [s.value, s.max, s.cmp, s.unit, s.direction, s.quote, s.file, s.start, s.end] : SIDE_COLUMNS.map(() => null);

/**
 * What a row follows, as its two indicator columns say it: a headline indicator (its id, and its
 * name in the export's language), or a metric the reader collected (no id; its words as collected).
 */
export interface LedgerCsvSubject {
  indicator: IndicatorId | null;
  name: string;
}

/** A headline indicator as the indicator columns say it. */
export const indicatorSubject = (indicator: IndicatorId, lang: 'zh' | 'en' = 'zh'): LedgerCsvSubject => ({ indicator, name: INDICATORS[indicator][lang] });

/**
 * One CSV row per place × indicator × year (or × metric, for a metric the reader follows: the row
 * then has no indicator, and `subject` names what it follows). Indicator, comparator and status go
 * out as machine values (gdp_growth, >=, met) so a filter stays exact.
 */
export function ledgerCsvRow(row: Omit<LedgerRow, 'indicator'>, subject: LedgerCsvSubject): CsvCell[] {
  return [row.place, row.level, subject.indicator, subject.name, row.year, ...sideCells(row.target), ...sideCells(row.result), row.status];
}

/** The ledger's CSV; the indicator's name follows `lang`. */
export function ledgerToCsv(rows: readonly LedgerRow[], lang: 'zh' | 'en' = 'zh'): string {
  return toCsv(LEDGER_CSV_HEADER, rows.map((row) => ledgerCsvRow(row, indicatorSubject(row.indicator, lang))));
}
