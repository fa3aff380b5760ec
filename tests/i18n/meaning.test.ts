/** What a figure means and which report it comes from, in words (lib/i18n/meaning.ts). */
import { describe, expect, test } from 'vitest';
import { GENRE_LABELS, directionLabel, fromLabel, identityLine, indicatorName, periodLabel } from '../../lib/i18n/meaning';
import { REPORT_GENRES } from '../../lib/store/records';

describe('meaning in words', () => {
  test.each([
    [{ kind: 'year', year: 2026 }, '当年', 'One year'],
    [{ kind: 'average', year: null }, '年均', 'Yearly average'],
    [{ kind: 'cumulative', year: null }, '累计', 'Cumulative'],
    [{ kind: 'by', year: 2027 }, '到2027年', 'By 2027'],
    [{ kind: 'by', year: null }, '到期限', 'By a deadline'],
    [null, '', ''],
  ] as const)('period %j: %s / %s', (period, zh, en) => {
    expect(periodLabel(period, 'zh')).toBe(zh);
    expect(periodLabel(period, 'en')).toBe(en);
  });

  test.each([
    ['up', '上升', 'Up'],
    ['down', '下降', 'Down'],
    ['flat', '持平', 'Flat'],
    [null, '', ''],
  ] as const)('direction %s: %s / %s', (direction, zh, en) => {
    expect(directionLabel(direction, 'zh')).toBe(zh);
    expect(directionLabel(direction, 'en')).toBe(en);
  });

  test('every genre has a name in both languages', () => {
    for (const genre of REPORT_GENRES) expect(GENRE_LABELS[genre].zh && GENRE_LABELS[genre].en).toBeTruthy();
  });

  test('indicator names come from the fixed list', () => {
    expect([indicatorName('gdp_growth', 'zh'), indicatorName('gdp_growth', 'en'), indicatorName(null, 'zh')]).toEqual(['地区生产总值增长', 'GDP growth', '']);
  });

  test('a from-value with its unit', () => {
    expect(fromLabel({ value: 2.1, unit: '%' })).toBe('2.1%');
    expect(fromLabel(null)).toBe('');
  });

  test.each([
    [{ place: '安徽省', level: 'province', year: 2026, genre: 'government_work_report' }, '安徽省 · 2026年 · 政府工作报告', '安徽省 · 2026 · Government work report'],
    [{ place: null, level: null, year: 2025, genre: 'other' }, '2025年', '2025'],
    [{ place: null, level: null, year: null, genre: 'other' }, '', ''],
  ] as const)('identity %j in one line', (identity, zh, en) => {
    expect(identityLine(identity, 'zh')).toBe(zh);
    expect(identityLine(identity, 'en')).toBe(en);
  });
});
