import { describe, expect, test } from 'vitest';
import { extractItems } from '../../lib/extract';
import type { ExtractedItem, ReportIdentity } from '../../lib/extract/types';
import { buildLedger, type LedgerRow, type TrackerReport } from '../../lib/tracker';

const GWR = 'government_work_report' as const;
const ANHUI = (year: number): ReportIdentity => ({ place: '安徽省', level: 'province', year, genre: GWR });

/** An item as the extractor gives it, standing on `span` in `text` (its nth occurrence). */
function item(text: string, span: string, fields: Partial<ExtractedItem> & Pick<ExtractedItem, 'kind' | 'value'>, nth = 0): ExtractedItem {
  let start = -1;
  for (let i = 0; i <= nth; i++) start = text.indexOf(span, start + 1);
  if (start < 0) throw new Error(`${span} is not in the text`);
  return {
    start, end: start + span.length, text: span, metric: '', indicator: null, direction: null, from: null, period: null,
    max: null, unit: '%', cmp: '=', strength: null, strengthCue: null, deadline: null, section: '', ...fields,
  };
}

const REPORT_2025 =
  '一、2024年工作回顾\n全省地区生产总值5万亿元、增长5.8%。城镇新增就业72万人。居民消费价格微降0.1%。单位地区生产总值能耗下降3.2%。\n' +
  '二、2025年工作安排\n今年经济社会发展的主要预期目标是：地区生产总值增长5.5%左右，城镇新增就业68万人以上，居民消费价格涨幅2%左右，单位地区生产总值能耗降低2.5%左右，居民收入增长与经济增长同步。\n' +
  '“十五五”时期，地区生产总值年均增长5%左右。到2030年，常住人口城镇化率达到66%。\n' +
  '经济增长预期目标5.5%左右，考虑了需要和可能。';
const REPORT_2026 =
  '一、2025年工作回顾\n过去一年，地区生产总值增长5.6%，城镇新增就业70万人，居民消费价格持平，单位地区生产总值能耗下降2%。\n' +
  '二、2026年工作安排\n主要预期目标是：地区生产总值增长5%以上。';

function report2025(): TrackerReport {
  const t = REPORT_2025;
  return {
    file: 'anhui-2025.txt',
    identity: ANHUI(2025),
    text: t,
    items: [
      item(t, '增长5.8%', { direction: 'up', kind: 'result', value: 5.8, metric: '增长' }),
      item(t, '城镇新增就业72万人', { kind: 'result', value: 720_000, unit: '人', metric: '城镇新增就业' }),
      item(t, '居民消费价格微降0.1%', { direction: 'down', kind: 'result', value: 0.1, metric: '居民消费价格微降' }),
      item(t, '单位地区生产总值能耗下降3.2%', { direction: 'down', kind: 'result', value: 3.2, metric: '单位地区生产总值能耗下降' }),
      item(t, '地区生产总值增长5.5%左右', { direction: 'up', kind: 'target', value: 5.5, cmp: '~', metric: '地区生产总值增长' }),
      item(t, '城镇新增就业68万人以上', { kind: 'target', value: 680_000, unit: '人', cmp: '>=', metric: '城镇新增就业' }),
      item(t, '居民消费价格涨幅2%左右', { direction: 'up', kind: 'target', value: 2, cmp: '~', metric: '居民消费价格涨幅' }),
      item(t, '单位地区生产总值能耗降低2.5%左右', { direction: 'down', kind: 'target', value: 2.5, cmp: '~', metric: '单位地区生产总值能耗降低' }),
      item(t, '地区生产总值年均增长5%左右', { direction: 'up', kind: 'target', value: 5, cmp: '~', metric: '地区生产总值年均增长' }),
      item(t, '常住人口城镇化率达到66%', { kind: 'target', value: 66, metric: '常住人口城镇化率' }),
      item(t, '经济增长预期目标5.5%左右', { kind: 'target', value: 5.5, cmp: '~', metric: '经济增长预期目标' }),
    ],
  };
}

function report2026(): TrackerReport {
  const t = REPORT_2026;
  return {
    file: 'anhui-2026.txt',
    identity: ANHUI(2026),
    text: t,
    items: [
      item(t, '地区生产总值增长5.6%', { direction: 'up', kind: 'result', value: 5.6, metric: '地区生产总值增长' }),
      item(t, '城镇新增就业70万人', { kind: 'result', value: 700_000, unit: '人', metric: '城镇新增就业' }),
      item(t, '单位地区生产总值能耗下降2%', { direction: 'down', kind: 'result', value: 2, metric: '单位地区生产总值能耗下降' }),
      item(t, '地区生产总值增长5%以上', { direction: 'up', kind: 'target', value: 5, cmp: '>=', metric: '地区生产总值增长' }),
    ],
  };
}

const rowOf = (ledger: LedgerRow[], indicator: string, year: number) => ledger.find((r) => r.indicator === indicator && r.year === year);

describe('the ledger pairs a year’s target with the next report’s result', () => {
  const ledger = buildLedger([report2026(), report2025()]);

  test.each<[string, string, number, number | null, number | null, string]>([
    ['growth: 5.5%左右 set in 2025, 5.6% reported in 2026', 'gdp_growth', 2025, 5.5, 5.6, 'met'],
    ['jobs: 68万以上 set, 70万 reported', 'urban_new_jobs', 2025, 680_000, 700_000, 'met'],
    ['energy intensity: 降低2.5%左右 set, 下降2% reported (within half a point)', 'energy_intensity_reduction', 2025, 2.5, 2, 'met'],
    ['growth 2024: reported in 2025 (a bare 增长 carries its sentence’s subject), no 2024 report', 'gdp_growth', 2024, null, 5.8, 'no target'],
    ['CPI 2024: 微降0.1% is −0.1 in the indicator’s sense', 'cpi', 2024, null, -0.1, 'no target'],
    ['energy intensity 2024: 下降3.2% is a reduction of 3.2', 'energy_intensity_reduction', 2024, null, 3.2, 'no target'],
    ['growth 2026: set, no 2027 report yet', 'gdp_growth', 2026, 5, null, 'pending'],
  ])('%s', (_, indicator, year, target, result, status) => {
    const row = rowOf(ledger, indicator, year);
    expect(row).toBeDefined();
    expect(row!.place).toBe('安徽省');
    expect(row!.level).toBe('province');
    expect(row!.target?.value ?? null).toBe(target);
    expect(row!.result?.value ?? null).toBe(result);
    expect(row!.status).toBe(status);
  });

  test('each side says where it stands', () => {
    const row = rowOf(ledger, 'gdp_growth', 2025)!;
    expect(row.target).toMatchObject({ file: 'anhui-2025.txt', quote: '地区生产总值增长5.5%左右', cmp: '~', unit: '%' });
    expect(REPORT_2025.slice(row.target!.start, row.target!.end)).toBe(row.target!.quote);
    expect(row.result).toMatchObject({ file: 'anhui-2026.txt', quote: '地区生产总值增长5.6%' });
    expect(REPORT_2026.slice(row.result!.start, row.result!.end)).toBe(row.result!.quote);
  });

  test('the target list wins over its later explanation, which restates it', () => {
    expect(rowOf(ledger, 'gdp_growth', 2025)!.target!.start).toBe(REPORT_2025.indexOf('地区生产总值增长5.5%左右'));
  });

  test('a five-year average and a later deadline are not this year’s targets', () => {
    expect(ledger.some((r) => r.target?.quote.includes('年均'))).toBe(false);
    expect(ledger.find((r) => r.indicator === 'urbanization_rate')).toBeUndefined();
  });

  test('CPI 持平 in words gives 0 … only as words: no figure, so no row of its own', () => {
    expect(rowOf(ledger, 'cpi', 2025)).toMatchObject({ target: { value: 2 }, result: null, status: 'pending' });
  });

  test('a target stated in words is kept, in its words, as no target', () => {
    expect(rowOf(ledger, 'disposable_income_growth', 2025)).toMatchObject({
      target: { value: null, quote: '居民收入增长与经济增长同步', file: 'anhui-2025.txt' },
      result: null,
      status: 'pending',
    });
  });

  test('rows come sorted by place, indicator and year, whatever the order of the reports', () => {
    expect(buildLedger([report2025(), report2026()])).toEqual(ledger);
    const keys = ledger.map((r) => `${r.indicator}:${r.year}`);
    expect(keys.indexOf('gdp_growth:2024')).toBeLessThan(keys.indexOf('gdp_growth:2025'));
    expect(keys.indexOf('gdp_growth:2026')).toBeLessThan(keys.indexOf('cpi:2024'));
  });
});

describe('what the extractor says outranks what the tracker derives', () => {
  const text = '到2027年，地区生产总值增长目标为6%。全年城镇新增就业9万人。';
  test.each<[string, Partial<ExtractedItem>, { indicator: string; year: number } | null]>([
    ['indicator and period as the extractor filled them', { indicator: 'gdp_growth', period: { kind: 'year', year: 2025 } }, { indicator: 'gdp_growth', year: 2025 }],
    ['a deadline period (to 2027) is no year’s target', { indicator: 'gdp_growth', period: { kind: 'by', year: 2027 } }, null],
    ['an average period is no year’s target', { indicator: 'gdp_growth', period: { kind: 'average', year: null } }, null],
    ['without them the words decide: 到2027年 is a deadline', {}, null],
  ])('%s', (_, fields, expected) => {
    const report: TrackerReport = {
      file: 'x.txt', identity: ANHUI(2025), text,
      items: [item(text, '地区生产总值增长目标为6%', { kind: 'target', value: 6, metric: '地区生产总值增长目标', ...fields })],
    };
    const rows = buildLedger([report]);
    if (expected) expect(rows).toMatchObject([{ ...expected, target: { value: 6 } }]);
    else expect(rows).toEqual([]);
  });
});

describe('reports the tracker cannot place', () => {
  test.each<[string, Partial<ReportIdentity>]>([
    ['no place', { place: null }],
    ['no year', { year: null }],
  ])('%s: skipped', (_, identity) => {
    const report = report2025();
    expect(buildLedger([{ ...report, identity: { ...report.identity, ...identity } }])).toEqual([]);
  });

  test('a party congress sets five-year goals, not a year’s targets', () => {
    const report = report2025();
    expect(buildLedger([{ ...report, identity: { ...report.identity, genre: 'party_congress_report' } }])).toEqual([]);
  });

  test('a communiqué reports on its own year', () => {
    const text = '2025年安徽省国民经济和社会发展统计公报\n初步核算，全年全省地区生产总值比上年增长5.6%。';
    const report: TrackerReport = {
      file: 'gb.txt', identity: { place: '安徽省', level: 'province', year: 2025, genre: 'statistical_communique' }, text,
      items: [item(text, '比上年增长5.6%', { kind: 'result', value: 5.6, metric: '比上年增长' })],
    };
    expect(buildLedger([report])).toMatchObject([{ indicator: 'gdp_growth', year: 2025, result: { value: 5.6 }, status: 'no target' }]);
  });

  test('without its text, an item with a clean metric still counts', () => {
    const { text: _text, ...report } = report2026();
    expect(rowOf(buildLedger([report]), 'gdp_growth', 2025)).toMatchObject({ result: { value: 5.6 } });
  });
});

describe('a fall, as the extractor reads its direction, in the indicator’s sense', () => {
  test.each<[string, string, string, number]>([
    ['a rate that falls is negative', '过去一年，一般公共预算收入下降2.1%。', '一般公共预算收入下降2.1%', -2.1],
    ['a rate that rises stays positive', '过去一年，一般公共预算收入增长2.1%。', '一般公共预算收入增长2.1%', 2.1],
    ['a reduction that happens is positive', '过去一年，单位地区生产总值二氧化碳排放下降3.9%。', '单位地区生产总值二氧化碳排放下降3.9%', 3.9],
    ['a share reached after a fall keeps its value', '过去一年，城镇调查失业率降到5.1%。', '城镇调查失业率降到5.1%', 5.1],
  ])('%s', (_, text, span, expected) => {
    const items = extractItems(text);
    expect(items.map((i) => i.text)).toEqual([span]);
    const report: TrackerReport = { file: 'r.txt', identity: ANHUI(2026), text, items };
    expect(buildLedger([report])[0]?.result?.value).toBe(expected);
  });
});

test('a “result” the extractor finds in the plan part is no year’s outcome', () => {
  const text = '二、2015年工作总体部署\n今年拟安排财政赤字1.62万亿元，赤字率从去年的2.1%提高到2.3%。';
  const report: TrackerReport = {
    file: 'r.txt', identity: { place: '全国', level: 'national', year: 2015, genre: GWR }, text,
    items: [item(text, '提高到2.3%', { kind: 'result', value: 2.3, metric: '', section: '二、2015年工作总体部署' })],
  };
  expect(buildLedger([report])).toEqual([]);
});
