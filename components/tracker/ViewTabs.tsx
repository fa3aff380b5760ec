import type { CollectionView } from '../../lib/collection/tracker-view-route';
import { tt } from './i18n';

/** The collection page's two views, as links: the address says which is open (a reload keeps it). */
export function ViewTabs({ view, trackerHref }: { view: CollectionView; trackerHref: string }) {
  return (
    <nav class="view-tabs" aria-label={tt('tabsLabel')}>
      <a href="#items" class="view-tab" aria-current={view === 'items' ? 'page' : undefined}>
        {tt('tabItems')}
      </a>
      <a href={trackerHref} class="view-tab" aria-current={view === 'tracker' ? 'page' : undefined}>
        {tt('tabTracker')}
      </a>
    </nav>
  );
}
