/** The tracker's contract: reports in, a ledger of target and result per place, indicator and year out. */

import type { IndicatorId } from '../extract/indicators';
import type { Comparator, Direction, ExtractedItem, ReportIdentity, ReportLevel } from '../extract/types';

/** One report as the tracker reads it. */
export interface TrackerReport {
  /** Where the report is: a file path or a page address; rows point back to it. */
  file: string;
  identity: ReportIdentity;
  items: readonly ExtractedItem[];
  /**
   * The text the items' offsets index. Optional: with it the tracker carries a sentence's subject
   * into a clause that omits it (国内生产总值达到67.7万亿元，增长6.9%) and keeps targets and results
   * stated in words only (居民收入增长与经济增长同步, 实现经济正增长).
   */
  text?: string;
}

/** One side of a row: the target as set, or the result as reported. */
export interface LedgerSide {
  /** In the indicator's own sense (a fall of a rate is negative); null when stated in words only. */
  value: number | null;
  /** Upper bound of a range, in the same sense; else null. */
  max: number | null;
  cmp: Comparator | null;
  unit: string;
  direction: Direction | null;
  /** The words of the report where it stands (the item's span, or the clause stated in words). */
  quote: string;
  file: string;
  /** Offsets of the quote in its report's text: [start, end). */
  start: number;
  end: number;
}

/**
 * met / missed: judged by the one rule of judge.ts; pending: a target and no result yet;
 * no target: a result, but no figure was set (none, or words only, such as 与经济增长同步);
 * unjudged: both sides are there but cannot be compared (a side in words only, or other units).
 */
export type LedgerStatus = 'met' | 'missed' | 'pending' | 'no target' | 'unjudged';

export const LEDGER_STATUSES: readonly LedgerStatus[] = ['met', 'missed', 'pending', 'no target', 'unjudged'];

export interface LedgerRow {
  place: string;
  level: ReportLevel | null;
  indicator: IndicatorId;
  /** The year the target is for and the result is about. */
  year: number;
  target: LedgerSide | null;
  result: LedgerSide | null;
  status: LedgerStatus;
}
