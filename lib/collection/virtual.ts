/**
 * Virtual-window arithmetic: which rows of a long list are on screen, so only
 * those are rendered, between two spacers that keep the scroll height true.
 */

export interface VirtualWindow {
  /** First row to render (inclusive). */
  start: number;
  /** Row after the last to render (exclusive). */
  end: number;
  /** Height above `start` (the top spacer). */
  before: number;
  /** Height below `end` (the bottom spacer). */
  after: number;
  /** Height of all rows. */
  total: number;
}

export interface FixedWindowInput {
  count: number;
  rowHeight: number;
  scrollTop: number;
  viewportHeight: number;
  /** Extra rows rendered above and below the viewport, so fast scrolling shows no gap. */
  overscan?: number;
}

const clamp = (n: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, n));

/** Rows all of one height. */
export function fixedWindow({ count, rowHeight, scrollTop, viewportHeight, overscan = 6 }: FixedWindowInput): VirtualWindow {
  const total = count * rowHeight;
  if (count <= 0 || rowHeight <= 0) return { start: 0, end: 0, before: 0, after: 0, total: Math.max(0, total) };
  const top = clamp(scrollTop, 0, Math.max(0, total - viewportHeight));
  const first = Math.floor(top / rowHeight);
  const last = Math.ceil((top + Math.max(0, viewportHeight)) / rowHeight);
  const start = clamp(first - overscan, 0, count);
  const end = clamp(last + overscan, start, count);
  return { start, end, before: start * rowHeight, after: total - end * rowHeight, total };
}

/** Prefix sums: offsets[i] is the top of row i, offsets[n] the total height. */
export function rowOffsets(heights: readonly number[]): number[] {
  const out = new Array<number>(heights.length + 1);
  out[0] = 0;
  for (let i = 0; i < heights.length; i++) out[i + 1] = out[i]! + Math.max(0, heights[i]!);
  return out;
}

/** The row containing vertical position y (the last row when y is past the end). */
export function rowAt(offsets: readonly number[], y: number): number {
  const n = offsets.length - 1;
  if (n <= 0) return 0;
  let lo = 0;
  let hi = n - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (offsets[mid]! <= y) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** Rows of varying heights, given their {@link rowOffsets}. */
export function variableWindow(
  offsets: readonly number[],
  scrollTop: number,
  viewportHeight: number,
  overscan = 4,
): VirtualWindow {
  const count = offsets.length - 1;
  const total = offsets[count] ?? 0;
  if (count <= 0) return { start: 0, end: 0, before: 0, after: 0, total: 0 };
  const top = clamp(scrollTop, 0, Math.max(0, total - viewportHeight));
  const first = rowAt(offsets, top);
  const bottom = top + Math.max(0, viewportHeight);
  let last = rowAt(offsets, bottom);
  if (offsets[last]! < bottom) last++;
  const start = clamp(first - overscan, 0, count);
  const end = clamp(last + overscan, start, count);
  return { start, end, before: offsets[start]!, after: total - offsets[end]!, total };
}

/** The scrollTop that brings row `index` fully into view, or null when it already is. */
export function scrollToReveal(
  offsets: readonly number[],
  index: number,
  scrollTop: number,
  viewportHeight: number,
): number | null {
  const top = offsets[index];
  const bottom = offsets[index + 1];
  if (top === undefined || bottom === undefined) return null;
  if (top < scrollTop) return top;
  if (bottom > scrollTop + viewportHeight) return Math.max(0, bottom - viewportHeight);
  return null;
}
