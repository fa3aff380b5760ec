/**
 * A headline figure's other years, for its card on the page: the tracker's rows for the figure's
 * report's place and indicator (lib/tracker's one ledger, over the stored reports of that place in
 * the tracker). Only values and words go back, no other report's address or text: the page's
 * content script asks it ('tracker/history'), and it concerns the reader's own reading only.
 */

import type { IndicatorId } from '../extract/indicators';
import { ledgerFromStored, type LedgerSide, type LedgerStatus } from '../tracker';
import type { Comparator, Direction } from './records';
import type { AnnotatorDB } from './schema';

/** One side of a year, as the card shows it. */
export interface HistorySide {
  /** In the indicator's own sense (a fall of a rate is negative); null when stated in words only. */
  value: number | null;
  max: number | null;
  cmp: Comparator | null;
  unit: string;
  direction: Direction | null;
  /** The report's words, for a side stated in words only (与经济增长同步); else ''. */
  words: string;
}

export interface HistoryRow {
  /** The year the target is for and the result is about. */
  year: number;
  target: HistorySide | null;
  result: HistorySide | null;
  status: LedgerStatus;
}

export interface FigureHistory {
  /** The report's place as it is now (read or corrected); null: not known, so no rows. */
  place: string | null;
  indicator: IndicatorId;
  /** By year, oldest first. */
  rows: HistoryRow[];
}

const WORDS_MAX = 60;

const sideOf = (side: LedgerSide | null): HistorySide | null =>
  side && {
    value: side.value,
    max: side.max,
    cmp: side.cmp,
    unit: side.unit,
    direction: side.direction,
    words: side.value === null ? side.quote.slice(0, WORDS_MAX) : '',
  };

/**
 * The tracker's rows for `reportId`'s place and `indicator`; no rows when the report or its place is
 * not known. Reads the place's reports only (the `identity.place` index, schema v6), whatever the
 * store holds, and of their figures the indicator's: a figure makes a row of its own indicator only.
 */
export async function figureHistory(db: AnnotatorDB, reportId: string, indicator: IndicatorId): Promise<FigureHistory> {
  return db.transaction('r', db.reports, db.headlines, async () => {
    const own = await db.reports.get(reportId);
    const place = own?.identity.place ?? null;
    if (!place) return { place, indicator, rows: [] };
    const reports = await db.reports.where('identity.place').equals(place).toArray();
    const held = await db.headlines.bulkGet(reports.map((r) => r.id));
    const stored = reports.flatMap((report, i) => {
      const h = held[i];
      return h && !h.removed ? [{ url: report.url, identity: report.identity, figures: h.figures.filter((f) => f.indicator === indicator) }] : [];
    });
    const rows = ledgerFromStored(stored)
      .filter((row) => row.place === place && row.indicator === indicator)
      .sort((a, b) => a.year - b.year)
      .map((row) => ({ year: row.year, target: sideOf(row.target), result: sideOf(row.result), status: row.status }));
    return { place, indicator, rows };
  });
}

/**
 * Of `reportIds` (the reports open in tabs), those whose cards' other years a change of `places`
 * touches: the reports of those places (null: of any known place). A tab of another place learns
 * nothing of the change.
 */
export async function reportsOfPlaces(db: AnnotatorDB, reportIds: readonly string[], places: readonly string[] | null): Promise<string[]> {
  const wanted = places && new Set(places);
  const reports = await db.reports.bulkGet([...new Set(reportIds)]);
  return reports.flatMap((r) => (r?.identity.place && (!wanted || wanted.has(r.identity.place)) ? [r.id] : []));
}
