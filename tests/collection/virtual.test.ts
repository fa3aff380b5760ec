import { describe, expect, test } from 'vitest';
import { fixedWindow, rowAt, rowOffsets, scrollToReveal, variableWindow } from '../../lib/collection/virtual';

describe('fixedWindow', () => {
  test.each([
    // count, rowHeight, scrollTop, viewport, overscan → start, end, before, after, total
    [0, 40, 0, 400, 5, 0, 0, 0, 0, 0],
    [3, 40, 0, 400, 5, 0, 3, 0, 0, 120],
    [10_000, 40, 0, 400, 5, 0, 15, 0, 399_400, 400_000],
    [10_000, 40, 4_000, 400, 5, 95, 115, 3_800, 395_400, 400_000],
    [10_000, 40, 4_020, 400, 0, 100, 111, 4_000, 395_560, 400_000], // half a row in at the top and bottom
    [10_000, 40, 399_600, 400, 5, 9_985, 10_000, 399_400, 0, 400_000], // the end
    [10_000, 40, 10_000_000, 400, 5, 9_985, 10_000, 399_400, 0, 400_000], // past the end: clamped
    [10_000, 40, -50, 400, 5, 0, 15, 0, 399_400, 400_000], // overscroll bounce
    [100, 40, 0, 0, 2, 0, 2, 0, 3_920, 4_000], // hidden viewport
  ])('count %i × %ipx at %i in %ipx (overscan %i) → rows [%i, %i), spacers %i / %i, total %i', (count, rowHeight, scrollTop, viewportHeight, overscan, start, end, before, after, total) => {
    expect(fixedWindow({ count, rowHeight, scrollTop, viewportHeight, overscan })).toEqual({ start, end, before, after, total });
  });

  test('never renders more than a screenful plus overscan, however long the list', () => {
    for (const scrollTop of [0, 123_457, 399_000]) {
      const w = fixedWindow({ count: 10_000, rowHeight: 40, scrollTop, viewportHeight: 600, overscan: 6 });
      expect(w.end - w.start).toBeLessThanOrEqual(600 / 40 + 1 + 12);
      expect(w.before + (w.end - w.start) * 40 + w.after).toBe(w.total);
    }
  });
});

describe('variable rows', () => {
  const heights = [30, 90, 90, 30, 200, 90];
  const offsets = rowOffsets(heights);

  test('offsets are prefix sums', () => {
    expect(offsets).toEqual([0, 30, 120, 210, 240, 440, 530]);
  });

  test.each([
    [0, 0],
    [29, 0],
    [30, 1],
    [119, 1],
    [120, 2],
    [439, 4],
    [530, 5],
    [10_000, 5],
    [-5, 0],
  ])('rowAt(%i) = %i', (y, row) => {
    expect(rowAt(offsets, y)).toBe(row);
  });

  test.each([
    // scrollTop, viewport, overscan → start, end, before, after
    [0, 100, 0, 0, 2, 0, 410],
    [0, 120, 0, 0, 2, 0, 410],
    [0, 121, 0, 0, 3, 0, 320],
    [200, 100, 0, 2, 5, 120, 90],
    [200, 100, 1, 1, 6, 30, 0],
    [1_000, 100, 0, 4, 6, 240, 0], // clamped to the last screen: 430..530
  ])('at %i in %ipx (overscan %i) → rows [%i, %i), spacers %i / %i', (scrollTop, viewport, overscan, start, end, before, after) => {
    expect(variableWindow(offsets, scrollTop, viewport, overscan)).toEqual({ start, end, before, after, total: 530 });
  });

  test('an empty list', () => {
    expect(variableWindow(rowOffsets([]), 0, 500)).toEqual({ start: 0, end: 0, before: 0, after: 0, total: 0 });
  });

  test.each([
    [2, 0, 100, 110], // below: scroll so its bottom meets the viewport's
    [0, 50, 100, 0], // above: scroll to its top
    [1, 0, 200, null], // already in view
    [9, 0, 100, null], // no such row
  ])('scrollToReveal(row %i from %i in %ipx) = %s', (index, scrollTop, viewport, expected) => {
    expect(scrollToReveal(offsets, index, scrollTop, viewport)).toBe(expected);
  });
});
