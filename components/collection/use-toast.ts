import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { addToUndo, canUndo, undoRemaining, type PendingUndo } from '../../lib/collection/undo';
import type { ItemRecord } from '../../lib/store/records';

export type ToastTone = 'info' | 'success' | 'warning' | 'error';

export interface ToastState {
  id: number;
  tone: ToastTone;
  text: string;
  /** Extra lines (an import's problems, or what its merges left out); the toast then stays until dismissed. */
  details?: string[];
  /** Set for a delete: the records to put back (of every delete made while the offer stood). */
  undo?: PendingUndo;
}

const INFO_MS = 4_000;

/**
 * One toast at a time; a delete's toast offers Undo until its deadline. A delete made while
 * that offer stands joins it (one Undo restores both), and `text` is given the total.
 */
export function useToast() {
  const [toast, setToast] = useState<ToastState | null>(null);
  const counter = useRef(0);

  const show = useCallback((tone: ToastTone, text: string, details?: string[]) => {
    setToast({ id: ++counter.current, tone, text, ...(details ? { details } : {}) });
  }, []);

  const showUndo = useCallback((records: ItemRecord[], text: (count: number) => string) => {
    setToast((current) => {
      const undo = addToUndo(current?.undo ?? null, records, Date.now());
      return { id: ++counter.current, tone: 'info', text: text(undo.records.length), undo };
    });
  }, []);

  const dismiss = useCallback(() => setToast(null), []);

  useEffect(() => {
    if (!toast) return;
    // Toasts with details (an import's problems, what a merge left out) stay until dismissed:
    // the reader has to be able to read them.
    if (toast.details?.length) return;
    const ms = toast.undo ? undoRemaining(toast.undo, Date.now()) : toast.tone === 'error' || toast.tone === 'warning' ? INFO_MS * 2 : INFO_MS;
    const id = toast.id;
    const timer = setTimeout(() => setToast((t) => (t?.id === id ? null : t)), ms);
    return () => clearTimeout(timer);
  }, [toast]);

  /** The records to restore, if the toast still offers undo; clears the toast. */
  const takeUndo = useCallback((): ItemRecord[] | null => {
    if (!toast?.undo || !canUndo(toast.undo, Date.now())) return null;
    setToast(null);
    return toast.undo.records;
  }, [toast]);

  return { toast, show, showUndo, dismiss, takeUndo };
}
