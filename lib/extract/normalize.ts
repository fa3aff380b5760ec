/**
 * The text the extraction rules run on: the report folded as lib/text/fold.ts folds it (full-width
 * digits, Traditional characters, invisible characters, odd spaces), and line breaks in the middle
 * of a sentence joined. Every offset maps back to the input through `origin`.
 */

import { foldText, isInvisible } from '../text/fold';

export interface NormalizedReport {
  /** The normalised text the rules run on. */
  text: string;
  /** origin[i] is the index in the input of text[i]; origin[text.length] is the input's length. */
  origin: Int32Array;
}

const TERMINAL = '。！？!?；;：:”」』）)】》…';
const OPENING = '《“「『（(【';
const CLOSING = '》”」』）)】';
const isCjk = (ch: string) => ch >= '\u3400' && ch <= '\u9fff';
const isAsciiLetter = (ch: string) => /[A-Za-z]/.test(ch);
const isDigitLike = (ch: string) => /[0-9.]/.test(ch);

/**
 * A pinyin reading in brackets right after a character (擴(kuò)建): a tone mark tells it from a
 * bracketed note in Latin letters ((a), (kV)).
 */
const PINYIN_READING = /(?<=[\u3400-\u9fff])[(（](?=[a-zü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ])[a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,7}[)）]/g;

/** What cannot open a line of its own: list marks and pauses (城市轨道交通\n、地下综合管廊). */
const CANNOT_OPEN = '、，,；;';
const SENTENCE_END = /[。！？!?；;]/;

/** The paragraph a line break ends, as far as the break needs it: its length and whether it holds a full stop. */
interface OpenParagraph {
  length: number;
  hasStop: boolean;
}

/**
 * Decides whether a run of line breaks splits one sentence (join it) or ends a paragraph.
 * Wrapped lines in scraped reports break inside words (生\n​\n产率, PM\n2.5, 根据《\n…\n》), and
 * pages that set each link on a line of its own break a sentence around it (…持续提升。新建\n高速铁路\n
 * 投产里程超过1900公里): prose stopped on a word, in a paragraph that already holds a full stop and so
 * is no heading, goes on.
 */
function breakSplitsSentence(prevLine: string, nextLine: string, hadInvisible: boolean, paragraph: OpenParagraph): boolean {
  const prev = prevLine.trimEnd();
  const next = nextLine.trimStart();
  if (!prev || !next) return false;
  const last = prev[prev.length - 1];
  const first = next[0];
  if (TERMINAL.includes(last) && !OPENING.includes(last)) return false;
  if (hadInvisible) return true;
  if (OPENING.includes(last) || CLOSING.includes(first) || CANNOT_OPEN.includes(first)) return true;
  if (isAsciiLetter(last) && isDigitLike(first)) return true;
  if (paragraph.hasStop && paragraph.length >= 30 && isCjk(last)) return true;
  // A long line that stops on a character which cannot end a sentence.
  return prev.length >= 30 && isCjk(last) && '的和与及、，,并或'.includes(last);
}

export function normalizeReport(input: string): NormalizedReport {
  const n = input.length;
  // Pass 1: per-character folding, invisible characters left out.
  const { text: flat, origin: from } = foldText(input);
  const m = flat.length;
  // Pass 2: join line breaks that split a sentence.
  const keep = new Uint8Array(m).fill(1);
  let lineStart = 0;
  const paragraph: OpenParagraph = { length: 0, hasStop: false };
  for (let i = flat.indexOf('\n'); i >= 0 && i < m; i = flat.indexOf('\n', i + 1)) {
    let j = i;
    while (j < m && (flat[j] === '\n' || flat[j] === ' ' || flat[j] === '\t')) j++;
    const nextEnd = flat.indexOf('\n', j);
    const prevLine = flat.slice(lineStart, i);
    const nextLine = flat.slice(j, nextEnd < 0 ? m : nextEnd);
    const hadInvisible = hasInvisibleBetween(input, from[i], j < m ? from[j] : n);
    paragraph.length += prevLine.length;
    paragraph.hasStop ||= SENTENCE_END.test(prevLine);
    if (breakSplitsSentence(prevLine, nextLine, hadInvisible, paragraph)) keep.fill(0, i, j);
    else [paragraph.length, paragraph.hasStop] = [0, false];
    lineStart = j;
    i = j - 1;
  }
  // Pass 3: readings a mirror site writes after characters (擴(kuò)建, 網(wǎng)) are not the report's words.
  for (const reading of flat.matchAll(PINYIN_READING)) keep.fill(0, reading.index, reading.index + reading[0].length);
  // The kept characters, as runs of the folded text: a slice per run, not a string per character.
  const pieces: string[] = [];
  const origin = new Int32Array(m + 1);
  let k = 0;
  let runFrom = -1;
  for (let i = 0; i < m; i++) {
    if (!keep[i]) {
      if (runFrom >= 0) pieces.push(flat.slice(runFrom, i));
      runFrom = -1;
      continue;
    }
    if (runFrom < 0) runFrom = i;
    origin[k++] = from[i];
  }
  if (runFrom >= 0) pieces.push(runFrom === 0 ? flat : flat.slice(runFrom));
  origin[k] = n;
  return { text: pieces.join(''), origin: origin.subarray(0, k + 1) };
}

function hasInvisibleBetween(input: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (isInvisible(input[k])) return true;
  return false;
}
