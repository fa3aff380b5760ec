import { liveQuery } from 'dexie';
import { useEffect, useState } from 'preact/hooks';
import { errorText } from '../../lib/messages';
import { readSnapshot, type Snapshot } from './db';

export interface LiveSnapshot extends Snapshot {
  /** False until the first read has answered. */
  loaded: boolean;
  error: string | null;
}

const EMPTY: LiveSnapshot = { items: [], reports: new Map(), tags: new Map(), loaded: false, error: null };

/** The whole collection, kept current with Dexie liveQuery. */
export function useSnapshot(): LiveSnapshot {
  const [state, setState] = useState<LiveSnapshot>(EMPTY);
  useEffect(() => {
    const sub = liveQuery(readSnapshot).subscribe({
      next: (s) => setState({ ...s, loaded: true, error: null }),
      error: (e: unknown) => setState((prev) => ({ ...prev, loaded: true, error: errorText(e) })),
    });
    return () => sub.unsubscribe();
  }, []);
  return state;
}
