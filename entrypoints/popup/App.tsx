import { useEffect, useMemo, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { countByReport, countByTag } from '../../lib/collection/counts';
import { EMPTY_FILTER, applyFilter, pruneFilter, type CollectionFilter } from '../../lib/collection/filter';
import { FilterBar } from '../../components/collection/FilterBar';
import { Toast } from '../../components/collection/Toast';
import { openItem } from '../../components/collection/open-item';
import { failureText, t } from '../../components/collection/i18n';
import { useItemActions } from '../../components/collection/use-item-actions';
import { useSnapshot } from '../../components/collection/use-snapshot';
import { useToast } from '../../components/collection/use-toast';
import { PageCard } from './PageCard';
import { PopupList } from './PopupList';
import { targetTab, type TargetTab } from './active-tab';

export function App() {
  const data = useSnapshot();
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

  // Everything below is derived from the live snapshot and the filter.
  const current = useMemo(() => applyFilter(data.items, { ...EMPTY_FILTER }), [data.items]);
  const known = useMemo(
    () => ({ tags: new Set(current.flatMap((i) => i.tags)), reports: new Set(current.map((i) => i.reportId)) }),
    [current],
  );
  const effective = useMemo(() => pruneFilter(filter, known), [filter, known]);
  const shown = useMemo(() => applyFilter(data.items, effective), [data.items, effective]);
  const tagCounts = useMemo(() => countByTag(current), [current]);
  const reportCounts = useMemo(() => countByReport(current), [current]);
  const collectedByReport = useMemo(() => new Map(reportCounts.map((c) => [c.key, c.count])), [reportCounts]);

  // For the bench (scripts/bench/popup.ts): the list rendered with data, then painted.
  useEffect(() => {
    if (!data.loaded) return;
    performance.mark('popup-list-rendered');
    requestAnimationFrame(() => setTimeout(() => performance.mark('popup-list-painted'), 0));
  }, [data.loaded]);

  const open = async (item: (typeof shown)[number]) => {
    setOpeningId(item.id);
    try {
      await openItem(item, data.reports.get(item.reportId));
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
          <button
            type="button"
            class="btn btn-small"
            title={t('exportCsvTitle', { count: shown.length })}
            onClick={() => actions.exportCsv(shown, data.reports)}
          >
            {t('exportCsv')}
          </button>
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
      <PageCard tab={tab} loadingTab={loadingTab} collectedByReport={collectedByReport} />
      <FilterBar filter={effective} onChange={setFilter} tagCounts={tagCounts} reports={data.reports} reportCounts={reportCounts} variant="popup" />
      <div class="list-summary" aria-live="polite">
        {data.loaded ? t('shownOfTotal', { shown: shown.length, total: current.length }) : t('loading')}
      </div>
      {data.error && (
        <p class="field-error" role="alert">
          {t('dbFailed', { reason: data.error })}
        </p>
      )}
      {data.loaded && !shown.length ? (
        <p class="empty">{current.length ? t('emptyFiltered') : t('emptyCollection')}</p>
      ) : (
        <PopupList
          items={shown}
          reports={data.reports}
          tags={data.tags}
          openingId={openingId}
          onPatch={(id, p) => void actions.patch(id, p)}
          onDelete={(item) => void actions.remove([item.id])}
          onOpen={(item) => void open(item)}
        />
      )}
      <Toast toast={toasts.toast} onUndo={() => void actions.undo()} onDismiss={toasts.dismiss} />
    </main>
  );
}
