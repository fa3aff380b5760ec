import { useEffect, useMemo, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { EMPTY_FILTER, type CollectionFilter } from '../../lib/collection/filter';
import { collectionView } from '../../lib/collection/view';
import { ExportButtons } from '../../components/collection/ExportButtons';
import { FilterBar } from '../../components/collection/FilterBar';
import { Toast } from '../../components/collection/Toast';
import { openItem } from '../../components/collection/open-item';
import { failureText, t } from '../../components/collection/i18n';
import { useItemActions } from '../../components/collection/use-item-actions';
import { readDb } from '../../components/collection/db';
import { useSnapshot } from '../../components/collection/use-snapshot';
import { reportIdFor } from '../../lib/store/records';
import { useToast } from '../../components/collection/use-toast';
import { PageCard } from './PageCard';
import { GROUP_ROW, PopupList } from './PopupList';
import { closeIfToolbarPopup, targetTab, type TargetTab } from './active-tab';

function reportIdOr(url: string | undefined): string | null {
  try {
    return url ? reportIdFor(url) : null;
  } catch {
    return null;
  }
}

/**
 * Rows of the list on the popup's first screen (a heading is the shortest row), and a few more.
 * The toolbar popup is 596 px tall (popup.css), though it may open smaller and grow.
 */
const FIRST_ROWS = Math.ceil(Math.max(globalThis.innerHeight, 596) / GROUP_ROW) + 4;

export function App() {
  const data = useSnapshot({ layout: 'groups', rows: FIRST_ROWS });
  const toasts = useToast();
  const actions = useItemActions(toasts);
  const [filter, setFilter] = useState<CollectionFilter>(EMPTY_FILTER);
  const [tab, setTab] = useState<TargetTab | null>(null);
  const [loadingTab, setLoadingTab] = useState(true);
  const [openingId, setOpeningId] = useState<string | null>(null);

  useEffect(() => {
    targetTab()
      .then(setTab)
      .catch(() => setTab(null))
      .finally(() => setLoadingTab(false));
  }, []);

  // Everything below is derived from what is loaded and the filter (lib/collection/view).
  const view = useMemo(() => collectionView(data, filter, null), [data, filter]);
  const { effective, shown, reportCounts, tagCounts } = view;
  // Until every item is read, the counts the first screen shows (its groups', this page's) are read apart.
  const [partialCounts, setPartialCounts] = useState<ReadonlyMap<string, number> | null>(null);
  const tabReportId = useMemo(() => reportIdOr(tab?.url), [tab]);
  const firstReports = useMemo(() => (data.complete ? '' : [...new Set(data.items.map((i) => i.reportId))].join('\n')), [data]);
  useEffect(() => {
    if (!data.loaded || data.complete) return;
    const ids = [...new Set([...firstReports.split('\n').filter(Boolean), ...(tabReportId ? [tabReportId] : [])])];
    let stale = false;
    readDb()
      .countInView(ids)
      .then((m) => !stale && setPartialCounts(m))
      .catch(() => undefined);
    return () => {
      stale = true;
    };
  }, [data.loaded, data.complete, firstReports, tabReportId]);
  const collectedByReport = useMemo(
    () => (data.complete ? new Map(reportCounts.map((c) => [c.key, c.count])) : (partialCounts ?? new Map<string, number>())),
    [data.complete, reportCounts, partialCounts],
  );

  // For the bench (scripts/bench/popup.ts): the list rendered with data, then painted; then everything loaded.
  useEffect(() => {
    if (!data.loaded) return;
    performance.mark('popup-list-rendered');
    requestAnimationFrame(() => setTimeout(() => performance.mark('popup-list-painted'), 0));
  }, [data.loaded]);
  useEffect(() => {
    if (data.complete) requestAnimationFrame(() => setTimeout(() => performance.mark('popup-complete'), 0));
  }, [data.complete]);

  const open = async (item: (typeof shown)[number]) => {
    setOpeningId(item.id);
    try {
      await openItem(item, data.reports.get(item.reportId));
      // The reader is at the passage now: the popup goes, as it does when one goes to a tab.
      await closeIfToolbarPopup();
    } catch (e) {
      toasts.show('error', t('openFailed', { reason: failureText(e) }));
    } finally {
      setOpeningId(null);
    }
  };

  return (
    <main class="popup" data-loaded={data.loaded ? 'true' : 'false'}>
      <header class="popup-header">
        <div class="brand">
          <img src="/icon/32.png" alt="" width={20} height={20} />
          <h1>{t('appName')}</h1>
        </div>
        <div class="header-actions">
          <ExportButtons
            items={shown}
            reports={data.reports}
            complete={data.complete}
            exportCsv={actions.exportCsv}
            exportXlsx={actions.exportXlsx}
            csvClass="btn btn-small"
            xlsxClass="btn btn-small"
          />
          <button
            type="button"
            class="btn btn-small btn-primary"
            title={t('openCollectionTitle')}
            onClick={() => void browser.tabs.create({ url: browser.runtime.getURL('/collection.html') })}
          >
            {t('openCollection')}
          </button>
        </div>
      </header>
      <PageCard tab={tab} loadingTab={loadingTab} collectedByReport={collectedByReport} reports={data.reports} />
      <FilterBar filter={effective} onChange={setFilter} tagCounts={tagCounts} reports={data.reports} reportCounts={reportCounts} variant="popup" />
      <div class="list-summary" aria-live="polite">
        {data.loaded && view.shownCount !== null && view.inViewCount !== null ? t('shownOfTotal', { shown: view.shownCount, total: view.inViewCount }) : t('loading')}
      </div>
      {data.error && (
        <p class="field-error" role="alert">
          {t('dbFailed', { reason: data.error })}
        </p>
      )}
      {data.loaded && !view.pending && !shown.length ? (
        <p class="empty">{view.inViewCount ? t('emptyFiltered') : t('emptyCollection')}</p>
      ) : (
        <PopupList
          items={shown}
          partialCounts={data.complete ? null : (partialCounts ?? new Map())}
          reports={data.reports}
          tags={data.tags}
          openingId={openingId}
          onPatch={(id, p) => void actions.patch(id, p)}
          onDelete={(item) => void actions.remove([item.id])}
          onOpen={(item) => void open(item)}
          onCopy={(item) => void actions.copyCitation(item, data.reports.get(item.reportId))}
        />
      )}
      <Toast toast={toasts.toast} onUndo={() => void actions.undo()} onDismiss={toasts.dismiss} />
    </main>
  );
}
