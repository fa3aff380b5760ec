/**
 * What the reader did, drawn inside our closed shadow root (components/page/MarksLayer.tsx): an
 * underline under every tagged item and a ring around the item whose card is open. The page
 * cannot read it: not from the highlight registry or its DOM (highlighter.ts paints kinds only),
 * not from our shadow root (closed), not by hit-testing (the layer takes no pointer events).
 *
 * Boxes are in page coordinates (viewport + scroll), so the layer scrolls with the document and
 * needs no update while the page scrolls; inner scrolling, resizing and new layouts redraw it.
 */

import type { Highlighter } from './highlighter';
import type { PageModel } from './page-model';

export interface MarkBox {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface ItemMark {
  key: string;
  /** The passage, for the browser tests (in the closed shadow root, like everything here). */
  quote: string;
  tagged: boolean;
  focused: boolean;
  boxes: MarkBox[];
}

/** The marks of the tagged items and of `focused`, where they are painted now. */
export function readMarks(
  model: Pick<PageModel, 'items'>,
  highlighter: Pick<Highlighter, 'rectsOf' | 'textOf'>,
  focused: string | null,
  scroll: { x: number; y: number },
): ItemMark[] {
  const marks: ItemMark[] = [];
  for (const item of model.items.values()) {
    const tagged = (item.record?.tags.length ?? 0) > 0;
    const isFocused = item.key === focused;
    if (!tagged && !isFocused) continue;
    const rects = highlighter.rectsOf(item.key);
    if (rects.length === 0) continue;
    marks.push({
      key: item.key,
      quote: highlighter.textOf(item.key),
      tagged,
      focused: isFocused,
      boxes: rects.map((r) => ({ x: r.left + scroll.x, y: r.top + scroll.y, width: r.width, height: r.height })),
    });
  }
  return marks;
}

const sameBoxes = (a: readonly MarkBox[], b: readonly MarkBox[]) =>
  a.length === b.length && a.every((x, i) => x.x === b[i].x && x.y === b[i].y && x.width === b[i].width && x.height === b[i].height);

/** Whether two readings draw the same (no re-render when nothing moved). */
export function sameMarks(a: readonly ItemMark[], b: readonly ItemMark[]): boolean {
  return (
    a.length === b.length &&
    a.every((m, i) => m.key === b[i].key && m.tagged === b[i].tagged && m.focused === b[i].focused && sameBoxes(m.boxes, b[i].boxes))
  );
}
