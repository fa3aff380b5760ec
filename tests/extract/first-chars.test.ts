import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { DEADLINE_PATTERN } from '../../lib/extract/deadline';
import { firstCharsOf, nextMatchFrom } from '../../lib/extract/first-chars';
import { eachMatch } from '../../lib/extract/match-index';
import { normalizeReport } from '../../lib/extract/normalize';

/**
 * A search that tries a pattern only where its first characters stand must find exactly what a
 * global search finds: the set read from the source may be too wide, never too narrow.
 */

const chars = (table: Uint8Array | null) =>
  table ? [...table.keys()].filter((code) => table[code]).map((code) => String.fromCharCode(code)).sort().join('') : null;

describe('firstCharsOf', () => {
  test.each([
    [/达到|高于|不低于/g, '不达高'],
    [/(?:到|至)(?:19|20)\d\d年|今年/g, '今至到'],
    [/a?b|c{0,2}d|(?<!x)e+f/g, 'abcde'],
    [/[\u3400-\u3401\d]x/g, '0123456789㐀㐁'],
    [/(?:[一二]{4}|20)年(?=预计)/g, '2一二'],
    [/\.5|\u4e07/g, '.万'],
    // A lookaround is skipped unread, whatever it holds (^, \s, a negated class).
    [/(?<=^|[\s，])20年|(?<![^比])今年(?=[^，]{0,3}将)/g, '2今'],
  ])('%s starts with %s', (pattern, expected) => {
    expect(chars(firstCharsOf(pattern))).toBe([...expected].sort().join(''));
  });

  test.each([
    ['may match nothing', /a?/g],
    ['negated class', /[^，。]{2}/g],
    ['any character', /.{2}年/g],
    ['anchored', /^今年/g],
    ['class escape', /\s+年/g],
    ['ignoring case', /ab/gi],
    ['back reference', /(a)\1/g],
  ])('%s: not read (null)', (_, pattern) => {
    expect(firstCharsOf(pattern)).toBeNull();
  });
});

const TEXTS = ['provincial-2026/guangdong.txt', 'passages/gwr-national-1954-traditional.txt'].map(
  (file) => normalizeReport(readFileSync(join(__dirname, '../fixtures/corpus', file), 'utf8')).text,
);

describe('searching by first characters finds what a global search finds', () => {
  test.each([
    // The deadline words before they moved to deadline.ts (whose lookbehinds the table cannot read).
    ['a pattern of years, numerals and lookaheads', /(?:到|至|在|于)(?:19|20)\d\d年(?:底|末)?(?:前|以前)?|(?:19|20)\d\d年(?:底|末)?(?:前|以前)|(?:[一二三四五六七八九〇零]{4}|(?:19|20)\d\d)年(?=预计|计划|要|将|力争|确保|的?目标|发展主要预期目标)|年底前|本年内|年内|今年|明年|今后五年|未来五年|“十[一二三四五六七八九]五”(?:末|期间|时期)|本世纪中叶/g],
    ['a word list', /力争|确保|争取|计划|预计|拟|将|要/g],
    ['the deadline words with their lookbehinds', DEADLINE_PATTERN],
  ])('%s', (_, pattern) => {
    const first = firstCharsOf(pattern)!;
    const sticky = new RegExp(pattern.source, 'y');
    for (const text of TEXTS) {
      const expected = [...text.matchAll(new RegExp(pattern.source, 'g'))].map((m) => [m.index, m[0]]);
      const found: Array<[number, string]> = [];
      for (let m = nextMatchFrom(text, 0, sticky, first); m; m = nextMatchFrom(text, m.index + m[0].length, sticky, first)) found.push([m.index, m[0]]);
      const visited: Array<[number, string]> = [];
      eachMatch(text, pattern, (index, match) => visited.push([index, match]));
      expect(expected.length).toBeGreaterThan(0);
      expect(found).toEqual(expected);
      expect(visited).toEqual(expected);
    }
  });
});
