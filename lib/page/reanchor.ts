/**
 * Finding saved items again on a later visit.
 *
 * Items are stored with a quote selector (exact text, 32 characters of prefix and suffix) and a
 * position, both in the page's MAIN text (lib/page/main-text.ts), the same text the extractor
 * reads. On the next visit:
 *  1. the quote at its saved position, with its saved context: the page did not change there;
 *  2. else `matchQuote` on the main text: the quote elsewhere, normalised, or by its context;
 *  3. else, for an item the reader marked outside the main text (a caption, a sidebar), the same
 *     two steps on the page's whole visible text.
 * `matchQuote` never accepts different figures: a saved 95% does not re-attach to 96%. An item
 * found nowhere is reported as not found; the caller marks it orphaned and keeps it.
 *
 * Pure: no DOM.
 */

import { matchQuote } from '../anchoring/match-quote';
import type { ItemSelector } from '../store/records';

/** Which text an item's offsets refer to. */
export type TextSpace = 'main' | 'live';

export interface Placement {
  start: number;
  end: number;
  space: TextSpace;
}

/** The quote at its saved position with its saved context, verbatim. */
function atSavedPosition(text: string, selector: ItemSelector): boolean {
  const { quote, position } = selector;
  const { start, end } = position;
  if (start < quote.prefix.length || end > text.length || text.slice(start, end) !== quote.exact) return false;
  return text.slice(start - quote.prefix.length, start) === quote.prefix && text.slice(end, end + quote.suffix.length) === quote.suffix;
}

function placeIn(text: string, selector: ItemSelector): { start: number; end: number } | null {
  if (atSavedPosition(text, selector)) return { start: selector.position.start, end: selector.position.end };
  const m = matchQuote(text, selector);
  return m ? { start: m.start, end: m.end } : null;
}

/**
 * Where a saved item stands now: in the main text, else (when `liveText` is given) in the page's
 * visible text; null when it is not found.
 */
export function placeSaved(selector: ItemSelector, mainText: string, liveText?: string): Placement | null {
  const main = placeIn(mainText, selector);
  if (main) return { ...main, space: 'main' };
  if (liveText === undefined) return null;
  const live = placeIn(liveText, selector);
  return live ? { ...live, space: 'live' } : null;
}
