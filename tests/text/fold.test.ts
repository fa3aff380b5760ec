import { describe, expect, test } from 'vitest';
import { normalizeForMatching, normalizeString } from '../../lib/anchoring/normalize';
import { normalizeReport } from '../../lib/extract/normalize';
import { foldText, isSpaceCode } from '../../lib/text/fold';

describe('foldText', () => {
  test.each([
    ['full-width digits, point and percent', '增长５．８％', '增长5.8%'],
    ['full-width slash and letters', '４００ｍ２／人', '400m2/人'],
    ['CJK punctuation stays CJK', '目标：（一）增长，稳定；好！吗？', '目标：（一）增长，稳定；好！吗？'],
    ['Traditional characters the rules read', '電力一百零八億度，八千萬噸', '电力一百零八亿度，八千万吨'],
    ['every Traditional character OpenCC folds one to one', '建設錯埠嶺游園，修建青島山歷史文化路', '建设错埠岭游园，修建青岛山历史文化路'],
    ['characters Simplified text writes too stay', '乾坤，蒜薹', '乾坤，蒜薹'],
    ['zero-width characters, word joiner, BOM and soft hyphen', '1\u200b.\u200c8\u200d5\u2060万\ufeff个\u00ad', '1.85万个'],
    ['odd spaces become one space', '增长\u30005%\u00a0以上\u2002\u2003\u2009', '增长 5% 以上   '],
    ['a ratio sign', '2.1∶1', '2.1:1'],
    ['CR and CRLF end a line', 'a\r\nb\rc', 'a\nb\nc'],
  ])('%s', (_, input, expected) => {
    expect(foldText(input).text).toBe(expected);
  });

  test('every folded character maps back to the input character it came from', () => {
    const input = '\u200b增长５．８％\r\n萬人';
    const { text, origin } = foldText(input);
    expect(text).toBe('增长5.8%\n万人');
    expect(origin).toHaveLength(text.length + 1);
    expect([...text].map((_, i) => input[origin[i]]).join('')).toBe('增长５．８％\n萬人');
    expect(origin[text.length]).toBe(input.length);
  });

  test('dropSpaces leaves out spaces and line breaks as well', () => {
    expect(foldText('增长 5 . 2 ％\r\n\u3000以上', { dropSpaces: true }).text).toBe('增长5.2%以上');
  });

  test('dropSpaces leaves out exactly what a regular expression calls a space, and the invisible characters', () => {
    const invisible = '\u200b\u200c\u200d\u2060\ufeff\u00ad';
    const dropped = [];
    for (let code = 0; code < 0x10000; code++) {
      const ch = String.fromCharCode(code);
      if (foldText(ch, { dropSpaces: true }).text === '') dropped.push(ch);
    }
    const expected = [];
    for (let code = 0; code < 0x10000; code++) {
      const ch = String.fromCharCode(code);
      if (/\s/.test(ch) || invisible.includes(ch)) expected.push(ch);
    }
    expect(dropped).toEqual(expected);
  });
});

describe('extraction and re-anchoring fold alike', () => {
  // One folding module: a character learnt by one is learnt by the other (issue 13).
  test.each([
    ['Traditional', '新增學位1.85萬個'],
    ['full-width', '新增学位１．８５万个'],
    ['word joiner and soft hyphen', '新增学位1.\u206085\u00ad万个'],
  ])('%s', (_, input) => {
    expect(normalizeReport(input).text).toBe('新增学位1.85万个');
    expect(normalizeString(input)).toBe('新增学位1.85万个');
    expect(normalizeForMatching(input).text).toBe('新增学位1.85万个');
  });
});

describe('isSpaceCode', () => {
  test('is what /\\s/ matches, for every UTF-16 code unit', () => {
    const differ: number[] = [];
    for (let code = 0; code < 0x10000; code++) if (isSpaceCode(code) !== /\s/.test(String.fromCharCode(code))) differ.push(code);
    expect(differ).toEqual([]);
  });
});
