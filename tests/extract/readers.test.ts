import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { DeadlineReader } from '../../lib/extract/cues';
import { WordIndex } from '../../lib/extract/match-index';
import { ASPIRATIONAL_CUES, BINDING_CUES, DEADLINE_PATTERN } from '../../lib/extract/lexicon';

const STRENGTH_WORDS = [...BINDING_CUES, ...ASPIRATIONAL_CUES];
import { normalizeReport } from '../../lib/extract/normalize';
import { tenseCues, TenseCueReader } from '../../lib/extract/tense-cues';

/**
 * The readers answer "the last cue in text.slice(lo, hi)" from one scan of the whole text
 * (issue 11: rescanning each slice was quadratic). Their answers must be those of a scan of the
 * slice itself, for every stretch the extractor asks about: from a sentence's or segment's start
 * (after a stop) to any point in it, cues cut off at the end included.
 */

const CORPUS = join(__dirname, '../fixtures/corpus');
const FILES = ['provincial-2026/guangdong.txt', 'passages/gwr-national-1954-traditional.txt'];

/** The same texts with their line breaks removed (a one-line page), and with both. */
function texts(): Array<[string, string]> {
  return FILES.flatMap((file) => {
    const { text } = normalizeReport(readFileSync(join(CORPUS, file), 'utf8'));
    return [[file, text], [`${file} on one line`, text.replace(/\n/g, '')]] as Array<[string, string]>;
  });
}

/** [lo, hi) pairs: lo after every stop, hi every few characters up to 100 on. */
function stretches(text: string): Array<[number, number]> {
  const pairs: Array<[number, number]> = [];
  for (let lo = 0; lo < text.length; lo++) {
    if (lo > 0 && !'。！？!?；;，,：:\n'.includes(text[lo - 1])) continue;
    for (let hi = lo; hi <= Math.min(text.length, lo + 100); hi += 4) pairs.push([lo, hi]);
  }
  return pairs;
}

describe.each(texts())('%s', (_, text) => {
  const pairs = stretches(text);

  test('tense cues: as a scan of the slice reads them', () => {
    const reader = new TenseCueReader(text);
    const wrong = pairs.filter(([lo, hi]) => JSON.stringify(reader.between(lo, hi)) !== JSON.stringify(tenseCues(text.slice(lo, hi))));
    expect(wrong.slice(0, 5).map(([lo, hi]) => text.slice(lo, hi))).toEqual([]);
  });

  test('deadlines: as a scan of the slice reads them', () => {
    const reader = new DeadlineReader(text);
    const lastIn = (slice: string) => [...slice.matchAll(DEADLINE_PATTERN)].at(-1)?.[0] ?? null;
    const wrong = pairs.filter(([lo, hi]) => reader.between(lo, hi) !== lastIn(text.slice(lo, hi)));
    expect(wrong.slice(0, 5).map(([lo, hi]) => text.slice(lo, hi))).toEqual([]);
  });

  test('strength cue words: the last occurrence, as lastIndexOf on the slice finds it', () => {
    const index = new WordIndex(text, STRENGTH_WORDS);
    const wrong = pairs.filter(([lo, hi]) =>
      STRENGTH_WORDS.some((word) => {
        const inSlice = text.slice(lo, hi).lastIndexOf(word);
        return index.lastIn(word, lo, hi) !== (inSlice < 0 ? -1 : lo + inSlice);
      }),
    );
    expect(wrong.slice(0, 5).map(([lo, hi]) => text.slice(lo, hi))).toEqual([]);
  });
});

/** Cues whose reading depends on what follows them, each after a clause longer than the readers' window. */
const TRICKY =
  '这是一段足够长的文字用来让读者的窗口不能覆盖前面的内容而必须依靠整体扫描的结果，' +
  ['主要目标任务圆满完成', '需要素质提升要点要求', '将纳入规划将达到5%', '做了很大努力，努力实现', '计划；计划新增', '到2025年的数值到2027年达到',
    '2025年预计增长2030年发展主要预期目标', '比去年增长上年实现去年完成', '确保，必须严守底线力争', '今年年底前完成“十四五”时期']
    .map((cue) => '这一句前面有一些与线索无关的文字用来拉开距离' + cue)
    .join('，');

describe('cues cut off by the end of a stretch', () => {
  const pairs: Array<[number, number]> = [];
  for (let lo = 0; lo < TRICKY.length; lo++) {
    if (lo > 0 && !'；，。'.includes(TRICKY[lo - 1])) continue;
    for (let hi = lo; hi <= TRICKY.length; hi++) pairs.push([lo, hi]);
  }

  const tense = new TenseCueReader(TRICKY);
  const deadlines = new DeadlineReader(TRICKY);
  const words = new WordIndex(TRICKY, STRENGTH_WORDS);
  test.each([
    ['tense cues', (lo: number, hi: number) => [tense.between(lo, hi), tenseCues(TRICKY.slice(lo, hi))]],
    ['deadlines', (lo: number, hi: number) => [deadlines.between(lo, hi), [...TRICKY.slice(lo, hi).matchAll(DEADLINE_PATTERN)].at(-1)?.[0] ?? null]],
    ['strength cue words', (lo: number, hi: number) => [
      STRENGTH_WORDS.map((word) => words.lastIn(word, lo, hi)),
      STRENGTH_WORDS.map((word) => (TRICKY.slice(lo, hi).lastIndexOf(word) < 0 ? -1 : lo + TRICKY.slice(lo, hi).lastIndexOf(word))),
    ]],
  ])('%s: as a scan of the slice reads them', (_, answers) => {
    const wrong = pairs.filter(([lo, hi]) => {
      const [fromReader, fromSlice] = answers(lo, hi);
      return JSON.stringify(fromReader) !== JSON.stringify(fromSlice);
    });
    expect(wrong.slice(0, 5).map(([lo, hi]) => TRICKY.slice(lo, hi))).toEqual([]);
  });
});

describe('stretches the extractor never asks about', () => {
  test('a stretch that starts inside a cue is read as its slice', () => {
    const text = '我们过去一年新增就业100万人，比去年多';
    const reader = new TenseCueReader(text);
    for (let lo = 0; lo < text.length; lo++) {
      for (let hi = lo; hi <= text.length; hi++) expect(reader.between(lo, hi), `${lo}–${hi}`).toEqual(tenseCues(text.slice(lo, hi)));
    }
  });
});
