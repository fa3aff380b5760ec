/** lib/format.ts: figures and names as the popup, the collection page and the on-page card show them. */
import { describe, expect, test } from 'vitest';
import { chineseMagnitude, formatFigure, formatNumber, reportName, type FigureParts } from '../../lib/format';
import { REPORT_A } from './fixtures';

describe('formatFigure, comparators as symbols (popup, collection page)', () => {
  test.each<[FigureParts, string, string]>([
    [{ value: 5, max: null, unit: '%', cmp: '~' }, '≈ 5%', '≈ 5%'],
    [{ value: 12_000_000, max: null, unit: '人', cmp: '>=' }, '≥ 1200万人', '≥ 12,000,000 人'],
    [{ value: 1.4e12, max: null, unit: '斤', cmp: '=' }, '1.4万亿斤', '1,400,000,000,000 斤'],
    [{ value: 3.5e8, max: null, unit: '元', cmp: null }, '3.5亿元', '350,000,000 元'],
    [{ value: 5, max: 5.5, unit: '%', cmp: 'range' }, '5%–5.5%', '5%–5.5%'],
    [{ value: 3, max: null, unit: '%', cmp: '=' }, '3%', '3%'],
    [{ value: -2.5, max: null, unit: '%', cmp: '<=' }, '≤ -2.5%', '≤ -2.5%'],
    [{ value: 3, max: null, unit: '', cmp: '>' }, '> 3', '> 3'],
    [{ value: null, max: null, unit: '', cmp: null }, '', ''],
  ])('%j → %s / %s', (figure, zh, en) => {
    expect(formatFigure(figure)).toBe(zh);
    expect(formatFigure(figure, 'zh', { comparator: 'symbols' })).toBe(zh);
    expect(formatFigure(figure, 'en')).toBe(en);
  });
});

describe('formatFigure, comparators as words (the on-page card)', () => {
  test.each<[FigureParts, string, string]>([
    [{ value: 18500, max: null, unit: '个', cmp: '=' }, '1.85万个', '18,500 个'],
    [{ value: 5, max: null, unit: '%', cmp: '~' }, '5%左右', 'about 5%'],
    [{ value: 95, max: null, unit: '%', cmp: '>=' }, '不低于 95%', 'at least 95%'],
    [{ value: 3, max: 5, unit: '%', cmp: 'range' }, '3%–5%', '3%–5%'],
    [{ value: 1.37e12, max: null, unit: '斤', cmp: null }, '1.37万亿斤', '1,370,000,000,000 斤'],
    [{ value: 2.8, max: null, unit: '%', cmp: '<=' }, '不超过 2.8%', 'at most 2.8%'],
    [{ value: 1, max: null, unit: '‰', cmp: '<' }, '低于 1‰', 'below 1‰'],
    [{ value: 1e8, max: null, unit: '吨', cmp: '>' }, '超过 1亿吨', 'more than 100,000,000 吨'],
    [{ value: null, max: null, unit: '', cmp: null }, '', ''],
  ])('%j → %s / %s', (figure, zh, en) => {
    expect(formatFigure(figure, 'zh', { comparator: 'words' })).toBe(zh);
    expect(formatFigure(figure, 'en', { comparator: 'words' })).toBe(en);
  });
});

describe('numbers', () => {
  test.each<[number, 'zh' | 'en', string]>([
    [1200, 'zh', '1200'],
    [1200, 'en', '1200'], // grouped from 10,000 up: a year stays 2025
    [12000, 'zh', '1.2万'],
    [12000, 'en', '12,000'],
    [-25000, 'zh', '-2.5万'],
    [1.23456789, 'zh', '1.2346'],
    [1.23456789, 'en', '1.2346'],
    [1.4e12, 'en', '1,400,000,000,000'],
    [1e21, 'zh', '1000000000万亿'],
  ])('formatNumber(%d, %s) = %s', (n, lang, s) => {
    expect(formatNumber(n, lang)).toBe(s);
  });

  test('writes large numbers with 万, 亿 and 万亿', () => {
    expect([7.4e9, 12_060_000, 9999, 0.5, 1.37e12].map(chineseMagnitude)).toEqual(['74亿', '1206万', '9999', '0.5', '1.37万亿']);
  });
});

describe('reportName', () => {
  test.each<[Parameters<typeof reportName>[0], string, string]>([
    [REPORT_A, '', '2025年政府工作报告'],
    [{ title: '', url: 'https://www.gov.cn/zhengce/a.htm' }, '', 'www.gov.cn/zhengce/a.htm'],
    [undefined, 'https://x.gov.cn/', 'x.gov.cn'],
    [undefined, 'not a url', 'not a url'],
  ])('reportName', (report, id, name) => {
    expect(reportName(report, id)).toBe(name);
  });
});
