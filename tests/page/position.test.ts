import { describe, expect, it } from 'vitest';
import { floatNear, intersects } from '../../components/page/position';

const VIEWPORT = { width: 1280, height: 800 };
const WIDTH = 340;
const WANTED = 320;
/** The open summary in the bottom right corner. */
const SUMMARY = { top: 560, left: 944, bottom: 784, right: 1264 };

const boxOf = (p: ReturnType<typeof floatNear>) => {
  const top = p.top ?? VIEWPORT.height - p.bottom! - p.maxHeight;
  return { left: p.left, right: p.left + WIDTH, top, bottom: top + p.maxHeight };
};

describe('where the card goes', () => {
  it.each([
    ['top left', { top: 10, left: 10, bottom: 30, right: 200 }],
    ['top right', { top: 10, left: 1100, bottom: 30, right: 1270 }],
    ['bottom left', { top: 770, left: 10, bottom: 790, right: 200 }],
    ['bottom right, beside the summary', { top: 760, left: 740, bottom: 790, right: 900 }],
    ['right above the summary', { top: 520, left: 1000, bottom: 545, right: 1200 }],
    ['middle', { top: 400, left: 600, bottom: 420, right: 700 }],
  ])('an item %s: inside the window, off the summary, off the item', (_, item) => {
    const p = floatNear(item, WIDTH, WANTED, VIEWPORT, [SUMMARY]);
    const box = boxOf(p);
    expect(intersects(box, SUMMARY)).toBe(false);
    expect(intersects(box, item)).toBe(false);
    expect(box.left).toBeGreaterThanOrEqual(0);
    expect(box.right).toBeLessThanOrEqual(VIEWPORT.width);
    expect(box.top).toBeGreaterThanOrEqual(0);
    expect(box.bottom).toBeLessThanOrEqual(VIEWPORT.height);
    expect(p.maxHeight).toBeGreaterThan(150);
  });

  it('goes below the item at its left when there is room, as before', () => {
    expect(floatNear({ top: 100, left: 300, bottom: 120, right: 400 }, WIDTH, WANTED, VIEWPORT, [SUMMARY])).toEqual({ left: 300, top: 128, maxHeight: 664 });
  });
});
