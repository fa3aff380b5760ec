/**
 * The CSS Custom Highlight API painter: one Highlight per kind and band in the document's
 * registry (highlight-styles.ts), ranges only. The registry is the page's to read: it tells which
 * passages are highlighted in which colour (what the extractor found, which the page could
 * compute itself), and nothing of the reader's.
 */

import type { TextMap } from '../anchoring/text-map';
import { ITEM_KINDS, type ItemKind } from '../store/records';
import { bandsOf, caretAt, inChunks, pointInRects, UNPACED, withoutOverlaps } from './highlight-geometry';
import { colourKinds, HIGHLIGHT_NAMES } from './highlight-styles';
import type { Highlighter, Pacing, PaintTarget } from './highlighter';

interface Painted {
  target: PaintTarget;
  band: number;
  range: Range;
}

export class CustomHighlighter implements Highlighter {
  readonly mode = 'highlight-api';
  readonly changesNodes = false;
  private readonly painted = new Map<string, Painted>();
  /** Painted targets by start, for hit-testing. */
  private order: Painted[] = [];
  private map: TextMap | null = null;
  private shown: ReadonlySet<ItemKind> = new Set(ITEM_KINDS);
  private readonly sets: Record<ItemKind, [Highlight, Highlight]>;

  constructor(
    private readonly document_: Document,
    private readonly registry: HighlightRegistry = CSS.highlights,
    HighlightClass: typeof Highlight = Highlight,
  ) {
    const make = () => new HighlightClass();
    this.sets = { target: [make(), make()], result: [make(), make()], commitment: [make(), make()] };
    for (const kind of ITEM_KINDS) HIGHLIGHT_NAMES[kind].forEach((name, band) => registry.set(name, this.sets[kind][band]));
  }

  private highlightOf(p: Painted): Highlight {
    return this.sets[p.target.kind][p.band];
  }

  async paint(targets: readonly PaintTarget[], map: TextMap, pacing: Pacing = UNPACED): Promise<void> {
    this.clear();
    this.map = map;
    const list = withoutOverlaps(targets);
    const bands = bandsOf(list, map.text);
    await inChunks(list, pacing, (t, i) => {
      const at = map.locate(t.start, t.end);
      if (!at) return;
      const range = this.document_.createRange();
      range.setStart(at.startNode, at.startOffset);
      range.setEnd(at.endNode, at.endOffset);
      const p = { target: t, band: bands[i], range };
      this.painted.set(t.key, p);
      this.order.push(p);
      this.highlightOf(p).add(range);
    });
  }

  setKind(key: string, kind: ItemKind): void {
    const p = this.painted.get(key);
    if (!p || p.target.kind === kind) return;
    this.highlightOf(p).delete(p.range);
    p.target = { ...p.target, kind };
    this.highlightOf(p).add(p.range);
  }

  remove(key: string): void {
    const p = this.painted.get(key);
    if (!p) return;
    this.highlightOf(p).delete(p.range);
    this.painted.delete(key);
    this.order = this.order.filter((x) => x !== p);
  }

  rekey(from: string, to: string): void {
    const p = this.painted.get(from);
    if (!p || from === to) return;
    this.painted.delete(from);
    p.target = { ...p.target, key: to };
    this.painted.set(to, p);
  }

  showKinds(kinds: ReadonlySet<ItemKind>): void {
    this.shown = new Set(kinds);
    colourKinds(this.document_, new Set(ITEM_KINDS.filter((k) => !kinds.has(k))));
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
      if (p && this.shown.has(p.target.kind) && pointInRects(p.range.getClientRects(), x, y)) return p.target.key;
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
    return p && this.shown.has(p.target.kind) ? Array.from(p.range.getClientRects()) : [];
  }

  textOf(key: string): string {
    const p = this.painted.get(key);
    return p ? p.range.toString() : '';
  }

  keys(): string[] {
    return this.order.filter((p) => this.shown.has(p.target.kind)).map((p) => p.target.key);
  }

  clear(): void {
    for (const kind of ITEM_KINDS) for (const h of this.sets[kind]) h.clear();
    this.painted.clear();
    this.order = [];
  }

  /** Unregister our highlights (the content script is going away). */
  dispose(): void {
    this.clear();
    for (const kind of ITEM_KINDS) for (const name of HIGHLIGHT_NAMES[kind]) this.registry.delete(name);
  }
}
