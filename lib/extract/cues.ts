/**
 * Strength cues (确保 binding, 力争 aspirational) and deadlines (到2027年, 今年) before a figure,
 * read for any stretch of a long text without rescanning it (see match-index.ts).
 */

import { ASPIRATIONAL_CUES, BINDING_CUES, DEADLINE_PATTERN } from './lexicon';
import { MatchIndex, WordIndex } from './match-index';
import type { Strength } from './types';

const STRENGTH_CUES = [[BINDING_CUES, 'binding'], [ASPIRATIONAL_CUES, 'aspirational']] as const;

/** 做了很大努力，: a cue word standing before a pause is a noun, and governs nothing. */
const PAUSE = /[，。；、,;]/;

export class StrengthReader {
  private readonly words: WordIndex;

  constructor(private readonly text: string) {
    this.words = new WordIndex(text, [...BINDING_CUES, ...ASPIRATIONAL_CUES]);
  }

  /** The strength of the last cue in text.slice(lo, hi) that governs, or null. */
  between(lo: number, hi: number): Strength | null {
    let best = -1;
    let strength: Strength | null = null;
    for (const [cues, kind] of STRENGTH_CUES) {
      for (const cue of cues) {
        const at = this.words.lastIn(cue, lo, hi);
        const after = at + cue.length;
        if (at > best && !(after < hi && PAUSE.test(this.text[after]))) [best, strength] = [at, kind];
      }
    }
    return strength;
  }
}

export class DeadlineReader {
  private readonly index: MatchIndex;

  constructor(text: string) {
    this.index = new MatchIndex(text, DEADLINE_PATTERN);
  }

  /** The last deadline written in text.slice(lo, hi), as written, or null. */
  between(lo: number, hi: number): string | null {
    const match = this.index.last(lo, hi);
    return match ? this.index.textOf(match) : null;
  }
}
