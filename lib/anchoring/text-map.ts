/**
 * The page as one string, and the way back from string offsets to DOM nodes.
 *
 * This is the ONE file of lib/anchoring that touches the DOM, and only through
 * the nodes it is given (no globals: no `document`, no `Node` constants, no
 * getComputedStyle – the caller passes a visibility check in `options.skip`).
 *
 * The text is the concatenation of the text nodes under `root`, in document
 * order, with a "\n" separator inserted at block boundaries so that text from
 * different blocks never runs together. Separators belong to no node.
 * Skipped: script/style/noscript/template/textarea (and a few other non-prose
 * elements), `hidden` and aria-hidden="true" subtrees, our own UI (tag names
 * starting with "report-annotator-", elements with a data-report-annotator
 * attribute), and whatever `options.skip` rejects.
 *
 * Highlight wrappers must keep the page text unchanged: mark them with
 * HIGHLIGHT_ATTR (or accept them in `options.transparent`) and they are walked
 * through like any inline element, even if they otherwise look like our UI.
 */

export { mapOffsetsBetween } from './map-offsets';
export type { MappedSpan, OffsetMapper } from './map-offsets';

/** Attribute on the elements of our own UI (skipped). */
export const OWN_UI_ATTR = 'data-report-annotator';
/** Tag-name prefix of our own custom elements (skipped). */
export const OWN_UI_TAG_PREFIX = 'report-annotator-';
/** Attribute on highlight wrappers: always walked through, never skipped as our UI. */
export const HIGHLIGHT_ATTR = 'data-report-annotator-highlight';

const SKIP_TAGS = new Set([
  'script', 'style', 'noscript', 'template', 'textarea',
  'head', 'title', 'iframe', 'object', 'embed', 'select', 'svg', 'math', 'canvas',
]);

const BLOCK_TAGS = new Set([
  'p', 'div', 'li', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'br', 'tr', 'td', 'th',
  'section', 'article', 'table', 'blockquote', 'pre', 'ul', 'ol', 'dl', 'dd', 'dt',
  'header', 'footer', 'main', 'nav', 'aside', 'figure', 'figcaption', 'caption',
  'thead', 'tbody', 'tfoot', 'form', 'fieldset', 'address', 'details', 'summary', 'hr', 'body',
]);

// nodeType values (the `Node` global is not assumed to exist).
const ELEMENT_NODE = 1;
const TEXT_NODE = 3;
const CDATA_SECTION_NODE = 4;
const DOCUMENT_NODE = 9;
const DOCUMENT_FRAGMENT_NODE = 11;

export interface TextMapOptions {
  /** Return true to leave an element and its subtree out (e.g. a computed-style visibility check). */
  skip?: (el: Element) => boolean;
  /** Return true to treat an element as a block (e.g. computed display: block) in addition to the built-in list. */
  isBlock?: (el: Element) => boolean;
  /** Return true for inline wrappers of ours that hold page text (highlights). Elements with HIGHLIGHT_ATTR always are. */
  transparent?: (el: Element) => boolean;
}

/** One text node's place in the text: text.slice(start, end) === node.data. */
export interface TextSegment {
  node: Text;
  start: number;
  end: number;
}

/** A DOM range, as plain data (feed it to Range#setStart/setEnd). */
export interface LocatedRange {
  startNode: Text;
  startOffset: number;
  endNode: Text;
  endOffset: number;
}

/** A piece of one text node covered by a text range: node.data.slice(start, end). */
export interface NodePiece {
  node: Text;
  start: number;
  end: number;
}

export interface TextMap {
  /** The text, separators included. */
  readonly text: string;
  /** Text nodes in document order (empty ones left out). */
  readonly segments: readonly TextSegment[];
  /**
   * The DOM range of text[start, end). Ends falling on separators move inwards
   * to the nearest text. null when the range is empty, out of bounds or covers
   * separators only.
   */
  locate(start: number, end: number): LocatedRange | null;
  /** The parts of text nodes covered by text[start, end), in order: what a highlighter wraps. */
  pieces(start: number, end: number): NodePiece[];
  /**
   * The text offset of a DOM boundary point (e.g. a Selection's range ends).
   * Points outside the mapped text (inside skipped nodes, between blocks) map
   * to the offset of the next mapped text. null when `node` is not under the root.
   */
  offsetOf(node: Node, offset: number): number | null;
}

/** True for elements of our own UI, by name or attribute (highlight wrappers excepted). */
export function isOwnUi(el: Element): boolean {
  if (el.hasAttribute(HIGHLIGHT_ATTR)) return false;
  return el.tagName.toLowerCase().startsWith(OWN_UI_TAG_PREFIX) || el.hasAttribute(OWN_UI_ATTR);
}

/** Build the text map of everything under `root` (an element, a document or a fragment). */
export function buildTextMap(root: Node, options: TextMapOptions = {}): TextMap {
  const parts: string[] = [];
  const segments: TextSegment[] = [];
  let length = 0;
  let lastChar = '';
  // Separators are emitted lazily, before the next text: none at the start or
  // the end, never two in a row, none after text that already ends a line.
  let pendingSeparator = false;

  const separate = (): void => {
    pendingSeparator = true;
  };

  const skipped = (el: Element): boolean => {
    const name = el.tagName.toLowerCase();
    if (SKIP_TAGS.has(name)) return true;
    if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') return true;
    const transparent = el.hasAttribute(HIGHLIGHT_ATTR) || (options.transparent?.(el) ?? false);
    if (!transparent && isOwnUi(el)) return true;
    return options.skip?.(el) ?? false;
  };

  const walk = (node: Node): void => {
    const type = node.nodeType;
    if (type === TEXT_NODE || type === CDATA_SECTION_NODE) {
      const data = (node as Text).data;
      if (data.length === 0) return;
      if (pendingSeparator && length > 0 && lastChar !== '\n') {
        parts.push('\n');
        length += 1;
      }
      pendingSeparator = false;
      segments.push({ node: node as Text, start: length, end: length + data.length });
      parts.push(data);
      length += data.length;
      lastChar = data[data.length - 1];
      return;
    }
    if (type === ELEMENT_NODE) {
      const el = node as Element;
      if (skipped(el)) return;
      const name = el.tagName.toLowerCase();
      if (name === 'br' || name === 'hr') {
        separate();
        return;
      }
      const block = BLOCK_TAGS.has(name) || (options.isBlock?.(el) ?? false);
      if (block) separate();
      walkChildren(el);
      if (block) separate();
      return;
    }
    if (type === DOCUMENT_NODE || type === DOCUMENT_FRAGMENT_NODE) walkChildren(node);
  };
  // childNodes rather than firstChild/nextSibling: some DOM implementations
  // (linkedom) do not link a document's doctype to its <html> by nextSibling.
  const walkChildren = (node: Node): void => {
    const kids = node.childNodes;
    for (let i = 0, n = kids.length; i < n; i++) walk(kids[i]);
  };
  walk(root);

  const text = parts.join('');
  const indexOfNode = new Map<Node, number>();
  segments.forEach((s, i) => indexOfNode.set(s.node, i));

  /** First index in [0, segments.length] for which `pred` holds (pred monotone false→true). */
  const firstWhere = (pred: (s: TextSegment) => boolean): number => {
    let lo = 0;
    let hi = segments.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (pred(segments[mid])) hi = mid;
      else lo = mid + 1;
    }
    return lo;
  };

  const valid = (start: number, end: number): boolean =>
    Number.isInteger(start) && Number.isInteger(end) && start >= 0 && start < end && end <= text.length;

  const locate = (start: number, end: number): LocatedRange | null => {
    if (!valid(start, end)) return null;
    const i = firstWhere((s) => s.end > start); // first segment reaching past start
    const j = firstWhere((s) => s.start >= end) - 1; // last segment beginning before end
    if (i >= segments.length || j < 0 || i > j) return null;
    const a = segments[i];
    const b = segments[j];
    return {
      startNode: a.node,
      startOffset: Math.max(0, start - a.start),
      endNode: b.node,
      endOffset: Math.min(b.end, end) - b.start,
    };
  };

  const pieces = (start: number, end: number): NodePiece[] => {
    if (!valid(start, end)) return [];
    const out: NodePiece[] = [];
    for (let k = firstWhere((s) => s.end > start); k < segments.length && segments[k].start < end; k++) {
      const s = segments[k];
      out.push({ node: s.node, start: Math.max(start, s.start) - s.start, end: Math.min(end, s.end) - s.start });
    }
    return out;
  };

  // Document order by walking, not compareDocumentPosition (which linkedom gets wrong).
  const nextSibling = (n: Node): Node | null => {
    if (n.nextSibling) return n.nextSibling;
    const p = n.parentNode;
    if (!p) return null;
    const kids = p.childNodes;
    for (let i = 0; i < kids.length - 1; i++) if (kids[i] === n) return kids[i + 1];
    return null;
  };
  /** The first node after the whole subtree of `n`, within the root. */
  const afterSubtree = (n: Node | null): Node | null => {
    for (let cur = n; cur && cur !== root; cur = cur.parentNode) {
      const next = nextSibling(cur);
      if (next) return next;
    }
    return null;
  };
  const within = (n: Node): boolean => {
    for (let cur: Node | null = n; cur; cur = cur.parentNode) if (cur === root) return true;
    return false;
  };

  const offsetOf = (node: Node, offset: number): number | null => {
    const k = indexOfNode.get(node);
    if (k !== undefined) {
      const s = segments[k];
      return s.start + Math.max(0, Math.min(offset, s.end - s.start));
    }
    if (!within(node)) return null;
    // The point is before `ref` (a child of `node`), or after the whole of `node`.
    const isContainer = node.nodeType === ELEMENT_NODE || node.nodeType === DOCUMENT_NODE || node.nodeType === DOCUMENT_FRAGMENT_NODE;
    const ref = isContainer ? (node.childNodes[offset] ?? null) : null;
    let cur: Node | null = ref ?? afterSubtree(node);
    while (cur) {
      const j = indexOfNode.get(cur);
      if (j !== undefined) return segments[j].start;
      cur = cur.firstChild ?? (cur.childNodes.length > 0 ? cur.childNodes[0] : afterSubtree(cur));
    }
    return text.length;
  };

  return { text, segments, locate, pieces, offsetOf };
}
