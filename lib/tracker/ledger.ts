/**
 * The ledger: for each place, indicator and year, the target set in that year's report and the
 * result the next year's report gives, with a status. Linear in the items, plus one sort of rows.
 */

import { INDICATOR_IDS } from '../extract/indicators';
import { statusOf } from './judge';
import { candidatesOf, type Candidate } from './sides';
import type { ReportIdentity } from '../extract/types';
import type { LedgerRow, TrackerReport } from './types';
import { wordCandidatesOf } from './words';

/** Of two candidates for one side of a row, the surer; ties go the same way in any input order. */
function better(a: Candidate, b: Candidate): Candidate {
  if (a.score !== b.score) return a.score > b.score ? a : b;
  if (a.side.file !== b.side.file) return a.side.file < b.side.file ? a : b;
  return a.side.start <= b.side.start ? a : b;
}

const INDICATOR_ORDER = new Map(INDICATOR_IDS.map((id, i) => [id, i]));

/** One report's candidates for rows, with the identity that places them. */
export interface ReportCandidates {
  identity: ReportIdentity;
  candidates: Iterable<Candidate>;
}

export function buildLedger(reports: Iterable<TrackerReport>): LedgerRow[] {
  return ledgerOfCandidates(
    (function* () {
      for (const report of reports) {
        if (!report.identity.place || report.identity.year === null) continue;
        yield { identity: report.identity, candidates: [...candidatesOf(report), ...wordCandidatesOf(report)] };
      }
    })(),
  );
}

/**
 * The ledger of reports' candidates: the surest candidate of each side of each row, and the row's
 * status. Shared by the reports read here ({@link buildLedger}) and the readings the extension
 * stored (lib/tracker/stored.ts), so both build the same rows.
 */
export function ledgerOfCandidates(reports: Iterable<ReportCandidates>): LedgerRow[] {
  const rows = new Map<string, { row: Omit<LedgerRow, 'status' | 'target' | 'result'>; target?: Candidate; result?: Candidate }>();
  for (const { identity, candidates } of reports) {
    const { place, level } = identity;
    if (!place || identity.year === null) continue;
    for (const candidate of candidates) {
      const key = `${place}\u0000${candidate.indicator}\u0000${candidate.year}`;
      let entry = rows.get(key);
      if (!entry) {
        entry = { row: { place, level, indicator: candidate.indicator, year: candidate.year } };
        rows.set(key, entry);
      }
      const held = entry[candidate.kind];
      entry[candidate.kind] = held ? better(held, candidate) : candidate;
    }
  }
  const ledger: LedgerRow[] = [];
  for (const { row, target, result } of rows.values()) {
    const targetSide = target?.side ?? null;
    const resultSide = result?.side ?? null;
    ledger.push({ ...row, target: targetSide, result: resultSide, status: statusOf(row.indicator, targetSide, resultSide) });
  }
  return ledger.sort(
    (a, b) =>
      (a.place < b.place ? -1 : a.place > b.place ? 1 : 0) ||
      INDICATOR_ORDER.get(a.indicator)! - INDICATOR_ORDER.get(b.indicator)! ||
      a.year - b.year,
  );
}
