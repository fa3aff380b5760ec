/**
 * Word lists the extraction rules read. Lexicons, not strings lifted from one report: a cue or a
 * name pattern belongs here when it is how reports in general write it. Units and numerals, which
 * re-anchoring reads too, are in lib/text/units.ts and lib/text/numerals.ts.
 */


/** Comparator cues written right after the figure (and its unit). */
export const CMP_AFTER: ReadonlyArray<readonly [string, '>=' | '<=' | '~']> = [
  ['及以上', '>='], ['以上', '>='], ['以下', '<='], ['以内', '<='], ['左右', '~'], ['上下', '~'],
];

/** Comparator cues written right before the figure; longest first. */
export const CMP_BEFORE: ReadonlyArray<readonly [string, '>=' | '>' | '<=' | '<' | '~']> = [
  ['不低于', '>='], ['不少于', '>='], ['不小于', '>='], ['至少', '>='], ['最少', '>='],
  ['不超过', '<='], ['不高于', '<='], ['不大于', '<='], ['不多于', '<='], ['控制在', '<='], ['最多', '<='],
  ['超过', '>'], ['突破', '>'], ['高于', '>'], ['多于', '>'], ['大于', '>'], ['逾', '>'], ['超', '>'],
  ['低于', '<'], ['少于', '<'], ['小于', '<'], ['不足', '<'],
  ['大约', '~'], ['约为', '~'], ['约', '~'], ['将近', '~'], ['接近', '~'], ['近', '~'],
];

/** Words that may stand between a comparator cue and its figure (控制在…, 超过了…). */
export const CMP_FILLERS = ['达到', '达', '为', '在', '到', '了', '至'];

/** Verbs after which a bare figure (no unit) is still a figure: 倍差缩小到1.9以内, 之比达到0.75. */
export const BARE_FIGURE_VERBS = [
  '达到', '达', '为', '是', '至', '到', '降至', '降到', '提高到', '提升至', '提升到', '缩小到', '缩小至',
  '下降到', '下降至', '保持在', '控制在', '由', '从', '增至', '升至', '扩大到', '扩大至', '稳定在',
];

/** Verbs before a figure in 年 that make it a figure rather than a date or a duration. */
export const YEAR_FIGURE_VERBS = ['提高到', '提高至', '达到', '延长到', '延长至', '缩短到', '缩短至', '提高', '延长', '增加', '为'];

export const BINDING_CUES = ['确保', '必须', '坚决', '严格', '务必', '严守', '严控'];
export const ASPIRATIONAL_CUES = ['力争', '争取', '努力', '争创', '力求', '力促', '奋力'];

/**
 * Verbs that set a level, as a target states one with or without a figure (人均预期寿命接近全国平均水平,
 * 科技资金增幅高于经常性收入增幅, 达到5%): a clause holding one is a target of a list a strength cue may lead.
 */
export const REACH_VERBS = [
  '达到', '高于', '低于', '接近', '超过', '不低于', '不少于', '不超过', '不高于', '保持在', '稳定在', '控制在',
  '提高到', '提高至', '提升到', '提升至', '增至', '降至', '降到', '缩小到', '缩小至', '扩大到', '扩大至',
];

/**
 * Tense cues. A strong cue decides the tense wherever it stands; a weak one only where the
 * section does not (累计 in a plan is a cumulative target, 将 often means 把).
 */
export const STRONG_RESULT_CUES = [
  '过去一年', '过去五年', '过去的一年', '过去的五年', '过去十年', '一年来', '五年来', '十年来', '去年', '上年',
  '创历史新高', '圆满完成', '超额完成', '胜利完成', '回顾', '这五年', '这一年', '五年间', '“十三五”以来',
  '“十四五”以来', '“十五五”以来',
  // As of now, counted so far: what has been done (截至目前:已累计拆除违法建筑1.27亿平方米).
  '截至目前', '截止目前', '截至当前', '截至去年底', '截至上年底', '已累计',
];
export const WEAK_RESULT_CUES = [
  '累计', '已经', '已', '正在', '全年实现', '提前完成', '完成了', '实现了', '取得了', '达到了', '增加了',
  '增长了', '提高了', '下降了', '减少了', '扩大了', '超过了',
  // The part of the year gone by, as a progress notice or an analysis reports it (上半年，全市完成…).
  '上半年', '前三季度', '一季度',
];
export const STRONG_TARGET_CUES = [
  '今年', '明年', '预期目标', '主要目标', '目标是', '目标为', '奋斗目标', '具体目标',
  '今后五年', '未来五年', '年底前',
];
/**
 * A comparison with last year (同比增长): a result's wording, but a plan writes it too (力争…同比增长15%),
 * so it tells a result only where no effort cue (PLAN_LEAD_CUES) stands before it.
 */
export const COMPARISON_CUES = ['同比', '比上年', '较上年', '比去年'];
/** Effort cues that lead a plan's sentence (力争固定资产投资增幅16%以上、限上社零额同比增长15%以上). */
export const PLAN_LEAD_CUES = ['力争', '确保', '争取', '力求', '努力'];
/** 力争/确保/争取 plan in a plan, but in a review they tell of past efforts (积极争取超长期国债). */
export const WEAK_TARGET_CUES = ['力争', '确保', '争取', '计划', '预计', '拟', '将', '要', '努力', '力求', '目标'];
/** 到2027年, 2025年底前: a deadline is a strong plan cue. */
export const DEADLINE_CUE = /到(?:19|20)\d\d年|(?:19|20)\d\d年(?:底|末)?前/g;

/** When an item is due, as reports write it: kept with the deadline reader (deadline.ts). */
export { DEADLINE_PATTERN } from './deadline';
