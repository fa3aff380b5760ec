import { useEffect, useRef, useState } from 'preact/hooks';
import { parseRoute, routeHash, type CollectionRoute } from '../../lib/collection/tracker-view-route';
import type { TrackerFilter } from '../../lib/collection/tracker-view';

export interface LiveRoute extends CollectionRoute {
  /** The tracker's choices changed: the address follows (replaced, so Back leaves the view rather than undoing a choice). */
  setTracker: (filter: TrackerFilter) => void;
  /** The address of the tracker with the reader's last choices, for its tab. */
  trackerHref: string;
}

/**
 * Which view the collection page shows, read from and written to location.hash, so a reload or a
 * shared link opens the same view with the same choices (lib/collection/tracker-view-route.ts).
 */
export function useCollectionRoute(window_: Window = window): LiveRoute {
  const [route, setRoute] = useState<CollectionRoute>(() => parseRoute(window_.location.hash));
  const lastTracker = useRef(route.tracker);
  if (route.view === 'tracker') lastTracker.current = route.tracker;

  useEffect(() => {
    const onHash = () => setRoute(parseRoute(window_.location.hash));
    window_.addEventListener('hashchange', onHash);
    return () => window_.removeEventListener('hashchange', onHash);
  }, [window_]);

  const setTracker = (tracker: TrackerFilter) => {
    const next: CollectionRoute = { view: 'tracker', tracker };
    window_.history.replaceState(window_.history.state, '', routeHash(next));
    setRoute(next);
  };
  return { ...route, setTracker, trackerHref: routeHash({ view: 'tracker', tracker: lastTracker.current }) };
}
