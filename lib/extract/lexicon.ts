/**
 * Word lists the rules read. Lexicons, not strings lifted from one report: a unit, a cue or a
 * name pattern belongs here when it is how reports in general write it.
 */

/** Counters: they count the noun that follows (10个 示范村, 600个以上亿元级项目). */
export const COUNTER_UNITS = [
  '个', '人', '名', '家', '所', '条', '座', '处', '项', '户', '件', '台', '辆', '套', '艘', '架', '列',
  '班', '架次', '人次', '次', '批', '场', '场次', '支', '只', '头', '株', '棵', '张', '床', '间', '栋',
  '幢', '部', '种', '宗', '起', '层', '孔', '颗', '枚', '册', '份', '块', '片', '笔', '例', '位', '对',
  '根', '眼', '口', '道', '款', '家庭', '户次', '吨次', '车次', '标准箱', '标箱',
] as const;

/** Measures: a quantity of something (元, 吨, %). */
export const MEASURE_UNITS = [
  // shares and ratios
  '%', '‰', '个百分点', '百分点', '倍',
  // money
  '元', '美元', '欧元', '港元', '日元',
  // weight
  '吨', '公斤', '千克', '克', '斤', '吨标准煤', '吨标煤', '吨二氧化碳',
  // length, area, volume
  '公里', '千米', '米', '海里', '厘米', '毫米', '平方公里', '平方千米', '平方米', '亩', '公顷', '立方米', '升',
  '标准立方米', '方', 'km', 'm2', 'm²', 'm3', 'm³',
  // energy and power
  '千瓦时', '千瓦', '瓦', '兆瓦', '吉瓦', '千伏', '伏', '度', 'kW', 'kWh', 'MW', 'GW', 'kV',
  // concentration
  '微克/立方米', '毫克/立方米', '毫克/升', '分贝',
  // time
  '岁', '天', '个工作日', '工作日', '小时', '分钟', '秒', '个月', '个季度',
  // computing and data
  'P', 'PB', 'EB', 'TB', 'EFLOPS', 'PFLOPS', 'Gbps', 'Mbps', 'TEU',
] as const;

/** What may stand after a slash in a compound unit (元/年, 吨/日, 元/人, 万元/亩). */
export const PER_UNITS = ['日', '天', '年', '月', '人', '户', '亩', '吨', '小时', '时', '秒', '公里', '平方米', '立方米', '千瓦时', '度', '公斤', '人次', '床', '头'];

export const ALL_UNITS: readonly string[] = [...new Set<string>([...COUNTER_UNITS, ...MEASURE_UNITS])].sort(
  (a, b) => b.length - a.length,
);
export const COUNTER_SET: ReadonlySet<string> = new Set(COUNTER_UNITS);

/** Units that are words of their own when a magnitude word stands alone (千瓦: 千 is the unit's). */
export const UNITS_STARTING_WITH_QIAN = ['千瓦时', '千瓦', '千克', '千米', '千伏'];

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
 * Tense cues. A strong cue decides the tense wherever it stands; a weak one only where the
 * section does not (累计 in a plan is a cumulative target, 将 often means 把).
 */
export const STRONG_RESULT_CUES = [
  '过去一年', '过去五年', '过去的一年', '过去的五年', '过去十年', '一年来', '五年来', '十年来', '去年', '上年',
  '创历史新高', '圆满完成', '超额完成', '胜利完成', '回顾', '这五年', '这一年', '五年间', '“十三五”以来',
  '“十四五”以来', '“十五五”以来',
];
export const WEAK_RESULT_CUES = [
  '累计', '已经', '已', '正在', '同比', '比上年', '较上年', '比去年', '全年实现', '提前完成', '完成了', '实现了', '取得了', '达到了', '增加了',
  '增长了', '提高了', '下降了', '减少了', '扩大了', '超过了',
];
export const STRONG_TARGET_CUES = [
  '今年', '明年', '预期目标', '主要目标', '目标是', '目标为', '奋斗目标', '具体目标',
  '今后五年', '未来五年', '年底前',
];
/** 力争/确保/争取 plan in a plan, but in a review they tell of past efforts (积极争取超长期国债). */
export const WEAK_TARGET_CUES = ['力争', '确保', '争取', '计划', '预计', '拟', '将', '要', '努力', '力求', '目标'];
/** 到2027年, 2025年底前: a deadline is a strong plan cue. */
export const DEADLINE_CUE = /到(?:19|20)\d\d年|(?:19|20)\d\d年(?:底|末)?前/g;

/** When an item is due, as reports write it. A bare year counts only before a plan word (一九五四年预计). */
export const DEADLINE_PATTERN =
  /(?:到|至|在|于)(?:19|20)\d\d年(?:底|末)?(?:前|以前)?|(?:19|20)\d\d年(?:底|末)?(?:前|以前)|(?:[一二三四五六七八九〇零]{4}|(?:19|20)\d\d)年(?=预计|计划|要|将|力争|确保|的?目标|发展主要预期目标)|年底前|本年内|年内|今年|明年|今后五年|未来五年|“十[一二三四五六七八九]五”(?:末|期间|时期)|本世纪中叶/g;
