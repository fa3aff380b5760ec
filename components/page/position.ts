import type { Box } from '../../lib/page/selection';

export interface Viewport {
  width: number;
  height: number;
}

export interface FloatingPosition {
  left: number;
  /** One of top/bottom is set: below the anchor (top) or above it (bottom, from the viewport's bottom). */
  top?: number;
  bottom?: number;
  /** The panel's height may grow to this and no further: it stays in the viewport and off the obstacles. */
  maxHeight: number;
}

const GAP = 8;
const EDGE = 8;

const overlapsX = (left: number, width: number, o: Box) => left < o.right + GAP && o.left - GAP < left + width;

/** The height a panel at `left` may take below `top` (growing down) without meeting an obstacle. */
function roomBelow(top: number, left: number, width: number, viewport: Viewport, obstacles: readonly Box[]): number {
  let limit = viewport.height - EDGE;
  for (const o of obstacles) {
    if (!overlapsX(left, width, o) || o.bottom + GAP <= top) continue;
    limit = Math.min(limit, o.top - GAP);
  }
  return Math.max(0, limit - top);
}

/** The height a panel at `left` may take above `bottom` (growing up) without meeting an obstacle. */
function roomAbove(bottom: number, left: number, width: number, obstacles: readonly Box[]): number {
  let limit = EDGE;
  for (const o of obstacles) {
    if (!overlapsX(left, width, o) || o.top - GAP >= bottom) continue;
    limit = Math.max(limit, o.bottom + GAP);
  }
  return Math.max(0, bottom - limit);
}

/**
 * Where a floating panel of `width` goes next to `anchor` (viewport coordinates): below it or
 * above it, never off screen and never over one of `obstacles` (our own summary, the outline).
 * Tried in order: below and above at the anchor's left, then beside each obstacle; the first
 * with room for `wanted` wins, else the one with the most room.
 */
export function floatNear(anchor: Box, width: number, wanted: number, viewport: Viewport, obstacles: readonly Box[] = []): FloatingPosition {
  const clamp = (left: number) => Math.max(EDGE, Math.min(left, viewport.width - width - EDGE));
  const lefts = [clamp(anchor.left)];
  for (const o of obstacles) lefts.push(clamp(o.left - GAP - width), clamp(o.right + GAP));
  const below = anchor.bottom + GAP;
  const above = anchor.top - GAP;
  let best: FloatingPosition | null = null;
  for (const left of lefts) {
    const candidates: FloatingPosition[] = [
      { left, top: below, maxHeight: below < viewport.height ? roomBelow(below, left, width, viewport, obstacles) : 0 },
      { left, bottom: viewport.height - above, maxHeight: above > 0 ? roomAbove(above, left, width, obstacles) : 0 },
    ];
    // Below first, unless above has more room (as a card always did).
    if (candidates[1].maxHeight > candidates[0].maxHeight && candidates[0].maxHeight < wanted) candidates.reverse();
    for (const c of candidates) {
      if (c.maxHeight >= wanted) return c;
      if (!best || c.maxHeight > best.maxHeight) best = c;
    }
  }
  return best!;
}

/** Whether two boxes share any area. */
export const intersects = (a: Box, b: Box): boolean => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
