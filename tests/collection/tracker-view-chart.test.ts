/** The tracker's chart as geometry: axes, bands for ranges, marks for one figure, points for results. */
import { describe, expect, it } from 'vitest';
import { CHART_SIZE, axisLabel, niceTicks, scaleOfIndicator, scaleOfUnit, trackerCharts, usualUnit } from '../../lib/collection/tracker-view-chart';
import { row, side } from './tracker-view-fixtures';

describe('axis ticks', () => {
  it.each([
    // The axis covers both ends: ticks from at or below the least to at or above the greatest.
    [0, 10, [0, 2.5, 5, 7.5, 10]],
    [4.4, 6.1, [4, 4.5, 5, 5.5, 6, 6.5]],
    [0.1, 0.35, [0.1, 0.2, 0.3, 0.4]],
    [-1.2, 3.1, [-2, 0, 2, 4]],
    [5, 5, [4.5, 4.75, 5, 5.25, 5.5]],
  ])('from %d to %d: %j', (min, max, ticks) => {
    expect(niceTicks(min, max)).toEqual(ticks);
  });

  it('has no ticks for no numbers', () => {
    expect(niceTicks(NaN, 1)).toEqual([]);
  });

  it.each([
    [5.5, '%', 'zh', '5.5%'],
    [12_000_000, '人', 'zh', '1200万'],
    [12_000_000, '人', 'en', '12M'],
    [-0.5, '%', 'en', '-0.5%'],
  ] as const)('labels %d %s in %s as %s', (value, unit, language, label) => {
    expect(axisLabel(value, unit, language)).toBe(label);
  });
});

describe('one chart per place', () => {
  const rows = [
    row('安徽省', 2024, side(5.5, { cmp: '~' }), side(5.8)),
    row('安徽省', 2025, side(5, { max: 5.5, cmp: 'range' }), side(4.8)),
    row('安徽省', 2026, side(5, { cmp: '>=' }), null),
    row('浙江省', 2025, side(null), side(6.1)),
  ];
  const { charts, otherUnits } = trackerCharts(rows, scaleOfIndicator('gdp_growth'));
  const [anhui, zhejiang] = charts;

  it('draws each place on the same years and, for a rate, the same value axis', () => {
    expect(charts.map((c) => c.place)).toEqual(['安徽省', '浙江省']);
    expect(anhui!.years).toEqual([2024, 2025, 2026]);
    expect(zhejiang!.years).toEqual(anhui!.years);
    expect(zhejiang!.yTicks).toEqual(anhui!.yTicks);
    expect(otherUnits).toBe(0);
  });

  it('draws a range as a band, one figure as a mark, a result as a point with its status', () => {
    expect(anhui!.targets.map((t) => [t.year, t.shape])).toEqual([
      [2024, 'mark'],
      [2025, 'band'],
      [2026, 'mark'],
    ]);
    const band = anhui!.targets[1]!;
    expect(band.y2).toBeGreaterThan(band.y1);
    expect(anhui!.results.map((p) => [p.year, p.status])).toEqual([
      [2024, 'met'],
      [2025, 'missed'],
    ]);
    expect(zhejiang!.targets).toEqual([]);
    expect(zhejiang!.results.map((p) => p.status)).toEqual(['no target']);
  });

  it('puts a higher value higher, later years further right, everything inside the plot', () => {
    const [p2024, p2025] = anhui!.results;
    expect(p2024!.y).toBeLessThan(p2025!.y);
    expect(p2024!.x).toBeLessThan(p2025!.x);
    const { width, height, left, right, top, bottom } = CHART_SIZE;
    for (const c of charts) {
      for (const p of c.results) {
        expect(p.x).toBeGreaterThan(left);
        expect(p.x).toBeLessThan(width - right);
        expect(p.y).toBeGreaterThanOrEqual(top);
        expect(p.y).toBeLessThanOrEqual(height - bottom);
      }
    }
  });

  it('keeps a place’s own value axis for a level, which differs by magnitudes between places', () => {
    const jobs = trackerCharts(
      [
        row('全国', 2024, side(12_000_000, { unit: '人', cmp: '>=' }), side(12_560_000, { unit: '人' }), 'urban_new_jobs', 'national'),
        row('秀洲区', 2024, side(10_000, { unit: '人', cmp: '>=' }), side(11_000, { unit: '人' }), 'urban_new_jobs', 'county'),
      ],
      scaleOfIndicator('urban_new_jobs'),
    );
    const [nation, county] = jobs.charts;
    expect(nation!.yTicks.at(-1)!.value).toBeGreaterThan(1_000_000);
    expect(county!.yTicks.at(-1)!.value).toBeLessThan(100_000);
  });

  it('leaves sides in another unit out of the chart and counts their rows', () => {
    const grain = [
      row('全国', 2022, side(1.3e12, { unit: '斤', cmp: '>=' }), side(1.37e12, { unit: '斤' }), 'grain_output', 'national'),
      row('全国', 2023, side(1.3e12, { unit: '斤', cmp: '>=' }), side(1.39e12, { unit: '斤' }), 'grain_output', 'national'),
      row('全国', 2014, null, side(6.07e8, { unit: '吨' }), 'grain_output', 'national'),
    ];
    expect(usualUnit(grain)).toBe('斤');
    const drawn = trackerCharts(grain, scaleOfIndicator('grain_output'));
    expect(drawn.otherUnits).toBe(1);
    expect(drawn.charts[0]!.results.map((p) => p.year)).toEqual([2022, 2023]);
  });

  it.each([
    ['gdp_growth', 'shared'],
    ['cpi', 'shared'],
    ['urban_new_jobs', 'per place'],
    ['gdp', 'per place'],
  ] as const)('scales %s: %s', (indicator, scale) => {
    expect(scaleOfIndicator(indicator)).toBe(scale);
  });

  it('shares the value axis of a collected metric in %, not of one in other units', () => {
    expect([scaleOfUnit('%'), scaleOfUnit('％'), scaleOfUnit('个')]).toEqual(['shared', 'shared', 'per place']);
  });

  it('draws nothing for no rows', () => {
    expect(trackerCharts([], 'shared')).toEqual({ charts: [], otherUnits: 0 });
  });
});
