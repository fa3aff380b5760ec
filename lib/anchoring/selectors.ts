/**
 * Selectors: how a saved passage is described so that it can be found again.
 *
 * Two complementary descriptions are stored for every item:
 *  - a QuoteSelector: the passage itself plus up to 32 characters of context on
 *    each side – robust to the page moving text around;
 *  - a PositionSelector: its offsets in the page text – a tie-breaker between
 *    several identical quotes, and nothing more (offsets go stale quickly).
 *
 * Offsets are UTF-16 code units into the text of a text map (see text-map.ts).
 * Pure: no DOM.
 */

/** Characters of context stored on each side of a quote. */
export const CONTEXT_LENGTH = 32;

export interface QuoteSelector {
  /** The passage exactly as it stood in the text. */
  exact: string;
  /** Up to CONTEXT_LENGTH characters immediately before `exact` ('' at the start of the text). */
  prefix: string;
  /** Up to CONTEXT_LENGTH characters immediately after `exact` ('' at the end of the text). */
  suffix: string;
}

export interface PositionSelector {
  /** Offset of the first character, UTF-16 code units. */
  start: number;
  /** Offset just after the last character. */
  end: number;
}

/** What is stored for an item, and what `matchQuote` takes. */
export interface TextSelector {
  quote: QuoteSelector;
  position?: PositionSelector;
}

const isLowSurrogate = (c: number): boolean => c >= 0xdc00 && c <= 0xdfff;
const isHighSurrogate = (c: number): boolean => c >= 0xd800 && c <= 0xdbff;

/**
 * Describe the passage [start, end) of `text`.
 *
 * @throws RangeError when the offsets are not integers with 0 <= start <= end <= text.length.
 */
export function describeRange(
  text: string,
  start: number,
  end: number,
  contextLength: number = CONTEXT_LENGTH,
): { quote: QuoteSelector; position: PositionSelector } {
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end < start || end > text.length) {
    throw new RangeError(`describeRange: bad range [${start}, ${end}) for a text of length ${text.length}`);
  }
  let from = Math.max(0, start - contextLength);
  // Do not begin the prefix with half of a surrogate pair.
  if (from > 0 && from < start && isLowSurrogate(text.charCodeAt(from))) from++;
  let to = Math.min(text.length, end + contextLength);
  // Nor end the suffix with one.
  if (to < text.length && to > end && isHighSurrogate(text.charCodeAt(to - 1))) to--;
  return {
    quote: { exact: text.slice(start, end), prefix: text.slice(from, start), suffix: text.slice(end, to) },
    position: { start, end },
  };
}
