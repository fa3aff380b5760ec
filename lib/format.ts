/**
 * How item fields read on screen: on the on-page card (lib/page, components/page) and in the
 * popup and collection page (components/collection). Not exported: the CSV keeps machine values.
 *
 * Pure: no DOM.
 */

import type { Language } from './i18n';
import type { Comparator, ItemRecord } from './store/records';

const plain = (n: number, grouping: boolean) => n.toLocaleString('en-US', { maximumFractionDigits: 4, useGrouping: grouping });

/** 18500 → 1.85万, 1.37e12 → 1.37万亿, 7.4e9 → 74亿; below 10,000 as it is. Up to 4 decimals, no trailing zeros. */
export function chineseMagnitude(n: number): string {
  const abs = Math.abs(n);
  if (abs >= 1e12) return `${plain(n / 1e12, false)}万亿`;
  if (abs >= 1e8) return `${plain(n / 1e8, false)}亿`;
  if (abs >= 1e4) return `${plain(n / 1e4, false)}万`;
  return plain(n, false);
}

/**
 * Numbers for display, no trailing zeros. In Chinese, large numbers are
 * written as the reports write them: 1200万, 1.4万亿; in English, digits are
 * grouped from 10,000 up.
 */
export function formatNumber(n: number, language: Language = 'zh'): string {
  return language === 'zh' ? chineseMagnitude(n) : plain(n, Math.abs(n) >= 10_000);
}

/** A figure with its unit: in English a word unit is set apart (18,500 个), % and ‰ are not. */
function withUnit(text: string, unit: string, language: Language): string {
  if (!unit) return text;
  return language === 'zh' || unit === '%' || unit === '‰' ? `${text}${unit}` : `${text} ${unit}`;
}

export type FigureParts = Pick<ItemRecord, 'value' | 'max' | 'unit' | 'cmp'>;

/**
 * How the comparator reads:
 * - 'symbols' (compact, for lists and tables): ≥ 1200万人, ≈ 5%
 * - 'words' (the on-page card): 不低于 95%, 5%左右 / at least 95%, about 5%
 */
export type ComparatorStyle = 'symbols' | 'words';

export interface FigureOptions {
  /** Default 'symbols'. */
  comparator?: ComparatorStyle;
}

type SignedComparator = Exclude<Comparator, '=' | 'range'>;

const CMP_SYMBOLS: Record<SignedComparator, string> = { '>=': '≥', '>': '>', '<=': '≤', '<': '<', '~': '≈' };

/** The comparator words; 'about' is written after the figure in Chinese (5%左右), before it in English. */
const CMP_WORDS: Record<Language, Record<SignedComparator, string>> = {
  zh: { '>=': '不低于', '>': '超过', '<=': '不超过', '<': '低于', '~': '左右' },
  en: { '>=': 'at least', '>': 'more than', '<=': 'at most', '<': 'below', '~': 'about' },
};

/**
 * The figure of an item: comparator, value (–max), unit; '' when it has none (a commitment).
 * 1.85万个, 3%–5%, ≥ 1200万人 (symbols) or 不低于 1200万人 (words).
 */
export function formatFigure(f: FigureParts, language: Language = 'zh', options: FigureOptions = {}): string {
  if (f.value === null) return '';
  const one = (n: number) => withUnit(formatNumber(n, language), f.unit, language);
  const figure = f.max !== null ? `${one(f.value)}–${one(f.max)}` : one(f.value);
  if (f.cmp === null || f.cmp === '=' || f.cmp === 'range') return figure;
  if ((options.comparator ?? 'symbols') === 'symbols') return `${CMP_SYMBOLS[f.cmp]} ${figure}`;
  const word = CMP_WORDS[language][f.cmp];
  return f.cmp === '~' && language === 'zh' ? `${figure}${word}` : `${word} ${figure}`;
}

/** Local date and time, to the minute: 2026-11-22 14:05. */
export function formatDateTime(ms: number): string {
  const d = new Date(ms);
  if (Number.isNaN(d.getTime())) return '';
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())} ${p(d.getHours())}:${p(d.getMinutes())}`;
}

/** A report's display name: its title, else its host and path. */
export function reportName(report: { title: string; url: string } | undefined, fallbackId: string): string {
  if (report?.title) return report.title;
  const url = report?.url ?? fallbackId;
  try {
    const u = new URL(url);
    return `${u.hostname}${u.pathname === '/' ? '' : u.pathname}`;
  } catch {
    return url;
  }
}
