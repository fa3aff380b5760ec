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

/** The section a passage stands in, and whether it reviews the past or plans, as the extractor read its figures. */
export interface SectionContext {
  title: string;
  tense: 'target' | 'result' | null;
}

/**
 * The section of the main text at `at`: the section (heading label, as the extractor gives it on
 * each item) whose heading stands last before `at`, and its tense, from the figures the extractor
 * found in it (results outnumbering targets: a review). No heading found: the section of the
 * detection just before.
 */
export function sectionAt(detected: readonly ExtractedItem[], mainText: string, at: number): SectionContext {
  let title: string | null = null;
  let headingAt = -1;
  const seen = new Set<string>();
  for (const d of detected) {
    if (seen.has(d.section) || !d.section) continue;
    seen.add(d.section);
    const found = mainText.lastIndexOf(d.section.replace(/…$/, ''), at);
    if (found > headingAt) [headingAt, title] = [found, d.section];
  }
  if (title === null) {
    const before = detected.filter((d) => d.start < at);
    title = before.length ? before[before.length - 1].section : null;
  }
  if (title === null) return { title: '', tense: null };
  let results = 0;
  let targets = 0;
  for (const d of detected) {
    if (d.section !== title || d.value === null) continue;
    if (d.kind === 'result') results++;
    else if (d.kind === 'target') targets++;
  }
  return { title, tense: results + targets === 0 ? null : results > targets ? 'result' : 'target' };
}

/**
 * The draft of a hand-marked item. Metric and figure come from the extractor's reading of the
 * selected text (`parsed`, the one with a figure first), like any other item's. The kind follows
 * the section (`context`): a figure in a review is a result, in a plan a target; so does a passage
 * without a figure in a review, elsewhere it is a commitment. A result cue in the selection itself
 * (the extractor read it as a result) wins. The reader can change the kind on the card.
 */
export function manualDraft(anchor: SelectionAnchor, parsed: readonly ExtractedItem[], context: SectionContext = { title: '', tense: null }): ItemDraft {
  const exact = anchor.selector.quote.exact;
  const best = parsed.find((i) => i.value !== null) ?? parsed[0];
  const hasFigure = best?.value != null || FIGURE.test(exact);
  let kind: ItemKind;
  if (best?.kind === 'result') kind = 'result';
  else if (hasFigure) kind = context.tense ?? best?.kind ?? 'target';
  else kind = context.tense === 'result' ? 'result' : (best?.kind ?? 'commitment');
  const fields = parsedFieldsOf(best ?? NO_PARSED_FIELDS);
  return {
    ...fields,
    kind,
    selector: anchor.selector,
    section: fields.section || context.title,
    // What a plan promises; a review reports.
    ...(kind === 'result' ? { strength: null, strengthCue: null, deadline: null } : {}),
  };
}
