/**
 * Undo after a delete: the deleted records are kept for a few seconds, while a
 * toast offers 撤销 Undo. The timing is pure so it can be tested without a clock.
 */

import type { ItemRecord } from '../store/records';

/** How long the undo toast stays, in milliseconds. */
export const UNDO_MS = 6_000;

export interface PendingUndo {
  /** The records 'items/delete' returned, to send back with 'items/restore'. */
  records: ItemRecord[];
  /** When the toast goes (ms since the epoch). */
  deadline: number;
}

export function pendingUndo(records: ItemRecord[], now: number, ms: number = UNDO_MS): PendingUndo {
  return { records, deadline: now + ms };
}

/** Milliseconds left; 0 once expired. */
export function undoRemaining(undo: PendingUndo | null, now: number): number {
  return undo ? Math.max(0, undo.deadline - now) : 0;
}

export function canUndo(undo: PendingUndo | null, now: number): boolean {
  return undo !== null && undo.records.length > 0 && undoRemaining(undo, now) > 0;
}

/**
 * Another delete while the toast still offers undo joins it: one 撤销 then restores both, so
 * deleting two items in a row never leaves the first unrecoverable. The time restarts from
 * the newer delete. Once the offer is gone (expired or taken), a delete starts afresh.
 */
export function addToUndo(current: PendingUndo | null, records: ItemRecord[], now: number, ms: number = UNDO_MS): PendingUndo {
  const ids = new Set(records.map((r) => r.id));
  const earlier = canUndo(current, now) ? current!.records.filter((r) => !ids.has(r.id)) : [];
  return pendingUndo([...earlier, ...records], now, ms);
}
