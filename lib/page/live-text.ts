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
