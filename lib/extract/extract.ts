/**
 * The extractor: from a report's plain text to its targets, results and commitments
 * (see tests/fixtures/eval/GUIDELINE.md). Pure: no DOM, no I/O.
 */

import { isCommitmentClause } from './commitments';
import { DeadlineReader, StrengthReader, type StrengthCue } from './cues';
import { scanFigures, quotedLookup, type Figure } from './figures';
import { REACH_VERBS } from './lexicon';
import { normalizeReport } from './normalize';
import { CLAUSE_STOP, ClauseIndex, endsClause, NextStop, RunningStarts, SENTENCE_STOP } from './stops';
import { quotedSpans, readParagraphs, type Paragraph } from './structure';
import { TenseCueReader, type Tense } from './tense-cues';
import type { ExtractedItem, ItemKind } from './types';

const LIST_JOINERS = '、和与及以并 ';

/** What may open a clause without belonging to it: dashes, spaces, list joiners, 一是/其中. */
const CLAUSE_OPENER = /^(?:[\s—\-·、]+|[一二三四五六七八九十]+是|其中|同时|此外|另外)+/;

function skipOpeners(text: string, from: number, to: number): number {
  const opener = CLAUSE_OPENER.exec(text.slice(from, Math.min(to, from + 12)));
  return opener ? Math.min(to, from + opener[0].length) : from;
}

const METRIC_LEAD =
  /^(?:其中|同时|力争|确保|争取|努力|今年|全年|明年|到20\d\d年(?:底|末)?|20\d\d年|主要预期目标(?:是|为)?|预期目标(?:是|为)?|具体目标|目标(?:是|为)|新增|新建|累计|实现|全省|全市|全国|全区)+/;
/** Verbs and cues that end a metric's words before its figure (提升至, 控制在, 约). */
const METRIC_TAIL_WORDS = [
  '达到', '达', '为', '是', '提升至', '提升到', '提高到', '提高至', '增至', '降至', '降到', '保持在', '控制在', '稳定在',
  '缩小到', '缩小至', '扩大到', '扩大至', '超过', '突破', '不低于', '不少于', '不超过', '不高于', '低于', '高于', '多于',
  '少于', '至少', '约', '近', '将近', '接近', '在', '到', '至', '了', '按', '拟按', '拟',
];
const LONGEST_TAIL_WORD = Math.max(...METRIC_TAIL_WORDS.map((w) => w.length));

/**
 * `words` without the longest run of tail words at its end (达到, 控制在, 约…). The same as
 * replacing /(?:达到|达|…)+$/, whose backtracking is exponential in a run like 达到达到达到…X.
 */
function withoutTailWords(words: string): string {
  // ends[j]: words.slice(j) is a run of tail words; read from the end, stopping where no run can reach.
  const ends = new Uint8Array(words.length + 1);
  ends[words.length] = 1;
  let cut = words.length;
  for (let j = words.length - 1, misses = 0; j >= 0 && misses < LONGEST_TAIL_WORD; j--) {
    ends[j] = METRIC_TAIL_WORDS.some((w) => ends[j + w.length] && words.startsWith(w, j)) ? 1 : 0;
    if (ends[j]) {
      cut = j;
      misses = 0;
    } else {
      misses++;
    }
  }
  return words.slice(0, cut);
}

const isSpace = (ch: string) => /\s/.test(ch);

/** Where a clause's words end, trailing spaces left out; remembered, as a clause's figures share it. */
class ClauseContentEnd {
  private clauseEnd = -1;
  private contentEnd = -1;

  constructor(private readonly text: string) {}

  of(clauseEnd: number): number {
    if (clauseEnd !== this.clauseEnd) {
      let end = clauseEnd;
      while (end > 0 && isSpace(this.text[end - 1])) end--;
      [this.clauseEnd, this.contentEnd] = [clauseEnd, end];
    }
    return this.contentEnd;
  }
}

function metricOf(text: string, clauseStart: number, figure: Figure, contentEnd: number): string {
  const before = text.slice(clauseStart, figure.start).trim();
  const metric = withoutTailWords(before.replace(METRIC_LEAD, '')).trim();
  if (!metric) {
    // 6600多万纳税人受益: the figure opens the clause and the noun follows it. Only the last 40
    // characters are kept, so only they are read: a long clause of figures stays linear.
    const end = Math.max(contentEnd, figure.end);
    let start = figure.end;
    while (start < end && (text[start] === '的' || isSpace(text[start]))) start++;
    return text.slice(Math.max(start, end - 40), end);
  }
  return metric.length > 40 ? metric.slice(-40) : metric;
}

/**
 * The unit as the report writes it (噸 stays 噸), with full-width forms folded to ASCII
 * (％ → %, ／ → /) and invisible characters left out, as the guideline reads units.
 */
function unitAsWritten(input: string, origin: Int32Array, figure: Figure): string {
  if (figure.unitStart < 0) return figure.unit;
  let unit = '';
  for (let k = figure.unitStart; k < figure.unitStart + figure.unit.length; k++) {
    const code = input.charCodeAt(origin[k]);
    unit += String.fromCharCode(code >= 0xff01 && code <= 0xff5e ? code - 0xfee0 : code);
  }
  return unit;
}

/** The input's characters behind text[at, at + length): a cue as the report writes it (確保 stays 確保). */
function asWritten(input: string, origin: Int32Array, at: number, length: number): string {
  let written = '';
  for (let k = at; k < at + length; k++) written += input[origin[k]];
  return written;
}

const REACH = new RegExp(REACH_VERBS.join('|'), 'g');

/** Where figures and verbs that set a level (达到, 高于) stand, in order: what states a target. */
function targetMarks(text: string, figures: readonly Figure[]): number[] {
  const marks = figures.map((figure) => figure.start);
  for (const m of text.matchAll(REACH)) marks.push(m.index);
  return marks.sort((a, b) => a - b);
}

/** What the rules read of one text, each answering for any stretch in time independent of its length. */
interface Readers {
  text: string;
  tense: TenseCueReader;
  strength: StrengthReader;
  deadlines: DeadlineReader;
}

/** An item in offsets of the normalised text, with the strength cue that governs it. */
type PendingItem = {
  start: number;
  end: number;
  cue: StrengthCue | null;
  item: Omit<ExtractedItem, 'start' | 'end' | 'text' | 'strength' | 'strengthCue'>;
};

/** The sentence's own deadline, else the paragraph's so far, else the one its section set. */
function deadlineFor(readers: Readers, paragraphStart: number, sentenceStart: number, at: number, context: ParagraphContext): string | null {
  const { deadlines } = readers;
  return deadlines.between(sentenceStart, at) ?? deadlines.between(paragraphStart, sentenceStart) ?? context.inheritedDeadline;
}

const LIST_HEADS = ['包括', '包含', '涵盖', '即', '指', '分别为', '分别是'];
const DIRECTIONS = '东南西北中上下左右';

/**
 * 包括A、B、C等6个工程; 东南西北4个方向: in a glossary entry, a count that only sums up its own list.
 * `directionsEnd` is where the run of direction words from the clause's start ends.
 */
function countsAnEnumeration(text: string, clauseStart: number, at: number, directionsEnd: number): boolean {
  return LIST_HEADS.some((w) => clauseStart + w.length <= at && text.startsWith(w, clauseStart)) || (at - clauseStart >= 2 && directionsEnd >= at);
}

function directionsFrom(text: string, at: number): number {
  while (at < text.length && DIRECTIONS.includes(text[at])) at++;
  return at;
}

interface ParagraphContext {
  paragraph: Paragraph;
  /** The tense last decided by a cue in this paragraph; later sentences without cues follow it. */
  runningTense: Tense;
  /** A deadline announced by a lead-in line (到2027年具体目标：) for what follows. */
  inheritedDeadline: string | null;
}

function decideTense(readers: Readers, segmentStart: number, at: number, sentenceEnd: number, context: ParagraphContext): ItemKind {
  const { strong, weak } = readers.tense.between(segmentStart, at);
  const { paragraph } = context;
  let tense = strong ?? paragraph.openingTense ?? paragraph.sectionTense ?? weak ?? context.runningTense;
  if (!tense) {
    // Nothing before the figure tells: the rest of its sentence may (达到1220元，比上年增长5%).
    const rest = readers.tense.between(segmentStart, sentenceEnd);
    tense = rest.strong ?? rest.weak ?? 'target';
  }
  if (strong || weak) context.runningTense = tense;
  return tense === 'result' ? 'result' : 'target';
}

export interface ExtractOptions {
  /** Leave out commitments (the command line's --no-commitments, a reader's setting). */
  commitments?: boolean;
}

/**
 * One forward pass over the paragraphs and their figures. Nothing is rescanned from a
 * paragraph's start: time is linear in the text, however long its lines (issue 11).
 */
export function extractItems(input: string, options: ExtractOptions = {}): ExtractedItem[] {
  const { text, origin } = normalizeReport(input);
  const paragraphs = readParagraphs(text);
  const quoted = quotedLookup(quotedSpans(text));
  const figures = scanFigures(text, { quoted });
  const clauses = new ClauseIndex(text, targetMarks(text, figures));
  const readers: Readers = { text, tense: new TenseCueReader(text), strength: new StrengthReader(text, clauses), deadlines: new DeadlineReader(text) };
  const starts = new RunningStarts(text);
  const clauseEnds = new NextStop(text, CLAUSE_STOP);
  const sentenceEnds = new NextStop(text, SENTENCE_STOP);
  const commitmentStarts = new RunningStarts(text);
  const contentEnds = new ClauseContentEnd(text);
  const items: PendingItem[] = [];

  let f = 0;
  let inheritedDeadline: string | null = null;
  let lastSection = '';
  let directions = { clauseStart: -1, end: -1 };
  for (const paragraph of paragraphs) {
    if (paragraph.section !== lastSection) {
      inheritedDeadline = null;
      lastSection = paragraph.section;
    }
    const context: ParagraphContext = { paragraph, runningTense: null, inheritedDeadline };
    const { start: pStart, end: pEnd } = paragraph;
    while (f < figures.length && figures[f].start < pStart) f++;
    const mine: Figure[] = [];
    while (f < figures.length && figures[f].start < pEnd) mine.push(figures[f++]);

    let previousEnd = pStart;
    const figureClauses = new Set<number>();
    for (const figure of mine) {
      const { sentence: sentenceStart, segment: segmentStart, clause } = starts.moveTo(figure.start, pStart);
      if (paragraph.glossary) {
        if (directions.clauseStart !== clause) directions = { clauseStart: clause, end: directionsFrom(text, clause) };
        if (countsAnEnumeration(text, clause, figure.start, directions.end)) continue;
      }
      let clauseStart = clause;
      const clauseEnd = clauseEnds.at(figure.end, pEnd);
      figureClauses.add(clauseStart);
      if (previousEnd > clauseStart) {
        // A list in one clause (示范村10个、示范线5条): each figure starts after the one before.
        clauseStart = previousEnd;
        while (clauseStart < figure.start && LIST_JOINERS.includes(text[clauseStart])) clauseStart++;
      }
      clauseStart = skipOpeners(text, clauseStart, figure.start);
      previousEnd = figure.end;
      const sentenceEnd = sentenceEnds.at(figure.end, pEnd);
      const kind = decideTense(readers, segmentStart, figure.start, sentenceEnd, context);
      items.push({
        start: clauseStart,
        end: figure.end,
        cue: kind === 'target' ? readers.strength.governing(segmentStart, clause, figure.start, true) : null,
        item: {
          kind,
          metric: metricOf(text, clauseStart, figure, contentEnds.of(clauseEnd)),
          indicator: null,
          direction: null,
          from: null,
          period: null,
          value: figure.value,
          max: figure.max,
          unit: unitAsWritten(input, origin, figure),
          cmp: figure.cmp,
          deadline: kind === 'target' ? deadlineFor(readers, pStart, sentenceStart, figure.start, context) : null,
          section: paragraph.section,
        },
      });
    }

    // A glossary entry defines a term: its planned figures count, but it promises no deliverable.
    if (options.commitments !== false && !paragraph.glossary) {
      findCommitments(readers, paragraph, figureClauses, context, commitmentStarts, items);
    }
    // What a paragraph dates (到2027年具体目标：, 今年发展主要预期目标是…) stands for the rest of its section.
    if (paragraph.sectionTense !== 'result') inheritedDeadline = readers.deadlines.between(pStart, pEnd) ?? inheritedDeadline;
  }

  items.sort((a, b) => a.start - b.start || a.end - b.end);
  return items.map(({ start, end, cue, item }) => {
    const s = origin[start];
    const e = origin[end - 1] + 1;
    const { kind, metric, indicator, direction, from, period, value, max, unit, cmp, deadline, section } = item;
    return {
      start: s, end: e, text: input.slice(s, e), kind, metric, indicator, direction, from, period, value, max, unit, cmp,
      strength: cue?.strength ?? null,
      strengthCue: cue ? asWritten(input, origin, cue.at, cue.cue.length) : null,
      deadline, section,
    };
  });
}

function findCommitments(
  readers: Readers,
  paragraph: Paragraph,
  figureClauses: Set<number>,
  context: ParagraphContext,
  starts: RunningStarts,
  items: PendingItem[],
): void {
  const { text } = readers;
  const { start: pStart, end: pEnd } = paragraph;
  if (paragraph.sectionTense === 'result' && paragraph.openingTense !== 'target') return;
  if (paragraph.openingTense === 'result') return;
  let clauseStart = pStart;
  for (let i = pStart; i <= pEnd; i++) {
    if (i < pEnd && !endsClause(text, i)) continue;
    const start = skipOpeners(text, clauseStart, i);
    const clause = text.slice(start, i);
    // A numbered term being defined (10.“六个一”全覆盖：…) is a glossary entry, not a promise.
    const definesTerm = /^\d+[.、．]/.test(clause) || text[i] === '：' || text[i] === ':';
    if (!figureClauses.has(clauseStart) && !definesTerm && isCommitmentClause(clause)) {
      const { sentence: sentenceStart, segment: segmentStart } = starts.moveTo(start, pStart);
      const { strong, weak } = readers.tense.between(sentenceStart, i);
      const past = strong === 'result' || (!strong && weak === 'result' && paragraph.sectionTense !== 'target');
      if (!past) {
        let end = i;
        while (end > start && /\s/.test(text[end - 1])) end--;
        items.push({
          start,
          end,
          cue: readers.strength.governing(segmentStart, clauseStart, i, false),
          item: {
            kind: 'commitment',
            metric: '',
            indicator: null,
            direction: null,
            from: null,
            period: null,
            value: null,
            max: null,
            unit: '',
            cmp: null,
            deadline: deadlineFor(readers, pStart, sentenceStart, i, context),
            section: paragraph.section,
          },
        });
      }
    }
    clauseStart = i + 1;
  }
}
