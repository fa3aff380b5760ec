import { describe, expect, it } from 'vitest';
import { readMarks, sameMarks } from '../../lib/page/marks';
import type { PageItem } from '../../lib/page/page-items';

const item = (key: string, tags: string[] | null): PageItem =>
  ({ key, kind: 'target', start: 0, end: 1, space: 'main', detected: null, record: tags === null ? null : ({ id: key, tags } as never) }) as PageItem;

const rect = (left: number, top: number) => ({ left, top, width: 40, height: 20 }) as DOMRect;

describe('the marks drawn in our shadow root', () => {
  const items = new Map([
    ['a', item('a', ['教育'])],
    ['b', item('b', [])],
    ['c', item('c', null)],
    ['hidden', item('hidden', ['x'])],
  ]);
  const highlighter = {
    rectsOf: (key: string) => (key === 'hidden' ? [] : [rect(10, 100)]),
    textOf: (key: string) => `text of ${key}`,
  };

  it('marks tagged items and the focused one, in page coordinates, and leaves out what is not shown', () => {
    const marks = readMarks({ items }, highlighter, 'c', { x: 0, y: 500 });
    expect(marks.map((m) => [m.key, m.tagged, m.focused, m.quote])).toEqual([
      ['a', true, false, 'text of a'],
      ['c', false, true, 'text of c'],
    ]);
    expect(marks[0].boxes).toEqual([{ x: 10, y: 600, width: 40, height: 20 }]);
  });

  it('tells when nothing moved', () => {
    const one = readMarks({ items }, highlighter, null, { x: 0, y: 0 });
    expect(sameMarks(one, readMarks({ items }, highlighter, null, { x: 0, y: 0 }))).toBe(true);
    expect(sameMarks(one, readMarks({ items }, highlighter, null, { x: 0, y: 8 }))).toBe(false);
    expect(sameMarks(one, readMarks({ items }, highlighter, 'b', { x: 0, y: 0 }))).toBe(false);
  });
});
