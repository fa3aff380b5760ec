/**
 * What span of time a figure covers (types.ts, Period), from the words of its own clause, the
 * opening of its sentence and paragraph, its section's heading, its deadline and the report:
 * - average: 年均, 年平均, 平均每年;
 * - cumulative: 累计, 共计, 五年共, 5年提高, 比2020年增长, and the changes a review of several years
 *   or a five-year plan states (过去五年…新增, “十五五”时期…能耗降低13.5%);
 * - by: a level due by a deadline (到2027年 → 2027; a five-year plan's level by its last year);
 * - year: one year, the one it is for when the report tells: a target in report Y's plan is for
 *   Y, a result in its review for Y−1, a statistical communiqué's for its own year, or the year
 *   the sentence names (2025年，全省…).
 * Each question reads a few dozen characters around the figure: linear in the report.
 */

import type { ItemKind, Period, ReportIdentity } from './types';

const AVERAGE = /年均|年平均|平均每年|每年平均/;
const CUMULATIVE = /累计|共计|总计|合计|五年共|[\d一二三四五六七八九十两]+年(?:来|间)?(?:累计|共)?(?:新增|净增|增加|增长|提高|提升|下降|降低|减少|建成|完成|实现|翻)/;
/** Openings of a review of several years (过去五年，…; 五年来，…; “十四五”时期，…) and of one (过去一年, 刚刚过去的2025年). */
const MANY_YEARS = /^(?:——)?(?:过去五年|这五年|五年来|五年间|十年来|过去十年|“?十[一二三四五六七八九]五”?(?:以来|时期|期间))/;
const ONE_YEAR = /^(?:——)?(?:过去一年|过去的一年|一年来|去年|刚刚过去的|(?:19|20)\d\d年[，,])/;
const MANY_YEARS_SECTION = /过去五年|五年来|本届政府|十年来|“?十[一二三四五六七八九]五”?(?:以来|时期|期间)/;
/** A five-year plan's targets: a heading or opening that names the plan period and no single year. */
const PLAN_PERIOD = /“?十([一二三四五六七八九])五”?|今后五年|未来五年|五年规划|中长期|远景目标/;
const BASE_YEAR = /(?:比|较)((?:19|20)\d\d)年/;
const DEADLINE_YEAR = /((?:19|20)\d\d)年/;
const NAMED_YEAR = /(?:^|[^比较到至])((?:19|20)\d\d)年(?![底末]?前|以前|以来)/g;

/** The last year of a five-year plan (十四五 → 2025, 十五五 → 2030). */
function planEndYear(numeral: string): number {
  return 2010 + 5 * '一二三四五六七八九'.indexOf(numeral);
}

export interface PeriodContext {
  text: string;
  kind: ItemKind;
  /** The figure's clause, up to the figure. */
  clauseStart: number;
  figureStart: number;
  sentenceStart: number;
  paragraphStart: number;
  section: string;
  /** The tense of the section and of the paragraph's opening (structure.ts). */
  sectionTense: 'result' | 'target' | null;
  /** When it is due, as written (到2027年, 今年), for a target. */
  deadline: string | null;
  /** The figure states a change (增长, 下降, 新增), not a level. */
  isChange: boolean;
  report: ReportIdentity;
}

export function periodOf(context: PeriodContext): Period {
  const { text, kind, report } = context;
  const clause = text.slice(Math.max(context.clauseStart, context.figureStart - 40), context.figureStart);
  if (AVERAGE.test(clause)) return { kind: 'average', year: null };
  if (CUMULATIVE.test(clause)) return { kind: 'cumulative', year: null };
  const base = BASE_YEAR.exec(clause);
  if (base && report.year && Number(base[1]) < report.year - 1) return { kind: 'cumulative', year: null };

  if (kind === 'target') {
    const deadline = context.deadline ?? '';
    const year = DEADLINE_YEAR.exec(deadline);
    if (year) return { kind: 'by', year: Number(year[1]) };
    const plan = planPeriod(context);
    if (plan !== undefined) return context.isChange ? { kind: 'cumulative', year: null } : { kind: 'by', year: plan };
    if (/明年/.test(deadline)) return { kind: 'year', year: report.year === null ? null : report.year + 1 };
    return { kind: 'year', year: report.genre === 'plan' ? null : report.year };
  }

  if (manyYears(context)) return context.isChange ? { kind: 'cumulative', year: null } : { kind: 'year', year: lastYear(report) };
  return { kind: 'year', year: namedYear(context) ?? lastYear(report) };
}

/** The year a result is about when nothing says: the year reviewed (Y−1), or a communiqué's own. */
function lastYear(report: ReportIdentity): number | null {
  if (report.year === null) return null;
  return report.genre === 'statistical_communique' ? report.year : report.year - 1;
}

/** The plan period a target stands under (“十五五”时期主要目标, 今后五年的主要目标是): its last year, else null; undefined for none. */
function planPeriod(context: PeriodContext): number | null | undefined {
  const { text, section, sentenceStart, paragraphStart } = context;
  const opening = text.slice(paragraphStart, Math.min(context.figureStart, paragraphStart + 30));
  const sentence = text.slice(sentenceStart, Math.min(context.figureStart, sentenceStart + 30));
  for (const words of [sentence, opening, section]) {
    if (/今年|(?:19|20)\d\d年(?!前)/.test(words.replace(/“?十[一二三四五六七八九]五”?/g, ''))) return undefined;
    const plan = PLAN_PERIOD.exec(words);
    if (plan && /目标|指标|时期|期间|今后五年|未来五年/.test(words)) return plan[1] ? planEndYear(plan[1]) : null;
  }
  return undefined;
}

/**
 * A review of several years: its sentence or paragraph opens with one (五年来，…), or, when they
 * open with no single year (刚刚过去的2025年，…), its section is one and names no year of its own
 * (“十四五”时期工作回顾, not 2025年和“十四五”时期工作回顾).
 */
function manyYears(context: PeriodContext): boolean {
  const { text, sentenceStart, paragraphStart, section, sectionTense } = context;
  for (const at of [sentenceStart, paragraphStart]) {
    const opening = text.slice(at, at + 12).trimStart();
    if (MANY_YEARS.test(opening)) return true;
    if (ONE_YEAR.test(opening)) return false;
  }
  return sectionTense === 'result' && MANY_YEARS_SECTION.test(section) && !/(?:19|20)\d\d年/.test(section);
}

/** A year the figure's sentence names for it (2025年，全省…增长5.5%), not a base (比2020年) or a deadline. */
function namedYear(context: PeriodContext): number | null {
  const { text, sentenceStart, figureStart } = context;
  const words = text.slice(Math.max(sentenceStart, figureStart - 60), figureStart);
  let year: number | null = null;
  for (const match of words.matchAll(NAMED_YEAR)) year = Number(match[1]);
  return year;
}
