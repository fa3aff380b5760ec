/**
 * Figures as the on-page card shows them (components/page/ItemFacts.tsx): lib/format.ts with the
 * comparators in words, in both UI languages.
 */
import { describe, expect, it } from 'vitest';
import { chineseMagnitude, formatFigure, type FigureParts } from '../../lib/format';

const onCard = (figure: FigureParts, language: 'zh' | 'en') => formatFigure(figure, language, { comparator: 'words' });

describe('figures on the card', () => {
  it.each<[FigureParts, string, string]>([
    [{ value: 18500, max: null, unit: '个', cmp: '=' }, '1.85万个', '18,500 个'],
    [{ value: 5, max: null, unit: '%', cmp: '~' }, '5%左右', 'about 5%'],
    [{ value: 95, max: null, unit: '%', cmp: '>=' }, '不低于 95%', 'at least 95%'],
    [{ value: 3, max: 5, unit: '%', cmp: 'range' }, '3%–5%', '3%–5%'],
    [{ value: 4.5, max: 5, unit: '%', cmp: '~' }, '4.5%–5%左右', 'about 4.5%–5%'],
    [{ value: 1.37e12, max: null, unit: '斤', cmp: null }, '1.37万亿斤', '1,370,000,000,000 斤'],
    [{ value: 2.8, max: null, unit: '%', cmp: '<=' }, '不超过 2.8%', 'at most 2.8%'],
    [{ value: 1, max: null, unit: '‰', cmp: '<' }, '低于 1‰', 'below 1‰'],
    [{ value: 1e8, max: null, unit: '吨', cmp: '>' }, '超过 1亿吨', 'more than 100,000,000 吨'],
    [{ value: 2027, max: null, unit: '', cmp: null }, '2027', '2027'],
    [{ value: null, max: null, unit: '', cmp: null }, '', ''],
    [{ value: null, max: null, unit: '%', cmp: '>=' }, '', ''], // a commitment: no figure at all
  ])('%j → %s / %s', (figure, zh, en) => {
    expect(onCard(figure, 'zh')).toBe(zh);
    expect(onCard(figure, 'en')).toBe(en);
  });

  it.each([
    [7.4e9, '74亿'],
    [12_060_000, '1206万'],
    [9999, '9999'],
    [0.5, '0.5'],
    [1.85e4, '1.85万'],
    [1.23456e4, '1.2346万'],
  ])('writes %d as %s', (n, text) => {
    expect(chineseMagnitude(n)).toBe(text);
  });
});
