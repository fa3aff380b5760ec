/**
 * The fallback painter, for browsers without the Highlight API: each piece of an item's text is
 * wrapped in our own inline element <report-annotator-mark data-report-annotator-highlight="N"
 * data-kind data-band>, which the text map walks through (lib/anchoring/text-map.ts), so the
 * page's text is unchanged; unwrapping puts the text nodes back together.
 *
 * The page can read these elements: they carry the kind and an opaque number given at painting,
 * never the item's key (a stored item's key is its record's id, which would tell the page what
 * the reader collected), a tag or the focus.
 */

import { HIGHLIGHT_ATTR, type TextMap } from '../anchoring/text-map';
import { ITEM_KINDS, type ItemKind } from '../store/records';
import { bandsOf, inChunks, UNPACED, withoutOverlaps } from './highlight-geometry';
import { colourKinds, MARK_TAG } from './highlight-styles';
import type { Highlighter, Pacing, PaintTarget } from './highlighter';

/** Split `node` at `offset`; the head stays in `node`, the tail is returned (Text#splitText, spelt out for DOMs without it). */
function splitAt(node: Text, offset: number): Text {
  const tail = node.ownerDocument.createTextNode(node.data.slice(offset));
  node.data = node.data.slice(0, offset);
  node.parentNode!.insertBefore(tail, node.nextSibling);
  return tail;
}

/** Merge a text node into its previous sibling when that is text too. */
function joinWithPrevious(node: Node | null): void {
  if (!node || node.nodeType !== 3) return;
  const prev = node.previousSibling;
  if (prev && prev.nodeType === 3) {
    (prev as Text).data += (node as Text).data;
    node.parentNode?.removeChild(node);
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

interface Marked {
  target: PaintTarget;
  /** The opaque number on its elements. */
  id: string;
  elements: HTMLElement[];
}

export class WrapperHighlighter implements Highlighter {
  readonly mode = 'wrapper';
  readonly changesNodes = true;
  private readonly marks = new Map<string, Marked>();
  /** Opaque number → key. */
  private readonly byId = new Map<string, string>();
  private order: string[] = [];
  private shown: ReadonlySet<ItemKind> = new Set(ITEM_KINDS);
  private painting = 0;

  constructor(private readonly document_: Document) {}

  async paint(targets: readonly PaintTarget[], map: TextMap, pacing: Pacing = UNPACED): Promise<void> {
    pacing.ours(() => this.clear());
    const list = withoutOverlaps(targets);
    const bands = bandsOf(list, map.text);
    const run = ++this.painting;
    // Last first: splitting a text node keeps its head in place, so the offsets of every piece
    // before the split stay valid.
    const backwards = list.map((t, i) => ({ t, band: bands[i], id: `${run}.${i}` })).reverse();
    await inChunks(backwards, pacing, ({ t, band, id }) => {
      const pieces = map.pieces(t.start, t.end);
      if (pieces.length === 0) return;
      const elements: HTMLElement[] = [];
      for (let k = pieces.length - 1; k >= 0; k--) {
        const { node, start, end } = pieces[k];
        if (!node.parentNode || end > node.data.length) continue; // the page changed under us
        if (end < node.data.length) splitAt(node, end);
        const middle = start > 0 ? splitAt(node, start) : node;
        const mark = this.document_.createElement(MARK_TAG);
        mark.setAttribute(HIGHLIGHT_ATTR, id);
        mark.setAttribute('data-kind', t.kind);
        if (band) mark.setAttribute('data-band', '1');
        middle.parentNode!.insertBefore(mark, middle);
        mark.appendChild(middle);
        elements.unshift(mark);
      }
      this.marks.set(t.key, { target: t, id, elements });
      this.byId.set(id, t.key);
    });
    this.order = list.map((t) => t.key).filter((k) => this.marks.has(k));
  }

  setKind(key: string, kind: ItemKind): void {
    const m = this.marks.get(key);
    if (!m) return;
    m.target = { ...m.target, kind };
    for (const el of m.elements) el.setAttribute('data-kind', kind);
  }

  remove(key: string): void {
    const m = this.marks.get(key);
    if (!m) return;
    for (const el of m.elements) unwrap(el);
    this.marks.delete(key);
    this.byId.delete(m.id);
    this.order = this.order.filter((k) => k !== key);
  }

  rekey(from: string, to: string): void {
    const m = this.marks.get(from);
    if (!m || from === to) return;
    this.marks.delete(from);
    m.target = { ...m.target, key: to };
    this.marks.set(to, m);
    this.byId.set(m.id, to);
    this.order = this.order.map((k) => (k === from ? to : k));
  }

  showKinds(kinds: ReadonlySet<ItemKind>): void {
    this.shown = new Set(kinds);
    colourKinds(this.document_, new Set(ITEM_KINDS.filter((k) => !kinds.has(k))));
  }

  private isShown(key: string): boolean {
    const m = this.marks.get(key);
    return !!m && this.shown.has(m.target.kind);
  }

  keyAt(x: number, y: number): string | null {
    const el = this.document_.elementFromPoint?.(x, y);
    const mark = el?.closest?.(`${MARK_TAG}[${HIGHLIGHT_ATTR}]`);
    const key = this.byId.get(mark?.getAttribute(HIGHLIGHT_ATTR) ?? '') ?? null;
    return key && this.isShown(key) ? key : null;
  }

  rectsOf(key: string): DOMRect[] {
    if (!this.isShown(key)) return [];
    return (this.marks.get(key)?.elements ?? []).flatMap((el) => Array.from(el.getClientRects?.() ?? []));
  }

  textOf(key: string): string {
    return (this.marks.get(key)?.elements ?? []).map((el) => el.textContent ?? '').join('');
  }

  keys(): string[] {
    return this.order.filter((k) => this.isShown(k));
  }

  clear(): void {
    for (const m of this.marks.values()) for (const el of m.elements) unwrap(el);
    this.marks.clear();
    this.byId.clear();
    this.order = [];
  }

  dispose(): void {
    this.clear();
  }
}
