/** The tracker view's table: choices, filters, each side as the reader reads it, hints, file names. */
import { describe, expect, it } from 'vitest';
import {
  EMPTY_TRACKER_FILTER,
  filterRows,
  indicatorChoices,
  levelChoices,
  lonePlaces,
  placeChoices,
  shownIndicator,
  sideFigure,
  statusCounts,
  tableRows,
  trackerCsvFileName,
  trackerJsonFileName,
} from '../../lib/collection/tracker-view';
import type { TrackerEntry } from '../../lib/collection/tracker-data';
import type { ReportIdentity } from '../../lib/extract/types';
import { TRACKER_MESSAGES, trackerTranslator } from '../../lib/i18n/tracker';
import { row, side } from './tracker-view-fixtures';

const LEDGER = [
  row('安徽省', 2025, side(5.5, { cmp: '~' }), side(5.6)),
  row('安徽省', 2026, side(5, { max: 5.5, cmp: 'range' }), null),
  row('安徽省', 2025, side(3, { cmp: '~', direction: 'up' }), side(0.1), 'cpi'),
  row('全国', 2024, side(5, { cmp: '~' }), side(5), 'gdp_growth', 'national'),
  row('杭州市', 2025, side(6, { cmp: '>=' }), side(5.9), 'gdp_growth', 'city'),
  row('北京市', 2025, side(null), side(5.2), 'gdp_growth', 'province'),
];

describe('what the tracker offers to pick', () => {
  it('offers the indicators it has rows for, in the fixed order, with their row counts', () => {
    expect(indicatorChoices(LEDGER)).toEqual([
      { id: 'gdp_growth', rows: 5 },
      { id: 'cpi', rows: 1 },
    ]);
  });

  it.each([
    ['the reader’s choice when there are rows for it', 'cpi', 'cpi'],
    ['GDP growth when nothing is chosen', null, 'gdp_growth'],
    ['GDP growth when the choice has no rows', 'pm25', 'gdp_growth'],
  ] as const)('shows %s', (_, chosen, shown) => {
    expect(shownIndicator(indicatorChoices(LEDGER), chosen)).toBe(shown);
  });

  it('shows the first indicator there is when there is no GDP growth, and none for an empty ledger', () => {
    expect(shownIndicator(indicatorChoices(LEDGER.filter((r) => r.indicator === 'cpi')), null)).toBe('cpi');
    expect(shownIndicator([], null)).toBeNull();
  });

  it('lists levels national first and places of the chosen level only', () => {
    expect(levelChoices(LEDGER)).toEqual(['national', 'province', 'city']);
    expect(placeChoices(LEDGER, 'province')).toEqual(['安徽省', '北京市']);
    expect(placeChoices(LEDGER, null)).toHaveLength(4);
  });
});

describe('the rows the filter keeps', () => {
  it.each([
    ['one indicator, every place', EMPTY_TRACKER_FILTER, 'gdp_growth', 5],
    ['a level', { ...EMPTY_TRACKER_FILTER, level: 'province' }, 'gdp_growth', 3],
    ['a place', { ...EMPTY_TRACKER_FILTER, place: '安徽省' }, 'gdp_growth', 2],
    ['a place of another level', { ...EMPTY_TRACKER_FILTER, level: 'city', place: '安徽省' }, 'gdp_growth', 0],
    ['no indicator', EMPTY_TRACKER_FILTER, null, 0],
  ] as const)('%s', (_, filter, indicator, count) => {
    expect(filterRows(LEDGER, filter, indicator)).toHaveLength(count);
  });
});

describe('a side as the reader reads it', () => {
  it.each([
    [{ value: 5.5, max: null, cmp: '>=', unit: '%' }, 'zh', '≥5.5%'],
    [{ value: 4.5, max: null, cmp: '<=', unit: '%' }, 'zh', '≤4.5%'],
    [{ value: 5, max: 5.5, cmp: 'range', unit: '%' }, 'zh', '5–5.5%'],
    [{ value: 6.5, max: 6, cmp: 'range', unit: '%' }, 'en', '6–6.5%'],
    [{ value: 5, max: null, cmp: '~', unit: '%' }, 'zh', '5%左右'],
    [{ value: 5, max: null, cmp: '~', unit: '%' }, 'en', 'about 5%'],
    [{ value: 12_000_000, max: null, cmp: '>=', unit: '人' }, 'zh', '≥1200万人'],
    [{ value: 12_000_000, max: null, cmp: '>=', unit: '人' }, 'en', '≥12,000,000 人'],
    [{ value: -0.1, max: null, cmp: null, unit: '%' }, 'zh', '-0.1%'],
    [{ value: 5.2, max: null, cmp: '=', unit: '%' }, 'en', '5.2%'],
    [{ value: null, max: null, cmp: null, unit: '' }, 'zh', ''],
  ] as const)('%j in %s reads %s', (figure, language, text) => {
    expect(sideFigure(figure, language)).toBe(text);
  });

  it('gives each row its figures, words, links and status, and marks where a place starts', () => {
    const rows = tableRows(filterRows(LEDGER, EMPTY_TRACKER_FILTER, 'gdp_growth'), 'zh', (s) => `${s.file}#${s.start}`);
    expect(rows.map((r) => [r.place, r.year, r.target?.text ?? null, r.result?.text ?? null, r.statusText, r.firstOfPlace])).toEqual([
      ['安徽省', 2025, '5.5%左右', '5.6%', '完成', true],
      ['安徽省', 2026, '5–5.5%', null, '待定', false],
      ['全国', 2024, '5%左右', '5%', '完成', true],
      ['杭州市', 2025, '≥6%', '5.9%', '未完成', true],
      ['北京市', 2025, '居民收入增长与经济增长同步', '5.2%', '无目标', true],
    ]);
    expect(rows[4]!.target).toMatchObject({ words: true, link: 'https://www.example.gov.cn/r.html#0' });
    expect(new Set(rows.map((r) => r.key)).size).toBe(rows.length);
  });

  it('shortens long words, and speaks English where asked', () => {
    const long = row('上海市', 2025, side(null, { quote: '经济增长'.repeat(20) }), null);
    const [r] = tableRows([long], 'en');
    expect(r!.target!.text).toHaveLength(40);
    expect(r!.target!.text.endsWith('…')).toBe(true);
    expect(r!.statusText).toBe('pending');
  });

  it('counts statuses in a fixed order, leaving out those with none', () => {
    expect(statusCounts(filterRows(LEDGER, EMPTY_TRACKER_FILTER, 'gdp_growth'))).toEqual([
      { status: 'met', count: 2 },
      { status: 'missed', count: 1 },
      { status: 'pending', count: 1 },
      { status: 'no target', count: 1 },
    ]);
  });
});

describe('hints for an almost empty tracker', () => {
  const entry = (url: string, identity: Partial<ReportIdentity>, removed = false): TrackerEntry => ({
    report: { id: url, url, title: '', site: '', firstVisit: 0, lastVisit: 0, identity: { place: null, level: 'province', year: null, genre: 'government_work_report', ...identity }, identityCorrected: false },
    figures: [],
    removed,
    updatedAt: 0,
  });

  it('names each place of one report year only, not those with two, nor removed or unread reports', () => {
    const entries = [
      entry('a', { place: '安徽省', year: 2025 }),
      entry('b', { place: '安徽省', year: 2026 }),
      entry('c', { place: '浙江省', year: 2026 }),
      entry('d', { place: '江西省', year: 2026 }, true),
      entry('e', { place: null, year: 2026 }),
      entry('f', { place: '湖南省', year: 2026 }),
      entry('g', { place: '湖南省', year: 2026 }),
    ];
    expect(lonePlaces(entries)).toEqual([
      { place: '湖南省', year: 2026 },
      { place: '浙江省', year: 2026 },
    ]);
    expect(lonePlaces(entries, 1)).toHaveLength(1);
  });
});

it('names the downloads by indicator and the local day', () => {
  const day = new Date(2026, 10, 28, 23, 59);
  expect(trackerCsvFileName('gdp_growth', day)).toBe('报告标注-追踪-gdp_growth-2026-11-28.csv');
  expect(trackerJsonFileName(day)).toBe('报告标注-追踪-2026-11-28.json');
});

describe('the tracker view’s words', () => {
  const params = (text: string) => [...text.matchAll(/\{(\w+)[}|]/g)].map((m) => m[1]).sort();

  it.each(Object.entries(TRACKER_MESSAGES))('%s says the same things in zh and en', (_, { zh, en }) => {
    expect(zh.trim()).not.toBe('');
    expect(en.trim()).not.toBe('');
    expect([...new Set(params(en))]).toEqual([...new Set(params(zh))]);
  });

  it('agrees English counts with their noun', () => {
    const t = trackerTranslator('en');
    expect(t('rowsShown', { places: 1, rows: 1 })).toBe('1 place · 1 row');
    expect(t('rowsShown', { places: 3, rows: 12 })).toBe('3 places · 12 rows');
    expect(trackerTranslator('zh')('rowsShown', { places: 3, rows: 12 })).toBe('3 个地区 · 12 行');
  });
});
