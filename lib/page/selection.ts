/**
 * "标为条目": the reader selects a passage the detector missed and stores it as an item.
 *
 * `readSelection` (DOM) reads the page's selection; `selectionSpan` turns it into offsets of the
 * live text; `anchorSelection` (pure) anchors it in the main text when it is there — so it
 * re-attaches like any other item on the next visit — or else in the live text; `manualDraft`
 * takes its figure from the extractor run on the selected text.
 */

import { matchQuote } from '../anchoring/match-quote';
import type { TextMap } from '../anchoring/text-map';
import type { ExtractedItem } from '../extract/types';
import { parsedFieldsOf, selectorFor, type ItemDraft, type ItemKind, type ItemSelector } from '../store/records';
import { isEditable } from './editable';
import { isInOwnUi } from './mutation-watch';
import { NO_PARSED_FIELDS } from './page-items';
import type { TextSpace } from './reanchor';

/** Longest selection offered as an item (a sentence or two; a whole page is not an item). */
export const MAX_SELECTION = 600;

export interface Box {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export interface PageSelection {
  range: Range;
  text: string;
  /** Where the selection ends, in viewport coordinates: the button goes there. */
  box: Box;
}

/** The reader's selection in the page's text (not in our UI, not in a form field), or null. */
export function readSelection(document_: Document): PageSelection | null {
  const selection = document_.getSelection?.();
  if (!selection || selection.isCollapsed || selection.rangeCount === 0) return null;
  if (isEditable(document_.activeElement)) return null;
  const range = selection.getRangeAt(0);
  if (isInOwnUi(range.commonAncestorContainer)) return null;
  const text = selection.toString().trim();
  if (text.length < 2 || text.length > MAX_SELECTION) return null;
  const rects = range.getClientRects();
  const last = rects.length ? rects[rects.length - 1] : range.getBoundingClientRect();
  return { range, text, box: { top: last.top, left: last.left, bottom: last.bottom, right: last.right } };
}

/** The selection's offsets in the live text, whitespace trimmed; null when it is outside the mapped text. */
export function selectionSpan(map: TextMap, range: Pick<Range, 'startContainer' | 'startOffset' | 'endContainer' | 'endOffset'>): { start: number; end: number } | null {
  let start = map.offsetOf(range.startContainer, range.startOffset);
  let end = map.offsetOf(range.endContainer, range.endOffset);
  if (start === null || end === null || end <= start) return null;
  while (start < end && /\s/.test(map.text[start])) start++;
  while (end > start && /\s/.test(map.text[end - 1])) end--;
  return start < end ? { start, end } : null;
}

const FIGURE = /[0-9０-９]|[〇零一二两三四五六七八九十百千万亿][个项家所万亿%‰]|百分之/;

export interface SelectionAnchor {
  selector: ItemSelector;
  space: TextSpace;
  start: number;
  end: number;
}

/**
 * Anchor live text [start, end): in the main text when the passage is there (it then re-attaches
 * like any other item on the next visit), else in the live text.
 */
export function anchorSelection(liveText: string, span: { start: number; end: number }, mainText: string): SelectionAnchor {
  const inLive = selectorFor(liveText, span.start, span.end);
  const found = mainText ? matchQuote(mainText, { quote: inLive.quote }) : null;
  if (!found) return { selector: inLive, space: 'live', start: span.start, end: span.end };
  return { selector: selectorFor(mainText, found.start, found.end), space: 'main', start: found.start, end: found.end };
}

/**
 * The draft of a hand-marked item. Kind, metric and figure come from the extractor's reading of
 * the selected text (`parsed`, the one with a figure first); without one the kind is a target
 * when the text holds a figure and a commitment when it does not: the reader can change it.
 */
export function manualDraft(anchor: SelectionAnchor, parsed: readonly ExtractedItem[]): ItemDraft {
  const exact = anchor.selector.quote.exact;
  const best = parsed.find((i) => i.value !== null) ?? parsed[0];
  const kind: ItemKind = best?.kind ?? (FIGURE.test(exact) ? 'target' : 'commitment');
  return { kind, selector: anchor.selector, ...parsedFieldsOf(best ?? NO_PARSED_FIELDS) };
}
