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

const DROPPED = new Set([0x200b, 0x200c, 0x200d, 0x2060, 0xfeff, 0x00ad]);

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

export function normalizeText(input: string): NormalizedText {
  const n = input.length;
  // Pass 1: per-character replacement and removal of invisible characters.
  const codes: number[] = [];
  const from: number[] = [];
  for (let i = 0; i < n; i++) {
    const code = input.charCodeAt(i);
    if (DROPPED.has(code)) continue;
    let out = replaceChar(code);
    const simplified = TRADITIONAL_TO_SIMPLIFIED.get(out);
    if (simplified !== undefined) out = simplified;
    if (out === 0x0d) out = 0x0a; // CR and CRLF both end a line
    if (out === 0x0a && code === 0x0a && codes.length && codes[codes.length - 1] === 0x0a && input.charCodeAt(i - 1) === 0x0d) continue;
    codes.push(out);
    from.push(i);
  }
  const flat = codesToString(codes);
  // Pass 2: join line breaks that split a sentence.
  const keep = new Uint8Array(flat.length).fill(1);
  let lineStart = 0;
  for (let i = 0; i < flat.length; i++) {
    if (flat[i] !== '\n') continue;
    let j = i;
    while (j < flat.length && (flat[j] === '\n' || flat[j] === ' ' || flat[j] === '\t')) j++;
    const nextEnd = flat.indexOf('\n', j);
    const prevLine = flat.slice(lineStart, i);
    const nextLine = flat.slice(j, nextEnd < 0 ? flat.length : nextEnd);
    const hadInvisible = hasInvisibleBetween(input, from[i], j < from.length ? from[j] : n);
    if (breakSplitsSentence(prevLine, nextLine, hadInvisible)) {
      for (let k = i; k < j; k++) keep[k] = 0;
    }
    lineStart = j;
    i = j - 1;
  }
  const origin: number[] = [];
  const parts: string[] = [];
  for (let i = 0; i < flat.length; i++) {
    if (!keep[i]) continue;
    parts.push(flat[i]);
    origin.push(from[i]);
  }
  const text = parts.join('');
  origin.push(n);
  return { text, origin: Int32Array.from(origin) };
}

function hasInvisibleBetween(input: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (DROPPED.has(input.charCodeAt(k))) return true;
  return false;
}

/** String.fromCharCode(...array) overflows the stack on a whole report; feed it in slices. */
function codesToString(codes: number[]): string {
  const parts: string[] = [];
  for (let i = 0; i < codes.length; i += 8192) parts.push(String.fromCharCode(...codes.slice(i, i + 8192)));
  return parts.join('');
}
