/**
 * Finds the commitments of one paragraph: clauses without a figure whose verb promises a
 * checkable deliverable (what a clause must say is in commitments.ts). One pass over the
 * paragraph's characters; the readers answer for any stretch without rescanning it.
 */

import { isCommitmentClause } from './commitments';
import { deliverablesBesideFigures } from './verb-list';
import { labelsWorks, listsWorks } from './works-list';
import type { StrengthCue, StrengthReader } from './cues';
import type { DeadlineScopes } from './deadline';
import { skipOpeners } from './openers';
import { endsClause, SENTENCE_STOP, type RunningStarts } from './stops';
import type { Paragraph } from './structure';
import type { TenseCueReader } from './tense-cues';
import type { ReportGenre } from './types';

/** The number of a list item (3. 10、). */
const LIST_NUMBER = /^\d{1,2}[.、．]/;
/** The number of a heading (四、, （二）). */
const HEADING_NUMBER = /^(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)])/;

/** What the commitment rules read of the whole text. */
export interface CommitmentReaders {
  text: string;
  tense: TenseCueReader;
  strength: StrengthReader;
}

/** A commitment in offsets of the normalised text, with the cue that governs it and its deadline. */
export interface FoundCommitment {
  start: number;
  end: number;
  cue: StrengthCue | null;
  deadline: string | null;
}

/**
 * The commitments of `paragraph`, in order. `figureClauses`: starts of the clauses that hold a
 * figure (those are targets or results, not commitments). `deadlines`: the scopes that date the
 * paragraph's items, entered for it; a commitment takes its deadline by the same scopes as a target.
 * `starts` moves forward only, across paragraphs. `genre`: the report's kind, which sets the tense
 * where no cue does. In a text told as done (the paragraph's voice, voice.ts) a deliverable is done
 * unless its own sentence plans (明年将建成…). `isCommitment`: the rules a clause is read by (a test seam).
 */
export function findCommitments(
  readers: CommitmentReaders,
  paragraph: Paragraph,
  figureClauses: ReadonlySet<number>,
  deadlines: Pick<DeadlineScopes, 'forItem'>,
  starts: RunningStarts,
  genre: ReportGenre = 'other',
  isCommitment: (clause: string) => boolean = isCommitmentClause,
): FoundCommitment[] {
  const { text } = readers;
  const { start: pStart, end: pEnd } = paragraph;
  const found: FoundCommitment[] = [];
  // A communiqué reports what was done (全年新建成…, …建成投用): a finished thing is no commitment.
  if (genre === 'statistical_communique') return found;
  if (paragraph.sectionTense === 'result' && paragraph.openingTense !== 'target') return found;
  if (paragraph.openingTense === 'result') return found;
  let clauseStart = pStart;
  // After a label of works (计划新开工项目：), the works it lists up to the sentence's end.
  let underWorksLabel = false;
  for (let i = pStart; i <= pEnd; i++) {
    if (i < pEnd && !endsClause(text, i)) continue;
    // A clause holding a figure is a target or a result: nothing of it is read (no slice, no rule).
    // Its verb phrases listed with 、 (…整治行动、建设怀柔区再生资源分拣中心、整治提升15条) are read one by one.
    if (figureClauses.has(clauseStart)) {
      for (const [from, to] of deliverablesBesideFigures(text, skipOpeners(text, clauseStart, i), i, isCommitment)) keep(from, to, i);
      clauseStart = i + 1;
      continue;
    }
    let start = skipOpeners(text, clauseStart, i);
    // A note in brackets closes what it follows (…提供“一杯奶”（牵头单位：教育厅）): the clause ends before it.
    // Looked for inside the clause only: a search beyond it would make long texts quadratic.
    const whole = text.slice(start, i);
    const bracket = whole.lastIndexOf('（');
    const clauseEnd = bracket >= 0 && !whole.includes('）', bracket) ? start + bracket : i;
    const endsWithColon = clauseEnd === i && (text[i] === '：' || text[i] === ':');
    const number = LIST_NUMBER.exec(text.slice(start, Math.min(clauseEnd, start + 6)));
    // A numbered term being defined (10.“六个一”全覆盖：…) is a glossary entry, not a promise;
    // a numbered item of a list (3.将学生意外伤害责任保险…扩大到…) is read past its number.
    // 四、集中供热扩建工程: a heading names the section, it promises nothing by itself.
    const definesTerm = endsWithColon || (HEADING_NUMBER.test(text.slice(start, start + 4)) && (i === pEnd || text[i] === '\n'));
    if (number && !definesTerm) start += number[0].length;
    const clause = text.slice(start, clauseEnd);
    const listedWorks = underWorksLabel && listsWorks(clause);
    underWorksLabel = endsWithColon ? labelsWorks(clause) : underWorksLabel && SENTENCE_STOP.indexOf(text[i]) < 0;
    if (listedWorks || (!definesTerm && isCommitment(clause))) keep(start, clauseEnd, i);
    clauseStart = i + 1;
  }
  return found;

  /** Keeps text[start, end) as a commitment unless its sentence tells it as done; `stop` ends its clause. */
  function keep(start: number, end: number, stop: number): void {
    const { sentence: sentenceStart, segment: segmentStart } = starts.moveTo(start, pStart);
    const { strong, weak } = readers.tense.between(sentenceStart, stop);
    const past = strong === 'result' || (!strong && ((weak === 'result' && paragraph.sectionTense !== 'target') || (paragraph.voice === 'result' && weak !== 'target')));
    if (past) return;
    while (end > start && /\s/.test(text[end - 1])) end--;
    found.push({
      start,
      end,
      cue: readers.strength.governing(segmentStart, clauseStart, stop, false),
      // The sentence's own deadline, else the paragraph's so far, else its section's, else the plan's.
      deadline: deadlines.forItem(pStart, sentenceStart, stop)?.deadline ?? null,
    });
  }
}
