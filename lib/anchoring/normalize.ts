/**
 * Text normalisation shared by the matcher and the offset mapper.
 *
 * The page a reader comes back to is often "the same text" with cosmetic
 * differences: re-flowed whitespace, zero-width characters injected by an
 * editor, full-width digits swapped for ASCII ones. `normalizeText` removes
 * those differences while remembering, for every kept character, where it came
 * from, so that a match found in normalised space can be reported in offsets
 * of the ORIGINAL text.
 *
 * Pure: no DOM.
 */

/** Zero-width space/non-joiner/joiner (U+200B–U+200D) and BOM / zero-width no-break space (U+FEFF). */
const ZERO_WIDTH = /[\u200B-\u200D\uFEFF]/;

/** True for characters `normalizeText` drops: whitespace (incl. U+3000, NBSP) and zero-width characters. */
export function isIgnorable(ch: string): boolean {
  return /\s/.test(ch) || ZERO_WIDTH.test(ch);
}

/** True for the zero-width characters only (not ordinary whitespace). */
export function isZeroWidth(ch: string): boolean {
  return ZERO_WIDTH.test(ch);
}

/**
 * Map one UTF-16 code unit to its normalised form: full-width digits ０-９ to
 * 0-9, full-width full stop ． to '.', full-width percent ％ to '%'. Everything
 * else is returned unchanged. Always one code unit in, one out.
 */
export function foldChar(ch: string): string {
  const c = ch.charCodeAt(0);
  if (c >= 0xff10 && c <= 0xff19) return String.fromCharCode(c - 0xff10 + 0x30);
  if (c === 0xff0e) return '.';
  if (c === 0xff05) return '%';
  return ch;
}

export interface NormalizedText {
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
export function normalizeText(original: string): NormalizedText {
  const n = original.length;
  const out: string[] = [];
  const toOriginal = new Int32Array(n + 1);
  const fromOriginal = new Int32Array(n + 1);
  let k = 0;
  for (let j = 0; j < n; j++) {
    fromOriginal[j] = k;
    const ch = original[j];
    if (isIgnorable(ch)) continue;
    out.push(foldChar(ch));
    toOriginal[k] = j;
    k++;
  }
  fromOriginal[n] = k;
  toOriginal[k] = n;
  return { text: out.join(''), toOriginal: toOriginal.subarray(0, k + 1), fromOriginal };
}

/** Normalise without the offset tables (cheaper, for short strings). */
export function normalizeString(s: string): string {
  let out = '';
  for (const ch of s) {
    if (ch.length === 1 && isIgnorable(ch)) continue;
    out += ch.length === 1 ? foldChar(ch) : ch;
  }
  return out;
}

/**
 * Convert a normalised half-open range [ns, ne) back to the original text:
 * from the first kept character to just after the last one. An empty range
 * maps to an empty range at the original position of `ns`.
 */
export function toOriginalRange(norm: NormalizedText, ns: number, ne: number): { start: number; end: number } {
  const start = norm.toOriginal[ns];
  if (ne <= ns) return { start, end: start };
  return { start, end: norm.toOriginal[ne - 1] + 1 };
}
