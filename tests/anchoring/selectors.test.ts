import { describe, expect, it, test } from 'vitest';
import { CONTEXT_LENGTH, describeRange } from '../../lib/anchoring/selectors';

const text = '甲'.repeat(40) + '空气质量优良率达到95%' + '乙'.repeat(40);
const qStart = 40;
const qEnd = 40 + '空气质量优良率达到95%'.length;

describe('describeRange', () => {
  it('stores the quote with 32 characters of context on each side', () => {
    const { quote, position } = describeRange(text, qStart, qEnd);
    expect(CONTEXT_LENGTH).toBe(32);
    expect(quote).toEqual({ exact: '空气质量优良率达到95%', prefix: '甲'.repeat(32), suffix: '乙'.repeat(32) });
    expect(position).toEqual({ start: qStart, end: qEnd });
  });

  test.each([
    ['at the start of the text', 0, 5, '', text.slice(5, 37)],
    ['at the end of the text', text.length - 3, text.length, text.slice(text.length - 35, text.length - 3), ''],
    ['with short context', 3, 6, text.slice(0, 3), text.slice(6, 38)],
    ['empty', 10, 10, text.slice(0, 10), text.slice(10, 42)],
  ])('%s', (_name, start, end, prefix, suffix) => {
    const { quote } = describeRange(text, start, end);
    expect(quote.exact).toBe(text.slice(start, end));
    expect(quote.prefix).toBe(prefix);
    expect(quote.suffix).toBe(suffix);
  });

  test.each([
    [-1, 3],
    [5, 3],
    [0, text.length + 1],
    [1.5, 3],
  ])('rejects the bad range [%d, %d)', (start, end) => {
    expect(() => describeRange(text, start, end)).toThrow(RangeError);
  });

  it('does not cut a surrogate pair at the edges of the context', () => {
    const t = 'a😀' + 'b'.repeat(31) + 'Q' + 'c'.repeat(31) + '😀d';
    const q = t.indexOf('Q');
    const { quote } = describeRange(t, q, q + 1);
    expect(quote.prefix).toBe('b'.repeat(31)); // the lone low surrogate is dropped
    expect(quote.suffix).toBe('c'.repeat(31)); // the lone high surrogate is dropped
  });

  it('honours a custom context length', () => {
    expect(describeRange(text, qStart, qEnd, 4).quote.prefix).toBe('甲甲甲甲');
  });
});
