/**
 * From one report's extracted items to the tracker's candidates: which indicator each figure is,
 * which year it speaks of, whether it is this year's figure at all (not a five-year average, not a
 * later deadline), and how surely it is the headline one. Until the extractor fills `indicator`,
 * `direction` and `period`, they are derived here from the metric and the sentence.
 */

import { indicatorOf, valueInIndicatorSense, type IndicatorId } from '../extract/indicators';
import type { Direction, ExtractedItem, Period, ReportIdentity } from '../extract/types';
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

/** The line (paragraph) around an offset. */
export function paragraphAround(text: string, start: number, end: number): string {
  const from = text.lastIndexOf('\n', start - 1) + 1;
  const to = text.indexOf('\n', end);
  return text.slice(from, to < 0 ? text.length : to);
}

const AVERAGE = /年均|年平均|平均每年/;
const MANY_YEARS = /累计|五年共|这五年|五年来|过去五年|五年间|十年来|翻一番|翻番/;
const DEADLINE = /到(20\d\d)年|(20\d\d)年(?:前|底前|以前)/;
const BASE_YEAR = /比(20\d\d)年/;
/** A heading of the five-year plan's targets (“十四五”时期主要目标任务) that names no single year. */
const PLAN_PERIOD_HEADING = /(?:十[一二三四五六七八九]五|五年|中长期|远景)[^，。]{0,8}(?:时期|期间|规划)[^，。]{0,4}(?:主要)?目标/;

/** The period a figure covers, from the words of its clause, when the extractor has not said. */
export function periodFromClause(clause: string, section: string, kind: 'target' | 'result', figureYear: number): Period {
  if (AVERAGE.test(clause)) return { kind: 'average', year: null };
  if (MANY_YEARS.test(clause)) return { kind: 'cumulative', year: null };
  const deadline = DEADLINE.exec(clause);
  if (deadline) return { kind: 'by', year: Number(deadline[1] ?? deadline[2]) };
  const base = BASE_YEAR.exec(clause);
  if (base && Number(base[1]) < figureYear - 1) return { kind: 'cumulative', year: null };
  if (kind === 'target' && PLAN_PERIOD_HEADING.test(section) && !/20\d\d年|今年/.test(section)) return { kind: 'average', year: null };
  return { kind: 'year', year: null };
}

const DOWN = /(?:下降|降低|减少|回落|微降|收窄|下调|降幅)$/;
const UP = /(?:增长|提高|上涨|上升|增加|扩大|增幅|涨幅|增速)$/;
const FLAT = /持平$/;
/** Words that make the figure after them a level reached, not a change (降到5.2%, 回落至3%). */
const TO_LEVEL = /(?:到|至|为|在)$/;

/** Which way the figure goes, and whether it is the level reached, from the words before it. */
function directionBefore(words: string): { direction: Direction | null; level: boolean } {
  const trimmed = words.replace(/[\s\u200b\u00a0]+/g, '').replace(/(?:比上年|同比|实际|预计|分别|约|近|超过|达到|了)+$/, '');
  const level = TO_LEVEL.test(trimmed);
  const verb = level ? trimmed.replace(TO_LEVEL, '') : trimmed;
  if (FLAT.test(verb)) return { direction: 'flat', level };
  if (DOWN.test(verb)) return { direction: 'down', level };
  if (UP.test(verb)) return { direction: 'up', level };
  return { direction: null, level };
}

/**
 * Where the figure itself begins in the item's span: its first digit, else a number written in
 * Chinese (百分之三十, 二十万), not the 一 of 一般 or the 二 of 二氧化碳.
 */
function figureOffset(item: ExtractedItem): number {
  const digit = item.text.search(/[0-9０-９]/);
  if (digit >= 0) return digit;
  const chinese = item.text.search(/百分之|[零〇一二三四五六七八九十两][零〇一二三四五六七八九十百千万亿点]+(?![般氧])/);
  return chinese < 0 ? 0 : chinese;
}

function sideOf(item: ExtractedItem, indicator: IndicatorId, file: string, wordsBefore: string): LedgerSide {
  const derived = directionBefore(wordsBefore);
  const direction = item.direction ?? derived.direction;
  const sense = (v: number) => valueInIndicatorSense(indicator, v, direction, { level: derived.level });
  let value = sense(item.value!);
  let max = item.max === null ? null : sense(item.max);
  if (max !== null && max < value) [value, max] = [max, value];
  return { value, max, cmp: item.cmp, unit: item.unit, direction, quote: item.text, file, start: item.start, end: item.end };
}

const TARGET_PARAGRAPH = /主要预期目标|预期目标|主要目标/;
const ONE_YEAR_REVIEW = /过去一年|一年来|刚刚过去|全年|去年/;
const FIVE_YEAR_REVIEW = /这五年|五年来|过去五年|五年间|十年来/;

function scoreOf(kind: 'target' | 'result', paragraph: string, year: number): number {
  if (kind === 'target') return (TARGET_PARAGRAPH.test(paragraph) ? 4 : 0) + (/今年/.test(paragraph) ? 1 : 0);
  return (ONE_YEAR_REVIEW.test(paragraph) || paragraph.includes(`${year}年`) ? 2 : 0) - (FIVE_YEAR_REVIEW.test(paragraph) ? 2 : 0);
}

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

/** Every figure of one report that is a headline indicator for one year, as a candidate row side. */
export function candidatesOf(report: TrackerReport): Candidate[] {
  const { identity, text } = report;
  if (!identity.place || identity.year === null) return [];
  const candidates: Candidate[] = [];
  for (const item of report.items) {
    if ((item.kind !== 'target' && item.kind !== 'result') || item.value === null) continue;
    if (item.kind === 'result' && inPlanPart(item.section, identity.year)) continue;
    const from = text ? sentenceStart(text, item.start) : item.start;
    const before = text ? text.slice(from, item.start) : '';
    const figureAt = item.start + figureOffset(item);
    const wordsBefore = text ? text.slice(from, figureAt) : item.text.slice(0, figureOffset(item));
    const indicator = item.indicator ?? indicatorOf(item.metric, { unit: item.unit, before, place: identity.place });
    if (!indicator) continue;

    const clause = (text ? text.slice(from, item.end) : item.text) + item.metric;
    const period = item.period ?? periodFromClause(clause, item.section, item.kind, yearOf(item.kind, identity));
    if (!ANNUAL_GENRES.has(identity.genre) && !(item.period?.kind === 'year' && item.period.year)) continue;
    let year: number;
    if (period.kind === 'year') year = period.year ?? yearOf(item.kind, identity);
    else if (period.kind === 'by' && period.year === identity.year && item.kind === 'target') year = period.year;
    else continue;

    const paragraph = text ? paragraphAround(text, item.start, item.end) : item.text;
    candidates.push({
      kind: item.kind,
      indicator,
      year,
      side: sideOf(item, indicator, report.file, wordsBefore),
      score: scoreOf(item.kind, paragraph, year),
    });
  }
  return candidates;
}
