import { liveQuery } from 'dexie';
import { useEffect, useState } from 'preact/hooks';
import { errorText } from '../../lib/messages';
import { readTracker, type TrackerSnapshot } from './db';

export interface LiveTracker extends TrackerSnapshot {
  /** False until the first read has answered. */
  loaded: boolean;
  error: string | null;
}

const EMPTY: LiveTracker = { reports: new Map(), headlines: [], loaded: false, error: null };

/**
 * The tracker's data (every report and its headline figures), kept current with Dexie liveQuery:
 * a report read in another tab, a corrected identity or a report taken out shows at once.
 * Derive the ledger with lib/collection/tracker-data.ts (trackedReportsOf, trackerLedger).
 */
export function useTracker(): LiveTracker {
  const [state, setState] = useState<LiveTracker>(EMPTY);
  useEffect(() => {
    const sub = liveQuery(readTracker).subscribe({
      next: (s) => setState({ ...s, loaded: true, error: null }),
      error: (e: unknown) => setState((prev) => ({ ...prev, loaded: true, error: errorText(e) })),
    });
    return () => sub.unsubscribe();
  }, []);
  return state;
}
