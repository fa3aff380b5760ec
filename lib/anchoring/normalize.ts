/**
 * The text as quotes are matched in it, shared by the matcher and the offset mapper.
 *
 * The page a reader comes back to is often "the same text" with cosmetic differences: re-flowed
 * whitespace, zero-width characters injected by an editor, full-width digits swapped for ASCII
 * ones. `normalizeForMatching` folds characters as the extractor does (lib/text/fold.ts) and, on
 * top of that, drops every space and line break, while remembering, for every kept character,
 * where it came from, so that a match found in normalised space can be reported in offsets of the
 * ORIGINAL text.
 *
 * Pure: no DOM.
 */

import { foldString, foldText } from '../text/fold';

export interface MatchingText {
  /** The normalised text. */
  text: string;
  /**
   * `toOriginal[i]` is the offset in the original text of normalised character
   * `i`; `toOriginal[text.length]` is the original length (an end sentinel).
   */
  toOriginal: Int32Array;
  /**
   * `fromOriginal[j]` is the index in `text` of the first kept character at or
   * after original offset `j` (= the number of kept characters before `j`);
   * `fromOriginal[original.length]` is `text.length`.
   */
  fromOriginal: Int32Array;
}

/** Normalise a string for matching, see the module comment. Linear time. */
export function normalizeForMatching(original: string): MatchingText {
  const { text, origin: toOriginal } = foldText(original, { dropSpaces: true });
  const fromOriginal = new Int32Array(original.length + 1);
  let j = 0;
  for (let k = 0; k <= text.length; k++) {
    // Original offsets up to the k-th kept character (the end sentinel at k = text.length) come before it.
    for (; j <= toOriginal[k]; j++) fromOriginal[j] = k;
  }
  return { text, toOriginal, fromOriginal };
}

/** Normalise without the offset tables (for short strings: a quote, its prefix and suffix). */
export function normalizeString(s: string): string {
  return foldString(s, { dropSpaces: true });
}

/**
 * Convert a normalised half-open range [ns, ne) back to the original text:
 * from the first kept character to just after the last one. An empty range
 * maps to an empty range at the original position of `ns`.
 */
export function toOriginalRange(norm: MatchingText, ns: number, ne: number): { start: number; end: number } {
  const start = norm.toOriginal[ns];
  if (ne <= ns) return { start, end: start };
  return { start, end: norm.toOriginal[ne - 1] + 1 };
}
