/** Pieces the two painters share: overlap removal, chunked painting, hit-testing a point. */

import type { Pacing, PaintTarget } from './highlighter';

export const UNPACED: Pacing = { ours: (fn) => fn(), pause: () => Promise.resolve() };

/** Drop targets overlapping an earlier one (by start): a passage is painted once. */
export function withoutOverlaps(targets: readonly PaintTarget[]): PaintTarget[] {
  const sorted = [...targets].filter((t) => t.end > t.start).sort((a, b) => a.start - b.start || b.end - a.end);
  const out: PaintTarget[] = [];
  let reach = -1;
  for (const t of sorted) {
    if (t.start < reach) continue;
    out.push(t);
    reach = t.end;
  }
  return out;
}

/**
 * The band (0 or 1) of each target, in page order: an item takes the other band than the item of
 * its kind just before it when nothing but spaces and punctuation stands between them, so that
 * adjacent items of one kind (由21% | 提升至74%) show where one ends and the next begins.
 */
export function bandsOf(targets: readonly PaintTarget[], text: string): number[] {
  const bands: number[] = [];
  let last: { kind: string; end: number; band: number } | null = null;
  for (const t of targets) {
    const touching: boolean = last !== null && last.kind === t.kind && /^[\s，,、；;：:。.和与及]*$/.test(text.slice(last.end, t.start));
    const band: number = touching && last ? 1 - last.band : 0;
    bands.push(band);
    last = { kind: t.kind, end: t.end, band };
  }
  return bands;
}

const CHUNK = 50;

/** Run `each` over `list` in chunks of CHUNK, each chunk one piece of our own work, pausing between. */
export async function inChunks<T>(list: readonly T[], pacing: Pacing, each: (item: T, index: number) => void): Promise<void> {
  for (let from = 0; from < list.length; from += CHUNK) {
    if (from > 0) await pacing.pause();
    pacing.ours(() => {
      for (let i = from; i < Math.min(list.length, from + CHUNK); i++) each(list[i], i);
    });
  }
}

/** A caret position at a viewport point: caretPositionFromPoint (standard) or caretRangeFromPoint (older WebKit/Blink). */
export function caretAt(document_: Document, x: number, y: number): { node: Node; offset: number } | null {
  const d = document_ as Document & {
    caretPositionFromPoint?: (x: number, y: number) => { offsetNode: Node; offset: number } | null;
    caretRangeFromPoint?: (x: number, y: number) => Range | null;
  };
  if (typeof d.caretPositionFromPoint === 'function') {
    const p = d.caretPositionFromPoint(x, y);
    return p ? { node: p.offsetNode, offset: p.offset } : null;
  }
  if (typeof d.caretRangeFromPoint === 'function') {
    const r = d.caretRangeFromPoint(x, y);
    return r ? { node: r.startContainer, offset: r.startOffset } : null;
  }
  return null;
}

/** Whether a point lies in one of the boxes (a little slack: the caret maps the gap between lines too). */
export function pointInRects(rects: ArrayLike<DOMRect>, x: number, y: number, slack = 1): boolean {
  for (let i = 0; i < rects.length; i++) {
    const r = rects[i];
    if (x >= r.left - slack && x <= r.right + slack && y >= r.top - slack && y <= r.bottom + slack) return true;
  }
  return false;
}
