/**
 * Painting items on the live page: the ONE place that changes what the page displays.
 *
 * Two ways, one interface:
 *  - the CSS Custom Highlight API (custom-highlighter.ts): nothing is added to the page's DOM, so
 *    its layout and scripts cannot be disturbed. There are no elements to hover: `keyAt`
 *    hit-tests a point.
 *  - where the browser lacks it, wrappers (wrapper-highlighter.ts): our own inline element around
 *    each piece of text, which the text map walks through, so the page's text is unchanged.
 *
 * The page can read both (the highlight registry belongs to the document, and so do the
 * wrappers), so a painter knows an item's kind and nothing else: no key, no tag, no focus.
 * What the reader did is drawn inside our closed shadow root (marks.ts).
 *
 * Offsets are those of the live page's text map. Painting yields between chunks (`pause`) so that
 * hundreds of items never make one long task.
 */

import type { TextMap } from '../anchoring/text-map';
import type { ItemKind } from '../store/records';
import { CustomHighlighter } from './custom-highlighter';
import { WrapperHighlighter } from './wrapper-highlighter';

export interface PaintTarget {
  key: string;
  kind: ItemKind;
  /** Live text offsets. */
  start: number;
  end: number;
}

export type HighlighterMode = 'highlight-api' | 'wrapper';

/**
 * How a long paint shares the thread: `ours` runs a synchronous chunk of our DOM work (so the
 * mutation watcher ignores it), `pause` yields between chunks.
 */
export interface Pacing {
  ours<T>(fn: () => T): T;
  pause(): Promise<void>;
}

export interface Highlighter {
  readonly mode: HighlighterMode;
  /** True when painting replaces the page's text nodes (wrappers): rebuild the text map afterwards. */
  readonly changesNodes: boolean;
  /**
   * Replace every highlight by `targets` (sorted or not; overlapping ones after the first are left
   * out). `map` must be built after the previous highlights were cleared.
   */
  paint(targets: readonly PaintTarget[], map: TextMap, pacing?: Pacing): Promise<void>;
  /** Change an item's colour. */
  setKind(key: string, kind: ItemKind): void;
  remove(key: string): void;
  /** An item got a new key (it was stored: its record's id). */
  rekey(from: string, to: string): void;
  /** Show only the items of these kinds (the summary's kind toggles). */
  showKinds(kinds: ReadonlySet<ItemKind>): void;
  /** The item shown at a viewport point, if any. */
  keyAt(x: number, y: number): string | null;
  /** The item's boxes in viewport coordinates (empty when it is not painted). */
  rectsOf(key: string): DOMRect[];
  /** The text an item's highlight covers ('' when it is not painted). */
  textOf(key: string): string;
  /** Keys shown (painted, of a kind shown), in page order. */
  keys(): string[];
  clear(): void;
}

export { HIGHLIGHT_NAMES, KIND_COLOURS, MARK_TAG, injectPageStyles, pageStyles } from './highlight-styles';
export { pointInRects, withoutOverlaps, bandsOf } from './highlight-geometry';
export { CustomHighlighter } from './custom-highlighter';
export { WrapperHighlighter, unwrap } from './wrapper-highlighter';

/** The Highlight API painter where the browser has it, else wrappers. */
export function createHighlighter(document_: Document, prefer: HighlighterMode = 'highlight-api'): Highlighter & { dispose(): void } {
  const g = globalThis as { CSS?: { highlights?: HighlightRegistry }; Highlight?: typeof Highlight };
  if (prefer === 'highlight-api' && g.CSS?.highlights && typeof g.Highlight === 'function') {
    return new CustomHighlighter(document_, g.CSS.highlights, g.Highlight);
  }
  return new WrapperHighlighter(document_);
}
