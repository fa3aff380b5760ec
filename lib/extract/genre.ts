/**
 * What a report's genre says of the tense of its figures (issue 9). A statistical communiqué or a
 * statistics bureau's analysis reports only what happened: every figure is a result, with or
 * without 过去一年, and whatever verb (实现, 达到, 增长) stands before it. A plan (规划纲要, 行动方案,
 * 实施方案) or a list of 民生实事 plans throughout: every figure is a target, except one marked as the
 * base the plan starts from (基期, 现状, 2020年为…) and a review it quotes (“十三五”以来, 过去五年).
 * Other genres (政府工作报告, 党代会报告) review and plan in turn: their headings and cues decide.
 */

import type { ReportGenre } from './types';
import type { Tense } from './tense-cues';

/** The tense a genre gives its figures by default, or null when its text must tell. */
export function tenseOfGenre(genre: ReportGenre): Tense {
  switch (genre) {
    case 'statistical_communique':
      return 'result';
    case 'plan':
    case 'livelihood_projects':
      return 'target';
    default:
      return null;
  }
}

/** Words that mark a plan's figure as where it starts: 基期值, 现状, 基数, 目前已达. */
const BASE_WORDS = /(?:基期|基准年|基准值|基数|现状|目前|当前|现有)[^，,；;。：:\n]{0,12}$/;
/** 2020年为72.3%, 2023年底: a year written right before the figure, as a plan's table and prose give the base. */
const BASE_YEAR = /(?<![到至于在])((?:19|20)\d\d)年(?:底|末)?(?:为|是|达)?$/;

/**
 * Whether a figure in a plan is its base (基期, 现状, 2020年为…): `before` is the clause's text up
 * to the figure; a year counts as the base's year only before the plan's own (a 2024—2026 plan's
 * 2023年为…), or always when the plan's year is not known.
 */
export function isPlanBase(before: string, planYear: number | null): boolean {
  if (BASE_WORDS.test(before)) return true;
  const year = BASE_YEAR.exec(before);
  return !!year && (planYear === null || Number(year[1]) < planYear);
}
