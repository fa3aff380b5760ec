/**
 * The Excel export of items: the columns of lib/export/item-columns.ts, typed (numbers as numbers,
 * the passage link as a hyperlink, the time as a date), one named sheet per list of rows, for
 * example one per filter of the collection page.
 */

import type { Language } from '../i18n';
import { ITEM_COLUMNS, itemValues, type ItemRowInput } from './item-columns';
import { xlsxWorkbook, type XlsxColumn, type XlsxValue, type XlsxWriterOptions } from './xlsx';

export interface ItemSheet {
  /** Shown on the sheet's tab; cut to Excel's 31 characters and made unique. */
  name: string;
  rows: Iterable<ItemRowInput>;
}

/** The sheet columns in one language, for a writer that streams rows (the command line). */
export function itemXlsxColumns(language: Language): XlsxColumn[] {
  return ITEM_COLUMNS.map((c) => ({ header: c.header[language], type: c.type, width: c.width, ...(c.linkText && { linkText: c.linkText[language] }) }));
}

/** One row's cells, in the same order. */
export const itemXlsxRow = (row: ItemRowInput, language: Language): XlsxValue[] => itemValues(row, language);

/** A whole workbook, one sheet per entry, for a download. */
export function itemsToXlsx(sheets: readonly ItemSheet[], language: Language, options?: XlsxWriterOptions): Uint8Array {
  const columns = itemXlsxColumns(language);
  return xlsxWorkbook(
    sheets.map((sheet) => ({ name: sheet.name, columns, rows: mapRows(sheet.rows, language) })),
    options,
  );
}

function* mapRows(rows: Iterable<ItemRowInput>, language: Language): Generator<XlsxValue[]> {
  for (const row of rows) yield itemXlsxRow(row, language);
}
