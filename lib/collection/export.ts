/**
 * The CSV and Excel downloads of what a view shows. The columns and the cell rules are
 * lib/export/item-columns.ts, the same implementation the command line's
 * `--format csv` and `--format xlsx` use; this only maps stored records onto its rows.
 */

import type { Language } from '../i18n';
import { itemsToCsv, type ItemRowInput } from '../export/item-row';
import { itemsToXlsx } from '../export/item-xlsx';
import { textFragmentLink } from '../export/text-fragment';
import { isReportUrl, parsedFieldsOf, type ItemRecord, type ReportRecord } from '../store/records';

export function itemRowInput(item: ItemRecord, report: ReportRecord | undefined): ItemRowInput {
  return {
    reportTitle: report?.title ?? '',
    reportUrl: report?.url ?? item.reportId,
    site: report?.site ?? '',
    report: report?.identity ?? null,
    item: {
      ...parsedFieldsOf(item),
      kind: item.kind,
      quote: item.selector.quote.exact,
      prefix: item.selector.quote.prefix,
      suffix: item.selector.quote.suffix,
    },
    tags: item.tags,
    note: item.note,
    createdAt: item.createdAt,
  };
}

/** The CSV file's text for these items, in the order given, in the UI's language. */
export function collectionCsv(items: readonly ItemRecord[], reports: ReadonlyMap<string, ReportRecord>, language: Language): string {
  return itemsToCsv(items.map((i) => itemRowInput(i, reports.get(i.reportId))), language);
}

/** The Excel workbook (.xlsx) of these lists, one named sheet each (one per filter, say), in the UI's language. */
export function collectionXlsx(
  sheets: readonly { name: string; items: readonly ItemRecord[] }[],
  reports: ReadonlyMap<string, ReportRecord>,
  language: Language,
): Uint8Array {
  return itemsToXlsx(sheets.map((s) => ({ name: s.name, rows: s.items.map((i) => itemRowInput(i, reports.get(i.reportId))) })), language);
}

/**
 * The address that opens an item's report at its passage: the report URL with
 * a text fragment (#:~:text=), which browsers scroll to and highlight even
 * without the extension. A local file gets its plain URL; any other scheme
 * (javascript:, data:, chrome:… which an old database might hold) gets '', never
 * a link or a tab.
 */
export function itemLink(item: ItemRecord, report: ReportRecord | undefined): string {
  const url = report?.url ?? item.reportId;
  if (/^https?:\/\//i.test(url)) {
    const { exact, prefix, suffix } = item.selector.quote;
    return textFragmentLink(url, exact, { prefix, suffix });
  }
  return isReportUrl(url) ? url : '';
}
