/** Ledger rows as the tracker builds them, for the tracker view's tests. */
import type { IndicatorId } from '../../lib/extract/indicators';
import type { ReportLevel } from '../../lib/extract/types';
import { statusOf, type LedgerRow, type LedgerSide } from '../../lib/tracker';

export function side(value: number | null, extra: Partial<LedgerSide> = {}): LedgerSide {
  return { value, max: null, cmp: null, unit: '%', direction: 'up', quote: value === null ? '居民收入增长与经济增长同步' : `增长${value}%`, file: 'https://www.example.gov.cn/r.html', start: 0, end: 4, ...extra };
}

export function row(place: string, year: number, target: LedgerSide | null, result: LedgerSide | null, indicator: IndicatorId = 'gdp_growth', level: ReportLevel | null = 'province'): LedgerRow {
  return { place, level, indicator, year, target, result, status: statusOf(indicator, target, result) };
}
