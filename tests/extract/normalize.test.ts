import { describe, expect, test } from 'vitest';
import { normalizeReport } from '../../lib/extract/normalize';

describe('normalizeReport', () => {
  test.each([
    ['full-width digits and point', '粮食４５５０亿公斤，增长５．８%', '粮食4550亿公斤，增长5.8%'],
    ['Traditional magnitude words', '電力一百零八億度，八千萬噸', '电力一百零八亿度，八千万吨'],
    ['zero-width space and a line break inside a word', '全员劳动生\n\u200b\n产率增长', '全员劳动生产率增长'],
    ['a code split over two lines', '细颗粒物（PM\n2.5）浓度', '细颗粒物（PM2.5）浓度'],
    ['ideographic and no-break spaces', '增长\u30005%\u00a0以上', '增长 5% 以上'],
    ['a paragraph break stays', '一、工作回顾\n过去一年', '一、工作回顾\n过去一年'],
    ['pinyin readings a mirror site writes after characters', '擴(kuò)建一中、網(wǎng)絡（luò）', '扩建一中、网络'],
    ['Latin letters in brackets without a tone mark stay', '电压(kv)等级(a)', '电压(kv)等级(a)'],
  ])('%s', (_, input, expected) => {
    expect(normalizeReport(input).text).toBe(expected);
  });

  test('every normalised character maps back to the input character it came from', () => {
    const input = '增长\u200b５．８％，\n\u200b\n萬人';
    const { text, origin } = normalizeReport(input);
    expect(origin).toHaveLength(text.length + 1);
    expect(origin[text.length]).toBe(input.length);
    expect(text).toBe('增长5.8%，万人');
    expect(input[origin[text.indexOf('万')]]).toBe('萬');
    expect(input[origin[text.indexOf('5')]]).toBe('５');
  });
});
