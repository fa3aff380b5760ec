/**
 * The one rule by which a result is held against its target, and its statement for readers.
 * Everything that says met or missed, in the CLI, the exports and the extension, comes from here.
 */

import { INDICATORS, type Indicator, type IndicatorId } from '../extract/indicators';
import type { LedgerSide, LedgerStatus } from './types';

/** Which side of a target is the better one: higher for growth, lower for unemployment. */
export type Better = Indicator['better'];

/** 左右 (about): how far below a floor, or above a ceiling, still counts as reaching it. */
export const ABOUT_TOLERANCE = {
  /** For figures in %: percentage points either way. */
  percentagePoints: 0.5,
  /** For other figures (jobs, tonnes, yuan): a share of the figure. */
  relative: 0.02,
} as const;

/** Float noise (5.5 read from text against 5.5 computed) must not turn a met target into a miss. */
const EPSILON = 1e-9;

const unitKey = (unit: string) => unit.replace(/％/g, '%').trim();
const isPercent = (unit: string) => unitKey(unit) === '%';

/** 左右's tolerance for one target figure. */
export function aboutTolerance(value: number, unit: string): number {
  return isPercent(unit) ? ABOUT_TOLERANCE.percentagePoints : Math.abs(value) * ABOUT_TOLERANCE.relative;
}

/**
 * Did the result reach the target? Both values are in the indicator's own sense. An explicit
 * bound (≥ > ≤ <) is held as written; otherwise the target is a floor for an indicator that should
 * rise and a ceiling for one that should fall, so only a shortfall on the worse side misses.
 */
export function reaches(better: Better, target: LedgerSide, result: number): boolean {
  const value = target.value!;
  const higherIsBetter = better === 'higher';
  switch (target.cmp) {
    case '>=':
      return result >= value - EPSILON;
    case '>':
      return result > value + EPSILON;
    case '<=':
      return result <= value + EPSILON;
    case '<':
      return result < value - EPSILON;
    case 'range': {
      const low = Math.min(value, target.max ?? value);
      const high = Math.max(value, target.max ?? value);
      return higherIsBetter ? result >= low - EPSILON : result <= high + EPSILON;
    }
    case '~': {
      const tolerance = aboutTolerance(value, target.unit);
      return higherIsBetter ? result >= value - tolerance - EPSILON : result <= value + tolerance + EPSILON;
    }
    default:
      return higherIsBetter ? result >= value - EPSILON : result <= value + EPSILON;
  }
}

/** The status of one row of a headline indicator: met, missed, pending, no target or unjudged. */
export function statusOf(indicator: IndicatorId, target: LedgerSide | null, result: LedgerSide | null): LedgerStatus {
  return statusBySense(INDICATORS[indicator].better, target, result);
}

/** The same for any measure whose better side is known (a metric the reader collected says it by its target). */
export function statusBySense(better: Better, target: LedgerSide | null, result: LedgerSide | null): LedgerStatus {
  if (!target || target.value === null) return result ? 'no target' : 'pending';
  if (!result) return 'pending';
  if (result.value === null || unitKey(target.unit) !== unitKey(result.unit)) return 'unjudged';
  return reaches(better, target, result.value) ? 'met' : 'missed';
}

/** The rule as the reader sees it, beside the table and in the exports. */
export const JUDGEMENT_RULE = {
  zh:
    '判断规则：实际值按指标本身的方向与目标比较。写明“以上/不低于”的目标，实际值达到即完成（≥5.5%，实际5.5%即完成）；' +
    '写明“以内/不超过”的，不超过即完成；区间目标，落在区间内或超出到更好的一侧即完成；“左右”目标，' +
    '百分比指标允许差0.5个百分点，其他指标允许差2%，向更好的一侧超出不限；只写一个数的，视为下限，' +
    '对越低越好的指标（失业率、居民消费价格涨幅、赤字率、PM2.5浓度）视为上限，如居民消费价格涨幅3%左右，' +
    '实际不高于3.5%即完成。增速的下降记为负数（微降0.1%记为-0.1），降低类指标（如单位生产总值能耗降低）的下降记为正数。' +
    '尚无实际值：待定；有实际值但未设数值目标（未设目标或只有文字，如“与经济增长同步”）：无目标；' +
    '一方只有文字或单位不同：无法判断。',
  en:
    'How a result is judged: it is held against the target in the indicator’s own sense. A target ' +
    'written “or more” (以上, 不低于) is met by reaching it (≥5.5% is met by 5.5%); “or less” (以内, 不超过) ' +
    'by not exceeding it; a range by any figure in it or beyond it on the better side; “about” (左右) ' +
    'within 0.5 percentage point for figures in %, or 2% of the figure otherwise, with no limit on the ' +
    'better side. A plain figure is a floor, and a ceiling for indicators that should fall ' +
    '(unemployment, consumer price inflation, the deficit ratio, PM2.5): CPI “about 3%” is met at ' +
    '3.5% or below. A fall in a growth rate counts as negative (微降0.1% → −0.1); a fall in an ' +
    'indicator that is itself a reduction, such as energy intensity, counts as positive. No result ' +
    'yet: pending. A result but no figure set (none, or words only such as “in step with economic ' +
    'growth”): no target. A side in words only or in other units: cannot judge.',
} as const;

/** Status names for readers. */
export const STATUS_LABELS: Readonly<Record<LedgerStatus, { zh: string; en: string }>> = {
  met: { zh: '完成', en: 'met' },
  missed: { zh: '未完成', en: 'missed' },
  pending: { zh: '待定', en: 'pending' },
  'no target': { zh: '无目标', en: 'no target' },
  unjudged: { zh: '无法判断', en: 'cannot judge' },
};
