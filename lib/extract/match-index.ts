/**
 * Answers "the last cue in this stretch of text" without rescanning the stretch.
 *
 * The rules ask, for every figure, what the last tense cue, strength cue or deadline before it
 * is, counted from the start of its sentence or segment. Asked of a fresh slice each time, that
 * is quadratic in the length of a sentence: a page with a whole report on one line took 18 s for
 * 800k characters (issue 11). The indexes here scan the whole text once, and answer each
 * question in time independent of the stretch's length, with exactly the answer a scan of
 * `text.slice(lo, hi)` would give.
 *
 * Why the answers are the same: a pattern's matches never contain a stop character
 * (。；，\n…), and every `lo` the extractor asks about follows one, so a scan of the whole text
 * and a scan of the slice find the same matches until near `hi`, where the slice cuts off what a
 * rule may look at after a cue (要素 vs 要, 2025年 before 预计). The last `NEAR` characters are
 * therefore scanned again as the slice shows them. A `lo` that cuts through a match (never asked
 * by the extractor) falls back to scanning the slice.
 */

import { firstCharsOf, isSearchedByFirstChars, nextMatchFrom, type FirstChars } from './first-chars';

/**
 * Whether a match at `at` counts, seen in text.slice(lo, hi): the rule may look one character
 * before it (比去年) and a few after it (目标任务完成), never outside [lo, hi).
 */
export type AcceptCue = (text: string, at: number, cue: string, lo: number, hi: number) => boolean;

const acceptAll: AcceptCue = () => true;

/** Longer than any match plus the characters a rule looks at after it (目标 reads 8). */
const NEAR = 32;

export interface Match {
  start: number;
  end: number;
}

const globalCopy = (pattern: RegExp) => new RegExp(pattern.source, pattern.flags.includes('g') ? pattern.flags : pattern.flags + 'g');

/** How a pattern marked in first-chars.ts is searched for: tried only where its first characters stand. */
interface Search {
  sticky: RegExp;
  first: FirstChars;
}

const searches = new WeakMap<RegExp, Search | null>();
/** One global copy per pattern, made once: a copy per search cost a RegExp construction per figure. */
const globalCopies = new WeakMap<RegExp, RegExp>();

function globalCopyOf(pattern: RegExp): RegExp {
  let copy = globalCopies.get(pattern);
  if (!copy) globalCopies.set(pattern, (copy = globalCopy(pattern)));
  return copy;
}

function searchFor(pattern: RegExp): Search | null {
  let search = searches.get(pattern);
  if (search === undefined) {
    const first = isSearchedByFirstChars(pattern) ? firstCharsOf(pattern) : null;
    search = first ? { sticky: new RegExp(pattern.source, pattern.flags.replace('g', '') + 'y'), first } : null;
    searches.set(pattern, search);
  }
  return search;
}

/** Calls `visit` with each match of a global search for `pattern` in `subject`, as re.exec in a loop finds them. */
export function eachMatch(subject: string, pattern: RegExp, visit: (index: number, match: string) => void): void {
  const search = searchFor(pattern);
  if (search) {
    // A pattern read by first-chars.ts never matches the empty string.
    for (let m = nextMatchFrom(subject, 0, search.sticky, search.first); m; m = nextMatchFrom(subject, m.index + m[0].length, search.sticky, search.first)) {
      visit(m.index, m[0]);
    }
    return;
  }
  const re = globalCopyOf(pattern);
  re.lastIndex = 0;
  for (let m = re.exec(subject); m; m = re.exec(subject)) {
    if (m[0] === '') {
      re.lastIndex++;
      continue;
    }
    visit(m.index, m[0]);
  }
}

/** The last accepted match of `pattern` in text.slice(lo, hi), scanning the slice from `from`. */
export function lastMatchIn(text: string, pattern: RegExp, accept: AcceptCue, lo: number, hi: number, from = lo): Match | null {
  let last: Match | null = null;
  eachMatch(text.slice(from, hi), pattern, (index, match) => {
    const start = from + index;
    if (accept(text, start, match, lo, hi)) last = { start, end: start + match.length };
  });
  return last;
}

/** The matches of one pattern over a whole text, for "last match in text.slice(lo, hi)". */
export class MatchIndex {
  private readonly starts: number[] = [];
  private readonly ends: number[] = [];
  /** lastAccepted[k]: the index of the last match at or before k that the rule accepts in the whole text, or -1. */
  private readonly lastAccepted: number[] = [];
  /** Searched with copies (eachMatch): a caller's lastIndex is never disturbed. */
  private readonly pattern: RegExp;

  constructor(
    private readonly text: string,
    pattern: RegExp,
    private readonly accept: AcceptCue = acceptAll,
  ) {
    this.pattern = pattern;
    let previous = -1;
    eachMatch(text, pattern, (index, match) => {
      this.starts.push(index);
      this.ends.push(index + match.length);
      if (accept(text, index, match, 0, text.length)) previous = this.starts.length - 1;
      this.lastAccepted.push(previous);
    });
  }

  /** Index of the last match whose start is below `at`, or -1. */
  private lastStartingBefore(at: number): number {
    let lo = 0;
    let hi = this.starts.length - 1;
    let found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (this.starts[mid] < at) {
        found = mid;
        lo = mid + 1;
      } else {
        hi = mid - 1;
      }
    }
    return found;
  }

  /** The match a scan of text.slice(lo, hi) accepts last, in offsets of the whole text. */
  last(lo: number, hi: number): Match | null {
    const { text, pattern, accept } = this;
    const straddling = this.lastStartingBefore(lo);
    if (straddling >= 0 && this.ends[straddling] > lo) return lastMatchIn(text, pattern, accept, lo, hi);
    // From `sync` on, scan again as the slice shows it; before it, the whole-text scan agrees.
    let sync = Math.max(lo, hi - NEAR);
    const around = this.lastStartingBefore(sync);
    if (around >= 0 && this.ends[around] > sync) sync = Math.max(lo, this.starts[around]);
    const near = lastMatchIn(text, pattern, accept, lo, hi, sync);
    if (near) return near;
    for (let k = this.lastAccepted[this.lastStartingBefore(sync)] ?? -1; k >= 0 && this.starts[k] >= lo; k = this.lastAccepted[k - 1] ?? -1) {
      // At `lo` the slice shows no character before the match (比 of 比去年): ask the rule again.
      if (this.starts[k] > lo || accept(text, this.starts[k], text.slice(this.starts[k], this.ends[k]), lo, hi)) {
        return { start: this.starts[k], end: this.ends[k] };
      }
    }
    return null;
  }

  /** The text of a match. */
  textOf(match: Match): string {
    return this.text.slice(match.start, match.end);
  }
}

/** Every occurrence of some words, for "the last occurrence of this word in text.slice(lo, hi)" (lastIndexOf). */
export class WordIndex {
  private readonly at = new Map<string, number[]>();

  /** `keep`: which occurrences to remember (all by default). */
  constructor(text: string, words: readonly string[], keep: (at: number, word: string) => boolean = () => true) {
    for (const word of words) {
      const positions: number[] = [];
      for (let p = text.indexOf(word); p >= 0; p = text.indexOf(word, p + 1)) if (keep(p, word)) positions.push(p);
      this.at.set(word, positions);
    }
  }

  /** Same as text.slice(lo, hi).lastIndexOf(word), in offsets of the whole text; -1 when absent. */
  lastIn(word: string, lo: number, hi: number): number {
    const positions = this.at.get(word) ?? [];
    const latest = hi - word.length;
    let a = 0;
    let b = positions.length - 1;
    let found = -1;
    while (a <= b) {
      const mid = (a + b) >> 1;
      if (positions[mid] <= latest) {
        found = positions[mid];
        a = mid + 1;
      } else {
        b = mid - 1;
      }
    }
    return found >= lo ? found : -1;
  }
}
