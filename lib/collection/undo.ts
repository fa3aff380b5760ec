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
 * A newer delete replaces the toast; records of the older one stay deleted.
 * (Chaining them would let one click resurrect things deleted long ago.)
 */
export function replaceUndo(_older: PendingUndo | null, newer: PendingUndo): PendingUndo {
  return newer;
}
