/**
 * Painting items on the live page: the ONE place that changes what the page displays.
 *
 * Two ways, one interface:
 *  - the CSS Custom Highlight API (`CSS.highlights`, `new Highlight(...ranges)`, `::highlight()`
 *    styles): nothing is added to the page's DOM, so its layout and scripts cannot be disturbed.
 *    There are no elements to hover: `keyAt` hit-tests a point (caret position → text offset →
 *    item, confirmed against the range's boxes).
 *  - where the browser lacks it, wrappers: each piece of text is wrapped in our own inline custom
 *    element <report-annotator-mark data-report-annotator-highlight>, which the text map walks
 *    through (lib/anchoring/text-map.ts), so the page's text is unchanged; unwrapping puts the text
 *    nodes back together.
 *
 * Offsets are those of the live page's text map. Painting yields between chunks (`pause`) so that
 * hundreds of items never make one long task.
 */

import { HIGHLIGHT_ATTR, OWN_UI_ATTR, type TextMap } from '../anchoring/text-map';
import type { ItemKind } from '../store/records';

export interface PaintTarget {
  key: string;
  kind: ItemKind;
  tagged: boolean;
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

const UNPACED: Pacing = { ours: (fn) => fn(), pause: () => Promise.resolve() };

export interface Highlighter {
  readonly mode: HighlighterMode;
  /** True when painting replaces the page's text nodes (wrappers): rebuild the text map afterwards. */
  readonly changesNodes: boolean;
  /**
   * Replace every highlight by `targets` (sorted or not; overlapping ones after the first are left
   * out). `map` must be built after the previous highlights were cleared.
   */
  paint(targets: readonly PaintTarget[], map: TextMap, pacing?: Pacing): Promise<void>;
  /** Change an item's colour (kind) or tagged mark. */
  restyle(key: string, style: { kind: ItemKind; tagged: boolean }): void;
  remove(key: string): void;
  /** An item got a new key (it was stored: its record's id). */
  rekey(from: string, to: string): void;
  /** Mark one item as the focused one (null: none). */
  setFocus(key: string | null): void;
  /** The item painted at a viewport point, if any. */
  keyAt(x: number, y: number): string | null;
  /** The item's boxes in viewport coordinates (empty when it is not painted). */
  rectsOf(key: string): DOMRect[];
  /** Keys painted, in page order. */
  keys(): string[];
  clear(): void;
}

export const HIGHLIGHT_NAMES = {
  target: 'report-annotator-target',
  result: 'report-annotator-result',
  commitment: 'report-annotator-commitment',
  tagged: 'report-annotator-tagged',
  focus: 'report-annotator-focus',
} as const;

export const MARK_TAG = 'report-annotator-mark';

/** Colours by kind; the summary and the card use the same ones. */
export const KIND_COLOURS: Record<ItemKind, { fill: string; strong: string }> = {
  target: { fill: 'rgba(37, 99, 235, 0.16)', strong: '#1d4ed8' },
  result: { fill: 'rgba(22, 163, 74, 0.18)', strong: '#15803d' },
  commitment: { fill: 'rgba(217, 119, 6, 0.2)', strong: '#b45309' },
};

const FOCUS_FILL = 'rgba(250, 204, 21, 0.6)';
const TAG_LINE = 'rgba(190, 18, 60, 0.85)';

/** The page-level styles: ::highlight() rules and the wrapper fallback's. */
export function pageStyles(): string {
  const kinds = Object.keys(KIND_COLOURS) as ItemKind[];
  return [
    ...kinds.map((k) => `::highlight(${HIGHLIGHT_NAMES[k]}) { background-color: ${KIND_COLOURS[k].fill}; }`),
    `::highlight(${HIGHLIGHT_NAMES.tagged}) { text-decoration-line: underline; text-decoration-style: solid; text-decoration-color: ${TAG_LINE}; text-decoration-thickness: 2px; }`,
    `::highlight(${HIGHLIGHT_NAMES.focus}) { background-color: ${FOCUS_FILL}; }`,
    ...kinds.map((k) => `${MARK_TAG}[data-kind="${k}"] { background-color: ${KIND_COLOURS[k].fill}; }`),
    `${MARK_TAG} { color: inherit; font: inherit; border-radius: 2px; }`,
    `${MARK_TAG}[data-tagged] { text-decoration: underline 2px ${TAG_LINE}; text-underline-offset: 2px; }`,
    `${MARK_TAG}[data-focus] { background-color: ${FOCUS_FILL}; }`,
  ].join('\n');
}

const STYLE_MARK = 'page-styles';

/** Add the page-level styles once; returns a function removing them. */
export function injectPageStyles(document_: Document): () => void {
  let style = document_.querySelector<HTMLStyleElement>(`style[${OWN_UI_ATTR}="${STYLE_MARK}"]`);
  if (!style) {
    style = document_.createElement('style');
    style.setAttribute(OWN_UI_ATTR, STYLE_MARK);
    style.textContent = pageStyles();
    (document_.head ?? document_.documentElement).appendChild(style);
  }
  const added = style;
  return () => added.remove();
}

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

const CHUNK = 50;

/** Run `each` over `list` in chunks of CHUNK, each chunk one piece of our own work, pausing between. */
async function inChunks<T>(list: readonly T[], pacing: Pacing, each: (item: T) => void): Promise<void> {
  for (let from = 0; from < list.length; from += CHUNK) {
    if (from > 0) await pacing.pause();
    pacing.ours(() => {
      for (let i = from; i < Math.min(list.length, from + CHUNK); i++) each(list[i]);
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

interface Painted {
  target: PaintTarget;
  range: Range;
}

/** The CSS Custom Highlight API painter. */
export class CustomHighlighter implements Highlighter {
  readonly mode = 'highlight-api';
  readonly changesNodes = false;
  private readonly painted = new Map<string, Painted>();
  /** Painted targets by start, for hit-testing. */
  private order: Painted[] = [];
  private map: TextMap | null = null;
  private focused: string | null = null;
  private readonly sets: Record<keyof typeof HIGHLIGHT_NAMES, Highlight>;

  constructor(
    private readonly document_: Document,
    private readonly registry: HighlightRegistry = CSS.highlights,
    HighlightClass: typeof Highlight = Highlight,
  ) {
    const make = (priority: number) => {
      const h = new HighlightClass();
      h.priority = priority;
      return h;
    };
    this.sets = { target: make(0), result: make(0), commitment: make(0), tagged: make(1), focus: make(2) };
    for (const [name, h] of Object.entries(this.sets)) registry.set(HIGHLIGHT_NAMES[name as keyof typeof HIGHLIGHT_NAMES], h);
  }

  async paint(targets: readonly PaintTarget[], map: TextMap, pacing: Pacing = UNPACED): Promise<void> {
    this.clear();
    this.map = map;
    await inChunks(withoutOverlaps(targets), pacing, (t) => {
      const at = map.locate(t.start, t.end);
      if (!at) return;
      const range = this.document_.createRange();
      range.setStart(at.startNode, at.startOffset);
      range.setEnd(at.endNode, at.endOffset);
      const p = { target: t, range };
      this.painted.set(t.key, p);
      this.order.push(p);
      this.sets[t.kind].add(range);
      if (t.tagged) this.sets.tagged.add(range);
    });
  }

  restyle(key: string, style: { kind: ItemKind; tagged: boolean }): void {
    const p = this.painted.get(key);
    if (!p) return;
    this.sets[p.target.kind].delete(p.range);
    this.sets.tagged.delete(p.range);
    p.target = { ...p.target, ...style };
    this.sets[p.target.kind].add(p.range);
    if (p.target.tagged) this.sets.tagged.add(p.range);
  }

  remove(key: string): void {
    const p = this.painted.get(key);
    if (!p) return;
    for (const h of Object.values(this.sets)) h.delete(p.range);
    this.painted.delete(key);
    this.order = this.order.filter((x) => x !== p);
    if (this.focused === key) this.focused = null;
  }

  rekey(from: string, to: string): void {
    const p = this.painted.get(from);
    if (!p || from === to) return;
    this.painted.delete(from);
    p.target = { ...p.target, key: to };
    this.painted.set(to, p);
    if (this.focused === from) this.focused = to;
  }

  setFocus(key: string | null): void {
    this.sets.focus.clear();
    this.focused = key;
    const p = key === null ? undefined : this.painted.get(key);
    if (p) this.sets.focus.add(p.range);
  }

  keyAt(x: number, y: number): string | null {
    if (!this.map || this.order.length === 0) return null;
    const caret = caretAt(this.document_, x, y);
    if (!caret) return null;
    const offset = this.map.offsetOf(caret.node, caret.offset);
    if (offset === null) return null;
    // The caret falls before or after the character under the pointer: look at both sides.
    for (const o of [offset, offset - 1]) {
      const p = this.containing(o);
      if (p && pointInRects(p.range.getClientRects(), x, y)) return p.target.key;
    }
    return null;
  }

  private containing(offset: number): Painted | null {
    let lo = 0;
    let hi = this.order.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.order[mid].target.start <= offset) lo = mid + 1;
      else hi = mid;
    }
    const p = this.order[lo - 1];
    return p && offset < p.target.end ? p : null;
  }

  rectsOf(key: string): DOMRect[] {
    const p = this.painted.get(key);
    return p ? Array.from(p.range.getClientRects()) : [];
  }

  keys(): string[] {
    return this.order.map((p) => p.target.key);
  }

  clear(): void {
    for (const h of Object.values(this.sets)) h.clear();
    this.painted.clear();
    this.order = [];
    this.focused = null;
  }

  /** Unregister our highlights (the content script is going away). */
  dispose(): void {
    this.clear();
    for (const name of Object.values(HIGHLIGHT_NAMES)) this.registry.delete(name);
  }
}

/** Split `node` at `offset`; the head stays in `node`, the tail is returned (Text#splitText, spelt out for DOMs without it). */
function splitAt(node: Text, offset: number): Text {
  const tail = node.ownerDocument.createTextNode(node.data.slice(offset));
  node.data = node.data.slice(0, offset);
  node.parentNode!.insertBefore(tail, node.nextSibling);
  return tail;
}

/** Merge a text node into its previous sibling when that is text too; returns the surviving node. */
function joinWithPrevious(node: Node | null): void {
  if (!node || node.nodeType !== 3) return;
  const prev = node.previousSibling;
  if (prev && prev.nodeType === 3) {
    (prev as Text).data += (node as Text).data;
    node.parentNode?.removeChild(node);
  }
}

/** The fallback painter: our own inline elements around the text. */
export class WrapperHighlighter implements Highlighter {
  readonly mode = 'wrapper';
  readonly changesNodes = true;
  private readonly marks = new Map<string, { target: PaintTarget; elements: HTMLElement[] }>();
  private order: string[] = [];

  constructor(private readonly document_: Document) {}

  async paint(targets: readonly PaintTarget[], map: TextMap, pacing: Pacing = UNPACED): Promise<void> {
    pacing.ours(() => this.clear());
    const list = withoutOverlaps(targets);
    // Last first: splitting a text node keeps its head in place, so the offsets of every piece
    // before the split stay valid.
    await inChunks([...list].reverse(), pacing, (t) => {
      const pieces = map.pieces(t.start, t.end);
      if (pieces.length === 0) return;
      const elements: HTMLElement[] = [];
      for (let k = pieces.length - 1; k >= 0; k--) {
        const { node, start, end } = pieces[k];
        if (!node.parentNode || end > node.data.length) continue; // the page changed under us
        if (end < node.data.length) splitAt(node, end);
        const middle = start > 0 ? splitAt(node, start) : node;
        const mark = this.document_.createElement(MARK_TAG);
        mark.setAttribute(HIGHLIGHT_ATTR, t.key);
        mark.setAttribute('data-kind', t.kind);
        if (t.tagged) mark.setAttribute('data-tagged', '');
        middle.parentNode!.insertBefore(mark, middle);
        mark.appendChild(middle);
        elements.unshift(mark);
      }
      this.marks.set(t.key, { target: t, elements });
    });
    this.order = list.map((t) => t.key).filter((k) => this.marks.has(k));
  }

  restyle(key: string, style: { kind: ItemKind; tagged: boolean }): void {
    const m = this.marks.get(key);
    if (!m) return;
    m.target = { ...m.target, ...style };
    for (const el of m.elements) {
      el.setAttribute('data-kind', style.kind);
      if (style.tagged) el.setAttribute('data-tagged', '');
      else el.removeAttribute('data-tagged');
    }
  }

  remove(key: string): void {
    const m = this.marks.get(key);
    if (!m) return;
    for (const el of m.elements) unwrap(el);
    this.marks.delete(key);
    this.order = this.order.filter((k) => k !== key);
  }

  rekey(from: string, to: string): void {
    const m = this.marks.get(from);
    if (!m || from === to) return;
    this.marks.delete(from);
    m.target = { ...m.target, key: to };
    for (const el of m.elements) el.setAttribute(HIGHLIGHT_ATTR, to);
    this.marks.set(to, m);
    this.order = this.order.map((k) => (k === from ? to : k));
  }

  setFocus(key: string | null): void {
    for (const [k, m] of this.marks) {
      for (const el of m.elements) {
        if (k === key) el.setAttribute('data-focus', '');
        else el.removeAttribute('data-focus');
      }
    }
  }

  keyAt(x: number, y: number): string | null {
    const el = this.document_.elementFromPoint?.(x, y);
    const mark = el?.closest?.(`${MARK_TAG}[${HIGHLIGHT_ATTR}]`);
    return mark?.getAttribute(HIGHLIGHT_ATTR) ?? null;
  }

  rectsOf(key: string): DOMRect[] {
    return (this.marks.get(key)?.elements ?? []).flatMap((el) => Array.from(el.getClientRects?.() ?? []));
  }

  keys(): string[] {
    return [...this.order];
  }

  clear(): void {
    for (const m of this.marks.values()) for (const el of m.elements) unwrap(el);
    this.marks.clear();
    this.order = [];
  }

  dispose(): void {
    this.clear();
  }
}

/** Put a wrapper's children back in its place and join the text it had split. */
export function unwrap(el: Element): void {
  const parent = el.parentNode;
  if (!parent) return;
  const first = el.firstChild;
  const after = el.nextSibling;
  while (el.firstChild) parent.insertBefore(el.firstChild, el);
  parent.removeChild(el);
  if (first) joinWithPrevious(first);
  if (after) joinWithPrevious(after);
}

/** The Highlight API painter where the browser has it, else wrappers. */
export function createHighlighter(document_: Document, prefer: HighlighterMode = 'highlight-api'): Highlighter & { dispose(): void } {
  const g = globalThis as { CSS?: { highlights?: HighlightRegistry }; Highlight?: typeof Highlight };
  if (prefer === 'highlight-api' && g.CSS?.highlights && typeof g.Highlight === 'function') {
    return new CustomHighlighter(document_, g.CSS.highlights, g.Highlight);
  }
  return new WrapperHighlighter(document_);
}
