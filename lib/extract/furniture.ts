/**
 * Numbers that are the furniture of a document, not items (issue 9, GUIDELINE "not an item"):
 * table and chart captions (表1, 图2), clock times in a dateline (2018-05-01 08:36:05), the count
 * a heading carries in brackets (一、县示范区管委会牵头工作(8项)), counts that describe the document
 * or its making (明确133项具体任务, 涉及34个牵头单位, 票决出17项为民办实事项目, 确定今年10项重点民生实事),
 * the name of a list dated by its year (2025年十五件民盼实事) and an index's base (以女性为100). Each rule reads a bounded
 * stretch around the figure: linear in the text.
 */

import type { Figure } from './figures';

/** 表1 户籍人口…, 图2:2024年…, 附表3: a caption's number. */
const CAPTION_BEFORE = /(?:^|[^\u3400-\u9fff])(?:附?表|附?图|附件)\s?$/;
/** A clock time after a date: 2018-05-01 08:36:05, 2024年1月18日 9:30. */
const CLOCK = /(?:\d{4}-\d{1,2}-\d{1,2}|\d{1,2}日)\s*\d{1,2}:\d{2}(?::\d{2})?/g;

/** Verbs that say what a document holds or how it was made, when they count its parts. */
const DOCUMENT_VERB = /(?:涉及|明确|细化|分解(?:为|成)?|梳理出?|列出|提出|票决出|票选出|遴选出?|确定|提交的?|共有|包含|办好|抓好|办成)(?:了)?(?:今年|明年|全市|全区|全县|全省|(?:19|20)\d\d年(?:度)?)?$/;
/** What such a count counts: the document's tasks, the units it names, the projects put to a vote. */
const DOCUMENT_NOUN = /^[^，,；;。：:\n]{0,16}?(?:具体任务|重点任务|工作任务|任务|牵头单位|责任单位|配合单位|职能部门|部门|候选项目|实事项目|办实事项目|民生实事|民盼实事|为民实事)/;
/**
 * A threshold that names a class of units (年主营业务收入2000万元及以上的工业法人单位, 营业收入超千亿元的企业):
 * a statistical scope or a name, not a figure reached; so is 投资2000万元以上的技改项目.
 */
const THRESHOLD_NAMES =
  /^(?:及以上|以上|以下)?的?(?:工业|批发|零售|住宿|餐饮|服务业|规上|重点)?(?:企业|法人单位|单位|产业集群|集群|商户|个体户|纳税人)/;
/** 投资2000万元以上的技改项目, 亿元以上项目: a floor that names a class of projects. */
const THRESHOLD_PROJECTS = /^(?:及以上|以上)?的?[\u3400-\u9fff]{0,4}项目/;

/** 8个项目被确定为2025年民生实事项目: a count of what a vote or a decision put on the list. */
const CHOSEN_FOR_LIST = /^[^，,；;。：:\n]{0,6}?被(?:确定|票决|票选|选定|列|纳入)为?[^，,；;。：:\n]{0,12}?(?:民生实事|民盼实事|为民实事|实事项目)/;
/** 以女性为100, 以上年为100, 上年=100: the base an index is stated against. */
const INDEX_BASE_BEFORE = /(?:以[^，,；;。：:\n]{1,10}为|=)\s*$/;

/** 已有0人打赏, 12人赞, 阅读量1024: a web page's count of its readers' reactions. */
const READER_COUNT_AFTER = /^(?:人|次)?(?:打赏|点赞|赞|评论|收藏|转发|分享|浏览|阅读|关注)/;
const READER_COUNT_BEFORE = /(?:阅读量|阅读数|浏览量|浏览次数|点击量|点击数|访问量)[:：]?\s*$/;

/** What a document's parts are counted in. */
const DOCUMENT_COUNTERS: ReadonlySet<string> = new Set(['项', '个', '件', '家', '条', '类', '份', '批']);
/** A list's name dated by its year, opening its clause (2.2025年十五件民盼实事任务分解): no verb counts it. */
const DATED_LIST = /^[\s(（]*(?:\d{1,2}[.、．])?\s*(?:19|20)\d\d年(?:度)?$/;
const LIST_NOUN = /^[^，,；;。：:\n]{0,6}?(?:民生实事|民盼实事|为民实事|实事项目|办实事项目|重点工作)/;

/** Voltage classes name a line or a grid (750千伏河西走廊北通道工程, 500千伏输变电工程): kV before a noun. */
const VOLTAGE_UNITS: ReadonlySet<string> = new Set(['千伏', 'kV', '伏']);
/** Capacities that name one project of a list (白银集团7万吨锌基合金等项目, 720兆瓦储能电站等项目). */
const CAPACITY_UNITS: ReadonlySet<string> = new Set(['吨', '万吨', '千瓦', '万千瓦', '兆瓦', '吉瓦']);
const NAMED_PROJECT_AFTER = /^[^，,；;。：:、\n\d]{1,14}等(?:重大|重点|产业)?项目/;
/** 公交与轨道50米内换乘比例, 500米服务半径覆盖率: a distance that belongs to the name of a measure. */
const DISTANCE_UNITS: ReadonlySet<string> = new Set(['米', '公里', '千米']);
const MEASURE_NAME_AFTER = /^(?:内|以内|范围内|半径)[^，,；;。：:\d]{0,10}?(?:比例|比率|覆盖率|占比)/;
/** 二轮土地承包到期后再延长30年: the term of a standing policy, not a figure to reach. */
const POLICY_TERM_BEFORE = /到期后(?:再)?延长$/;

/** Spans of clock times in the text, found once. */
export function clockSpans(text: string): Array<[number, number]> {
  return [...text.matchAll(CLOCK)].map((m) => [m.index, m.index + m[0].length]);
}

/** Whether the line holding `at` is a heading: numbered, short, with no sentence in it. */
function inHeadingLine(text: string, from: number, to: number): boolean {
  let start = from;
  while (start > 0 && text[start - 1] !== '\n' && from - start < 60) start--;
  let end = to;
  while (end < text.length && text[end] !== '\n' && end - to < 60) end++;
  const line = text.slice(start, end).trim();
  return line.length <= 50 && /^(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)]|\d{1,2}[.、．]|第[一二三四五六七八九十]+[章节部分])/.test(line) && !/[。；;！？]/.test(line);
}

/** Whether the figure belongs to a name: a voltage class, a listed project's capacity, a measure's radius, a policy's term. */
function isPartOfName(text: string, figure: Figure, after: string): boolean {
  if (VOLTAGE_UNITS.has(figure.unit)) return /^[\u3400-\u9fff]/.test(after) && !/^(?:及以上|以上|以下)/.test(after);
  if (CAPACITY_UNITS.has(figure.unit)) return NAMED_PROJECT_AFTER.test(after);
  if (DISTANCE_UNITS.has(figure.unit)) return MEASURE_NAME_AFTER.test(after);
  return figure.unit === '年' && POLICY_TERM_BEFORE.test(text.slice(Math.max(0, figure.start - 6), figure.start));
}

/**
 * Whether a figure is furniture. `clauseStart` is where its clause starts; `inClock` says whether
 * it stands in a clock time (see {@link clockSpans}).
 */
export function isFurniture(text: string, figure: Figure, clauseStart: number, inClock: boolean): boolean {
  if (inClock) return true;
  const before = text.slice(Math.max(clauseStart, figure.start - 16), figure.start);
  const after = text.slice(figure.end, Math.min(text.length, figure.end + 24));
  if (isPartOfName(text, figure, after)) return true;
  if (Number.isInteger(figure.value) && figure.value < 100 && CAPTION_BEFORE.test(text.slice(Math.max(0, figure.start - 4), figure.start))) return true;
  // 一、县示范区管委会牵头工作(8项): the count a heading gives of what follows.
  if ('(（'.includes(text[figure.start - 1] ?? '') && /^[)）]\s*(?:\n|$)/.test(after) && inHeadingLine(text, figure.start, figure.end)) return true;
  if (figure.unit.endsWith('元') && THRESHOLD_NAMES.test(after)) return true;
  if (figure.unit.endsWith('元') && (figure.cmp === '>=' || /^(?:及以上|以上)/.test(after)) && THRESHOLD_PROJECTS.test(after)) return true;
  if (DOCUMENT_COUNTERS.has(figure.unit) && ((DOCUMENT_VERB.test(before) && DOCUMENT_NOUN.test(after)) || CHOSEN_FOR_LIST.test(after))) return true;
  if (!figure.unit && figure.value === 100 && INDEX_BASE_BEFORE.test(before)) return true;
  if ((figure.unit === '人' || figure.unit === '次' || !figure.unit) && (READER_COUNT_AFTER.test(after) || READER_COUNT_BEFORE.test(before))) return true;
  return figure.start - clauseStart <= 14 && DATED_LIST.test(text.slice(clauseStart, figure.start)) && LIST_NOUN.test(after);
}
