import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { extractItems } from '../../lib/extract';

/**
 * Issue 11: hostile or odd pages must neither crash nor stall the extractor. Speed is measured
 * by `npm run bench`, not here: these tests check the crash, and linear growth through a count
 * that does not depend on the machine's load.
 */

const PROVINCIAL = join(__dirname, '../fixtures/corpus/provincial-2026');

/** Real report text as a page that puts a whole report in one paragraph gives it: no line breaks. */
function oneLineReport(chars: number): string {
  const joined = readdirSync(PROVINCIAL)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name) => readFileSync(join(PROVINCIAL, name), 'utf8').replace(/[\r\n]+/g, ''))
    .join('');
  let text = joined;
  while (text.length < chars) text += joined;
  return text.slice(0, chars);
}

/**
 * How many characters the extractor copies out of strings (String.prototype.slice) while it reads
 * `text`. The quadratic extractor copied the paragraph so far for every figure (to look for its
 * tense cues and deadline), so this count grew with the square of a line's length.
 */
function charactersCopied(text: string): number {
  const slice = String.prototype.slice;
  let copied = 0;
  String.prototype.slice = function (this: string, start?: number, end?: number) {
    const part = slice.call(this, start, end);
    copied += part.length;
    return part;
  };
  try {
    extractItems(text);
  } finally {
    String.prototype.slice = slice;
  }
  return copied;
}

// The time limits below only keep a broken extractor from hanging the run (the quadratic one
// needed minutes); nothing here asserts a time.
describe('huge and hostile input', () => {
  test('a run of 20,000 figures with magnitude words reads each, without overflowing the stack', { timeout: 60_000 }, () => {
    // readNumber recursed once per 万 of the run: "Maximum call stack size exceeded".
    const items = extractItems('今年新增就业' + '1万'.repeat(20_000) + '人。');
    expect(items).toHaveLength(20_000);
    expect(items.every((item) => item.value === 10_000)).toBe(true);
    expect(items.at(-1)).toMatchObject({ kind: 'target', unit: '人' });
  });

  test.each([
    ['real report text on one line', (n: number) => oneLineReport(n * 150_000)],
    ['one sentence of short clauses (增长5%，…)', (n: number) => '增长5%，'.repeat(n * 10_000)],
    ['a run of figures with magnitude words (1万1万…)', (n: number) => '今年新增就业' + '1万'.repeat(n * 10_000) + '人。'],
    ['many figures after a strength cue in a long clause', (n: number) => '确保' + '加强'.repeat(n * 20_000) + '，' + '新增就业5万人，'.repeat(n * 5_000) + '。'],
  ])('%s: twice the text, twice the work', { timeout: 120_000 }, (_, textOf) => {
    const once = charactersCopied(textOf(1));
    const twice = charactersCopied(textOf(2));
    expect(twice / once).toBeLessThan(2.5);
  });

  test('one sentence of 20,000 short clauses reads every figure', { timeout: 60_000 }, () => {
    const items = extractItems('增长5%，'.repeat(20_000));
    expect(items).toHaveLength(20_000);
    expect(items.every((item) => item.value === 5 && item.unit === '%')).toBe(true);
  });

  test('a run of cue words before a figure does not backtrack exponentially', () => {
    // /(?:达到|达|到…)+$/ on the metric tried every way to split 达到达到…: 2.5× slower per 达到.
    const [item] = extractItems('目标' + '达到'.repeat(40) + '和5%。');
    expect(item).toMatchObject({ value: 5, unit: '%', metric: '到' + '达到'.repeat(19) + '和' });
    expect(extractItems('目标' + '达到'.repeat(40) + '5%。')[0].metric).toBe('目标');
  });
});
