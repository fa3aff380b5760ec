/**
 * How much of a page is extracted, and in what slices, so that one page never holds the
 * background: the extractor runs in the service worker, where a long synchronous run delays every
 * other message (the popup, the collection page, other tabs).
 *
 *  - At most MAX_EXTRACT_CHARS characters are read (cut at a paragraph or sentence end); the page
 *    says so (the summary's "只读取了前 N 字").
 *  - A text with a line longer than LONG_LINE_CHARS (a whole report in one <p> with <br>, or no
 *    breaks at all) is extracted in pieces of about PIECE_CHARS, cut at paragraph and sentence
 *    ends, yielding between pieces so that other messages are answered meanwhile. Each piece after
 *    the first is read with the document's head (its year, its title) and the section heading it
 *    stands under before it, so that sections keep their tense. Real reports have no such lines
 *    (the corpus's longest paragraph is about 1,300 characters): they are extracted whole, exactly
 *    as the command line extracts them.
 *
 * Pure but for the yield: no DOM, and the extractor is passed in (the content script imports the
 * cap without the extractor).
 */

import type { ExtractedItem } from '../extract/types';

export const MAX_EXTRACT_CHARS = 300_000;
export const LONG_LINE_CHARS = 3_000;
export const PIECE_CHARS = 3_000;
/** The document's head given to every piece: the report's year is read from its first 600 characters. */
const HEAD_CHARS = 600;
/** How much of the piece before a later piece reads first (its last sentences). */
const TAIL_CHARS = 600;

const SENTENCE_END = /[。！？!?；;]/g;

/** The last paragraph end, else sentence end, at or before `limit` (past `floor`); `limit` when there is none. */
function cutAt(text: string, floor: number, limit: number): number {
  const line = text.lastIndexOf('\n', limit - 1);
  if (line >= floor) return line + 1;
  let best = -1;
  SENTENCE_END.lastIndex = Math.max(floor, limit - PIECE_CHARS);
  for (let m = SENTENCE_END.exec(text); m && m.index < limit; m = SENTENCE_END.exec(text)) best = m.index + 1;
  return best > floor ? best : limit;
}

export interface CappedText {
  /** What will be read. */
  text: string;
  /** The length of the whole text. */
  total: number;
  cut: boolean;
}

/** The text as far as it is read: all of it, or up to a paragraph or sentence end near MAX_EXTRACT_CHARS. */
export function capForExtraction(text: string, max = MAX_EXTRACT_CHARS): CappedText {
  if (text.length <= max) return { text, total: text.length, cut: false };
  return { text: text.slice(0, cutAt(text, Math.floor(max / 2), max)), total: text.length, cut: true };
}

function hasLongLine(text: string, longLine: number): boolean {
  let from = 0;
  while (from < text.length) {
    const end = text.indexOf('\n', from);
    const stop = end === -1 ? text.length : end;
    if (stop - from > longLine) return true;
    from = stop + 1;
  }
  return false;
}

/** Where the pieces start and end: one piece when no line is long. */
export function piecesOf(text: string, longLine = LONG_LINE_CHARS, piece = PIECE_CHARS): { start: number; end: number }[] {
  if (!hasLongLine(text, longLine)) return [{ start: 0, end: text.length }];
  const pieces: { start: number; end: number }[] = [];
  for (let start = 0; start < text.length; ) {
    const end = start + piece >= text.length ? text.length : cutAt(text, start + 1, start + piece);
    pieces.push({ start, end });
    start = end;
  }
  return pieces;
}

export type Extract = (text: string) => ExtractedItem[];

/** Let other work run (a task of its own: messages waiting in the worker are answered). */
export const nextTask = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

/** The head given to later pieces: the document's first lines, up to a line end within HEAD_CHARS. */
function headOf(text: string): string {
  if (text.length <= HEAD_CHARS) return text;
  const line = text.lastIndexOf('\n', HEAD_CHARS);
  return text.slice(0, line > 0 ? line : HEAD_CHARS);
}

/** The last sentences before `start` (about TAIL_CHARS / 2 to TAIL_CHARS), from a line or sentence start. */
function leadBefore(text: string, start: number): string {
  const from = Math.max(0, start - TAIL_CHARS);
  return text.slice(cutAt(text, from, Math.max(from, start - TAIL_CHARS / 2)), start);
}

/**
 * Extract `text` (capped first), in pieces when it has long lines, yielding between them. Offsets
 * are those of `text`.
 */
export async function extractForPage(text: string, extract: Extract, yield_: () => Promise<void> = nextTask): Promise<ExtractedItem[]> {
  const capped = capForExtraction(text).text;
  const pieces = piecesOf(capped);
  if (pieces.length === 1) return extract(capped);
  const head = headOf(capped);
  const items: ExtractedItem[] = [];
  let section = '';
  for (const { start, end } of pieces) {
    if (start > 0) await yield_();
    // Later pieces: the head and the section heading they stand under, as lines of their own,
    // then the end of the piece before (from a sentence start), whose tense cues carry on.
    const context = start === 0 ? '' : `${head}\n${section && !head.includes(section) ? `${section}\n` : ''}${leadBefore(capped, start)}`;
    const found = extract(context + capped.slice(start, end));
    for (const item of found) {
      if (item.start < context.length) continue;
      items.push({ ...item, start: item.start - context.length + start, end: item.end - context.length + start });
      if (item.section) section = item.section.replace(/…$/, '');
    }
  }
  return items;
}
