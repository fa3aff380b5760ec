/**
 * Targets and results a report states in words only: 居民收入增长与经济增长同步 in the list of the
 * year's targets, 没有提出全年经济增速具体目标, 实现经济正增长, 居民消费价格涨幅保持较低水平. They
 * carry no figure, so the extractor has no item for them; the ledger keeps their words.
 */

import { indicatorAtStart, type IndicatorId } from '../extract/indicators';
import { candidateOf, type Candidate, type FigureReading } from './sides';
import type { TrackerReport } from './types';

/** The sentence that lists the year's targets: 今年发展主要预期目标是：… */
const TARGET_LIST = /(?:主要预期目标|预期目标|主要目标)(?:是|为)[：:]/g;
/** 我们没有提出全年经济增速具体目标 / 不设定具体增长目标. */
const NO_GROWTH_TARGET = /(?:没有|未|不再|不)(?:提出|设定|设置|设)[^。，；]{0,10}(?:经济)?增(?:长|速)[^。，；]{0,6}目标/g;
/** Growth stated as a sign only: 实现经济正增长. */
const GROWTH_IN_WORDS = /(?:实现)?(?:经济|国内生产总值|地区生产总值|生产总值)(?:实现)?(?:正增长|负增长)/g;
/** What a review says of an indicator when it gives no figure (OUTCOME_WORD: anywhere, to sift). */
const OUTCOME_WORD = /平稳|稳定|较低|合理|低位|持平|最低|好于预期/;
const OUTCOME_IN_WORDS = /^(?:保持(?:在)?(?:较低|合理|低位|基本稳定|总体稳定)(?:水平|区间)?|总体平稳|基本平稳|基本稳定|平稳运行|保持平稳|持平|为多年来最低|好于预期)$/;

function reading(kind: 'target' | 'result', indicator: IndicatorId, quote: string, start: number): FigureReading {
  return {
    kind,
    indicator,
    metric: '',
    value: null,
    max: null,
    cmp: null,
    unit: '',
    direction: null,
    period: null,
    section: '',
    quote,
    start,
    end: start + quote.length,
    sense: { value: null, max: null },
    clause: null,
    paragraph: null,
    words: true,
  };
}

/** Clauses of a stretch of text with their offsets, split at the list punctuation reports use. */
function* clausesOf(text: string, start: number, end: number): Generator<{ clause: string; at: number }> {
  for (const match of text.slice(start, end).matchAll(/[^，,；;。]+/g)) {
    const raw = match[0];
    const clause = raw.trim();
    if (clause) yield { clause, at: start + match.index! + raw.length - raw.trimStart().length };
  }
}

/**
 * Where the year's target list is, or null: a list of 主要预期目标 (the annual wording) before a
 * list of 主要目标 (which may be the five-year plan's), and never one whose sentence runs to a
 * later deadline or a yearly average (到2030年, 年均增长).
 */
function targetList(text: string): { start: number; end: number } | null {
  let best: { start: number; end: number; score: number } | null = null;
  for (const match of text.matchAll(TARGET_LIST)) {
    const start = match.index! + match[0].length;
    const stop = text.indexOf('。', start);
    const end = stop < 0 ? text.length : stop;
    if (/年均|到20\d\d年/.test(text.slice(start, end))) continue;
    const lead = text.slice(Math.max(0, match.index! - 30), match.index!);
    const score = (match[0].includes('预期') ? 2 : 0) + (/今年|年度/.test(lead) ? 1 : 0);
    if (!best || score > best.score) best = { start, end, score };
  }
  return best && { start: best.start, end: best.end };
}

/**
 * The targets and results a government work report gives in words only, read from its text: a
 * target in the year's list, a growth target not set, growth or an outcome stated in words in the
 * review. `place`: the report's, which may stand before its indicators. Whether they make rows
 * depends on the report's identity ({@link candidateOf}: government work reports only).
 */
export function wordReadingsOf(text: string, place: string | null): FigureReading[] {
  const found: FigureReading[] = [];
  const list = targetList(text);
  if (list) {
    for (const { clause, at } of clausesOf(text, list.start, list.end)) {
      if (/[0-9０-９]/.test(clause)) continue;
      const named = indicatorAtStart(clause, place);
      if (named) found.push(reading('target', named.id, clause, at));
    }
  }
  for (const match of text.matchAll(NO_GROWTH_TARGET)) found.push(reading('target', 'gdp_growth', match[0], match.index!));

  // Results in words stand in the review, before the year's target list.
  const reviewEnd = list?.start ?? text.length;
  const review = text.slice(0, reviewEnd);
  for (const match of review.matchAll(GROWTH_IN_WORDS)) found.push(reading('result', 'gdp_growth', match[0], match.index!));
  for (const { clause, at } of clausesOf(text, 0, reviewEnd)) {
    if (!OUTCOME_WORD.test(clause) || /[0-9０-９]/.test(clause)) continue;
    const named = indicatorAtStart(clause, place);
    if (named && OUTCOME_IN_WORDS.test(clause.slice(named.length).trim())) found.push(reading('result', named.id, clause, at));
  }
  return found;
}

/** Candidates for the targets and results a report gives in words only. */
export function wordCandidatesOf(report: TrackerReport): Candidate[] {
  const { identity, text, file } = report;
  if (!text || !identity.place || identity.year === null || identity.genre !== 'government_work_report') return [];
  return wordReadingsOf(text, identity.place).map((r) => candidateOf(r, identity, file)!);
}
