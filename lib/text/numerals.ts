/**
 * The numeral lexicon: Chinese numerals as written in reports (三百, 两千二百, 一百零八亿,
 * 三十六点九, 一九四九), for the extractor and re-anchoring alike.
 */

const DIGITS: Readonly<Record<string, number>> = {
  零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
};
const SMALL_UNITS: Readonly<Record<string, number>> = { 十: 10, 百: 100, 千: 1000 };

export const CHINESE_DIGIT_CHARS = '零〇一二两三四五六七八九';
/** Place words: 十, 百, 千 within a number, 万 and 亿 as its magnitude. */
export const CHINESE_PLACE_CHARS = '十百千万亿';
export const CHINESE_NUMERAL_CHARS = CHINESE_DIGIT_CHARS + CHINESE_PLACE_CHARS;

/** Words that make the numeral after them a fraction: 百分之五 is 5%, 千分之三 is 3‰. */
export const FRACTION_WORDS = ['百分之', '千分之', '万分之'];

const isChineseDigit = (ch: string) => ch in DIGITS;

/**
 * Parses an integer written with Chinese numerals, with or without place words.
 * Returns null for text that is not a well-formed numeral (十四五 is a name, not 145).
 */
export function parseChineseInteger(s: string): number | null {
  if (!s) return null;
  // A bare run of digits is positional: 一九四九 → 1949, 二〇二六 → 2026.
  if ([...s].every(isChineseDigit)) {
    if (s.length === 1) return DIGITS[s];
    return Number([...s].map((c) => DIGITS[c]).join(''));
  }
  let total = 0; // everything above the current 亿 group
  let section = 0; // the current group below 亿 (may hold a ×万 part)
  let number = 0; // the digit waiting for its place word
  let lastWasDigit = false;
  for (const ch of s) {
    if (isChineseDigit(ch)) {
      // Two digits in a row are only valid after 零 (一百零八).
      if (lastWasDigit && number !== 0) return null;
      number = DIGITS[ch];
      lastWasDigit = true;
    } else if (ch in SMALL_UNITS) {
      if (!lastWasDigit && ch !== '十' && !(s.length === 1)) {
        // 百/千 need a digit before them unless they open the numeral (百万, 千亿).
        if (section !== 0 || total !== 0) return null;
      }
      section += (lastWasDigit ? number : 1) * SMALL_UNITS[ch];
      number = 0;
      lastWasDigit = false;
    } else if (ch === '万') {
      section = (section + number || 1) * 1e4;
      number = 0;
      lastWasDigit = false;
    } else if (ch === '亿') {
      total = (total + section + number || 1) * 1e8;
      section = 0;
      number = 0;
      lastWasDigit = false;
    } else {
      return null;
    }
  }
  return total + section + number;
}

/** Parses 三十六点九 → 36.9, 四点二 → 4.2 as well as plain integers. */
export function parseChineseNumber(s: string): number | null {
  const dot = s.indexOf('点');
  if (dot < 0) return parseChineseInteger(s);
  const whole = dot === 0 ? 0 : parseChineseInteger(s.slice(0, dot));
  const fraction = s.slice(dot + 1);
  if (whole === null || !fraction || ![...fraction].every(isChineseDigit)) return null;
  return Number(`${whole}.${[...fraction].map((c) => DIGITS[c]).join('')}`);
}
