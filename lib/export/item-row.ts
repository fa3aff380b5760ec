/**
 * The CSV of an items export, shared by the extension's download and the command line so both
 * files open the same way in a spreadsheet. The columns are lib/export/item-columns.ts.
 */

import type { Language } from '../i18n';
import { csvHeaderLine, csvLine, csvLines, toCsv, type CsvCell } from './csv';
import { ITEM_COLUMNS, itemHeader, localDateTime, type ExportValue, type ItemRowInput } from './item-columns';

export type { ItemRowInput } from './item-columns';
export { itemHeader } from './item-columns';

/** One CSV row in the column order: numbers stay numbers, times become local date and time text. */
export function itemCsvRow(row: ItemRowInput, language: Language): CsvCell[] {
  return ITEM_COLUMNS.map((c) => csvCell(c.value(row, language), c.type));
}

function csvCell(value: ExportValue, type: (typeof ITEM_COLUMNS)[number]['type']): CsvCell {
  if (type === 'datetime') return typeof value === 'number' ? localDateTime(value) : '';
  return value;
}

/** The whole export file for these rows. */
export function itemsToCsv(rows: Iterable<ItemRowInput>, language: Language): string {
  return toCsv(itemHeader(language), mapRows(rows, language));
}

/** The same file a line at a time (the first carries the BOM), for a writer that streams. */
export function itemCsvLines(rows: Iterable<ItemRowInput>, language: Language): Generator<string> {
  return csvLines(itemHeader(language), mapRows(rows, language));
}

/**
 * A file in parts, for a writer that gathers rows from many places (the command line, file by
 * file): the header line once, then the lines of each part's rows.
 */
export const itemCsvHeaderLine = (language: Language): string => csvHeaderLine(itemHeader(language));
export function itemCsvRowLines(rows: Iterable<ItemRowInput>, language: Language): string {
  let text = '';
  for (const row of rows) text += csvLine(itemCsvRow(row, language));
  return text;
}

function* mapRows(rows: Iterable<ItemRowInput>, language: Language): Generator<CsvCell[]> {
  for (const row of rows) yield itemCsvRow(row, language);
}
