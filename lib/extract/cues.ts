/**
 * Strength cues (确保 binding, 力争 aspirational) and deadlines (到2027年, 今年) before a figure,
 * read for any stretch of a long text without rescanning it (see match-index.ts).
 */

import { DEADLINE_PATTERN, deadlineYear } from './deadline';
import { ASPIRATIONAL_CUES, BINDING_CUES } from './lexicon';
import { MatchIndex, WordIndex, type AcceptCue } from './match-index';
import type { ClauseIndex } from './stops';
import type { Strength } from './types';

const STRENGTH_CUES = [[BINDING_CUES, 'binding'], [ASPIRATIONAL_CUES, 'aspirational']] as const;

/** 做了很大努力，: a cue word standing before a pause is a noun, and governs nothing. */
const PAUSE = /[，。；、,;]/;

/**
 * What may follow a cue in a clause that only leads into a list (力争到2030年，…; 确保今年实现以下目标：):
 * a deadline, a verb of reaching, a word announcing targets. Such a cue governs the rest of its segment.
 */
const LEAD_IN =
  /^(?:(?:到|至|在|于)?(?:19|20)\d\d年(?:底|末)?(?:前|以前)?|今年|明年|年内|年底前)?(?:全面|基本)?(?:实现|达到|完成)?(?:以下|如下|下列)?(?:主要)?(?:目标|指标|任务)?(?:是|为)?$/;

const LEAD_IN_LONGEST = 48;

/** A strength cue that governs an item: its strength, the cue (normalised) and where it stands. */
export interface StrengthCue {
  strength: Strength;
  cue: string;
  at: number;
}

/**
 * Which strength cue governs an item. A cue governs the clause it stands in. Beyond it, it
 * governs only what its clause leads into, within the segment (up to ；or 。):
 * - a clause that only leads in (力争到2030年，A达到…，B缩小至…; 确保：) governs the segment's rest;
 * - a clause that states a target (确保粮食产量稳定在1.3万亿斤以上，城镇新增就业1200万人左右; 力争人均
 *   预期寿命接近全国平均水平，人均受教育年限达到11.7年) governs the figures of the clauses that follow
 *   it without a break, each stating a target too (a figure, or a verb that sets a level).
 * 坚决落实…同责，推进…，实现产量1285万吨以上: 坚决 governs 落实, not the output of a later clause;
 * 在实际工作中争取更好结果 qualifies the growth target before it, not the list after it.
 */
export class StrengthReader {
  private readonly words: WordIndex;

  constructor(
    private readonly text: string,
    private readonly clauses: ClauseIndex,
  ) {
    // Only the occurrences that govern: one followed by a pause is a noun (做了很大努力，).
    this.words = new WordIndex(text, [...BINDING_CUES, ...ASPIRATIONAL_CUES], (at, word) => !PAUSE.test(text[at + word.length] ?? ''));
  }

  /** The last governing cue in text.slice(lo, hi), or null. */
  private lastCue(lo: number, hi: number): StrengthCue | null {
    let found: StrengthCue | null = null;
    for (const [cues, strength] of STRENGTH_CUES) {
      for (const cue of cues) {
        const at = this.words.lastIn(cue, lo, hi);
        if (at >= 0 && (!found || at > found.at)) found = { strength, cue, at };
      }
    }
    return found;
  }

  /**
   * The cue that governs an item whose clause starts at `clauseStart`, looking at cues from the
   * segment's start to `until` (a figure's start; a commitment's end). `holdsFigure`: the item is
   * a figure, which may continue a cue's list of figures.
   */
  governing(segmentStart: number, clauseStart: number, until: number, holdsFigure: boolean): StrengthCue | null {
    const cue = this.lastCue(segmentStart, until);
    if (!cue || cue.at >= clauseStart) return cue;
    const { clauses, text } = this;
    const own = clauses.clauseAt(cue.at);
    const ownEnd = clauses.endOf(own);
    const afterCue = cue.at + cue.cue.length;
    // A lead-in is a few words; a long clause is read no further (many figures may ask about one cue).
    const leadsIn = ownEnd - afterCue <= LEAD_IN_LONGEST && LEAD_IN.test(text.slice(afterCue, ownEnd).trim());
    if (text[ownEnd] === '：' || text[ownEnd] === ':' || leadsIn) return cue;
    const item = clauses.clauseAt(clauseStart);
    const listOfTargets = holdsFigure && clauses.statesTargetBetween(afterCue, ownEnd) && clauses.allStateTargets(own + 1, item - 1);
    return listOfTargets ? cue : null;
  }
}

/**
 * The deadlines written in a text. Given the report's year, a year already past when it was
 * written is no deadline (到2020年 in a 2021 report, 高于“十三五”时期实际): what it dates is done.
 */
export class DeadlineReader {
  private readonly index: MatchIndex;
  private readonly accept: AcceptCue;

  constructor(
    private readonly text: string,
    reportYear: number | null = null,
  ) {
    this.accept = (_text, _at, deadline) => {
      const year = reportYear === null ? null : deadlineYear(deadline);
      return year === null || reportYear === null || year >= reportYear;
    };
    this.index = new MatchIndex(text, DEADLINE_PATTERN, this.accept);
  }

  /** The last deadline written in text.slice(lo, hi), as written, or null. */
  between(lo: number, hi: number): string | null {
    return this.lastIn(lo, hi)?.deadline ?? null;
  }

  /** The last deadline written in text.slice(lo, hi), with where it starts, or null. */
  lastIn(lo: number, hi: number): { start: number; deadline: string } | null {
    const match = this.index.last(lo, hi);
    return match ? { start: match.start, deadline: this.index.textOf(match) } : null;
  }

  /** Every deadline written in text.slice(lo, hi), in order (it scans the stretch: ask it of a short one). */
  allIn(lo: number, hi: number): string[] {
    const found: string[] = [];
    for (const m of this.text.slice(lo, hi).matchAll(DEADLINE_PATTERN)) {
      if (this.accept(this.text, lo + m.index, m[0], lo, hi)) found.push(m[0]);
    }
    return found;
  }
}
