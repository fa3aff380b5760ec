/**
 * Where the sentence, segment and clause around an offset start and end, found while moving
 * forward through the text: each character is looked at a bounded number of times however many
 * figures a sentence holds (issue 11: looking back to the paragraph's start for every figure
 * was quadratic on one-line pages).
 */

export const SENTENCE_STOP = '。！？!?\n';
export const SEGMENT_STOP = '。！？!?；;\n';
export const CLAUSE_STOP = '。！？!?；;，,：:\n';

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
