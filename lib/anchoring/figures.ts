/**
 * The figures of a passage: the numbers a reader saved it for.
 *
 * Re-anchoring may tolerate changes in wording, whitespace or context, but
 * never in figures: a saved "95%" must not re-attach to "96%", nor
 * "1.85万个" to "1.86万个", nor "百分之五" to "百分之六". `figureSignature`
 * reduces a passage to the ordered list of its figures so that two passages
 * can be compared on that basis alone.
 *
 * Pure: no DOM.
 */

import { foldChar, isInvisible } from '../text/fold';
import { CHINESE_NUMERAL_CHARS, FRACTION_WORDS } from '../text/numerals';
import { PASSAGE_UNITS, WORD_FORMING_UNITS } from '../text/units';
import { normalizeString } from './normalize';

const isDigit = (c: string | undefined): boolean => c !== undefined && c >= '0' && c <= '9';
const isCn = (c: string | undefined): boolean => c !== undefined && c.length === 1 && CHINESE_NUMERAL_CHARS.includes(c);

/** A character that can start or continue a number: ASCII digit or Chinese numeral. */
export function isNumeralChar(c: string | undefined): boolean {
  return isDigit(c) || isCn(c);
}

/**
 * The unit written right after a figure: the extractor's units, and the words it reads as dates
 * (年, 月, 届), from the one lexicon (lib/text/units.ts). 万/亿/千/百/十 are numerals, not units:
 * they are already inside the number run.
 */
const unitAt = (s: string, j: number): string => PASSAGE_UNITS.at(s, j);

/**
 * The ordered figures of an already-normalised string (see normalize.ts).
 *
 * A figure is a maximal run of digits / Chinese numerals ('.' and ',' allowed
 * between digits; thousands separators dropped) with the unit written right
 * after it, when the run is a number rather than part of a word:
 *  - it has an ASCII digit (5.2%, 1.85万个, 2027年), or
 *  - it is written as a fraction (百分之五, 千分之三), or
 *  - a unit follows it (五年, 一批, 三千万吨; not 一起, 千方百计: see WORD_FORMING_UNITS), or it is an ordinal (第三), or
 *  - it is two numerals or more (二十, 一百).
 * A lone numeral inside a word (进一步, 统一, 千方百计, 万众一心) is not a
 * figure: rewording it must not orphan a saved item.
 */
export function figureTokens(s: string): string[] {
  const out: string[] = [];
  const n = s.length;
  let i = 0;
  while (i < n) {
    const fraction = FRACTION_WORDS.find((w) => s.startsWith(w, i) && isNumeralChar(s[i + w.length])) ?? '';
    const from = i + fraction.length;
    if (!fraction && !isNumeralChar(s[i])) {
      i++;
      continue;
    }
    let j = from;
    while (j < n) {
      const c = s[j];
      if (isNumeralChar(c)) j++;
      else if ((c === '.' || c === ',') && isDigit(s[j - 1]) && isDigit(s[j + 1])) j++;
      else break;
    }
    const run = s.slice(from, j);
    const number = run.replace(/(\d),(?=\d{3}(?!\d))/g, '$1');
    const written = unitAt(s, j);
    const unit = run.length === 1 && !isDigit(run) && WORD_FORMING_UNITS.has(written) ? '' : written;
    const ordinal = from > 0 && s[from - 1] === '第';
    if (fraction || unit || ordinal || run.length >= 2 || /\d/.test(run)) {
      out.push((ordinal ? '第' : '') + fraction + number + unit);
    }
    i = j + unit.length;
  }
  return out;
}

/** The ordered figures of any string (normalised first). */
export function extractFigures(text: string): string[] {
  return figureTokens(normalizeString(text));
}

/** True when two figure lists are identical, in order. */
export function sameFigures(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

const RUN_CHAR = (c: string): boolean => isNumeralChar(c) || c === '.' || c === ',';
/** How far `figureRunBefore`/`figureRunAfter` look. */
const PEEK = 32;

/**
 * The figure characters written immediately before offset `i` of `text`
 * (zero-width characters skipped; whitespace and anything else stops), folded
 * to ASCII. Used to see the whole figure a passage's first character is part of:
 * "95%" found inside "195%" has "1" before it.
 */
export function figureRunBefore(text: string, i: number): string {
  let run = '';
  for (let j = i - 1; j >= 0 && i - j <= PEEK; j--) {
    const c = text[j];
    if (isInvisible(c)) continue;
    const f = foldChar(c);
    if (!RUN_CHAR(f)) break;
    run = f + run;
  }
  return run.replace(/^[.,]+/, '');
}

/**
 * The figure characters written immediately after offset `i` of `text`,
 * followed by a unit if one follows them (so "95" followed by "%" or by "个"
 * is seen as "95%" or "95个"). Zero-width characters are skipped.
 */
export function figureRunAfter(text: string, i: number): string {
  let peek = '';
  for (let j = i; j < text.length && peek.length < PEEK; j++) {
    const c = text[j];
    if (isInvisible(c)) continue;
    if (/\s/.test(c)) break;
    peek += foldChar(c);
  }
  let k = 0;
  while (k < peek.length && RUN_CHAR(peek[k])) k++;
  let run = peek.slice(0, k);
  const trimmed = run.replace(/[.,]+$/, '');
  if (trimmed.length !== run.length) return trimmed; // "5," – the comma is punctuation, no unit follows
  run += unitAt(peek, k);
  return run;
}

/**
 * The figures of a passage read in its surroundings: when the passage starts
 * (ends) with a numeral, the figure characters just before (after) it are
 * included, so a passage cut out of a longer number does not pass for it.
 *
 * @param body the passage, normalised
 * @param before figure run before the passage (`figureRunBefore`)
 * @param after figure run (and unit) after the passage (`figureRunAfter`)
 */
export function figuresInContext(body: string, before: string, after: string): string[] {
  const left = body.length > 0 && (isNumeralChar(body[0]) || body[0] === '.') ? before : '';
  const right = body.length > 0 && isNumeralChar(body[body.length - 1]) ? after : '';
  return figureTokens(left + body + right);
}
