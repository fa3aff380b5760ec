/**
 * The live page's visible text, as a text map (lib/anchoring/text-map.ts): what highlights are
 * placed in and what a selection's offsets are read from.
 *
 * Beyond what the text map skips by itself (scripts, styles, `hidden`, our own UI), elements the
 * page hides with CSS are left out — closed tabs, collapsed "more" sections, off-screen menus —
 * so nothing is highlighted where the reader cannot see it. When the page shows them, the
 * mutation watcher (mutation-watch.ts) notices and the page is laid out again.
 */

import { buildTextMap, type TextMap } from '../anchoring/text-map';

/** Elements hidden by CSS (display: none, visibility: hidden/collapse). */
export function hiddenByStyle(view: Pick<Window, 'getComputedStyle'> | null): (el: Element) => boolean {
  if (typeof view?.getComputedStyle !== 'function') return () => false; // a DOM without styles (tests)
  return (el) => {
    const style = view.getComputedStyle(el);
    return style.display === 'none' || style.visibility === 'hidden' || style.visibility === 'collapse';
  };
}

/** The text map of the page's body as the reader sees it. */
export function liveTextMap(document_: Document): TextMap {
  const view = document_.defaultView;
  // A body without children while the document has content: a parser that left the body out
  // (linkedom on pages without a <body> tag); browsers always build one.
  const body = document_.body;
  const root = body && body.firstChild ? body : document_.documentElement;
  // Blocks by tag only, as in the main text (lib/page/main-text.ts reads a clone without styles):
  // both texts then break paragraphs at the same places.
  return buildTextMap(root, { skip: hiddenByStyle(view) });
}

/** More changed elements than this, and the whole page is read again instead of each one checked. */
export const MAX_CHECKED_ELEMENTS = 50;

const textNodesCache = new WeakMap<TextMap, Set<Node>>();

/** The text nodes a map holds (once per map). */
function nodesOf(map: TextMap): Set<Node> {
  let nodes = textNodesCache.get(map);
  if (!nodes) {
    nodes = new Set(map.segments.map((s) => s.node));
    textNodesCache.set(map, nodes);
  }
  return nodes;
}

const TEXT_NODE = 3;

/** The text of the text nodes under `el` that `nodes` holds, in document order. */
function mappedTextUnder(el: Node, nodes: Set<Node>): string {
  let out = '';
  const walk = (node: Node): void => {
    if (node.nodeType === TEXT_NODE) {
      if (nodes.has(node)) out += (node as Text).data;
      return;
    }
    const kids = node.childNodes;
    for (let i = 0, n = kids.length; i < n; i++) walk(kids[i]);
  };
  walk(el);
  return out;
}

/** An ancestor hides `el` (by attribute or by CSS): nothing under it is shown. */
function hiddenAbove(el: Element, hidden: (el: Element) => boolean): boolean {
  for (let a = el.parentElement; a; a = a.parentElement) {
    if (a.hasAttribute('hidden') || a.getAttribute('aria-hidden') === 'true' || hidden(a)) return true;
  }
  return false;
}

/**
 * Whether elements whose class, style or `hidden` changed now show other text than `map` (the
 * page's text map when it was last read) holds under them. Only their subtrees and ancestors are
 * looked at, so a page animating styles costs a few style reads, not one per element of the page.
 * Elements without text are passed over at once (images, spinners). Text shown or hidden through
 * a sibling selector (`.open + .panel`) is not seen here; such pages usually change text too.
 */
export function shownTextChanged(map: TextMap, elements: Iterable<Element>, view: Pick<Window, 'getComputedStyle'> | null): boolean {
  const changed = [...elements].filter((el) => el.isConnected && (el.textContent ?? '').trim() !== '');
  if (changed.length > MAX_CHECKED_ELEMENTS) return true;
  // Each subtree once: the outermost changed elements only.
  const outermost = changed.filter((el) => !changed.some((other) => other !== el && other.contains(el)));
  if (outermost.length === 0) return false;
  const hidden = hiddenByStyle(view);
  const nodes = nodesOf(map);
  for (const el of outermost) {
    const before = mappedTextUnder(el, nodes);
    const now = hiddenAbove(el, hidden) ? '' : buildTextMap(el, { skip: hidden }).segments.map((s) => s.node.data).join('');
    if (before !== now) return true;
  }
  return false;
}
