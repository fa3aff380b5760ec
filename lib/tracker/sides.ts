/**
 * From one report's extracted items to the tracker's candidates: which indicator each figure is,
 * which year it speaks of, whether it is this year's figure at all (not a five-year average, not a
 * later deadline), and how surely it is the headline one. The extractor's `direction` is taken as
 * it is, and its `period` with the year only where the figure's words state it (a year the report's
 * identity implies is left to the identity, so a reader's correction moves it). What is still read
 * here: the indicator where the extractor found none but the sentence names it (经济增长预期目标为…, a
 * subject before the clause), the paragraph's cues that make a figure the year's headline one, and a
 * clause's time words, the period of stored readings from before the extractor gave one.
 */

import { indicatorOf, valueInIndicatorSense, type IndicatorId } from '../extract/indicators';
import type { Comparator, Direction, ExtractedItem, Period, ReportIdentity } from '../extract/types';
import type { LedgerSide, TrackerReport } from './types';

export interface Candidate {
  kind: 'target' | 'result';
  indicator: IndicatorId;
  year: number;
  side: LedgerSide;
  /** How surely this is the year's headline figure: higher wins. */
  score: number;
}

/** How far back a sentence may reach for its subject and its cues. */
const SENTENCE_REACH = 300;

/**
 * The start of the sentence an offset stands in: after 。；！？, or after a line that ends one
 * or is a heading. A line break inside a sentence (scraped text breaks lines mid-figure:
 * 74.4\n\u200b\n万亿元) is no boundary, and blank or zero-width lines are passed over.
 */
export function sentenceStart(text: string, offset: number): number {
  const from = Math.max(0, offset - SENTENCE_REACH);
  for (let i = offset - 1; i >= from; i--) {
    const ch = text[i]!;
    if ('。；;！？!?'.includes(ch)) return i + 1;
    if (ch !== '\n') continue;
    const lineStart = text.lastIndexOf('\n', i - 1) + 1;
    const line = text.slice(lineStart, i).replace(/[\s\u200b\u00a0]+/g, '');
    const heading = line.length <= 40 && !/[。；;！？!?]/.test(line) && !/[0-9０-９.]$/.test(line);
    if (line && (/[。；;！？!?：:]$/.test(line) || heading)) return i + 1;
  }
  return from;
}

/**
 * How far a paragraph reaches either side of a figure: real paragraphs are shorter (the corpus's
 * longest is about 1,300 characters), and a page with no line breaks at all must not make each
 * figure read the whole text (reading every figure would be quadratic).
 */
const PARAGRAPH_REACH = 4000;

/** The line (paragraph) around an offset, at most {@link PARAGRAPH_REACH} characters either side. */
export function paragraphAround(text: string, start: number, end: number): string {
  let from = start;
  const floor = Math.max(0, start - PARAGRAPH_REACH);
  while (from > floor && text[from - 1] !== '\n') from--;
  let to = end;
  const ceiling = Math.min(text.length, end + PARAGRAPH_REACH);
  while (to < ceiling && text[to] !== '\n') to++;
  return text.slice(from, to);
}

const AVERAGE = /年均|年平均|平均每年/;
const MANY_YEARS = /累计|五年共|这五年|五年来|过去五年|五年间|十年来|翻一番|翻番/;
const DEADLINE = /到(20\d\d)年|(20\d\d)年(?:前|底前|以前)/;
const BASE_YEAR = /比(20\d\d)年/;
/** A heading of the five-year plan's targets (“十四五”时期主要目标任务) that names no single year. */
const PLAN_PERIOD_HEADING = /(?:十[一二三四五六七八九]五|五年|中长期|远景)[^，。]{0,8}(?:时期|期间|规划)[^，。]{0,4}(?:主要)?目标/;

/**
 * What a figure's clause says of the span of time it covers: a yearly average, a sum over years, a
 * deadline, a base year (比2020年). Read from the text once; which period that makes also depends on
 * the report's year ({@link periodOf}).
 */
export interface ClauseTime {
  average: boolean;
  manyYears: boolean;
  /** 到2027年, 2027年前: the year. */
  deadline: number | null;
  /** 比2020年…: the year compared with. */
  baseYear: number | null;
}

export function clauseTimeOf(clause: string): ClauseTime {
  const deadline = DEADLINE.exec(clause);
  const base = BASE_YEAR.exec(clause);
  return {
    average: AVERAGE.test(clause),
    manyYears: MANY_YEARS.test(clause),
    deadline: deadline ? Number(deadline[1] ?? deadline[2]) : null,
    baseYear: base ? Number(base[1]) : null,
  };
}

/** The period a figure covers, from the words of its clause, when the extractor has not said. */
export function periodOf(time: ClauseTime, section: string, kind: 'target' | 'result', figureYear: number): Period {
  if (time.average) return { kind: 'average', year: null };
  if (time.manyYears) return { kind: 'cumulative', year: null };
  if (time.deadline !== null) return { kind: 'by', year: time.deadline };
  if (time.baseYear !== null && time.baseYear < figureYear - 1) return { kind: 'cumulative', year: null };
  if (kind === 'target' && PLAN_PERIOD_HEADING.test(section) && !/20\d\d年|今年/.test(section)) return { kind: 'average', year: null };
  return { kind: 'year', year: null };
}

/** The period a figure covers, from the words of its clause, when the extractor has not said. */
export function periodFromClause(clause: string, section: string, kind: 'target' | 'result', figureYear: number): Period {
  return periodOf(clauseTimeOf(clause), section, kind, figureYear);
}

/**
 * What the tracker reads in one figure of a report, with the report's text at hand: which headline
 * indicator it is, the figure in the indicator's own sense, and the words around it that decide
 * which year it is for and how surely it is the year's headline figure. None of it depends on which
 * report it is (place, year, genre): {@link candidateOf} adds that, so a reading can be stored and a
 * reader's correction of the report's identity applies without the text (lib/tracker/stored.ts).
 */
export interface FigureReading {
  kind: 'target' | 'result';
  indicator: IndicatorId;
  /** What is measured, as the extractor read it ('' for a target or result stated in words). */
  metric: string;
  /** The figure as written; null when stated in words only. */
  value: number | null;
  max: number | null;
  cmp: Comparator | null;
  unit: string;
  /** Which way it goes, as the extractor read it from the change word. */
  direction: Direction | null;
  /**
   * The extractor's period, with its year only where the figure's words state it (2025年，…; 到2027年):
   * a year the report's identity implies (今年) is left null, and {@link candidateOf} takes it from
   * the identity as it is then, so a reader's correction moves it. Null when the extractor gave no
   * period (then {@link ClauseTime} decides).
   */
  period: Period | null;
  section: string;
  /** The words of the report where it stands, and their offsets in its text. */
  quote: string;
  start: number;
  end: number;
  /** The figure in the indicator's own sense (a fall of a rate negative, of a reduction positive). */
  sense: { value: number | null; max: number | null };
  /** What its clause says of time; null for words. */
  clause: ClauseTime | null;
  /** What its paragraph says; null for words. */
  paragraph: ParagraphCues | null;
  /** Stated in words only (居民收入增长与经济增长同步): it stands in a row only where no figure does. */
  words: boolean;
}

/** The cues of a figure's paragraph that make it a year's headline figure. */
export interface ParagraphCues {
  /** The year's list of targets (主要预期目标). */
  targetList: boolean;
  /** 今年. */
  thisYear: boolean;
  /** 过去一年, 全年, 去年…: a review of one year. */
  oneYearReview: boolean;
  /** 这五年, 过去五年…: a review of five. */
  fiveYearReview: boolean;
  /** The years it names (2025年). */
  years: number[];
}

const TARGET_PARAGRAPH = /主要预期目标|预期目标|主要目标/;
const ONE_YEAR_REVIEW = /过去一年|一年来|刚刚过去|全年|去年/;
const FIVE_YEAR_REVIEW = /这五年|五年来|过去五年|五年间|十年来/;

export function paragraphCuesOf(paragraph: string): ParagraphCues {
  const years = new Set<number>();
  for (const match of paragraph.matchAll(/(\d{4})年/g)) years.add(Number(match[1]));
  return {
    targetList: TARGET_PARAGRAPH.test(paragraph),
    thisYear: /今年/.test(paragraph),
    oneYearReview: ONE_YEAR_REVIEW.test(paragraph),
    fiveYearReview: FIVE_YEAR_REVIEW.test(paragraph),
    years: [...years],
  };
}

function scoreOf(kind: 'target' | 'result', paragraph: ParagraphCues, year: number): number {
  if (kind === 'target') return (paragraph.targetList ? 4 : 0) + (paragraph.thisYear ? 1 : 0);
  return (paragraph.oneYearReview || paragraph.years.includes(year) ? 2 : 0) - (paragraph.fiveYearReview ? 2 : 0);
}

/** A score below any figure's: words stand in a row only where no figure does. */
export const WORDS_SCORE = -10;

/** The year a figure is about when its period does not say: report Y plans Y and reviews Y−1. */
function yearOf(kind: 'target' | 'result', identity: ReportIdentity): number {
  const year = identity.year!;
  if (kind === 'target') return year;
  // A communiqué is named for the year it reports on (2025年统计公报).
  return identity.genre === 'statistical_communique' ? year : year - 1;
}

/** The heading of a report's plan part (二、2015年工作总体部署, 三、2026年重点工作). */
const PLAN_SECTION = /总体要求|政策取向|工作安排|重点工作|工作部署|总体部署|预期目标|主要任务/;

/**
 * A result stands in the review. One the extractor finds in the plan part is the base of a plan
 * (赤字率从去年的2.1%提高到2.3%, read as past because of 去年), not the year's outcome.
 */
function inPlanPart(section: string, reportYear: number): boolean {
  if (/回顾|过去|成就/.test(section)) return false;
  const year = /((?:19|20)\d\d)年/.exec(section);
  return PLAN_SECTION.test(section) || (!!year && Number(year[1]) >= reportYear);
}

/** The genres whose figures are set or reported one year at a time. */
const ANNUAL_GENRES = new Set(['government_work_report', 'statistical_communique', 'other']);

/** A period without the year the report's identity implied: the words' own evidence only. */
function identityFree(period: Period | null): Period | null {
  if (!period || period.year === null || period.stated) return period;
  return { kind: period.kind, year: null };
}

/**
 * The tracker's reading of one extracted item, or null when it is no target or result with a
 * figure, or names no headline indicator. `place`: the report's, which may stand before its
 * indicators (安徽省地区生产总值).
 */
export function readFigure(item: ExtractedItem, text: string | undefined, place: string | null): FigureReading | null {
  if ((item.kind !== 'target' && item.kind !== 'result') || item.value === null) return null;
  const from = text ? sentenceStart(text, item.start) : item.start;
  const before = text ? text.slice(from, item.start) : '';
  const indicator = item.indicator ?? indicatorOf(item.metric, { unit: item.unit, before, place });
  if (!indicator) return null;
  // The extractor's direction: the change word's (降幅, 下降), none for a level reached (降到5.2%).
  const direction = item.direction;
  const sense = (v: number) => valueInIndicatorSense(indicator, v, direction);
  let value = sense(item.value);
  let max = item.max === null ? null : sense(item.max);
  if (max !== null && max < value) [value, max] = [max, value];
  const clause = (text ? text.slice(from, item.end) : item.text) + item.metric;
  const paragraph = text ? paragraphAround(text, item.start, item.end) : item.text;
  return {
    kind: item.kind,
    indicator,
    metric: item.metric,
    value: item.value,
    max: item.max,
    cmp: item.cmp,
    unit: item.unit,
    direction,
    period: identityFree(item.period),
    section: item.section,
    quote: item.text,
    start: item.start,
    end: item.end,
    sense: { value, max },
    clause: clauseTimeOf(clause),
    paragraph: paragraphCuesOf(paragraph),
    words: false,
  };
}

/**
 * The candidate a reading makes for a row of the ledger, in a report of this identity: the year it
 * is for, its side (values in the indicator's sense) and its score. Null when the report's place or
 * year is unknown, or the figure is not one year's (a five-year average, a later deadline, a plan's
 * base).
 */
export function candidateOf(reading: FigureReading, identity: ReportIdentity, file: string): Candidate | null {
  if (!identity.place || identity.year === null) return null;
  const { kind, indicator } = reading;
  const side: LedgerSide = {
    value: reading.sense.value,
    max: reading.sense.max,
    cmp: reading.cmp,
    unit: reading.unit,
    direction: reading.direction,
    quote: reading.quote,
    file,
    start: reading.start,
    end: reading.end,
  };
  if (reading.words || !reading.clause || !reading.paragraph) {
    if (identity.genre !== 'government_work_report') return null;
    return { kind, indicator, year: kind === 'target' ? identity.year : identity.year - 1, side, score: WORDS_SCORE };
  }
  if (kind === 'result' && inPlanPart(reading.section, identity.year)) return null;
  const period = reading.period ?? periodOf(reading.clause, reading.section, kind, yearOf(kind, identity));
  if (!ANNUAL_GENRES.has(identity.genre) && !(reading.period?.kind === 'year' && reading.period.year)) return null;
  let year: number;
  if (period.kind === 'year') year = period.year ?? yearOf(kind, identity);
  else if (period.kind === 'by' && period.year === identity.year && kind === 'target') year = period.year;
  else return null;
  return { kind, indicator, year, side, score: scoreOf(kind, reading.paragraph, year) };
}

/** Every figure of one report that is a headline indicator for one year, as a candidate row side. */
export function candidatesOf(report: TrackerReport): Candidate[] {
  const { identity, text } = report;
  if (!identity.place || identity.year === null) return [];
  const candidates: Candidate[] = [];
  for (const item of report.items) {
    // A result in the plan part is no year's outcome: not read at all (the reading is the costly part).
    if (item.kind === 'result' && inPlanPart(item.section, identity.year)) continue;
    const reading = readFigure(item, text, identity.place);
    const candidate = reading && candidateOf(reading, identity, report.file);
    if (candidate) candidates.push(candidate);
  }
  return candidates;
}
