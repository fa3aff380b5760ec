/**
 * Character folding: one place that decides which characters of a report are "the same" to a
 * reader. Real report pages carry artefacts that must not change what a reader sees as one word
 * or one figure: full-width digits (４５５０), Traditional characters (萬 億), zero-width
 * characters, U+3000 and no-break spaces, CR line ends.
 *
 * Both the extractor (lib/extract/normalize.ts, which also joins lines broken inside a sentence)
 * and re-anchoring (lib/anchoring/normalize.ts, which also drops all spaces) build on `foldText`,
 * so a new invisible character or Traditional form is learnt by both at once.
 *
 * Every folding is one UTF-16 code unit to at most one: offsets map back through `origin`.
 */

import { TRADITIONAL_TO_SIMPLIFIED } from './traditional';

/** Zero-width space, non-joiner and joiner, word joiner, BOM / zero-width no-break space, soft hyphen. */
const INVISIBLE = [0x200b, 0x200c, 0x200d, 0x2060, 0xfeff, 0x00ad];

/** Full-width punctuation that stays CJK: the rules read ，；：（） as a Chinese text's own marks. */
const KEPT_FULL_WIDTH = '，；：！？（）';

/** Spaces other than U+0020 that fold to it: ideographic space, no-break space, en, em and thin space. */
const ODD_SPACES = [0x3000, 0x00a0, 0x2002, 0x2003, 0x2009];

const RATIO = 0x2236; // ∶, written between the numbers of a ratio (2.1∶1)

function foldOne(code: number): number {
  let folded = code;
  if (code >= 0xff01 && code <= 0xff5e && !KEPT_FULL_WIDTH.includes(String.fromCharCode(code))) folded = code - 0xfee0;
  else if (ODD_SPACES.includes(code)) folded = 0x20;
  else if (code === RATIO) folded = 0x3a;
  return TRADITIONAL_TO_SIMPLIFIED.get(folded) ?? folded;
}

/** FOLD[code]: the code unit a reader takes `code` for. A table: folding runs for every character of a page. */
const FOLD = (() => {
  const table = new Uint16Array(0x10000);
  for (let code = 0; code < 0x10000; code++) table[code] = foldOne(code);
  return table;
})();

/** JavaScript's \s: tab to CR, space, NBSP, Ogham space, U+2000–U+200A, line and paragraph separators, U+202F, U+205F, U+3000, BOM. */
const SPACES = [[0x09, 0x0d], [0x20, 0x20], [0xa0, 0xa0], [0x1680, 0x1680], [0x2000, 0x200a], [0x2028, 0x2029], [0x202f, 0x202f], [0x205f, 0x205f], [0x3000, 0x3000], [0xfeff, 0xfeff]];

const DROP_INVISIBLE = 1;
const DROP_SPACE = 2;
/** DROP[code]: bits saying whether `code` is invisible, or a space. */
const DROP = (() => {
  const table = new Uint8Array(0x10000);
  for (const code of INVISIBLE) table[code] |= DROP_INVISIBLE;
  for (const [from, to] of SPACES) for (let code = from; code <= to; code++) table[code] |= DROP_SPACE;
  return table;
})();

/** The code unit a reader takes `code` for (full-width → ASCII, 萬 → 万, U+3000 → space). */
export const foldCode = (code: number): number => FOLD[code];

/** `foldCode` for a one-code-unit string; other strings are returned unchanged. */
export const foldChar = (ch: string): string => (ch.length === 1 ? String.fromCharCode(FOLD[ch.charCodeAt(0)]) : ch);

/** What JavaScript's \s matches, for one UTF-16 code unit, without a regex. */
export const isSpaceCode = (code: number): boolean => (DROP[code] & DROP_SPACE) !== 0;

/** A character that shows nothing: zero-width characters, BOM, soft hyphen. */
export const isInvisible = (ch: string): boolean => ch.length === 1 && (DROP[ch.charCodeAt(0)] & DROP_INVISIBLE) !== 0;

export interface FoldedText {
  /** The folded text. */
  text: string;
  /** origin[i] is the index in the input of text[i]; origin[text.length] is the input's length. */
  origin: Int32Array;
}

export interface FoldOptions {
  /** Leave out every space and line break too (matching a quote whatever the page's layout). */
  dropSpaces?: boolean;
}

/**
 * `input` folded character by character, invisible characters left out, CR and CRLF as one
 * line break (or no character, with `dropSpaces`). Linear time.
 */
export function foldText(input: string, { dropSpaces = false }: FoldOptions = {}): FoldedText {
  const n = input.length;
  const drop = dropSpaces ? DROP_INVISIBLE | DROP_SPACE : DROP_INVISIBLE;
  const origin = new Int32Array(n + 1);
  // The folded text is built from runs of the input that folding leaves alone (most of a report)
  // and the few characters it changes: slicing is a copy, where one String.fromCharCode per
  // character or per array of codes costs several times more.
  const pieces: string[] = [];
  let verbatimFrom = 0;
  let m = 0;
  for (let i = 0; i < n; i++) {
    const code = input.charCodeAt(i);
    let folded: number;
    if (DROP[code] & drop) {
      folded = -1;
    } else if (code === 0x0d) {
      // CR and CRLF both end a line.
      folded = input.charCodeAt(i + 1) === 0x0a ? -1 : 0x0a;
    } else {
      folded = FOLD[code];
    }
    if (folded === code) {
      origin[m++] = i;
      continue;
    }
    if (verbatimFrom < i) pieces.push(input.slice(verbatimFrom, i));
    verbatimFrom = i + 1;
    if (folded < 0) continue;
    pieces.push(String.fromCharCode(folded));
    origin[m++] = i;
  }
  if (verbatimFrom < n) pieces.push(verbatimFrom === 0 ? input : input.slice(verbatimFrom));
  origin[m] = n;
  return { text: pieces.join(''), origin: origin.subarray(0, m + 1) };
}

/** `foldText(input, options).text`, without the offsets. */
export function foldString(input: string, options: FoldOptions = {}): string {
  return foldText(input, options).text;
}
