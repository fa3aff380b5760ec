/**
 * Links that open a report scrolled to, and highlighting, a quoted passage,
 * using a Text Fragment directive: url#:~:text=[prefix-,]textStart[,textEnd][,-suffix]
 * (https://wicg.github.io/scroll-to-text-fragment/).
 */

export interface TextFragmentContext {
  /** Text just before the quote on the page, to tell apart repeats of the quote. */
  prefix?: string | undefined;
  /** Text just after the quote on the page. */
  suffix?: string | undefined;
}

/** Quotes longer than this go as textStart,textEnd: long URLs get cut by mail and chat apps. */
export const LONG_QUOTE_CHARS = 80;

/**
 * How many characters of a long quote's start and end are kept. Chinese has no
 * spaces to cut at words, and ten characters of a report sentence rarely repeat.
 */
export const QUOTE_EDGE_CHARS = 10;

const DIRECTIVE_DELIMITER = ':~:';

/**
 * The url with its fragment directive set to highlight quote. A fragment the
 * url already has is kept (url#frag:~:text=...), so page anchors still work;
 * a fragment directive it already has is replaced. An empty quote leaves the
 * url as it is.
 *
 * The browser matches the start of the first piece and the end of the last
 * piece (prefix, quote or suffix) at word boundaries only, so context should be
 * cut at word or punctuation edges; the long-quote split points need not be.
 */
export function textFragmentLink(url: string, quote: string, context: TextFragmentContext = {}): string {
  const text = collapseWhitespace(quote);
  if (text === '') return url;

  const chars = Array.from(text); // Code points, so a split never halves a surrogate pair.
  const pieces =
    chars.length > LONG_QUOTE_CHARS
      ? [
          chars.slice(0, QUOTE_EDGE_CHARS).join('').trimEnd(),
          chars.slice(-QUOTE_EDGE_CHARS).join('').trimStart(),
        ]
      : [text];
  const terms = pieces.map(encodeTextDirectivePart);

  const prefix = collapseWhitespace(context.prefix ?? '');
  const suffix = collapseWhitespace(context.suffix ?? '');
  if (prefix !== '') terms.unshift(`${encodeTextDirectivePart(prefix)}-`);
  if (suffix !== '') terms.push(`-${encodeTextDirectivePart(suffix)}`);

  const hashAt = url.indexOf('#');
  const base = hashAt === -1 ? url : url.slice(0, hashAt);
  const fragment = hashAt === -1 ? '' : url.slice(hashAt + 1);
  const directiveAt = fragment.indexOf(DIRECTIVE_DELIMITER);
  const keptFragment = directiveAt === -1 ? fragment : fragment.slice(0, directiveAt);
  return `${base}#${keptFragment}${DIRECTIVE_DELIMITER}text=${terms.join(',')}`;
}

/**
 * Percent-encodes a piece of a text directive. Beyond what encodeURIComponent
 * does (which covers "," and "&"), "-" must go too: it marks prefix and suffix.
 */
export function encodeTextDirectivePart(text: string): string {
  return encodeURIComponent(text).replaceAll('-', '%2D');
}

function collapseWhitespace(text: string): string {
  return text.trim().replace(/\s+/g, ' ');
}
