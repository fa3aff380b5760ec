/**
 * Real report text carries artefacts that must not change what a reader sees as one word or
 * one figure: full-width digits (４５５０), Traditional characters (萬 億), zero-width spaces,
 * U+3000/U+00A0 and line breaks in the middle of a sentence. The extractor works on a
 * normalised copy and maps every offset back to the input through `origin`.
 */

import { TRADITIONAL_TO_SIMPLIFIED } from './traditional';

export interface NormalizedText {
  /** The normalised text the rules run on. */
  text: string;
  /** origin[i] is the index in the input of text[i]; origin[text.length] is the input's length. */
  origin: Int32Array;
}

/** One-to-one replacements: full-width ASCII, odd spaces, dashes used between figures. */
function replaceChar(code: number): number {
  if (code >= 0xff01 && code <= 0xff5e) {
    // Full-width forms of ASCII, except the CJK punctuation readers expect to stay CJK.
    const ch = String.fromCharCode(code);
    if ('，；：！？（）'.includes(ch)) return code;
    return code - 0xfee0;
  }
  if (code === 0x3000 || code === 0x00a0 || code === 0x2002 || code === 0x2003 || code === 0x2009) return 0x20;
  if (code === 0x2236) return 0x3a; // RATIO ∶ → ':'
  return code;
}

const TERMINAL = '。！？!?；;：:”」』）)】》…';
const OPENING = '《“「『（(【';
const CLOSING = '》”」』）)】';
const isCjk = (ch: string) => ch >= '\u3400' && ch <= '\u9fff';
const isAsciiLetter = (ch: string) => /[A-Za-z]/.test(ch);
const isDigitLike = (ch: string) => /[0-9.]/.test(ch);

/**
 * Decides whether a run of line breaks splits one sentence (join it) or ends a paragraph.
 * Wrapped lines in scraped reports break inside words (生\n​\n产率, PM\n2.5, 根据《\n…\n》).
 */
function breakSplitsSentence(prevLine: string, nextLine: string, hadInvisible: boolean): boolean {
  const prev = prevLine.trimEnd();
  const next = nextLine.trimStart();
  if (!prev || !next) return false;
  const last = prev[prev.length - 1];
  const first = next[0];
  if (TERMINAL.includes(last) && !OPENING.includes(last)) return false;
  if (hadInvisible) return true;
  if (OPENING.includes(last) || CLOSING.includes(first)) return true;
  if (isAsciiLetter(last) && isDigitLike(first)) return true;
  // A long line that stops on a character which cannot end a sentence.
  return prev.length >= 30 && isCjk(last) && '的和与及、，,并或'.includes(last);
}

const isDropped = (code: number) =>
  code === 0x200b || code === 0x200c || code === 0x200d || code === 0x2060 || code === 0xfeff || code === 0x00ad;

export function normalizeText(input: string): NormalizedText {
  const n = input.length;
  // Pass 1: per-character replacement and removal of invisible characters.
  const codes = new Uint16Array(n);
  const from = new Int32Array(n);
  let m = 0;
  for (let i = 0; i < n; i++) {
    const code = input.charCodeAt(i);
    if (code < 0x80) {
      if (code === 0x0d) {
        // CR and CRLF both end a line.
        if (input.charCodeAt(i + 1) === 0x0a) continue;
        codes[m] = 0x0a;
      } else {
        codes[m] = code;
      }
      from[m++] = i;
      continue;
    }
    if (isDropped(code)) continue;
    const replaced = replaceChar(code);
    codes[m] = TRADITIONAL_TO_SIMPLIFIED.get(replaced) ?? replaced;
    from[m++] = i;
  }
  const flat = codesToString(codes, m);
  // Pass 2: join line breaks that split a sentence.
  const keep = new Uint8Array(m).fill(1);
  let lineStart = 0;
  for (let i = flat.indexOf('\n'); i >= 0 && i < m; i = flat.indexOf('\n', i + 1)) {
    let j = i;
    while (j < m && (flat[j] === '\n' || flat[j] === ' ' || flat[j] === '\t')) j++;
    const nextEnd = flat.indexOf('\n', j);
    const prevLine = flat.slice(lineStart, i);
    const nextLine = flat.slice(j, nextEnd < 0 ? m : nextEnd);
    const hadInvisible = hasInvisibleBetween(input, from[i], j < m ? from[j] : n);
    if (breakSplitsSentence(prevLine, nextLine, hadInvisible)) keep.fill(0, i, j);
    lineStart = j;
    i = j - 1;
  }
  const out = new Uint16Array(m);
  const origin = new Int32Array(m + 1);
  let k = 0;
  for (let i = 0; i < m; i++) {
    if (!keep[i]) continue;
    out[k] = codes[i];
    origin[k++] = from[i];
  }
  origin[k] = n;
  return { text: codesToString(out, k), origin: origin.subarray(0, k + 1) };
}

function hasInvisibleBetween(input: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (isDropped(input.charCodeAt(k))) return true;
  return false;
}

/** String.fromCharCode(...array) overflows the stack on a whole report; feed it in slices. */
function codesToString(codes: Uint16Array, length: number): string {
  const parts: string[] = [];
  for (let i = 0; i < length; i += 8192) {
    parts.push(String.fromCharCode.apply(null, codes.subarray(i, Math.min(length, i + 8192)) as unknown as number[]));
  }
  return parts.join('');
}
