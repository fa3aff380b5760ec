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

/** Numbers as a Chinese reader writes them: grouping only from 10,000 up, no trailing zeros. */
export function formatNumber(n: number): string {
  const abs = Math.abs(n);
  return n.toLocaleString('en-US', { maximumFractionDigits: 4, useGrouping: abs >= 10_000 });
}

/** "≥ 1200万人"-style figure: comparator, value (–max), unit. '' when the item has no figure. */
export function formatFigure(item: Pick<ItemRecord, 'value' | 'max' | 'unit' | 'cmp'>): string {
  if (item.value === null) return '';
  const sign = item.cmp ? CMP_SIGN[item.cmp] : '';
  const range = item.max !== null ? `${formatNumber(item.value)}–${formatNumber(item.max)}` : formatNumber(item.value);
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
