/**
 * How an item's parsed figure reads on its card: 新增学位1.85万个 → "1.85万个" (zh) / "18,500 个" (en);
 * with its comparator: "不低于 5%", "5%左右", "3%–5%".
 *
 * Pure: no DOM.
 */

import type { Language } from '../i18n';
import type { Comparator } from '../store/records';

/** A number with up to `digits` decimals, trailing zeros dropped. */
function trimmed(n: number, digits: number): string {
  return String(Number(n.toFixed(digits)));
}

/** 18500 → 1.85万, 1.37e12 → 1.37万亿, 7.4e9 → 74亿; small numbers as they are. */
export function chineseMagnitude(n: number): string {
  const abs = Math.abs(n);
  if (abs >= 1e12) return `${trimmed(n / 1e12, 4)}万亿`;
  if (abs >= 1e8) return `${trimmed(n / 1e8, 4)}亿`;
  if (abs >= 1e4) return `${trimmed(n / 1e4, 4)}万`;
  return trimmed(n, 4);
}

export function formatNumber(n: number, language: Language): string {
  return language === 'zh' ? chineseMagnitude(n) : n.toLocaleString('en-US', { maximumFractionDigits: 4 });
}

function withUnit(text: string, unit: string, language: Language): string {
  if (!unit) return text;
  return language === 'zh' || unit === '%' || unit === '‰' ? `${text}${unit}` : `${text} ${unit}`;
}

export interface FigureParts {
  value: number | null;
  max: number | null;
  unit: string;
  cmp: Comparator | null;
}

/** The comparator words; 'about' is written after the figure in Chinese (5%左右), before it in English. */
const CMP_WORDS: Record<Language, Record<Exclude<Comparator, '=' | 'range'>, string>> = {
  zh: { '>=': '不低于', '>': '超过', '<=': '不超过', '<': '低于', '~': '左右' },
  en: { '>=': 'at least', '>': 'more than', '<=': 'at most', '<': 'below', '~': 'about' },
};

/** The figure as the card shows it; '' when the item has none (a commitment). */
export function formatFigure(f: FigureParts, language: Language): string {
  if (f.value === null) return '';
  const value = withUnit(formatNumber(f.value, language), f.unit, language);
  if (f.cmp === 'range' && f.max !== null) {
    return `${withUnit(formatNumber(f.value, language), f.unit, language)}–${withUnit(formatNumber(f.max, language), f.unit, language)}`;
  }
  if (f.cmp === null || f.cmp === '=' || f.cmp === 'range') return value;
  const word = CMP_WORDS[language][f.cmp];
  if (f.cmp === '~' && language === 'zh') return `${value}${word}`;
  return `${word} ${value}`;
}
