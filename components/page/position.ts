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
  maxHeight: number;
}

const GAP = 8;
const EDGE = 8;

/**
 * Where a floating panel of `width` goes next to `anchor` (viewport coordinates): below it when
 * there is room for `wanted` height or more room below than above, else above; never off screen.
 */
export function floatNear(anchor: Box, width: number, wanted: number, viewport: Viewport): FloatingPosition {
  const left = Math.max(EDGE, Math.min(anchor.left, viewport.width - width - EDGE));
  const below = viewport.height - anchor.bottom - GAP - EDGE;
  const above = anchor.top - GAP - EDGE;
  if (below >= wanted || below >= above) return { left, top: anchor.bottom + GAP, maxHeight: Math.max(120, below) };
  return { left, bottom: viewport.height - anchor.top + GAP, maxHeight: Math.max(120, above) };
}
