import { liveQuery } from 'dexie';
import { useEffect, useState } from 'preact/hooks';
import { errorText } from '../../lib/messages';
import { readFirstScreen, readSnapshot, type Snapshot } from './db';

export interface LiveSnapshot extends Snapshot {
  /** False until the first read (the first screen, or everything) has answered. */
  loaded: boolean;
  /** True once every item is here; before that `items` holds the first screen only. */
  complete: boolean;
  error: string | null;
}

/** Which first screen to read before everything: the table's first rows, or the popup's grouped list's. */
export interface FirstScreenRequest {
  layout: 'table' | 'groups';
  rows: number;
}

const EMPTY: LiveSnapshot = { items: [], reports: new Map(), tags: new Map(), loaded: false, complete: false, error: null };

/**
 * The whole collection, kept current with Dexie liveQuery. Given `first`, the first screen is
 * read from the indexes (lib/store/first-screen.ts) and shown before everything else is read
 * (once it has been painted), so a big collection opens about as fast as a small one.
 */
export function useSnapshot(first?: FirstScreenRequest): LiveSnapshot {
  const [state, setState] = useState<LiveSnapshot>(EMPTY);
  useEffect(() => {
    let stopped = false;
    let sub: { unsubscribe(): void } | null = null;
    const readAll = () => {
      if (stopped) return;
      sub = liveQuery(readSnapshot).subscribe({
        next: (s) => setState({ ...s, loaded: true, complete: true, error: null }),
        error: (e: unknown) => setState((prev) => ({ ...prev, loaded: true, error: errorText(e) })),
      });
    };
    if (!first) readAll();
    else {
      readFirstScreen(first.layout, first.rows).then(
        (screen) => {
          if (stopped) return;
          setState((prev) =>
            prev.complete
              ? prev
              : {
                  items: screen.items,
                  reports: new Map(screen.reports.map((r) => [r.id, r])),
                  tags: new Map(screen.tags.map((t) => [t.name, t])),
                  loaded: true,
                  complete: false,
                  error: null,
                },
          );
          // The rest once the first screen is on screen: reading it sooner would only delay that.
          requestAnimationFrame(() => setTimeout(readAll, 0));
        },
        () => readAll(),
      );
    }
    return () => {
      stopped = true;
      sub?.unsubscribe();
    };
    // The request is read once, on mount: the first screen is a first screen.
  }, []);
  return state;
}
