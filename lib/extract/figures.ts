/**
 * Finds the figures of a normalised text: a number with its magnitude word, unit and
 * comparator (1.85万个, 百分之三十六点九, 5%—5.5%, 不低于1.32万元/年), and leaves out numbers that
 * are names, dates, ordinals or page furniture (PM2.5, 5G, 十四五, 2023年, 第63/322页).
 */

import { CHINESE_DIGIT_CHARS, CHINESE_NUMERAL_CHARS } from '../text/numerals';
import { COUNTER_SET } from '../text/units';
import { BARE_FIGURE_VERBS, CMP_AFTER, CMP_BEFORE, CMP_FILLERS, YEAR_FIGURE_VERBS } from './lexicon';
import { firstCharsOf, nextMatchFrom } from './first-chars';
import { isTenthsAt, matchUnit, NumberReader, tidy, type NumberAt } from './numbers';
import type { Comparator } from './types';

export interface Figure {
  /** Offsets in the normalised text of the figure itself: sign, number, magnitude, unit, trailing cue. */
  start: number;
  end: number;
  value: number;
  max: number | null;
  unit: string;
  /** Where the unit stands in the normalised text, or -1 when the words imply it (百分之, 翻一番, 九成). */
  unitStart: number;
  cmp: Comparator;
  /** The terms of a ratio as written (2.27:1 → [2.27, 1]); `value` is its first term. */
  ratio?: number[];
}

/** A number token at lastIndex (sticky): 百分之三十六点九, 翻一番, 1,234.5, 1.85, 三百, 一百零八亿, 四点二 (两 is no decimal digit). */
const TOKEN = new RegExp(
  `百分之[${CHINESE_DIGIT_CHARS}十百千点]+|翻[一两二三四]?番|\\d+(?:,\\d{3})+(?!\\d)(?:\\.\\d+)?|\\d+(?:\\.\\d+)?|` +
    `[${CHINESE_NUMERAL_CHARS}]+(?:点[${CHINESE_DIGIT_CHARS.replace('两', '')}]+)?`,
  'y',
);

/** Characters after a unit that make it part of another word: 部门, 条例, 台账, 名单. */
const UNIT_WORDS: Readonly<Record<string, string>> = {
  部: '门署委长', 名: '单称录', 条: '例件款', 台: '账阶', 处: '理室置', 场: '景所地', 项: '目', 支: '持付撑',
  方: '案面式向法针',
};

const TIME_UNITS: ReadonlySet<string> = new Set(['个月', '个季度', '天', '小时', '分钟', '秒', '个工作日', '工作日', '年']);

/**
 * Where a number token may start (百分之, 翻, a digit, a numeral). A global search for the token
 * tried every alternative at every character of a report, which cost more than the rest of the
 * figure reading; trying it only where one may start finds the same tokens, in the same order.
 */
const TOKEN_FIRST = firstCharsOf(TOKEN);

/** The first number token at or after `from`, as a global search from `from` would find it. */
function nextToken(text: string, from: number): RegExpExecArray | null {
  if (TOKEN_FIRST) return nextMatchFrom(text, from, TOKEN, TOKEN_FIRST);
  const global = new RegExp(TOKEN.source, 'g');
  global.lastIndex = from;
  return global.exec(text);
}
const RANGE_MARKS = '至到-—–~～';
const CLAUSE_BOUNDARY = '，,；;。！？!?：:\n、）)”';

function precededBy(text: string, at: number, words: readonly string[]): string | null {
  for (const w of words) if (text.startsWith(w, at - w.length)) return w;
  return null;
}

/** 节约, 制约, 签约 end in 约 but are no 约 (about); 附近, 就近 are no 近 (nearly). */
const FALSE_CUE_PREFIX: Readonly<Record<string, string>> = { 约: '节制签预契合公履大', 近: '就附最邻靠接将', 超: '赶' };

function comparatorBefore(text: string, at: number): Comparator | null {
  let p = at;
  // Step back over one filler (控制在, 超过了, 达到).
  for (let guard = 0; guard < 2; guard++) {
    const filler = CMP_FILLERS.find((f) => text.startsWith(f, p - f.length) && !CMP_BEFORE.some(([c]) => text.startsWith(c, p - c.length)));
    if (!filler) break;
    p -= filler.length;
  }
  for (const [cue, cmp] of CMP_BEFORE) {
    if (!text.startsWith(cue, p - cue.length)) continue;
    const before = text[p - cue.length - 1] ?? '';
    if (cue.length === 1 && before && FALSE_CUE_PREFIX[cue]?.includes(before)) continue;
    return cmp;
  }
  return null;
}

interface QuotedLookup {
  inside(at: number): boolean;
}

/** Binary search over sorted, non-overlapping-ish spans. */
export function quotedLookup(spans: Array<[number, number]>): QuotedLookup {
  return {
    inside(at: number) {
      let lo = 0;
      let hi = spans.length - 1;
      while (lo <= hi) {
        const mid = (lo + hi) >> 1;
        const [s, e] = spans[mid];
        if (at < s) hi = mid - 1;
        else if (at >= e) lo = mid + 1;
        else return true;
      }
      // Nested spans: a book title inside a quote; check the neighbours linearly.
      for (let k = Math.max(0, lo - 3); k < Math.min(spans.length, lo + 1); k++) if (at >= spans[k][0] && at < spans[k][1]) return true;
      return false;
    },
  };
}

const isCjk = (ch: string | undefined) => !!ch && ch >= '\u3400' && ch <= '\u9fff';
const isLetter = (ch: string | undefined) => !!ch && /[A-Za-z]/.test(ch);

/** Why a number is not a figure, or null when it is one. Kept apart so the rules can be read. */
function nameOrDate(text: string, n: NumberAt, unit: string): string | null {
  const before = text[n.start - 1];
  const after = text[n.end];
  if (isLetter(before) || (before === '-' && isLetter(text[n.start - 2]))) return 'part of a code or name (PM2.5, C919)';
  if (before === '+' || after === '+' || (after === '-' && isLetter(text[n.end + 1]))) return 'part of a slogan (5+1)';
  if (!unit && isLetter(after)) return 'part of a code or name (5G, 3A级)';
  if (before === '第' || (before === '前' && (unit === '位' || unit === '名'))) return 'ordinal or rank';
  if (before === '/' || before === '.' || before === '·') return 'page number or list marker';
  if (text.startsWith('连续', n.start - 2)) return 'streak';
  if (n.integer && n.value >= 1900 && n.value <= 2100 && !n.hasMagnitude && (!unit || unit === '年' || /^[年—\-至到~～]/.test(after ?? ''))) {
    return 'year';
  }
  // 6部门, 3条例: the unit's character opens a word of its own.
  const wordAfter = UNIT_WORDS[unit];
  if (wordAfter && wordAfter.includes(text[n.end + unit.length] ?? '\n')) return 'a word, not a unit (部门)';
  // 十一届十一次全会: a meeting's number.
  if (unit === '次' && (before === '届' || /^(?:全会|会议|全体会议|代表大会|常委会)/.test(text.slice(n.end + 1, n.end + 5)))) {
    return 'a meeting (十一届十一次全会)';
  }
  // 满3岁, 3岁以下: an age that describes people, unless the clause measures a lifetime.
  if (unit === '岁' && !/寿命|年龄|岁数/.test(text.slice(Math.max(0, n.start - 20), n.start))) return 'an age group';
  // 十一个方面, 10件民生实事: a count that describes the text, not a figure of the report.
  if (COUNTER_SET.has(unit) && /^(?:方面|大方面|领域|层面|维度|环节|板块|民生实事|为民实事|实事|重点任务|步骤|主要指标|指标)/.test(text.slice(n.end + unit.length, n.end + unit.length + 4))) {
    return 'describes the text (十方面民生实事)';
  }
  // 7亿吨级, 亿元级, 10万千瓦级: a size class, not a figure.
  if (!n.percent && text[n.end + (n.chinese ? 0 : unit.length)] === '级') return 'size class (万吨级, 万亿级)';
  if (unit === '分钟' && /^[^，。；]{0,8}圈/.test(text.slice(n.end + unit.length, n.end + unit.length + 10))) return 'name (15分钟生活圈)';
  return null;
}

const RATIO_MARK = /[:：]/;
const RATIO_TERM = /\d+(?:\.\d+)?/y;
/** Words that name a ratio before its terms (收入比, 之比, 三次产业结构): then 1:15 is no time of day. */
const RATIO_WORDS = /比|比例|比重|结构|配比/;

/**
 * The terms of a ratio written with colons (2.27:1, 2：1, 12.89：56.87：30.24; ∶ is folded to :),
 * and where it ends; null when there is none or it is a time of day (09:20, 07:00:44).
 */
function ratioAt(text: string, n: NumberAt): { terms: number[]; end: number } | null {
  if (n.chinese || n.hasMagnitude || !RATIO_MARK.test(text[n.end] ?? '')) return null;
  // The minutes of a time of day whose hour was passed over (09:45:30): no ratio begins there.
  if (RATIO_MARK.test(text[n.start - 1] ?? '') && /\d/.test(text[n.start - 2] ?? '')) return null;
  const terms = [n.value];
  const written = [text.slice(n.start, n.end)];
  let end = n.end;
  while (RATIO_MARK.test(text[end] ?? '')) {
    RATIO_TERM.lastIndex = end + 1;
    const term = RATIO_TERM.exec(text);
    if (!term) break;
    terms.push(Number(term[0]));
    written.push(term[0]);
    end = term.index + term[0].length;
  }
  if (terms.length < 2) return null;
  const clock = written.length <= 3 && /^\d{1,2}$/.test(written[0]) && terms[0] <= 24 && written.slice(1).every((w) => /^[0-5]\d$/.test(w));
  if (clock && !RATIO_WORDS.test(text.slice(Math.max(0, n.start - 8), n.start))) return null;
  return { terms, end };
}

/** A minus sign before the number (增长-3.2%, 为-0.5%), not a range's dash or a code's hyphen. */
function minusBefore(text: string, at: number): boolean {
  const sign = text[at - 1];
  if (sign !== '-' && sign !== '−') return false;
  const before = text[at - 2];
  return before === undefined || isCjk(before) || /[\s，,：:；;（(]/.test(before);
}

export interface FigureScanOptions {
  /** Offsets inside quoted names or book titles: numbers there are not figures. */
  quoted: QuotedLookup;
}

export function scanFigures(text: string, options: FigureScanOptions): Figure[] {
  const figures: Figure[] = [];
  const numbers = new NumberReader(text);
  let m: RegExpExecArray | null;
  for (let from = 0; (m = nextToken(text, from)); ) {
    from = m.index + m[0].length;
    const figure = readFigure(text, m, numbers, options);
    if (figure) {
      figures.push(figure);
      from = Math.max(from, figure.end);
    }
  }
  return figures;
}

function readFigure(text: string, m: RegExpExecArray, numbers: NumberReader, { quoted }: FigureScanOptions): Figure | null {
  const n = numbers.read(m.index, m[0]);
  if (!n) return null;
  if (quoted.inside(n.start)) return null;
  // 百分之五 and 翻一番 carry their unit in the words; other units are read after the number.
  const impliedUnit = n.percent ? '%' : m[0].startsWith('翻') ? '倍' : '';
  let unit = impliedUnit || matchUnit(text, n.end);
  let unitStart = unit && !impliedUnit ? n.end : -1;
  if (!unit && !n.hasMagnitude) {
    const ratio = ratioAt(text, n);
    if (ratio) return ratioFigure(text, n, ratio.terms, ratio.end);
    if (RATIO_MARK.test(text[n.end] ?? '') && /\d/.test(text[n.end + 1] ?? '')) return null; // a time of day
  }
  if (!unit && !n.percent && isTenthsAt(text, n.end) && Number.isInteger(n.value) && n.value >= 1 && n.value <= 10) {
    return tenthsFigure(text, n);
  }
  if (nameOrDate(text, n, unit)) return null;
  let end = n.end + (impliedUnit ? 0 : unit.length);
  // 年 is a date or a duration unless a verb makes it a figure (受教育年限提高到11.3年).
  if (text[n.end] === '年' && !unit) {
    if (n.chinese || !precededBy(text, n.start, YEAR_FIGURE_VERBS) || /^(?:行动|计划|规划|以来|来|内|间|期间|后)/.test(text.slice(n.end + 1, n.end + 3))) {
      return null;
    }
    unit = '年';
    unitStart = n.end;
    end = n.end + 1;
  }
  // 近5个月, 3个月内: a time span is a figure only when the clause shortens or bounds it (压缩至3个工作日).
  if (TIME_UNITS.has(unit) && !/(?:缩短|压缩|减少|增加|延长|压减|缩减|控制在|不超过|提前|降至|降到|时限|时间|用时|周期|时长|年限|期限|天数)[^，。；]{0,6}$/.test(text.slice(Math.max(0, n.start - 12), n.start))) {
    return null;
  }
  let value = n.value;
  let max: number | null = null;
  let cmp: Comparator | null = null;
  // A range: 5%—5.5%, 4.5%至5%, 3-5个, 百分之八至九.
  const mark = text[end];
  if (mark && RANGE_MARKS.includes(mark)) {
    let q = end + 1;
    while (text[q] === '—' || text[q] === '-') q++;
    TOKEN.lastIndex = q;
    const second = TOKEN.exec(text);
    const upper = second ? numbers.read(second.index, second[0], n.percent) : null;
    if (upper && !(n.integer && n.value >= 1900 && n.value <= 2100 && text[upper.end] === '年')) {
      const upperUnit = upper.percent ? '%' : matchUnit(text, upper.end);
      if (!unit || upperUnit === unit || !upperUnit) {
        if (!n.hasMagnitude && upper.hasMagnitude) value = tidy(value * magnitudeOf(text, upper));
        if (!unit && upperUnit && text.startsWith(upperUnit, upper.end)) unitStart = upper.end;
        unit = unit || upperUnit;
        max = upper.value;
        cmp = 'range';
        end = upper.end + (upperUnit && text.startsWith(upperUnit, upper.end) ? upperUnit.length : 0);
      }
    }
  }
  // 0—6岁儿童: the range supplied the unit, and the unit may make it a name or an age group.
  if (cmp === 'range' && nameOrDate(text, n, unit)) return null;
  const hasUnit = unit !== '';
  if (!hasUnit && !n.hasMagnitude) {
    // A bare number is a figure only after a verb of reaching (之比达到0.75) and at the clause's end.
    const verb = precededBy(text, n.start, BARE_FIGURE_VERBS);
    const next = text[end] ?? '\n';
    const endsClause = CLAUSE_BOUNDARY.includes(next) || /^(?:以内|以上|以下|左右)/.test(text.slice(end, end + 2));
    if (!verb || !endsClause || n.chinese) return null;
  }
  // Trailing comparator: 以上, 以内, 左右.
  for (const [cue, c] of CMP_AFTER) {
    if (!text.startsWith(cue, end)) continue;
    const next = text[end + cue.length];
    if (cue === '上下' && next && !CLAUSE_BOUNDARY.includes(next)) break;
    // 3岁以下婴幼儿, 500万元以上项目: a measure with 以上/以下 before a noun qualifies that noun.
    if ((cue === '以上' || cue === '以下' || cue === '及以上') && isCjk(next) && !'的和与及并且、'.includes(next) && !COUNTER_SET.has(unit) && (hasUnit || n.hasMagnitude) && unit !== '%') {
      return null;
    }
    if (cmp !== 'range') cmp = c;
    end += cue.length;
    break;
  }
  if (!cmp) cmp = comparatorBefore(text, n.start);
  if (!cmp && n.more) cmp = '>';
  if (minusBefore(text, n.start)) return { start: n.start - 1, end, value: -value, max: max === null ? null : -max, unit, unitStart, cmp: cmp ?? '=' };
  return { start: n.start, end, value, max, unit, unitStart, cmp: cmp ?? '=' };
}

/** A trailing comparator cue after `end` (以内, 左右), else one before the figure. */
function comparatorAround(text: string, start: number, end: number): { cmp: Comparator; end: number } {
  for (const [cue, cmp] of CMP_AFTER) if (text.startsWith(cue, end)) return { cmp, end: end + cue.length };
  return { cmp: comparatorBefore(text, start) ?? '=', end };
}

/**
 * A ratio (城乡居民收入比2.27:1, 三次产业结构12.89：56.87：30.24): value is its first term (for the
 * usual X:1 that is the ratio itself, and it is how the gold reads a structure), unit '', the
 * terms as written in `ratio`. It is a figure wherever it stands: the colons leave no doubt.
 */
function ratioFigure(text: string, n: NumberAt, terms: number[], termsEnd: number): Figure {
  const { cmp, end } = comparatorAround(text, n.start, termsEnd);
  return { start: n.start, end, value: n.value, max: null, unit: '', unitStart: -1, cmp, ratio: terms };
}

/**
 * A share written in tenths (九成, 7成以上, 超五成): 九成 is 90 %, as 百分之九十 is, so that a share is
 * one unit across reports whichever way it is written; the highlight keeps the 成.
 */
function tenthsFigure(text: string, n: NumberAt): Figure {
  // 六成多: the stated share is a floor.
  const more = text[n.end + 1] === '多';
  const { cmp, end } = comparatorAround(text, n.start, n.end + (more ? 2 : 1));
  return { start: n.start, end, value: n.value * 10, max: null, unit: '%', unitStart: -1, cmp: more && cmp === '=' ? '>' : cmp };
}

function magnitudeOf(text: string, n: NumberAt): number {
  let mult = 1;
  for (let k = n.end - 1; k >= n.start && (text[k] === '万' || text[k] === '亿' || text[k] === '多' || text[k] === '余'); k--) {
    if (text[k] === '万') mult *= 1e4;
    if (text[k] === '亿') mult *= 1e8;
  }
  return mult;
}

