/**
 * The voice of a text no heading divides: a news piece on a year's 民生实事, a digest of what a
 * county did. When it tells of work done (建成了, 现已, 已) and hardly plans (将, 今年, 力争,
 * 到2025年), a figure with no cue of its own is a result and a deliverable is done, not promised.
 * A text with headings leaves tense to its sections; one that plans as much as it reports, to its
 * sentences.
 */

import type { Paragraph } from './structure';
import type { Tense } from './tense-cues';

/** V了 (建成了, 交出了) and 已 (现已, 均已): work told as done. Not 为了, 除了, 了解. */
const PAST_MARKS = /(?<![为除不罢极])了(?![解结])|已(?!知)/g;
/** What a plan says: 将, 今年, 年内, 力争, 到2025年, 要 as a verb (not 主要, 需要, 要求). */
const PLAN_MARKS = /将|今年|明年|年内|年底前|计划|力争|确保|争取|预计|目标|到(?:19|20)\d\d年|(?<![主重需必只首紧纲概摘])要(?![素求点件害闻])/g;
/** How many marks of work done a text must show, and how many times its plan marks. */
const MIN_PAST_MARKS = 3;
const PAST_OVER_PLAN = 5;

/** How many times a global pattern matches in `text`. */
export const countMatches = (text: string, pattern: RegExp): number => text.match(pattern)?.length ?? 0;

/** 'result' when a text without headings tells only of work done; null when its sections or sentences must tell. */
export function voiceOf(text: string, paragraphs: readonly Paragraph[]): Tense {
  if (paragraphs.some((p) => p.sectionTense !== null)) return null;
  const past = countMatches(text, PAST_MARKS);
  return past >= MIN_PAST_MARKS && past >= PAST_OVER_PLAN * countMatches(text, PLAN_MARKS) ? 'result' : null;
}
