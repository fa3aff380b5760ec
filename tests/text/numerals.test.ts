import { describe, expect, test } from 'vitest';
import { parseChineseNumber } from '../../lib/text/numerals';

describe('parseChineseNumber', () => {
  test.each([
    ['三百', 300],
    ['两千二百', 2200],
    ['一百零八亿', 10800000000],
    ['八千一百九十九万', 81990000],
    ['一万三千五百十三', 13513],
    ['二百十七万', 2170000],
    ['十三', 13],
    ['三十六点九', 36.9],
    ['四点二', 4.2],
    ['一亿二千万', 120000000],
    ['三万亿', 3e12],
    ['一九四九', 1949],
    ['二〇二六', 2026],
  ])('%s → %d', (text, value) => {
    expect(parseChineseNumber(text)).toBe(value);
  });

  test.each(['十四五', '百分', '', '三点'])('%s is not a numeral', (text) => {
    expect(parseChineseNumber(text)).toBeNull();
  });
});
