/**
 * The columns of an items export, one table for the CSV and the Excel file, the extension and the
 * command line alike. A column is one line: its header in each language, how a spreadsheet should
 * treat it (text, number, link, date and time), its width, and how it reads a row. Headers and
 * values speak the reader's language (lib/i18n): kind 目标/Target, comparator ≥ or 区间/range,
 * strength 约束性/Binding, genre 政府工作报告/Government work report, direction 上升/Up, period
 * 当年/年均/累计/到2027年 (lib/i18n/meaning.ts). The indicator's name comes from the fixed list.
 */

import type { Language } from '../i18n';
import { COLLECTION_MESSAGES } from '../i18n/collection';
import { KIND_MESSAGES } from '../i18n/kinds';
import { directionLabel, genreLabel, indicatorName, periodLabel } from '../i18n/meaning';
import type { Comparator, ExtractedItem, ReportIdentity } from '../extract/types';
import { CONTEXT_LENGTH } from '../anchoring/selectors';
import { sentenceAround } from './sentence';
import { textFragmentLink } from './text-fragment';

export interface ItemRowInput {
  reportTitle: string;
  reportUrl: string;
  site: string;
  /** Which report it is (place, level, year, genre); null or absent when not known. */
  report?: ReportIdentity | null;
  item: Pick<ExtractedItem, 'section' | 'kind' | 'metric' | 'value' | 'max' | 'unit' | 'cmp' | 'strength' | 'deadline'> &
    Partial<Pick<ExtractedItem, 'indicator' | 'direction' | 'from' | 'period'>> & {
    quote: string;
    /** Page text just before the quote: it makes the link land on the right repeat and gives the sentence. */
    prefix?: string | undefined;
    suffix?: string | undefined;
    /** The sentence around the item, when the caller has the whole text; else it is cut from prefix and suffix. */
    sentence?: string | undefined;
  };
  tags: string[];
  note: string;
  /** Milliseconds since the epoch, or null when not known. */
  createdAt: number | null;
}

/**
 * How a spreadsheet holds a column: text (never a formula), a number, a web link (a hyperlink in
 * Excel), or a moment (milliseconds since the epoch) shown as local date and time.
 */
export type ColumnType = 'text' | 'number' | 'link' | 'datetime';

/** A cell before it is written: text, a number (or milliseconds for a datetime column), or empty. */
export type ExportValue = string | number | null;

export interface ItemColumn {
  header: { readonly zh: string; readonly en: string };
  type: ColumnType;
  /** What a link shows in Excel over its hyperlink: a percent-encoded address is long and unreadable. */
  linkText?: { readonly zh: string; readonly en: string };
  /** Excel column width, in characters of the default font. */
  width: number;
  value: (row: ItemRowInput, language: Language) => ExportValue;
}

type Labels = Readonly<Record<string, { readonly zh: string; readonly en: string }>>;

/** An exact figure has no comparator to show: its cell stays empty (a bare = would read as a formula). */
const COMPARATOR_LABELS: Labels = {
  '>=': { zh: '≥', en: '≥' },
  '>': { zh: '>', en: '>' },
  '<=': { zh: '≤', en: '≤' },
  '<': { zh: '<', en: '<' },
  '~': { zh: '≈', en: '≈' },
  range: { zh: '区间', en: 'range' },
} satisfies Partial<Record<Comparator, unknown>>;

const label = (labels: Labels, key: string | null, language: Language): string | null =>
  key === null ? null : (labels[key]?.[language] ?? null);

const KIND_LABELS: Labels = {
  target: KIND_MESSAGES.kind_target,
  result: KIND_MESSAGES.kind_result,
  commitment: KIND_MESSAGES.kind_commitment,
};

const STRENGTH_LABELS: Labels = {
  binding: COLLECTION_MESSAGES.strength_binding,
  aspirational: COLLECTION_MESSAGES.strength_aspirational,
};

const TAG_SEPARATOR = '; ';

const column = (zh: string, en: string, type: ColumnType, width: number, value: ItemColumn['value']): ItemColumn => ({
  header: { zh, en },
  type,
  width,
  value,
});

export const ITEM_COLUMNS: readonly ItemColumn[] = [
  column('报告标题', 'Report title', 'text', 28, (r) => r.reportTitle),
  column('报告网址', 'Report URL', 'text', 28, (r) => r.reportUrl),
  column('网站', 'Site', 'text', 18, (r) => r.site),
  column('地区', 'Place', 'text', 12, (r) => r.report?.place ?? null),
  column('年份', 'Year', 'number', 8, (r) => r.report?.year ?? null),
  column('文种', 'Genre', 'text', 14, (r, l) => (r.report ? genreLabel(r.report.genre, l) : null)),
  column('章节', 'Section', 'text', 22, (r) => r.item.section),
  column('类型', 'Kind', 'text', 8, (r, l) => label(KIND_LABELS, r.item.kind, l)),
  column('指标', 'Metric', 'text', 20, (r) => r.item.metric),
  column('指标项', 'Indicator', 'text', 18, (r, l) => indicatorName(r.item.indicator ?? null, l) || null),
  column('数值', 'Value', 'number', 14, (r) => r.item.value),
  column('上限', 'Max', 'number', 10, (r) => r.item.max),
  column('单位', 'Unit', 'text', 8, (r) => r.item.unit),
  column('比较', 'Comparator', 'text', 8, (r, l) => label(COMPARATOR_LABELS, r.item.cmp, l)),
  column('方向', 'Direction', 'text', 8, (r, l) => directionLabel(r.item.direction ?? null, l) || null),
  // In the figure's own unit (从1100万人提高到1200万人: 11000000).
  column('起始值', 'From', 'number', 12, (r) => r.item.from?.value ?? null),
  column('期间', 'Period', 'text', 10, (r, l) => periodLabel(r.item.period ?? null, l) || null),
  column('力度', 'Strength', 'text', 10, (r, l) => label(STRENGTH_LABELS, r.item.strength, l)),
  column('期限', 'Deadline', 'text', 12, (r) => r.item.deadline),
  column('原文', 'Quote', 'text', 40, (r) => r.item.quote),
  column('上下文', 'Context', 'text', 60, contextSentence),
  column('标签', 'Tags', 'text', 16, (r) => r.tags.join(TAG_SEPARATOR)),
  column('备注', 'Note', 'text', 24, (r) => r.note),
  { ...column('原文链接', 'Link', 'link', 12, passageLink), linkText: { zh: '打开原文', en: 'Open passage' } },
  column('创建时间', 'Created', 'datetime', 17, (r) => r.createdAt),
];

/** The header row in one language. */
export function itemHeader(language: Language): string[] {
  return ITEM_COLUMNS.map((c) => c.header[language]);
}

/** One row's values, in ITEM_COLUMNS order. */
export function itemValues(row: ItemRowInput, language: Language): ExportValue[] {
  return ITEM_COLUMNS.map((c) => c.value(row, language));
}

/**
 * The caller's sentence, else the one cut from the kept context. The store keeps CONTEXT_LENGTH
 * characters each side, so a shorter prefix or suffix reached the start or end of the text.
 */
function contextSentence({ item }: ItemRowInput): string {
  if (item.sentence !== undefined) return item.sentence;
  const prefix = item.prefix ?? '';
  const suffix = item.suffix ?? '';
  // One less: a surrogate pair at the edge is kept whole or dropped whole.
  return sentenceAround(prefix, item.quote, suffix, { atStart: prefix.length < CONTEXT_LENGTH - 1, atEnd: suffix.length < CONTEXT_LENGTH - 1 });
}

/** Text fragments only work on pages a browser fetches; file: and extension pages get no link. */
function passageLink(row: ItemRowInput): string {
  if (!/^https?:\/\//i.test(row.reportUrl)) return '';
  return textFragmentLink(row.reportUrl, row.item.quote, { prefix: row.item.prefix, suffix: row.item.suffix });
}

/**
 * Local date and time, 2026-03-05 14:07: what the reader's clock showed, in a form that sorts as
 * text. Empty for an unknown or impossible time.
 */
export function localDateTime(ms: number | null, timeZoneOffset: (date: Date) => number = (d) => d.getTimezoneOffset()): string {
  if (ms === null) return '';
  const date = new Date(ms);
  if (Number.isNaN(date.getTime())) return '';
  const local = new Date(ms - timeZoneOffset(date) * 60_000);
  // Years past 9999 have no four-digit form (and no spreadsheet date).
  if (Number.isNaN(local.getTime()) || local.getUTCFullYear() < 1 || local.getUTCFullYear() > 9999) return '';
  return local.toISOString().slice(0, 16).replace('T', ' ');
}
