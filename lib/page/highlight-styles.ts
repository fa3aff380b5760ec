/**
 * What the page's own stylesheet gets from us: the colours of the kinds, as ::highlight() rules
 * (Highlight API) or rules for our wrapper element (fallback). Only the kinds: everything that
 * says what the reader did (tagged, focused) is drawn inside our closed shadow root (marks.ts,
 * components/page/MarksLayer.tsx), since the page can read its own stylesheets and registry.
 */

import { OWN_UI_ATTR } from '../anchoring/text-map';
import { ITEM_KINDS, type ItemKind } from '../store/records';

/**
 * The Highlight API's names, one per kind and band. Adjacent items of a kind alternate between
 * two bands (a lighter and a stronger tint), so that each item's edges show.
 */
export const HIGHLIGHT_NAMES: Record<ItemKind, readonly [string, string]> = {
  target: ['report-annotator-target', 'report-annotator-target-2'],
  result: ['report-annotator-result', 'report-annotator-result-2'],
  commitment: ['report-annotator-commitment', 'report-annotator-commitment-2'],
};

export const MARK_TAG = 'report-annotator-mark';

/** Colours by kind (fill, the second band's fill, text colour): the summary and the card use the same ones. */
export const KIND_COLOURS: Record<ItemKind, { fill: string; fill2: string; strong: string }> = {
  target: { fill: 'rgba(37, 99, 235, 0.14)', fill2: 'rgba(37, 99, 235, 0.26)', strong: '#1d4ed8' },
  result: { fill: 'rgba(22, 163, 74, 0.15)', fill2: 'rgba(22, 163, 74, 0.28)', strong: '#166534' },
  commitment: { fill: 'rgba(217, 119, 6, 0.16)', fill2: 'rgba(217, 119, 6, 0.3)', strong: '#92400e' },
};

/** The page-level styles: ::highlight() rules and the wrapper fallback's; kinds in `hidden` are not coloured. */
export function pageStyles(hidden: ReadonlySet<ItemKind> = new Set()): string {
  const shown = ITEM_KINDS.filter((k) => !hidden.has(k));
  return [
    ...shown.flatMap((k) => [
      `::highlight(${HIGHLIGHT_NAMES[k][0]}) { background-color: ${KIND_COLOURS[k].fill}; }`,
      `::highlight(${HIGHLIGHT_NAMES[k][1]}) { background-color: ${KIND_COLOURS[k].fill2}; }`,
      `${MARK_TAG}[data-kind="${k}"] { background-color: ${KIND_COLOURS[k].fill}; }`,
      `${MARK_TAG}[data-kind="${k}"][data-band="1"] { background-color: ${KIND_COLOURS[k].fill2}; }`,
    ]),
    `${MARK_TAG} { color: inherit; font: inherit; border-radius: 2px; }`,
  ].join('\n');
}

const STYLE_MARK = 'page-styles';

const styleOf = (document_: Document) => document_.querySelector<HTMLStyleElement>(`style[${OWN_UI_ATTR}="${STYLE_MARK}"]`);

/** Add the page-level styles once; returns a function removing them. */
export function injectPageStyles(document_: Document): () => void {
  let style = styleOf(document_);
  if (!style) {
    style = document_.createElement('style');
    style.setAttribute(OWN_UI_ATTR, STYLE_MARK);
    style.textContent = pageStyles();
    (document_.head ?? document_.documentElement).appendChild(style);
  }
  const added = style;
  return () => added.remove();
}

/** Colour only the kinds not in `hidden` (the summary's kind toggles). */
export function colourKinds(document_: Document, hidden: ReadonlySet<ItemKind>): void {
  const style = styleOf(document_);
  if (style) style.textContent = pageStyles(hidden);
}
