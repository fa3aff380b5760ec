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
 * `stated` says whether the words name the year (2025年，…; 到2027年; “十四五”) or the report's
 * identity implies it (今年, a review of last year, 明年): a reader who corrects the report's year
 * moves the second kind and not the first (lib/tracker/sides.ts). A section heading (2024年工作回顾)
 * is not the figure's own words: the reader's correction of the identity outranks it.
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
const PLAN_PERIODS = /“?十([一二三四五六七八九])五”?|今后五年|未来五年|五年规划|中长期|远景目标/g;
const BASE_YEAR = /(?:比|较)((?:19|20)\d\d)年/;
const DEADLINE_YEAR = /((?:19|20)\d\d)年/;
const BARE_YEAR = /^(?:19|20)\d\d年$/;
const NAMED_YEAR = /(?:^|[^比较到至从由])((?:19|20)\d\d)年(?![底末]?前|以前|以来)/g;
/** A level at a year, right before its figure: 从2020年的53.2%提升到2025年的57.7%. */
const LEVEL_AT_YEAR = /((?:19|20)\d\d)年[底末]?的$/;

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
  /** A heading, title line or the document's opening wrote the deadline, not the figure's paragraph. */
  deadlineByTitle?: boolean;
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
    if (year) return deadlinePeriod(Number(year[1]), deadline, context);
    const plan = planPeriod(context);
    if (plan !== undefined) return context.isChange ? { kind: 'cumulative', year: null } : plan === null ? { kind: 'by', year: null } : { kind: 'by', year: plan, stated: true };
    if (/明年/.test(deadline)) return implied('year', report.year === null ? null : report.year + 1);
    return implied('year', report.genre === 'plan' ? null : report.year);
  }

  const named = namedYear(context);
  if (manyYears(context) && context.isChange) return { kind: 'cumulative', year: null };
  return named === null ? implied('year', lastYear(report)) : { kind: 'year', year: named, stated: true };
}

/**
 * The period a deadline year sets: a level due by then (到2027年, 2025年底前), or, for a bare year
 * that is the report's own or may be (2018年，…; 2024年为民办实事项目), the year a one-year plan is for. Written
 * by a heading, a title or the opening, the report's own year is the identity's: a reader who
 * corrects the identity moves it, as a heading's year (see above).
 */
function deadlinePeriod(year: number, deadline: string, context: PeriodContext): Period {
  const reportYear = context.report.year;
  if (!BARE_YEAR.test(deadline) || (reportYear !== null && year !== reportYear)) return { kind: 'by', year, stated: true };
  return context.deadlineByTitle ? implied('year', year) : { kind: 'year', year, stated: true };
}

/** A period whose year the report's identity gives (今年, the year its review looks back on), not its words. */
function implied(kind: Period['kind'], year: number | null): Period {
  return year === null ? { kind, year } : { kind, year, stated: false };
}

/** The year a result is about when nothing says: the year reviewed (Y−1), or a communiqué's own. */
function lastYear(report: ReportIdentity): number | null {
  if (report.year === null) return null;
  return report.genre === 'statistical_communique' ? report.year : report.year - 1;
}

/**
 * The plan period a target stands under (“十五五”时期主要目标, 今后五年的主要目标是, a deadline
 * written “十四五”时期): its last year, else null; undefined for none. Of two plans named in one
 * heading (“十三五”时期发展成就和“十四五”时期主要目标任务) the later is the one whose targets follow.
 */
function planPeriod(context: PeriodContext): number | null | undefined {
  const { text, section, sentenceStart, paragraphStart } = context;
  const opening = text.slice(paragraphStart, Math.min(context.figureStart, paragraphStart + 30));
  const sentence = text.slice(sentenceStart, Math.min(context.figureStart, sentenceStart + 30));
  const deadline = context.deadline ?? '';
  for (const words of [sentence, opening, section, deadline]) {
    const plan = lastPlanIn(words);
    if (words === deadline) {
      if (plan !== undefined) return plan;
      continue;
    }
    if (/今年|(?:19|20)\d\d年(?!前)/.test(words.replace(/“?十[一二三四五六七八九]五”?/g, ''))) return undefined;
    if (plan !== undefined && /目标|指标|时期|期间|今后五年|未来五年/.test(words)) return plan;
  }
  return undefined;
}

/** The last plan period some words name: its last year, null for one unnumbered (今后五年), undefined for none. */
function lastPlanIn(words: string): number | null | undefined {
  let plan: number | null | undefined;
  for (const match of words.matchAll(PLAN_PERIODS)) plan = match[1] ? planEndYear(match[1]) : null;
  return plan;
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
  const at = LEVEL_AT_YEAR.exec(words);
  if (at) return Number(at[1]);
  let year: number | null = null;
  for (const match of words.matchAll(NAMED_YEAR)) year = Number(match[1]);
  return year;
}
