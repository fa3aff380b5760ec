/**
 * Tense cues: the words before a figure that say whether it was reached (去年, 累计, 已) or is
 * planned (今年, 力争, 到2027年). `tenseCues` reads one stretch of text and is the rule as
 * written; `TenseCueReader` gives the same answer for any stretch of a long text without
 * rescanning it (see match-index.ts).
 */

import { COMPARISON_CUES, DEADLINE_CUE, PLAN_LEAD_CUES, STRONG_RESULT_CUES, STRONG_TARGET_CUES, WEAK_RESULT_CUES, WEAK_TARGET_CUES } from './lexicon';
import { lastMatchIn, MatchIndex, type AcceptCue } from './match-index';

export type Tense = 'result' | 'target' | null;

export interface TenseCueReading {
  strong: Tense;
  weak: Tense;
}

const cueRegExp = (cues: readonly string[]) =>
  new RegExp([...cues].sort((a, b) => b.length - a.length).join('|'), 'g');
const STRONG_RESULT_RE = cueRegExp(STRONG_RESULT_CUES);
const STRONG_TARGET_RE = cueRegExp(STRONG_TARGET_CUES);
const WEAK_RESULT_RE = cueRegExp(WEAK_RESULT_CUES);
const WEAK_TARGET_RE = cueRegExp(WEAK_TARGET_CUES);
const COMPARISON_RE = cueRegExp(COMPARISON_CUES);
const PLAN_LEAD_RE = cueRegExp(PLAN_LEAD_CUES);

/**
 * A 去年/上年 after 比/较 compares with last year, and after 从/由 names the starting point of
 * 从去年的2.1%提高到2.3%: neither puts the figure in the past.
 */
const isTenseResultCueAt: AcceptCue = (text, at, cue, lo) =>
  !((cue === '去年' || cue === '上年') && at > lo && '比较同从由'.includes(text[at - 1]));

/** 要 and 将 are cues only as verbs: not in 主要/重要/需要/要素, not 将…纳入 (将 = 把). */
const isTargetCueAt: AcceptCue = (text, at, cue, lo, hi) => {
  if (cue === '要') {
    const prev = at > lo ? text[at - 1] : undefined;
    const next = at + 1 < hi ? text[at + 1] : undefined;
    return !(prev && '主重需必只首紧纲概摘'.includes(prev)) && !(next && '素求点件害闻'.includes(next));
  }
  if (cue === '将') return /将(?:会|要|力争|确保|实现|达到|新增|建成|完成|等于|超过|提高|增加|继续|进一步)/.test(text.slice(at, Math.min(hi, at + 4)));
  // 做了很大努力，: 努力 as a noun before a pause is no plan.
  if (cue === '努力' || cue === '计划') return !/^[，。；、,;]/.test(text.slice(at + cue.length, Math.min(hi, at + cue.length + 1)));
  if (cue === '目标') return !/目标任务(?:圆满|胜利|全面)?完成/.test(text.slice(at, Math.min(hi, at + 8)));
  return true;
};

/** 到2030年 dates a plan; 增长到2025年的4.93万亿元 only says when a result was reached. */
const isDeadlineCueAt: AcceptCue = (text, at, cue, _lo, hi) => at + cue.length >= hi || text[at + cue.length] !== '的';

const acceptAll: AcceptCue = () => true;

const CUE_RULES = [
  [STRONG_RESULT_RE, isTenseResultCueAt],
  [STRONG_TARGET_RE, acceptAll],
  [WEAK_RESULT_RE, acceptAll],
  [WEAK_TARGET_RE, isTargetCueAt],
  [DEADLINE_CUE, isDeadlineCueAt],
  [COMPARISON_RE, acceptAll],
  [PLAN_LEAD_RE, isTargetCueAt],
] as const;

/** The tense of the cue that ends last, given where the last result and target cue end (-1: none). */
function later(r: number, t: number): Tense {
  return r < 0 && t < 0 ? null : r > t ? 'result' : 'target';
}

/** Strong cues and weak cues apart: the tense of the cue that ends last, result or target. */
function reading(ends: readonly number[]): TenseCueReading {
  const [strongResult, strongTarget, weakResult, weakTarget, deadline, comparison, planLead] = ends;
  // A comparison after an effort cue is the plan's own wording (力争…同比增长15%).
  const compared = planLead >= 0 && planLead < comparison ? -1 : comparison;
  return { strong: later(strongResult, strongTarget), weak: later(Math.max(weakResult, compared), Math.max(weakTarget, deadline)) };
}

/** The nearest tense cue in `before` (the text from a sentence's start to a figure). */
export function tenseCues(before: string): TenseCueReading {
  return reading(CUE_RULES.map(([re, accept]) => lastMatchIn(before, re, accept, 0, before.length)?.end ?? -1));
}

/** `tenseCues(text.slice(lo, hi))` for any stretch after a stop, in time independent of its length. */
export class TenseCueReader {
  private readonly indexes: MatchIndex[];

  constructor(text: string) {
    this.indexes = CUE_RULES.map(([re, accept]) => new MatchIndex(text, re, accept));
  }

  between(lo: number, hi: number): TenseCueReading {
    return reading(this.indexes.map((index) => index.last(lo, hi)?.end ?? -1));
  }
}
