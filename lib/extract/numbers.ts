/**
 * One number as reports write it: the token (1.85, 三十六点九, 百分之五, 翻一番), its magnitude
 * words (万, 亿, 千万, 多) and a smaller figure that continues it (1万6千多户, 1亿3千多万).
 */

import { CHINESE_DIGIT_CHARS, CHINESE_PLACE_CHARS, parseChineseNumber } from '../text/numerals';
import { FIGURE_UNITS, UNITS_STARTING_WITH_QIAN } from '../text/units';

/** What may follow 成 in a share written in tenths (九成以上, 占全国4成，, 近八成投向民生): not 成为, 成果, 一成不变. */
const TENTHS_FOLLOWER = /^(?:$|[，,。；;、：:）)”\s]|以上|以下|以内|左右|上下|多|的|和|与|及|或|等|投|用于|来自)/;

/** A share written in tenths at `at` (the 成 of 九成, 7成以上). */
export function isTenthsAt(text: string, at: number): boolean {
  return text[at] === '成' && TENTHS_FOLLOWER.test(text.slice(at + 1, at + 3));
}

/**
 * A duration in hours, minutes or class hours (每天一小时, 不少于两课时, 初中生九小时): a lone numeral
 * before it is a figure, but not in the name of a zone reached in that time (一小时经济圈, 十分钟健身圈).
 */
const DURATION_AFTER = /^(?:小时|分钟|课时|学时)(?![\u3400-\u9fff]{0,4}圈)/;

export function isDurationAt(text: string, at: number): boolean {
  return DURATION_AFTER.test(text.slice(at, at + 9));
}

/** The longest unit at `at` (元, 千瓦时, 元/年), or ''. */
export const matchUnit = (text: string, at: number): string => FIGURE_UNITS.at(text, at);

const CONTINUATION = /\d+(?:\.\d+)?/y;

const BARE_DIGITS = new RegExp(`^[${CHINESE_DIGIT_CHARS}]+$`);
const BARE_PLACES = new RegExp(`^[${CHINESE_PLACE_CHARS}]+$`);

const MAGNITUDE: Readonly<Record<string, number>> = { 万: 1e4, 亿: 1e8 };

/**
 * A tidy double: 1.85 × 10⁴ is 18500, not 18500.000000000004. An integer below 10¹² has at most
 * 12 digits and is its own tidy form (most figures are): toPrecision, which is slow, is skipped.
 */
export const tidy = (x: number): number => (Number.isInteger(x) && x > 0 && x < 1e12 ? x : Number(x.toPrecision(12)));

export interface NumberAt {
  start: number;
  /** Offset after the number and its magnitude words. */
  end: number;
  value: number;
  /** A 多/余 after the figure: the stated value is a floor. */
  more: boolean;
  hasMagnitude: boolean;
  chinese: boolean;
  /** Arabic integer without a decimal point. */
  integer: boolean;
  percent: boolean;
  /** A 千/万/亿 followed the digits (3千, 1万): 1亿3千万 may combine, 2025年3 may not. */
  hasMagnitudeWord: boolean;
}

/**
 * The number token at `start` and the magnitude words after it (万, 亿, 千万, 多), before any
 * smaller figure that may follow (1万6千多户). `multiplier` is what 万/亿/千 multiplied by.
 */
interface NumberHead extends NumberAt {
  multiplier: number;
  /** Where a smaller figure may continue this one (a digit right after 万/亿), or -1. */
  continuesAt: number;
}

function readHead(text: string, start: number, token: string, percentOfLower: boolean): NumberHead | null {
  let value: number | null;
  let chinese = false;
  let percent = false;
  if (token.startsWith('百分之')) {
    value = parseChineseNumber(token.slice(3));
    chinese = true;
    percent = true;
  } else if (token.startsWith('翻')) {
    // 翻番 and 翻一番 double; 翻两番 quadruples.
    const times = token.length === 3 ? parseChineseNumber(token[1]) ?? 1 : 1;
    value = 2 ** times;
    chinese = true;
  } else if (/\d/.test(token[0])) {
    value = Number(token.replace(/,/g, ''));
  } else {
    chinese = true;
    // 百分之八至九: the upper bound borrows 百分之 from the lower.
    percent = percentOfLower;
    // A lone numeral character is a word (一批, 千方百计, 三年行动), not a figure, unless it counts
    // tenths (九成以上, 超五成).
    if ([...token].length < 2 && !percentOfLower && !isTenthsAt(text, start + token.length) && !isDurationAt(text, start + token.length)) return null;
    // A run of bare digits (一九四九, 一二三产) is a year or a name.
    if (BARE_DIGITS.test(token) && token.length > 1) return null;
    // A bare magnitude (千亿, 万亿) is a figure only after 突破/超过/上 (突破千亿元); else a name (百亿县区).
    if (BARE_PLACES.test(token) && !/(?:超过|突破|超|逾|上|近|达)$/.test(text.slice(Math.max(0, start - 2), start))) return null;
    value = parseChineseNumber(token);
  }
  if (value === null || !Number.isFinite(value)) return null;
  let end = start + token.length;
  // Scraped text sometimes spaces a figure from its unit (全省 100 个县).
  if (text[end] === ' ' && !chinese && (text[end + 1] === '万' || text[end + 1] === '亿' || matchUnit(text, end + 1))) end++;
  let multiplier = 1;
  let more = false;
  let hasMagnitude = chinese && /[万亿]/.test(token);
  for (;;) {
    const ch = text[end];
    if (ch === '多' || ch === '余') {
      more = true;
      end++;
    } else if (ch === '万' || ch === '亿') {
      multiplier *= MAGNITUDE[ch];
      hasMagnitude = true;
      end++;
    } else if (!chinese && (ch === '千' || ch === '百') && multiplier === 1 && isPlaceWord(text, end)) {
      multiplier *= ch === '千' ? 1e3 : ch === '百' ? 1e2 : 10;
      end++;
    } else {
      break;
    }
  }
  if (more && end === start + token.length + 1 && !/[万亿]/.test(text.slice(end, end + 1)) && !startsWithUnit(text, end)) {
    // 多 not followed by a unit is 多 the adverb (一年多来 is handled by the year rule).
    more = text[end - 1] === '余';
  }
  return {
    start, end, value: value * multiplier, more, hasMagnitude, chinese, percent,
    integer: !chinese && !token.includes('.'),
    hasMagnitudeWord: multiplier > 1,
    multiplier,
    continuesAt: !chinese && multiplier >= 1e4 && /\d/.test(text[end] ?? '') ? end : -1,
  };
}

/** 1万6千多户, 1亿3千多万: a smaller figure after a magnitude word adds to it. */
function withContinuation(head: NumberHead, rest: NumberAt | null): NumberAt {
  const n: NumberAt = {
    start: head.start, end: head.end, value: head.value, more: head.more, hasMagnitude: head.hasMagnitude,
    chinese: head.chinese, integer: head.integer, percent: head.percent, hasMagnitudeWord: head.hasMagnitudeWord,
  };
  if (rest && rest.hasMagnitudeWord && rest.value < head.multiplier) {
    n.value += rest.value;
    n.end = rest.end;
    n.more = n.more || rest.more;
  }
  n.value = tidy(n.value);
  return n;
}

/**
 * Reads numbers of one text. A figure may continue with a smaller one (1亿3千万), which may
 * continue in turn: the chain is read once, iteratively and from its end, and remembered, so a
 * run like 1万1万1万… costs linear time and no stack (issue 11: it overflowed the stack).
 */
export class NumberReader {
  private readonly continuations = new Map<number, NumberAt | null>();

  constructor(private readonly text: string) {}

  /** The number token `token` at `start`, with its magnitude words and continuation. */
  read(start: number, token: string, percentOfLower = false): NumberAt | null {
    const head = readHead(this.text, start, token, percentOfLower);
    if (!head) return null;
    return withContinuation(head, head.continuesAt >= 0 ? this.continuationAt(head.continuesAt) : null);
  }

  private continuationAt(at: number): NumberAt | null {
    const known = this.continuations.get(at);
    if (known !== undefined) return known;
    const chain: Array<[number, NumberHead | null]> = [];
    for (let q = at; q >= 0 && !this.continuations.has(q); ) {
      CONTINUATION.lastIndex = q;
      const next = CONTINUATION.exec(this.text);
      const head = next ? readHead(this.text, q, next[0], false) : null;
      chain.push([q, head]);
      q = head ? head.continuesAt : -1;
    }
    for (let k = chain.length - 1; k >= 0; k--) {
      const [q, head] = chain[k];
      const rest = head && head.continuesAt >= 0 ? this.continuations.get(head.continuesAt) ?? null : null;
      this.continuations.set(q, head ? withContinuation(head, rest) : null);
    }
    return this.continuations.get(at) ?? null;
  }
}

/** 5千多户, 3千万: 千/百 as a place word, unless it opens a unit (千瓦, 千克) or 百分点. */
function isPlaceWord(text: string, at: number): boolean {
  if (text[at] === '千' && UNITS_STARTING_WITH_QIAN.some((u) => text.startsWith(u, at))) return false;
  if (text[at] === '百' && text[at + 1] === '分') return false;
  const next = text[at + 1] ?? '';
  return '万亿多余'.includes(next) || (next !== '' && matchUnit(text, at + 1) !== '');
}

export function startsWithUnit(text: string, at: number): boolean {
  return matchUnit(text, at) !== '';
}

