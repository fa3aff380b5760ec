/** How item fields are shown (not exported: the CSV keeps machine values). */

import type { Comparator, ItemRecord } from '../store/records';

const CMP_SIGN: Record<Comparator, string> = {
  '=': '',
  '>=': '≥',
  '>': '>',
  '<=': '≤',
  '<': '<',
  '~': '≈',
  range: '',
};

const plain = (n: number, grouping: boolean) => n.toLocaleString('en-US', { maximumFractionDigits: 4, useGrouping: grouping });

/**
 * Numbers for display, no trailing zeros. In Chinese, large numbers are
 * written as the reports write them: 1200万, 1.4万亿; in English, digits are
 * grouped from 10,000 up.
 */
export function formatNumber(n: number, language: 'zh' | 'en' = 'zh'): string {
  const abs = Math.abs(n);
  if (language === 'zh') {
    if (abs >= 1e12) return `${plain(n / 1e12, false)}万亿`;
    if (abs >= 1e8) return `${plain(n / 1e8, false)}亿`;
    if (abs >= 1e4) return `${plain(n / 1e4, false)}万`;
    return plain(n, false);
  }
  return plain(n, abs >= 10_000);
}

/** "≥ 1200万人"-style figure: comparator, value (–max), unit. '' when the item has no figure. */
export function formatFigure(item: Pick<ItemRecord, 'value' | 'max' | 'unit' | 'cmp'>, language: 'zh' | 'en' = 'zh'): string {
  if (item.value === null) return '';
  const sign = item.cmp ? CMP_SIGN[item.cmp] : '';
  const f = (n: number) => formatNumber(n, language);
  const range = item.max !== null ? `${f(item.value)}–${f(item.max)}` : f(item.value);
  return `${sign ? `${sign} ` : ''}${range}${item.unit}`;
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
