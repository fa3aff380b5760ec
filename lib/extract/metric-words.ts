/**
 * The words of a metric (GUIDELINE.md, "Metric: what a figure measures"): lexicons of what leads
 * into a figure (cues, times, places), what ends the words before it (达到, 控制在), change words
 * (增长, 下降, 上涨幅度) and verbs, and `readWords`, which splits the words before one figure into
 * them. Every function reads only the stretch it is given: a figure's own clause.
 *
 * Longer than our other files because of its word lists, not its logic: the lists and the one
 * reader that uses them are kept together so that a new word and its effect are read in one place.
 */

/** A stretch [start, end) of the normalised text. */
export interface Span {
  start: number;
  end: number;
}

export const span = (start: number, end: number): Span => ({ start, end });
export const isEmpty = (s: Span | null): boolean => !s || s.end <= s.start;

import { ALL_UNITS } from '../text/units';

const alternatives = (words: readonly string[]) => [...words].sort((a, b) => b.length - a.length).join('|');

/** Changes of a quantity, as reports write them; the direction each states. */
const UP = ['增长', '提高', '增加', '上升', '扩大', '上涨', '提升', '攀升', '跃升', '递增', '涨幅', '增幅', '增速', '增长率', '增长速度', '增长幅度', '上涨幅度', '翻番', '翻一番', '回升', '增', '升', '涨'];
const DOWN = ['下降', '降低', '减少', '收窄', '回落', '微降', '下滑', '缩小', '缩短', '缩减', '压减', '压缩', '递减', '降幅', '下降幅度', '下调', '降', '减'];
const FLAT = ['持平'];
/** 新增 and 净增 count what is new: kept in a metric (新增学位), but they state no direction of a level. */
const NEW = ['新增', '净增'];

export const CHANGE_WORDS = [...UP, ...DOWN, ...FLAT, ...NEW];
const CHANGE_AT_END = new RegExp(`(?:${alternatives(CHANGE_WORDS)})了?$`);

/** The direction a change word states; null for 新增 and for what is no change word. */
export function directionOfChange(word: string): 'up' | 'down' | 'flat' | null {
  if (FLAT.includes(word)) return 'flat';
  if (DOWN.includes(word)) return 'down';
  if (UP.includes(word)) return 'up';
  return null;
}

/** Rate changes a carried noun is cut before (经济增长速度的宏观调控目标 → 经济 + 增长速度), not 新增, not the noun 增加值. */
const RATE_CHANGE = new RegExp(`(?:${alternatives([...UP, ...DOWN].filter((w) => w.length > 1))})(?!值)`);

/** What stands between a noun and its change word without being part of either (比上年, 年均, 5年). */
const CHANGE_MODIFIER = new RegExp(
  `(?:比上年同期|比上年|较上年|比去年|较去年|同比|环比|年均|年平均|平均每年|平均|累计|分别|实际|名义|扣除价格因素|按可比价格计算|` +
    `(?<![比较])[\\d一二三四五六七八九十两]+年(?:来|间)?|又|再|仍然|仍|继续|持续|稳步|大幅|明显|显著|进一步|有|均)$`,
);
/** Modifiers a metric keeps with its change word: the guideline accepts 年均增长 and 增长 alike. */
const KEPT_MODIFIER = /^(?:年均|年平均|平均每年)$/;

/** A comparison base at the end of a noun (比2020年, 较“十三五”末的, 与上年相比), not 比重 or 收入比. */
const COMPARISON_AT_END = /(?:仍然|仍|又|还|再|将)?(?:比较|(?<!占|之|收入|结构)比|较)(?!重|例|值|率|分)[^，,。；;]{1,14}$|与[^，,。；;]{1,12}相比$/;
/** The starting point of 从X提高到Y at the end of a noun (工业企业利润由上年, 城乡居民收入比值由3.27): not the noun. */
const FROM_AT_END = /(?:从|由)[^，,。；;从由]{0,14}$/;

/**
 * What opens a figure's words without naming the quantity: list marks and joiners, cue words
 * (力争, 确保, 其中), times (今年, 到2027年, 一九五四年), places (全省), verbs that only say it was
 * reached (实现, 完成), streaks (连续三年).
 */
const LEAD = new RegExp(
  '^(?:' +
    [
      '[\\s—\\-·、，,：:（(）)]+', '[一二三四五六七八九十]+是', '\\d{1,2}[.．](?!\\d)', '其中', '同时', '此外', '另外', '而且', '并且', '但是', '但', '而', '以及', '由于', '因此', '其次', '首先',
      '那么', '那麽', '的', '把', '转为', '变为', '可以', '扣除物价因素', '扣除价格因素', '按可比价格计算',
      '推动', '加快推动', '推进', '助力', '“[^”]{1,12}”(?=推动|促成|带动|助力|推进)', '第[一二三四五六七八九十\\d]+次(?:全国)?[^，。；\\d]{0,6}普查(?:中)?',
      '力争', '确保', '争取', '努力', '力求', '奋力', '预计', '计划', '拟', '将(?!来)', '要(?!素|求|点)', '必须', '务必', '坚决', '严格', '已经', '已', '仍然', '仍', '当前', '目前', '现在',
      '(?:今年|全年|明年|当年|本年|去年|上年)(?:的)?', '(?:在)?(?:本年内|年内)', '年底前', '年末', '年底', '截至', '截止',
      '过去一年', '过去五年', '一年来', '五年来', '十年来', '这五年', '五年间',
      '到(?:19|20)\\d\\d年(?:底|末)?(?:前)?', '(?:在|于)?(?:19|20)\\d\\d年(?:底|末|度)?(?:前|以来)?(?:的)?', '(?:在|于)?[一二三四五六七八九〇零○]{4}年(?:底|末|度)?(?:的)?', '“?十[一二三四五六七八九]五”?(?:时期|期间|末|以来)',
      '连续[\\d一二三四五六七八九十两]+(?:年|个月|个季度)',
      '(?:主要)?(?:预期)?目标(?:是|为)', '具体目标(?:是|为)?', '主要指标(?:是|为)?',
      '全省', '全市', '全国', '全区', '全县', '全州', '全镇', '我国', '我省', '我市', '我区', '我县', '本市', '本省',
      '实现', '完成', '达到', '累计', '共计', '总计', '合计', '(?:经|据)?初步核算', '在[^，。；]{1,8}?(?:期间|期內|期内|时期|以来)',
    ].join('|') +
    ')',
);

/** Verbs and cues that end a metric's words before its figure (提升至, 控制在, 约, 高达). */
const TAIL_WORDS = [
  '达到', '达', '为', '是', '提升至', '提升到', '提高到', '提高至', '增至', '降至', '降到', '保持在', '控制在', '稳定在',
  '缩小到', '缩小至', '扩大到', '扩大至', '超过', '突破', '不低于', '不少于', '不超过', '不高于', '低于', '高于', '多于',
  '少于', '至少', '约', '近', '将近', '接近', '在', '到', '至', '了', '按', '拟按', '拟', '分别', '完成', '实现', '累计',
  '共计', '总计', '首次', '已', '已经', '仍然', '仍', '高达', '有', '大约', '约有', '只', '仅', '将', '预计', '力争', '确保',
  '定为', '确定为', '设定为', '总体', '保持', '都', '也', '超', '逾', '增加到', '增加至', '上升到',
  '上升至', '下降到', '下降至', '回落到', '回落至', '降低到', '降低至', '减少到', '减少至', '收窄至', '收窄到', '压减至',
  '压缩至', '缩短至', '缩短到', '延长至', '延长到', '调整为', '变为', '转为', '变化为', '升至', '跃升至', '攀升至',
  '成为', '均为', '均超过', '均达到', '均在', '均高于', '、', '，',
];
const LONGEST_TAIL_WORD = Math.max(...TAIL_WORDS.map((w) => w.length));
/** TAIL_WORDS by their first character: each position of a figure's words is tried against a few words, not all. */
const TAIL_WORDS_BY_FIRST: ReadonlyMap<string, readonly string[]> = (() => {
  const byFirst = new Map<string, string[]>();
  for (const w of TAIL_WORDS) byFirst.set(w[0], [...(byFirst.get(w[0]) ?? []), w]);
  return byFirst;
})();

/** 等于一九四九年的, 相当于全国平均水平的: the base of a multiple, not what is measured. */
const MULTIPLE_BASE = /(?:将|可|已|却将|只)?(?:等于|相当于)[^，,。；;]{0,14}的$/;

/**
 * Verbs a counted or measured object follows (建成19个基地, 覆盖95%以上行政村, 发行1万亿元国债). The
 * metric keeps such a verb before the object unless it only leads into it (推动, 打造: LEAD_VERBS).
 */
const VERBS = [
  '实施', '建成', '建设', '新建', '改建', '扩建', '新改建', '改扩建', '组建', '布局', '开工', '开工建设', '创建', '打造', '培育',
  '引进', '完成', '开展', '举办', '建立', '设立', '支持', '带动', '吸引', '惠及', '覆盖', '服务', '帮助', '解决', '救助',
  '资助', '改造', '提供', '发放', '落实', '认定', '开通', '开行', '招引', '签约', '培养', '评选', '命名', '形成', '成为',
  '获得', '获批', '入选', '推广', '选派', '安排', '发行', '增发', '投入', '新实施', '新认定', '新开工', '新培育', '新引进',
  '拉动', '吸纳', '转移', '帮扶', '培训', '开设', '配备', '招聘', '招录', '修建', '新修', '铺设', '种植', '治理', '整治',
  '修复', '收储', '化解', '处置', '淘汰', '关闭', '退出', '推动', '加快推动', '推进', '加快', '重点', '大力', '积极', '着力',
  '全面', '高质量', '提出', '包括', '新', '再', '又', '共', '让', '使', '对', '为', '向', '给', '新发现', '新探明', '探明',
  '出让', '储备', '培育打造', '实施了', '建成了', '完成了', '开工了', '推出', '开办', '交付', '投用', '打通', '上线',
];
/** Verbs that only lead into the object (the guideline's 提出 · 包括 · 推动): dropped from the metric. */
const LEAD_VERBS = new Set([
  '推动', '加快推动', '推进', '加快', '重点', '大力', '积极', '着力', '全面', '高质量', '提出', '包括', '打造', '培育',
  '培育打造', '支持', '让', '使', '对', '为', '向', '给', '新', '再', '又', '共', '带动',
]);
const ANY_VERB_AT = new RegExp(`^(?:${alternatives(VERBS)})`);
/** A verb of two characters or more at the start: 新 or 让 alone opens many a noun (新能源, 让利). */
const VERB_AT = new RegExp(`^(?:${alternatives(VERBS.filter((verb) => verb.length > 1))})`);
const VERB_IN = new RegExp(alternatives(VERBS.filter((verb) => verb.length > 1)));

/** The verbs text[start, end) is made of, each with its span, or null when it holds anything else. */
function verbsOf(text: string, start: number, end: number): Span[] | null {
  const verbs: Span[] = [];
  for (let at = start; at < end; ) {
    const verb = ANY_VERB_AT.exec(text.slice(at, end))?.[0];
    if (!verb) return null;
    verbs.push(span(at, at + verb.length));
    at += verb.length;
  }
  return verbs;
}

/** The verbs of a metric that stay in it: what the object of the figure is done to (建成, 覆盖), not 推动. */
export function keptVerbs(text: string, verbs: readonly Span[]): Span[] {
  return verbs.filter((verb) => !LEAD_VERBS.has(text.slice(verb.start, verb.end)));
}

/** The start of `words` once leading cues, times and places are passed over. */
function afterLead(words: string): number {
  let at = 0;
  for (let guard = 0; guard < 12; guard++) {
    const lead = LEAD.exec(words.slice(at));
    if (!lead || !lead[0]) break;
    at += lead[0].length;
  }
  return at;
}

/**
 * The end of `words` without the longest run of tail words (达到, 控制在, 约…), read from the end
 * with a table, not a backtracking pattern: /(?:达到|达|…)+$/ is exponential in 达到达到达到….
 */
function beforeTail(words: string, from: number): number {
  const ends = new Uint8Array(words.length + 1);
  ends[words.length] = 1;
  let cut = words.length;
  for (let j = words.length - 1, misses = 0; j >= from && misses < LONGEST_TAIL_WORD; j--) {
    ends[j] = endsTailWord(words, j, ends) && !splitsWord(words, j) ? 1 : 0;
    if (ends[j]) {
      cut = j;
      misses = 0;
    } else {
      misses++;
    }
  }
  return cut;
}

/** Whether a tail word stands at `j` and a run of tail words (or the end) follows it. */
function endsTailWord(words: string, j: number, ends: Uint8Array): boolean {
  const candidates = TAIL_WORDS_BY_FIRST.get(words[j]);
  if (!candidates) return false;
  for (const w of candidates) if (ends[j + w.length] && words.startsWith(w, j)) return true;
  return false;
}

/** A tail word at `at` that is the second half of a word (平均为, 人均达到: 均 belongs to 平均). */
const splitsWord = (words: string, at: number): boolean => words[at] === '均' && '平人年'.includes(words[at - 1] ?? '');

/** What the words before one figure say, in offsets of the text. */
export interface Words {
  /** The words once leading cues and trailing verbs of reaching are off: [start, end). */
  start: number;
  end: number;
  /** 新增/净增 opening the noun. */
  prefix: Span | null;
  /** What is measured, as far as these words name it. */
  noun: Span | null;
  /** The change word(s): 年均 kept with 增长, 比上年 and 5年 left out. */
  change: Span[];
  /** The core change word, for the direction. */
  changeWord: string | null;
  /** 分别 stands in the words: a list of nouns shares a list of figures. */
  respectively: number;
  /** The words are only verbs (建成, 加快推动): the object follows the figure. */
  verbs: Span[] | null;
  /** A verb opening the noun (建成王江泾镇…): the object may go on after the figure. */
  leadingVerb: Span | null;
}

const PREFIX = /^(?:累计)?(?:新增|净增)/;

/** Splits text[start, end), the words before a figure in its clause, into lead, noun, change and tail. */
export function readWords(text: string, start: number, end: number): Words {
  const raw = text.slice(start, end);
  let a = afterLead(raw);
  let b = beforeTail(raw, a);
  const multiple = MULTIPLE_BASE.exec(raw.slice(a, b));
  if (multiple) b = a + multiple.index;
  const respectively = raw.lastIndexOf('分别');

  let change: Span[] = [];
  let changeWord: string | null = null;
  let nounEnd = b;
  const changeMatch = CHANGE_AT_END.exec(raw.slice(a, b));
  if (changeMatch) {
    const core = changeMatch[0].replace(/了$/, '');
    changeWord = core;
    const coreStart = a + changeMatch.index;
    change = [span(start + coreStart, start + coreStart + core.length)];
    nounEnd = coreStart;
    // Modifiers between the noun and the change word: 年均 stays, 比上年 and 5年 go.
    for (let guard = 0; guard < 6; guard++) {
      const modifier = CHANGE_MODIFIER.exec(raw.slice(a, nounEnd));
      if (!modifier || !modifier[0]) break;
      if (KEPT_MODIFIER.test(modifier[0]) && change.length === 1) change.unshift(span(start + a + modifier.index, start + nounEnd));
      nounEnd = a + modifier.index;
    }
  }
  const comparison = COMPARISON_AT_END.exec(raw.slice(a, nounEnd));
  if (comparison) nounEnd = a + comparison.index;
  const from = FROM_AT_END.exec(raw.slice(a, nounEnd));
  if (from) nounEnd = a + from.index;
  while (nounEnd > a && '的在于对'.includes(raw[nounEnd - 1])) nounEnd--;

  let prefix: Span | null = null;
  const opening = PREFIX.exec(raw.slice(a, nounEnd));
  if (opening) {
    prefix = span(start + a, start + a + opening[0].length);
    a += opening[0].length;
  } else if (nounEnd <= a && changeWord && NEW.includes(changeWord)) {
    // 新增2家千亿级园区: 新增 with no noun before it opens what follows the figure.
    prefix = change[change.length - 1];
    change = [];
    changeWord = null;
  }
  const verbs = nounEnd > a ? verbsOf(text, start + a, start + nounEnd) : null;
  const leading = VERB_AT.exec(raw.slice(a, nounEnd))?.[0];
  return {
    leadingVerb: leading && !verbs && nounEnd - a > leading.length ? span(start + a, start + a + leading.length) : null,
    start: start + a,
    end: start + b,
    prefix,
    noun: nounEnd > a && !verbs ? span(start + a, start + nounEnd) : null,
    change,
    changeWord,
    respectively: respectively >= 0 ? start + respectively : -1,
    verbs,
  };
}

/** A carried noun cut before a rate change it holds (经济增长速度的宏观调控目标 → 经济), for a new change word. */
export function nounBeforeChange(text: string, noun: Span): Span {
  const match = RATE_CHANGE.exec(text.slice(noun.start, noun.end));
  return match && match.index > 0 ? span(noun.start, noun.start + match.index) : noun;
}

/** Words a noun after a figure cannot start with: comparators, particles, verbs of a predicate. */
const ANOTHER_PREDICATE = '支持|用于|投向|形成|进入|带动|拉动|惠及|覆盖|涉及|其中|同比|等';
const NOT_A_NOUN_START = new RegExp(`^(?:以上|以下|以内|左右|上下|多|余|的|和|与|及|或|是|为|于|到|至|了|中|内|后|前|间|来|起|年|月|日|天|以|占|比|较|分别|目标|任务|增|减|降|提|超|达|居|位|次|倍|左|右|${ANOTHER_PREDICATE}|[，,。；;、：:）)\\s\\d])`);
/** Where a noun after a figure ends in any case: a figure, a stop, a list mark, a verb of another predicate. */
const NOUN_AFTER_END = new RegExp(`[\\d，,。；;、：:！？!?\\n]|${ANOTHER_PREDICATE}`);
/** Where it ends when another figure follows in its clause (3920个新投产项目增加产值5100多亿元): its verb. */
const NOUN_AFTER_VERB = /增加|增长|提高|下降|完成|实现|达到|超过|突破|新增|占|同比|比上年|分别|投资/;
const NOUN_AFTER_TAIL = /(?:超过|突破|达到|超|逾|近|约|达|为|是|在|和|与|及|的|、)+$/;
const NOUN_AFTER_LONGEST = 20;

/**
 * The noun a figure counts when it stands after it (建成19个国家级…基地, 覆盖95%以上行政村, 5575万农村
 * 贫困人口实现脱贫), or null. `opensClause`: the figure opens its clause, so 61%的城市污水处理厂 counts too.
 */
export function nounAfter(text: string, at: number, clauseEnd: number, opensClause = false): Span | null {
  if (opensClause && text[at] === '的') at++;
  const rest = text.slice(at, Math.min(clauseEnd, at + NOUN_AFTER_LONGEST + 4));
  if (rest.length < 2 || NOT_A_NOUN_START.test(rest)) return null;
  const stop = NOUN_AFTER_END.exec(rest.slice(1));
  let words = stop ? rest.slice(0, stop.index + 1) : rest;
  if (stop && /\d/.test(stop[0])) {
    const verb = NOUN_AFTER_VERB.exec(words.slice(1));
    if (verb) words = words.slice(0, verb.index + 1);
  }
  words = words.slice(0, NOUN_AFTER_LONGEST).replace(NOUN_AFTER_TAIL, '');
  return words.length >= 2 ? span(at, at + words.length) : null;
}

/**
 * A noun that lists examples or several things: the part after 等 when what stands before it
 * holds a figure (金矿、平凉7亿吨级冶镁白云岩等大中型矿产地), null when nothing follows 等 (“手撕镍”
 * “无氧铜”等: the thing counted follows the figure), the last of a 、 list of verb phrases
 * (建设外贸优品库、精准服务企业); else the noun as it is (春夏秋冬消费季、外贸优品购物季等活动).
 */
export function withoutExamples(text: string, noun: Span): Span | null {
  const words = text.slice(noun.start, noun.end);
  const etc = lastEtc(words);
  if (etc >= 0) {
    if (etc + 1 >= words.length) return null;
    const head = span(noun.start + etc + 1, noun.end);
    if (/\d/.test(words.slice(0, etc))) return head;
    // 新建扩建老岚水库等水源型水库: the verb and the kind, without its examples.
    const verb = VERB_AT.exec(words)?.[0];
    return verb ? joinSpans(span(noun.start, noun.start + verb.length), head) : noun;
  }
  const comma = words.lastIndexOf('、');
  if (comma >= 0 && (/\d/.test(words.slice(0, comma)) || (VERB_AT.test(words) && VERB_IN.test(words.slice(comma + 1))))) {
    return comma + 1 < words.length ? span(noun.start + comma + 1, noun.end) : null;
  }
  return noun;
}

/** Two spans as one metric piece when they touch, else the second (the kind named after 等). */
function joinSpans(first: Span, second: Span): Span {
  return first.end === second.start ? span(first.start, second.end) : second;
}

/** 等 in 高等, 平等, 一等奖 is no "and others". */
const WORD_WITH_DENG = /[高中同平初对均优特劣上次一二三四]/;

/** The last 等 that means "and others" (after a list, a name or a noun), not the 等 of 高等, 等级, 等于. */
function lastEtc(words: string): number {
  for (let at = words.lastIndexOf('等'); at > 0; at = words.lastIndexOf('等', at - 1)) {
    if (/[级于同待]/.test(words[at + 1] ?? '') || WORD_WITH_DENG.test(words[at - 1])) continue;
    return at;
  }
  return -1;
}

/**
 * The words of a figureless clause that name its subject (确保物价上涨幅度比去年有明显回落 → 物价上涨幅度),
 * for a figure that names nothing and has no figure before it in its sentence.
 */
export function subjectOfClause(text: string, start: number, end: number): Span | null {
  const words = readWords(text, start, end);
  if (!words.noun) return null;
  const noun = text.slice(words.noun.start, words.noun.end);
  if (/\d/.test(noun)) return null;
  // A clause stating a change of its noun names it (物价上涨幅度比去年有明显回落); else only a short
  // noun phrase does (经济增长速度的宏观调控目标), not an aside (虽然在这方面做了很大努力).
  if (words.change.length) return words.noun;
  if (noun.length > 20 || CLAUSE_NOT_A_NOUN.test(noun)) return null;
  return words.noun;
}

/** What a figureless clause says when it names no quantity: a condition, an aside, an action. */
const CLAUSE_NOT_A_NOUN = /^(?:虽然|尽管|因为|如果|为了|通过|按照|根据|围绕|随着|坚持|加强|加快|深化|推进|推动|实施|做好|抓好|着力|全力|大力|持续)|了|着|过/;

/** Heads a list of nouns shares, written once after its last noun (城镇、农村常住居民人均可支配收入; 黄金、白银…镍产量). */
const SHARED_HEAD = /产业|产量|产值|增加值|常住居民|居民|人均|限上|限额以上|零售额|销售额|营业收入|收入|利润|贷款|存款|余额|建成区|面积|投资|总额|总值|规模|进出口|出口额|进口额|人数|数量|占比|比重|发电量|装机|吞吐量/;

/**
 * The nouns of a 分别 list, each as its spans, with the head the last one shares with the others:
 * 黄金、白银、精炼铜、镍产量 → 黄金产量 · 白银产量 · 精炼铜产量 · 镍产量.
 */
export function respectiveNouns(text: string, noun: Span): Span[][] {
  const words = text.slice(noun.start, noun.end);
  const parts: Span[] = [];
  let from = 0;
  for (const match of words.matchAll(/[、，,]|和|与|及/g)) {
    if (match.index! > from) parts.push(span(noun.start + from, noun.start + match.index!));
    from = match.index! + match[0].length;
  }
  if (from < words.length) parts.push(span(noun.start + from, noun.end));
  if (parts.length < 2) return parts.map((p) => [p]);
  const last = parts[parts.length - 1];
  const head = SHARED_HEAD.exec(text.slice(last.start + 1, last.end));
  if (!head) return parts.map((p) => [p]);
  const headSpan = span(last.start + 1 + head.index, last.end);
  return parts.map((p, k) => (k === parts.length - 1 ? [p] : [p, withoutOverlap(text, p, headSpan)]));
}

/** The head without what the noun already ends with (城镇居民 + 居民人均可支配收入 → 人均可支配收入). */
function withoutOverlap(text: string, noun: Span, head: Span): Span {
  const words = text.slice(noun.start, noun.end);
  const shared = text.slice(head.start, head.end);
  for (let k = Math.min(words.length, shared.length - 1); k > 0; k--) {
    if (words.endsWith(shared.slice(0, k))) return span(head.start + k, head.end);
  }
  return head;
}

/**
 * Another figure inside a metric's words: digits with a magnitude word or a unit, and its
 * comparator (10亿元以上重大产业项目, 6个方面), or an ordinal (全省第4个); not digits of a name (PM2.5, 5G, M2).
 */
const FIGURE_IN_WORDS = new RegExp(
  `(第)?[0-9０-９][0-9０-９.]*(?:(?:[万亿千百]+)(?:${alternatives(ALL_UNITS)})?|(?:${alternatives(ALL_UNITS)}))(?:以上|以下|以内|左右|多|余)?`,
  'g',
);

/**
 * A metric's spans without the other figures they hold (GUIDELINE: no other figures of the
 * clause): 开工建设10亿元以上重大产业项目 → 开工建设重大产业项目; after an ordinal only what follows
 * it (揭阳潮汕机场成为全省第4个吞吐量 → 吞吐量). The spans as they are when nothing would be left.
 */
export function withoutOtherFigures(text: string, spans: readonly Span[]): Span[] {
  const kept: Span[] = [];
  for (const piece of spans) {
    // Most pieces hold no digit, so no figure: the regex is not run on them.
    if (!hasDigit(text, piece.start, piece.end)) {
      if (piece.end > piece.start) kept.push(span(piece.start, piece.end));
      continue;
    }
    const words = text.slice(piece.start, piece.end);
    let from = 0;
    // exec, not matchAll: matchAll copies the regex on every call, and this one's source is long (every unit).
    FIGURE_IN_WORDS.lastIndex = 0;
    for (let match = FIGURE_IN_WORDS.exec(words); match; match = FIGURE_IN_WORDS.exec(words)) {
      if (match[1]) kept.length = 0;
      else if (match.index > from) kept.push(span(piece.start + from, piece.start + match.index));
      from = match.index + match[0].length;
    }
    if (from < words.length) kept.push(span(piece.start + from, piece.end));
  }
  return kept.length ? kept : [...spans];
}

/** A digit, ASCII or full-width (what FIGURE_IN_WORDS needs to match), in text[start, end). */
function hasDigit(text: string, start: number, end: number): boolean {
  for (let k = start; k < end; k++) {
    const code = text.charCodeAt(k);
    if ((code >= 0x30 && code <= 0x39) || (code >= 0xff10 && code <= 0xff19)) return true;
  }
  return false;
}
