import { describe, expect, test } from 'vitest';
import type { IndicatorId } from '../../lib/extract/indicators';
import type { Comparator } from '../../lib/extract/types';
import { JUDGEMENT_RULE, STATUS_LABELS, aboutTolerance, statusOf } from '../../lib/tracker/judge';
import { LEDGER_STATUSES, type LedgerSide } from '../../lib/tracker/types';

const side = (value: number | null, cmp: Comparator | null = '=', unit = '%', max: number | null = null): LedgerSide => ({
  value, max, cmp, unit, direction: null, quote: '', file: 'r.txt', start: 0, end: 0,
});

describe('the one rule: does the result reach the target?', () => {
  test.each<[string, IndicatorId, LedgerSide, number, 'met' | 'missed']>([
    ['≥5.5 is met by 5.5', 'gdp_growth', side(5.5, '>='), 5.5, 'met'],
    ['≥5.5 is missed by 5.4', 'gdp_growth', side(5.5, '>='), 5.4, 'missed'],
    ['> 1000万 is missed by exactly 1000万', 'urban_new_jobs', side(10_000_000, '>', '人'), 10_000_000, 'missed'],
    ['≤4.5 is met by 4.02', 'registered_unemployment', side(4.5, '<='), 4.02, 'met'],
    ['≤5 is missed by 5.1', 'surveyed_unemployment', side(5, '<='), 5.1, 'missed'],
    ['< 28 is missed by 28', 'pm25', side(28, '<', '微克/立方米'), 28, 'missed'],
    ['a range is met by a figure in it', 'gdp_growth', side(6.5, 'range', '%', 7), 6.7, 'met'],
    ['a range is met at its lower bound', 'gdp_growth', side(5, 'range', '%', 5.5), 5, 'met'],
    ['a range of growth is met above it', 'gdp_growth', side(4.5, 'range', '%', 5), 5.4, 'met'],
    ['a range of growth is missed below it', 'gdp_growth', side(4.5, 'range', '%', 5), 3.9, 'missed'],
    ['about 5% is met by 5.2', 'gdp_growth', side(5, '~'), 5.2, 'met'],
    ['about 7% is met by 6.9 (within 0.5 point)', 'gdp_growth', side(7, '~'), 6.9, 'met'],
    ['about 5% is met by 4.5 (at the tolerance)', 'gdp_growth', side(5, '~'), 4.5, 'met'],
    ['about 5.5% is missed by 3', 'gdp_growth', side(5.5, '~'), 3, 'missed'],
    ['about 6% is missed by 4', 'gdp_growth', side(6, '~'), 4, 'missed'],
    ['CPI about 3% is a ceiling: met by 0.2', 'cpi', side(3, '~'), 0.2, 'met'],
    ['CPI about 3% is met at 3.5', 'cpi', side(3, '~'), 3.5, 'met'],
    ['CPI about 3% is missed at 3.6', 'cpi', side(3, '~'), 3.6, 'missed'],
    ['CPI about 2% is met by a fall (-0.1)', 'cpi', side(2, '~'), -0.1, 'met'],
    ['unemployment about 5.5% is met by 5.1', 'surveyed_unemployment', side(5.5, '~'), 5.1, 'met'],
    ['jobs about 1200万 are met by 1244万', 'urban_new_jobs', side(12_000_000, '~', '人'), 12_440_000, 'met'],
    ['jobs about 1200万 are met within 2% (1180万)', 'urban_new_jobs', side(12_000_000, '~', '人'), 11_800_000, 'met'],
    ['jobs about 1200万 are missed beyond 2% (1170万)', 'urban_new_jobs', side(12_000_000, '~', '人'), 11_700_000, 'missed'],
    ['a plain figure is a floor: 4.5 is met by 4.8', 'gdp_growth', side(4.5, '='), 4.8, 'met'],
    ['a plain figure is a floor: 5 is missed by 4.9', 'gdp_growth', side(5, '='), 4.9, 'missed'],
    ['a plain deficit ratio is a ceiling: 3 is met by 2.8', 'deficit_ratio', side(3, '='), 2.8, 'met'],
    ['an explicit floor holds for an indicator that should fall: ≥3.6 missed by 3.5', 'deficit_ratio', side(3.6, '>='), 3.5, 'missed'],
    ['a reduction: 能耗降低3%以上 is met by 3.1', 'energy_intensity_reduction', side(3, '>='), 3.1, 'met'],
    ['a reduction about 2.5% is missed by a rise (-1)', 'energy_intensity_reduction', side(2.5, '~'), -1, 'missed'],
  ])('%s', (_, indicator, target, result, expected) => {
    expect(statusOf(indicator, target, side(result, '=', target.unit))).toBe(expected);
  });
});

describe('the other statuses', () => {
  test.each<[string, LedgerSide | null, LedgerSide | null, string]>([
    ['a target and no result yet', side(5, '~'), null, 'pending'],
    ['a target in words and no result', side(null, null, ''), null, 'pending'],
    ['a result and no target', null, side(5.2), 'no target'],
    ['a result and a target in words only', side(null, null, ''), side(5.2), 'no target'],
    ['a result in words and no target', null, side(null, null, ''), 'no target'],
    ['a target and a result in words only', side(3, '~'), side(null, null, ''), 'unjudged'],
    ['a result in other units', side(5, '~'), side(0.3, '=', '个百分点'), 'unjudged'],
    ['full-width and ASCII % are one unit', side(5, '~', '％'), side(5.1, '=', '%'), 'met'],
  ])('%s', (_, target, result, expected) => {
    expect(statusOf('gdp_growth', target, result)).toBe(expected);
  });
});

describe('the rule as readers see it', () => {
  test('about: 0.5 point in %, 2% of the figure otherwise', () => {
    expect(aboutTolerance(5, '%')).toBe(0.5);
    expect(aboutTolerance(12_000_000, '人')).toBe(240_000);
  });

  test.each(['zh', 'en'] as const)('%s names every comparator and the tolerance', (lang) => {
    const rule = JUDGEMENT_RULE[lang];
    expect(rule).toMatch(lang === 'zh' ? /以上/ : /or more/);
    expect(rule).toMatch(lang === 'zh' ? /以内/ : /or less/);
    expect(rule).toMatch(lang === 'zh' ? /区间/ : /range/);
    expect(rule).toMatch(lang === 'zh' ? /左右/ : /about/);
    expect(rule).toMatch(/0\.5/);
    expect(rule).toMatch(/2%/);
  });

  test.each(LEDGER_STATUSES.map((s) => [s]))('status %s has a name in both languages', (status) => {
    expect(STATUS_LABELS[status].zh).toMatch(/[\u4e00-\u9fff]/);
    expect(STATUS_LABELS[status].en).toMatch(/[a-z]/);
  });
});
