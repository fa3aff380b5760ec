/**
 * The extractor: from a report's plain text to its targets, results and commitments
 * (see tests/fixtures/eval/GUIDELINE.md). Pure: no DOM, no I/O.
 */

import { DeadlineReader, StrengthReader, type StrengthCue } from './cues';
import { DeadlineScopes } from './deadline';
import { isCommitmentClause } from './commitments';
import { findCommitments } from './find-commitments';
import { scanFigures, quotedLookup, type Figure } from './figures';
import { REACH_VERBS } from './lexicon';
import { normalizeReport } from './normalize';
import { skipOpeners } from './openers';
import { CLAUSE_STOP, ClauseIndex, NextStop, RunningStarts, SENTENCE_STOP } from './stops';
import { framingTense, quotedSpans, readParagraphs, type Paragraph } from './structure';
import { TenseCueReader, type Tense } from './tense-cues';
import type { ExtractedItem, ItemKind, ReportIdentity } from './types';
import { reportIdentityOf } from './identity';
import { indicatorOf } from './indicators';
import { eachMatch } from './match-index';
import { MetricReader, type Span } from './metric';
import { periodOf } from './period';
import { isPlanBase, tenseOfGenre } from './genre';
import { isTableFigure, readTableFigures, withTableFigures } from './tables';
import { clockSpans, isFurniture } from './furniture';
import { isSpaceCode } from '../text/fold';
import { COUNTER_SET } from '../text/units';

const LIST_JOINERS = '、和与及以并 ';

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

/** A metric in the normalised text, for the rules that read it (indicators). */
function metricIn(text: string, spans: readonly Span[]): string {
  return spans.map((s) => text.slice(s.start, s.end)).join('');
}

/** The longest metric kept: a name, not a paragraph. */
const METRIC_LONGEST = 40;

/**
 * A metric as the report writes it (工業總産值 stays Traditional), from the input's characters behind
 * its pieces; spaces and line breaks inside it are left out.
 */
function metricAsWritten(input: string, origin: Int32Array, spans: readonly Span[]): string {
  let metric = '';
  for (const { start, end } of spans) {
    for (let k = start; k < end; k++) {
      // A table lookup, not /\s/.test per character.
      if (!isSpaceCode(input.charCodeAt(origin[k]))) metric += input[origin[k]];
    }
  }
  return metric.length > METRIC_LONGEST ? metric.slice(-METRIC_LONGEST) : metric;
}

/** 从/由 before a figure in its words (从去年的2.1%, 由2020年的7.2%, 从每人每月1536元): where it stands, or -1. */
const FROM_MARK = /(?:从|由)(?:(?:19|20)\d\d年|[^\d，,。；;、从由]){0,10}$/;
/** What joins the two figures of 从X提高到Y: a change verb and 到/至/为 (增加到, 提高至, 缩小至, 变为), with Y's year (提升到2025年的). */
const LEADS_TO = /^了?(?:增加|增长|提高|提升|上升|下降|降低|减少|缩小|扩大|收窄|缩减|压减|压缩|缩短|延长|跃升|攀升|回落|调整|变化|变|转|降|增|升|减)?了?(?:到|至|为)了?(?:(?:19|20)\d\d年(?:底|末)?的)?(?:超过|突破|近|约|不到)?$/;

/** The starting figure X of 从X提高到Y, held until Y is read. */
interface PendingFrom {
  figure: Figure;
  itemStart: number;
  wordsStart: number;
  /** Where 从/由 stands: Y's words end there. */
  fromAt: number;
}

function fromMarkBefore(text: string, wordsStart: number, figure: Figure): number {
  const from = Math.max(wordsStart, figure.start - 14);
  const match = FROM_MARK.exec(text.slice(from, figure.start));
  return match ? from + match.index : -1;
}

function leadsTo(text: string, from: Figure, to: Figure): boolean {
  return to.start - from.end <= 14 && LEADS_TO.test(text.slice(from.end, to.start));
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
  eachMatch(text, REACH, (index) => marks.push(index));
  return marks.sort((a, b) => a - b);
}

/** What the rules read of one text, each answering for any stretch in time independent of its length. */
interface Readers {
  text: string;
  tense: TenseCueReader;
  strength: StrengthReader;
}

/** An item in offsets of the normalised text, with the strength cue that governs it. */
type PendingItem = {
  start: number;
  end: number;
  cue: StrengthCue | null;
  item: Omit<ExtractedItem, 'start' | 'end' | 'text' | 'strength' | 'strengthCue'>;
};

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
  /** The tense the report's genre gives its figures (genre.ts), and the report's year for a plan's base. */
  genre: { tense: Tense; year: number | null };
}

const COUNTED_NOUN = /^[\u3400-\u9fff]{1,6}?(?=[、和及与]|[，,。；;）)]|$)/;

/** Two counts with one measure word, a few words and a list joiner apart (12枚金牌、8枚). */
function sharesMeasureWord(text: string, a: Figure | undefined, b: Figure | undefined): boolean {
  return !!a && !!b && a.unit === b.unit && b.start - a.end <= 8 && /^[\u3400-\u9fff]{1,6}[、和及与]$/.test(text.slice(a.end, b.start));
}

/**
 * The noun a count names right after its measure word when counts sharing that word stand in a
 * list (12枚金牌、8枚银牌和5枚铜牌, 3所高中、5所初中): its span, else null.
 */
function countedNounAfter(text: string, figure: Figure, previous: Figure | undefined, next: Figure | undefined): Span | null {
  if (!figure.unit || !COUNTER_SET.has(figure.unit)) return null;
  if (!sharesMeasureWord(text, figure, next) && !sharesMeasureWord(text, previous, figure)) return null;
  const noun = COUNTED_NOUN.exec(text.slice(figure.end, figure.end + 8));
  return noun && noun[0] ? { start: figure.end, end: figure.end + noun[0].length } : null;
}

/** How far before a figure a plan's base mark (基期, 2020年为) is looked for. */
const BASE_REACH = 16;

function decideTense(readers: Readers, segmentStart: number, at: number, sentenceEnd: number, context: ParagraphContext): ItemKind {
  const { strong, weak } = readers.tense.between(segmentStart, at);
  const { paragraph, genre } = context;
  // A communiqué reports only what happened; a plan plans throughout, but for its base and a review it quotes.
  if (genre.tense === 'result') return 'result';
  if (genre.tense === 'target') {
    const tense = strong ?? paragraph.openingTense ?? framingTense(paragraph) ?? 'target';
    if (tense === 'result') return 'result';
    const before = readers.text.slice(Math.max(segmentStart, at - BASE_REACH), at);
    return isPlanBase(before, genre.year) ? 'result' : 'target';
  }
  let tense = strong ?? paragraph.openingTense ?? framingTense(paragraph) ?? weak ?? context.runningTense;
  if (!tense) {
    // Nothing before the figure tells: the rest of its sentence may (达到1220元，比上年增长5%).
    const rest = readers.tense.between(segmentStart, sentenceEnd);
    tense = rest.strong ?? rest.weak ?? 'target';
  }
  if (strong || weak) context.runningTense = tense;
  return tense === 'result' ? 'result' : 'target';
}

/** A commitment's fields: a deliverable with no figure, only a deadline and a section. */
function commitmentItem(deadline: string | null, section: string): PendingItem['item'] {
  return {
    kind: 'commitment', metric: '', indicator: null, direction: null, from: null, period: null,
    value: null, max: null, unit: '', cmp: null, deadline, section,
  };
}

export interface ExtractOptions {
  /** Leave out commitments (the command line's --no-commitments, a reader's setting). */
  commitments?: boolean;
  /** The report's identity when the caller has read it (extractReport), so it is not read twice. */
  report?: ReportIdentity;
}

/**
 * One forward pass over the paragraphs and their figures. Nothing is rescanned from a
 * paragraph's start: time is linear in the text, however long its lines (issue 11).
 * `isCommitment`: the rules a clause without a figure is read by (a test seam: the gate open or shut).
 */
export function extractItems(input: string, options: ExtractOptions = {}, isCommitment: (clause: string) => boolean = isCommitmentClause): ExtractedItem[] {
  const { text, origin } = normalizeReport(input);
  const paragraphs = readParagraphs(text);
  const quoted = quotedLookup(quotedSpans(text));
  const figures = withTableFigures(scanFigures(text, { quoted }), readTableFigures(text));
  const clauses = new ClauseIndex(text, targetMarks(text, figures));
  const starts = new RunningStarts(text);
  const clauseEnds = new NextStop(text, CLAUSE_STOP);
  const sentenceEnds = new NextStop(text, SENTENCE_STOP);
  const commitmentStarts = new RunningStarts(text);
  const metrics = new MetricReader(text);
  const report = options.report ?? reportIdentityOf(input);
  const deadlines = new DeadlineReader(text, report.year);
  const readers: Readers = { text, tense: new TenseCueReader(text), strength: new StrengthReader(text, clauses) };
  const deadlineScopes = new DeadlineScopes(text, deadlines, report);
  const genre = { tense: tenseOfGenre(report.genre), year: report.year };
  const items: PendingItem[] = [];
  const clocks = clockSpans(text);
  let clock = 0;

  let f = 0;
  let directions = { clauseStart: -1, end: -1 };
  for (const readParagraph of paragraphs) {
    // A communiqué's every paragraph reports: it plans nothing and promises no deliverable.
    const paragraph: Paragraph =
      genre.tense === 'result' ? { ...readParagraph, sectionTense: 'result', openingTense: 'result' } : readParagraph;
    deadlineScopes.enter(paragraph);
    const context: ParagraphContext = { paragraph, runningTense: null, genre };
    const { start: pStart, end: pEnd } = paragraph;
    while (f < figures.length && figures[f].start < pStart) f++;
    const mine: Figure[] = [];
    while (f < figures.length && figures[f].start < pEnd) mine.push(figures[f++]);

    let previousEnd = pStart;
    let wordsFrom = pStart;
    const figureClauses = new Set<number>();
    let pendingFrom: PendingFrom | null = null;
    for (let i = 0; i < mine.length; i++) {
      const figure = mine[i];
      const { sentence: sentenceStart, segment: segmentStart, clause } = starts.moveTo(figure.start, pStart);
      while (clock < clocks.length && clocks[clock][1] <= figure.start) clock++;
      const inClock = clock < clocks.length && clocks[clock][0] <= figure.start;
      if (isFurniture(text, figure, clause, inClock)) continue;
      if (paragraph.glossary) {
        if (directions.clauseStart !== clause) directions = { clauseStart: clause, end: directionsFrom(text, clause) };
        if (countsAnEnumeration(text, clause, figure.start, directions.end)) continue;
      }
      let itemStart = clause;
      const clauseEnd = clauseEnds.at(figure.end, pEnd);
      figureClauses.add(clause);
      let wordsStart = clause;
      if (previousEnd > clause) {
        // A list in one clause (示范村10个、示范线5条): each figure starts after the one before,
        // and its words after what the one before counted (建成19个基地、300个乡村).
        itemStart = previousEnd;
        while (itemStart < figure.start && LIST_JOINERS.includes(text[itemStart])) itemStart++;
        wordsStart = Math.max(itemStart, Math.min(wordsFrom, figure.start));
        while (wordsStart < figure.start && LIST_JOINERS.includes(text[wordsStart])) wordsStart++;
      }
      itemStart = skipOpeners(text, itemStart, figure.start);
      wordsStart = Math.max(wordsStart, itemStart);
      // 12枚金牌、8枚银牌和5枚铜牌: each count names what it counts after its measure word.
      const counted = countedNounAfter(text, figure, mine[i - 1], mine[i + 1]);
      const itemEnd = counted ? counted.end : figure.end;
      previousEnd = itemEnd;
      // 从X提高到Y: X is Y's starting point, not an item of its own; Y's words stop at 从.
      const from: PendingFrom | null = pendingFrom && pendingFrom.figure === mine[i - 1] ? pendingFrom : null;
      pendingFrom = null;
      const next = mine[i + 1];
      const fromAt: number = next && !from ? fromMarkBefore(text, wordsStart, figure) : -1;
      if (fromAt >= 0 && leadsTo(text, figure, next)) {
        pendingFrom = { figure, itemStart, wordsStart, fromAt };
        continue;
      }
      if (from) itemStart = from.itemStart;
      const sentenceEnd = sentenceEnds.at(figure.end, pEnd);
      const kind = decideTense(readers, segmentStart, figure.start, sentenceEnd, context);
      // A table cell measures what its row label and column header say (粮食总产量 + 较上年增长).
      const metric = isTableFigure(figure) ? { spans: figure.metric, direction: null } : counted ? { spans: [counted], direction: null } : metrics.read({
        start: figure.start,
        end: figure.end,
        itemStart: from ? from.wordsStart : wordsStart,
        wordsEnd: from ? from.fromAt : figure.start,
        clauseStart: clause,
        clauseEnd,
        sentenceStart,
        paragraphStart: pStart,
        paragraphFigures: mine,
        index: i,
      });
      wordsFrom = Math.max(itemEnd, ...metric.spans.map((s) => s.end));
      const unit = unitAsWritten(input, origin, figure);
      const metricText = metricIn(text, metric.spans);
      const dated = kind === 'target' ? deadlineScopes.forItem(pStart, sentenceStart, figure.start) : null;
      const deadline = dated?.deadline ?? null;
      items.push({
        start: itemStart,
        end: itemEnd,
        cue: kind === 'target' ? readers.strength.governing(segmentStart, clause, figure.start, true) : null,
        item: {
          kind,
          metric: metricAsWritten(input, origin, metric.spans),
          indicator: indicatorOf(metricText, { unit, place: report.place }),
          direction: from ? null : metric.direction,
          from: from ? { value: from.figure.value, unit: unitAsWritten(input, origin, from.figure) } : null,
          period: periodOf({
            text, kind, clauseStart: clause, figureStart: figure.start, sentenceStart, paragraphStart: pStart,
            section: paragraph.section, sectionTense: framingTense(paragraph), deadline, deadlineByTitle: dated?.byTitle ?? false,
            isChange: metric.direction !== null || /^(?:新增|净增)/.test(metricText), report,
          }),
          value: figure.value,
          max: figure.max,
          unit,
          cmp: figure.cmp,
          ...(figure.ratio ? { ratio: figure.ratio } : {}),
          deadline,
          section: paragraph.section,
        },
      });
    }

    // A glossary entry defines a term: its planned figures count, but it promises no deliverable.
    if (options.commitments !== false && !paragraph.glossary) {
      for (const { start, end, cue, deadline } of findCommitments(readers, paragraph, figureClauses, deadlineScopes, commitmentStarts, report.genre, isCommitment)) {
        items.push({ start, end, cue, item: commitmentItem(deadline, paragraph.section) });
      }
    }
    // What a paragraph dates (到2027年具体目标：, 今年发展主要预期目标是…) stands for the rest of its section.
    deadlineScopes.leave(paragraph);
  }

  items.sort((a, b) => a.start - b.start || a.end - b.end);
  return items.map(({ start, end, cue, item }) => {
    const s = origin[start];
    const e = origin[end - 1] + 1;
    const { kind, metric, indicator, direction, from, period, value, max, unit, cmp, ratio, deadline, section } = item;
    return {
      start: s, end: e, text: input.slice(s, e), kind, metric, indicator, direction, from, period, value, max, unit, cmp,
      ...(ratio ? { ratio } : {}),
      strength: cue?.strength ?? null,
      strengthCue: cue ? asWritten(input, origin, cue.at, cue.cue.length) : null,
      deadline, section,
    };
  });
}
