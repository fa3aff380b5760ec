/**
 * The columns of an items export, shared by the extension's CSV download and
 * the command line so both files open the same way in a spreadsheet.
 */

import type { ExtractedItem } from '../extract/types';
import { toCsv, type CsvCell } from './csv';
import { textFragmentLink } from './text-fragment';

/** Bilingual so a reader of either language can tell the columns apart. */
export const ITEM_CSV_HEADER: readonly string[] = [
  '报告标题 report title',
  '报告网址 report URL',
  '网站 site',
  '章节 section',
  '类型 kind',
  '指标 metric',
  '数值 value',
  '上限 max',
  '单位 unit',
  '比较 comparator',
  '力度 strength',
  '期限 deadline',
  '原文 quote',
  '标签 tags',
  '备注 note',
  '原文链接 link',
  '创建时间 created at',
];

export interface ItemRowInput {
  reportTitle: string;
  reportUrl: string;
  site: string;
  item: Pick<ExtractedItem, 'section' | 'kind' | 'metric' | 'value' | 'max' | 'unit' | 'cmp' | 'strength' | 'deadline'> & {
    quote: string;
    /** Page text just before the quote, to make the link land on the right repeat. */
    prefix?: string | undefined;
    suffix?: string | undefined;
  };
  tags: string[];
  note: string;
  /** Milliseconds since the epoch, or null when not known. */
  createdAt: number | null;
}

const TAG_SEPARATOR = '; ';

/**
 * One CSV row, in ITEM_CSV_HEADER order. Kind, comparator and strength go out
 * as their machine values (target, >=, binding) rather than labels so a
 * spreadsheet filter on them stays exact whatever the interface language.
 */
export function itemCsvRow(row: ItemRowInput): CsvCell[] {
  const { item } = row;
  return [
    row.reportTitle,
    row.reportUrl,
    row.site,
    item.section,
    item.kind,
    item.metric,
    item.value,
    item.max,
    item.unit,
    item.cmp,
    item.strength,
    item.deadline,
    item.quote,
    row.tags.join(TAG_SEPARATOR),
    row.note,
    isWebUrl(row.reportUrl) ? textFragmentLink(row.reportUrl, item.quote, { prefix: item.prefix, suffix: item.suffix }) : '',
    createdAtIso(row.createdAt),
  ];
}

/** The whole export file for these rows. */
export function itemsToCsv(rows: readonly ItemRowInput[]): string {
  return toCsv(ITEM_CSV_HEADER, rows.map(itemCsvRow));
}

/** Text fragments only work on pages a browser fetches; file: and extension pages get no link. */
function isWebUrl(url: string): boolean {
  return /^https?:\/\//i.test(url);
}

/** UTC ISO 8601, so times sort as text and mean the same in every time zone. */
function createdAtIso(createdAt: number | null): string {
  if (createdAt === null) return '';
  const date = new Date(createdAt);
  // An out-of-range time is an Invalid Date, whose toISOString() throws.
  return Number.isNaN(date.getTime()) ? '' : date.toISOString();
}
