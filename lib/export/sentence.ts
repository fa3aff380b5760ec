/** The sentence an item stands in, from the text kept on each side of its quote. */

/** Ends a sentence; the end mark belongs to the sentence before it. */
const SENTENCE_END = /[。！？!?]/;
const LINE_BREAK = /[\r\n]/;

/** Marks where the sentence goes on beyond the text there is. */
export const CUT_MARK = '…';

/**
 * The sentence around `quote`: from the last sentence end (or line break) in `before` to the
 * first one in `after`, end mark included. Where `before` or `after` holds no end, the sentence
 * goes on beyond the text given and is marked with … on that side, unless that side reaches the
 * start or end of the text (`atStart`, `atEnd`). Runs of white space become one space.
 */
export function sentenceAround(
  before: string,
  quote: string,
  after: string,
  { atStart = false, atEnd = false }: { atStart?: boolean; atEnd?: boolean } = {},
): string {
  let from = -1;
  for (let i = before.length - 1; i >= 0; i--) {
    const ch = before[i]!;
    if (SENTENCE_END.test(ch) || LINE_BREAK.test(ch)) {
      from = i + 1;
      break;
    }
  }
  let to = -1;
  for (let i = 0; i < after.length; i++) {
    const ch = after[i]!;
    if (LINE_BREAK.test(ch)) {
      to = i;
      break;
    }
    if (SENTENCE_END.test(ch)) {
      to = i + 1;
      break;
    }
  }
  const head = from < 0 ? before : before.slice(from);
  const tail = to < 0 ? after : after.slice(0, to);
  const sentence = `${head}${quote}${tail}`.replace(/\s+/g, ' ').trim();
  const open = from < 0 && !atStart && before !== '' ? CUT_MARK : '';
  const close = to < 0 && !atEnd && after !== '' ? CUT_MARK : '';
  return open + sentence + close;
}
