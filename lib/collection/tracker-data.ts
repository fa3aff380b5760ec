/**
 * The tracker view's data, derived from what the store holds (components/collection/db.ts
 * readTracker, use-tracker.ts): each report with its headline figures, the ledger of those in the
 * tracker (lib/tracker's one implementation, from each report's identity as it is now, corrected
 * or read), the passage each side of a row stands on, and the JSON of the command line's
 * `npm run track`. Pure.
 */

import { textFragmentLink } from '../export/text-fragment';
import type { HeadlineFigure, HeadlineRecord, ReportRecord } from '../store/records';
import { isReportUrl } from '../store/records';
import { ledgerFromStored, ledgerToJson, type LedgerJson, type LedgerRow, type LedgerSide } from '../tracker';

/** One report of the tracker: its record (identity, title, address) and its headline figures. */
export interface TrackerEntry {
  report: ReportRecord;
  figures: readonly HeadlineFigure[];
  /** The reader took it out of the tracker: its rows are left out (it can be put back). */
  removed: boolean;
  /** When its figures were last read. */
  updatedAt: number;
}

const collator = new Intl.Collator(['zh-Hans-CN', 'en'], { numeric: true });

/**
 * Every report with a tracker record, by place, then year, then title; a record whose report is
 * gone is left out.
 */
export function trackerEntriesOf(reports: ReadonlyMap<string, ReportRecord>, headlines: readonly HeadlineRecord[]): TrackerEntry[] {
  const entries: TrackerEntry[] = [];
  for (const h of headlines) {
    const report = reports.get(h.reportId);
    if (report) entries.push({ report, figures: h.figures, removed: h.removed, updatedAt: h.updatedAt });
  }
  return entries.sort(
    (a, b) =>
      collator.compare(a.report.identity.place ?? '\uffff', b.report.identity.place ?? '\uffff') ||
      (a.report.identity.year ?? Infinity) - (b.report.identity.year ?? Infinity) ||
      collator.compare(a.report.title, b.report.title),
  );
}

/** The ledger of the reports in the tracker (not removed): place × indicator × year, target, result, status. */
export function trackerLedger(entries: readonly TrackerEntry[]): LedgerRow[] {
  return ledgerFromStored(entries.filter((e) => !e.removed).map((e) => ({ url: e.report.url, identity: e.report.identity, figures: e.figures })));
}

/** The stored figure a side of a row stands on (its report's, at its offsets): its passage and context. */
export function figureOfSide(side: LedgerSide, entries: readonly TrackerEntry[]): HeadlineFigure | undefined {
  const entry = entries.find((e) => e.report.url === side.file);
  return entry?.figures.find((f) => f.selector.position.start === side.start && f.selector.position.end === side.end);
}

/**
 * The address that opens a side's report at its passage: a text fragment (#:~:text=) with the
 * figure's context, which browsers scroll to even without the extension; a local file's plain
 * address; '' for anything else.
 */
export function sideLink(side: LedgerSide, entries: readonly TrackerEntry[]): string {
  if (/^https?:\/\//i.test(side.file)) {
    const figure = figureOfSide(side, entries);
    return textFragmentLink(side.file, figure?.selector.quote.exact ?? side.quote, {
      prefix: figure?.selector.quote.prefix,
      suffix: figure?.selector.quote.suffix,
    });
  }
  return isReportUrl(side.file) ? side.file : '';
}

/** The tracker as the command line's `npm run track -- --format json` writes it, a report's address as its file. */
export function trackerJson(entries: readonly TrackerEntry[]): LedgerJson {
  const included = entries.filter((e) => !e.removed);
  return ledgerToJson(
    included.map((e) => ({ file: e.report.url, ...e.report.identity })),
    trackerLedger(included),
  );
}
