/**
 * The tracker over what the extension keeps: each report the reader opened leaves its identity
 * and its headline figures in the store (lib/store: the `headlines` table), read where the text was
 * (the background's page/read). A figure is kept with the tracker's reading of the words around it
 * ({@link FigureReading}), which does not depend on the report's identity: the ledger is built from
 * the identity as it is now, so a reader's correction of a report's place or year applies at once,
 * without the text. {@link ledgerFromStored} builds the very rows {@link buildLedger} builds from
 * the texts (one implementation: lib/tracker/ledger.ts's ledgerOfCandidates).
 */

import { describeRange, type PositionSelector, type QuoteSelector } from '../anchoring/selectors';
import type { ExtractedItem, ReportIdentity } from '../extract/types';
import { ledgerOfCandidates } from './ledger';
import { candidateOf, readFigure, type Candidate, type FigureReading } from './sides';
import type { LedgerRow } from './types';
import { wordReadingsOf } from './words';

/**
 * A headline figure as stored: the tracker's reading, and where it stands (the passage and its
 * context, to find it again on the page and link to it; the quote is the selector's).
 */
export type HeadlineFigure = Omit<FigureReading, 'start' | 'end' | 'quote'> & {
  selector: { quote: QuoteSelector; position: PositionSelector };
};

/** Every target and result of a report that names a headline indicator, with figures or in words, in text order. */
export function headlineFiguresOf(report: { text: string; identity: ReportIdentity; items: readonly ExtractedItem[] }): HeadlineFigure[] {
  const { text } = report;
  const place = report.identity.place;
  const readings: FigureReading[] = [];
  for (const item of report.items) {
    const reading = readFigure(item, text, place);
    if (reading) readings.push(reading);
  }
  readings.push(...wordReadingsOf(text, place));
  readings.sort((a, b) => a.start - b.start || a.end - b.end);
  return readings.map(({ start, end, quote: _quote, ...rest }) => ({ ...rest, selector: describeRange(text, start, end) }));
}

/** The reading of a stored figure again (its quote and offsets from its selector). */
export function readingOfHeadline(figure: HeadlineFigure): FigureReading {
  const { selector, ...rest } = figure;
  return { ...rest, quote: selector.quote.exact, start: selector.position.start, end: selector.position.end };
}

/** One stored report as the tracker reads it. */
export interface StoredTrackerReport {
  /** The report's address: the rows' sides point back to it (their `file`). */
  url: string;
  identity: ReportIdentity;
  figures: readonly HeadlineFigure[];
}

/** The ledger of the stored reports: the rows {@link buildLedger} gives for the same reports and texts. */
export function ledgerFromStored(reports: Iterable<StoredTrackerReport>): LedgerRow[] {
  return ledgerOfCandidates(
    (function* () {
      for (const { url, identity, figures } of reports) {
        const candidates: Candidate[] = [];
        for (const figure of figures) {
          const candidate = candidateOf(readingOfHeadline(figure), identity, url);
          if (candidate) candidates.push(candidate);
        }
        yield { identity, candidates };
      }
    })(),
  );
}
