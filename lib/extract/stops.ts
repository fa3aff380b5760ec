/**
 * Where the sentence, segment and clause around an offset start and end, found while moving
 * forward through the text: each character is looked at a bounded number of times however many
 * figures a sentence holds (issue 11: looking back to the paragraph's start for every figure
 * was quadratic on one-line pages).
 */

export const SENTENCE_STOP = '。！？!?\n';
// A table's cell (| 完成奉化高级中学食堂建设 |) stands on its own, as a segment does.
export const SEGMENT_STOP = '。！？!?；;\n|｜';
export const CLAUSE_STOP = '。！？!?；;，,：:\n|｜';

const CLAUSE = 1;
const SEGMENT = 2;
const SENTENCE = 4;
/** STOPS[code]: which kinds of span a character ends, as bits (a looked-up table: this runs per character). */
const STOPS = (() => {
  const table = new Uint8Array(0x10000);
  for (const ch of CLAUSE_STOP) table[ch.charCodeAt(0)] |= CLAUSE;
  for (const ch of SEGMENT_STOP) table[ch.charCodeAt(0)] |= SEGMENT;
  for (const ch of SENTENCE_STOP) table[ch.charCodeAt(0)] |= SENTENCE;
  return table;
})();

/** Whether text[i] ends a clause (and so every segment and sentence ending there). */
export const endsClause = (text: string, i: number): boolean => (STOPS[text.charCodeAt(i)] & CLAUSE) !== 0;

/** The starts of the sentence, segment and clause an offset stands in: after the last stop before it. */
export class RunningStarts {
  private at = 0;
  private sentenceAt = 0;
  private segmentAt = 0;
  private clauseAt = 0;
  private floor = 0;

  constructor(private readonly text: string) {}

  /**
   * Moves to `to`, where the paragraph began at `floor` (a paragraph starts after a line break,
   * itself a stop). Moving back is allowed but rescans from the floor.
   */
  moveTo(to: number, floor: number): this {
    if (to < this.at) {
      this.at = floor;
      this.sentenceAt = this.segmentAt = this.clauseAt = floor;
    }
    const { text } = this;
    for (; this.at < to; this.at++) {
      const stop = STOPS[text.charCodeAt(this.at)];
      if (!stop) continue;
      this.clauseAt = this.at + 1;
      if (stop & SEGMENT) this.segmentAt = this.at + 1;
      if (stop & SENTENCE) this.sentenceAt = this.at + 1;
    }
    this.floor = floor;
    return this;
  }

  get sentence(): number {
    return Math.max(this.floor, this.sentenceAt);
  }

  get segment(): number {
    return Math.max(this.floor, this.segmentAt);
  }

  get clause(): number {
    return Math.max(this.floor, this.clauseAt);
  }
}

/** The first stop at or after an offset, remembered while the offsets asked about move forward. */
export class NextStop {
  private from = 0;
  private found = -1;
  private readonly kind: number;

  constructor(
    private readonly text: string,
    stops: typeof SENTENCE_STOP | typeof CLAUSE_STOP,
  ) {
    this.kind = stops === SENTENCE_STOP ? SENTENCE : CLAUSE;
  }

  /** The first stop in [at, ceiling), else `ceiling`. */
  at(at: number, ceiling: number): number {
    if (at < this.from || at > this.found) {
      const { text, kind } = this;
      let i = at;
      while (i < text.length && !(STOPS[text.charCodeAt(i)] & kind)) i++;
      this.from = at;
      this.found = i;
    }
    return Math.min(this.found, ceiling);
  }
}

/**
 * The clauses of a text (spans between clause stops) and which of them state a target (hold a
 * figure or a verb that sets a level, 达到 or 高于): what a strength cue's reach is read from
 * (cues.ts). Built once; each question is a binary search.
 */
export class ClauseIndex {
  /** starts[k]: where clause k begins; clause k ends at starts[k + 1] - 1 (its stop) or the text's end. */
  private readonly starts: number[] = [0];
  /** notTargets[k]: how many of the clauses before k state no target. */
  private readonly notTargets: Int32Array;

  /** `targetMarks`: sorted offsets of figures and of verbs that set a level. */
  constructor(
    private readonly text: string,
    private readonly targetMarks: readonly number[],
  ) {
    for (let i = 0; i < text.length; i++) if (endsClause(text, i)) this.starts.push(i + 1);
    const states = new Uint8Array(this.starts.length);
    for (const at of targetMarks) states[this.clauseAt(at)] = 1;
    this.notTargets = new Int32Array(this.starts.length + 1);
    for (let k = 0; k < this.starts.length; k++) this.notTargets[k + 1] = this.notTargets[k] + (states[k] ? 0 : 1);
  }

  /** The index of the clause `at` stands in. */
  clauseAt(at: number): number {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid] <= at) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  /** Where clause `k` ends: the offset of its stop, or the text's length. */
  endOf(k: number): number {
    return k + 1 < this.starts.length ? this.starts[k + 1] - 1 : this.text.length;
  }

  /** Whether a figure or a verb setting a level stands in [from, to). */
  statesTargetBetween(from: number, to: number): boolean {
    const marks = this.targetMarks;
    let lo = 0;
    let hi = marks.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (marks[mid] < from) lo = mid + 1;
      else hi = mid;
    }
    return lo < marks.length && marks[lo] < to;
  }

  /** Whether every clause from `first` to `last` (inclusive) states a target; true when first > last. */
  allStateTargets(first: number, last: number): boolean {
    return first > last || this.notTargets[last + 1] - this.notTargets[first] === 0;
  }
}
