import { useEffect, useMemo, useState } from 'preact/hooks';
import { EMPTY_FILTER, type CollectionFilter } from '../../lib/collection/filter';
import { selectRange, selectionState, toggleSelected, visibleSelection } from '../../lib/collection/selection';
import { DEFAULT_SORT, nextSort, type SortSpec } from '../../lib/collection/sort';
import { collectionView } from '../../lib/collection/view';
import type { ItemRecord } from '../../lib/store/records';
import { bulkTag, bulkUntag } from '../../components/collection/actions';
import { BulkBar } from '../../components/collection/BulkBar';
import { CountsPanel } from '../../components/collection/CountsPanel';
import { DataPanel } from '../../components/collection/DataPanel';
import { ExportButtons } from '../../components/collection/ExportButtons';
import { FilterBar } from '../../components/collection/FilterBar';
import { ItemDetails } from '../../components/collection/ItemDetails';
import { ColumnPicker } from '../../components/collection/ColumnPicker';
import { ItemTable } from '../../components/collection/ItemTable';
import { ROW_HEIGHT, columnsOf } from '../../components/collection/columns';
import { useColumns } from '../../components/collection/use-columns';
import { Toast } from '../../components/collection/Toast';
import { failureText, t } from '../../components/collection/i18n';
import { openItem } from '../../components/collection/open-item';
import { useItemActions } from '../../components/collection/use-item-actions';
import { useSnapshot } from '../../components/collection/use-snapshot';
import { useToast } from '../../components/collection/use-toast';
import { TrackerView } from '../../components/tracker/TrackerView';
import { ViewTabs } from '../../components/tracker/ViewTabs';
import { useCollectionRoute } from '../../components/tracker/use-collection-route';

/** Rows of the table on the page's first screen, and a few more. */
const FIRST_ROWS = Math.ceil(Math.max(globalThis.innerHeight, 600) / ROW_HEIGHT) + 8;

export function App() {
  const data = useSnapshot({ layout: 'table', rows: FIRST_ROWS });
  const toasts = useToast();
  const route = useCollectionRoute();
  const actions = useItemActions(toasts);
  const [filter, setFilter] = useState<CollectionFilter>(EMPTY_FILTER);
  const [sort, setSort] = useState<SortSpec>(DEFAULT_SORT);
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [anchor, setAnchor] = useState<string | null>(null);
  const [activeId, setActiveId] = useState<string | null>(null);
  const [filtersOpen, setFiltersOpen] = useState(false);
  const columns = useColumns();
  const shownColumns = useMemo(() => columnsOf(columns.keys), [columns.keys]);

  // Derived, never stored: what the status view holds, what the filter shows, in the chosen order.
  const view = useMemo(() => collectionView(data, filter, sort), [data, filter, sort]);
  const { effective, shown, reportCounts, tagCounts } = view;
  const shownIds = useMemo(() => shown.map((i) => i.id), [shown]);
  const chosen = useMemo(() => visibleSelection(selected, shownIds), [selected, shownIds]);
  const active = useMemo(() => (activeId ? data.items.find((i) => i.id === activeId) : undefined), [data.items, activeId]);
  const stored = data.complete ? { reports: data.reports.size, items: data.items.length, tags: data.tags.size } : null;

  useEffect(() => {
    if (!data.loaded) return;
    performance.mark('collection-rendered');
    requestAnimationFrame(() => setTimeout(() => performance.mark('collection-painted'), 0));
  }, [data.loaded]);
  useEffect(() => {
    if (data.complete) requestAnimationFrame(() => setTimeout(() => performance.mark('collection-complete'), 0));
  }, [data.complete]);

  const open = async (item: ItemRecord) => {
    try {
      await openItem(item, data.reports.get(item.reportId));
    } catch (e) {
      toasts.show('error', t('openFailed', { reason: failureText(e) }));
    }
  };

  const bulk = async (op: 'tag' | 'untag', tag: string) => {
    try {
      const r = await (op === 'tag' ? bulkTag : bulkUntag)(chosen, tag);
      toasts.show('success', op === 'tag' ? t('taggedN', { count: r.length, tag }) : t('untaggedN', { count: r.length, tag }));
    } catch (e) {
      toasts.show('error', t('saveFailed', { reason: failureText(e) }));
    }
  };

  return (
    <div class={`collection ${filtersOpen ? 'filters-open' : ''}`} data-loaded={data.loaded ? 'true' : 'false'}>
      <header class="collection-header">
        <div class="brand">
          <img src="/icon/32.png" alt="" width={24} height={24} />
          <h1>{t('collectionTitle')}</h1>
          <span class="brand-sub">{t('appName')}</span>
        </div>
        <ViewTabs view={route.view} trackerHref={route.trackerHref} />
        {route.view === 'items' && (
          <p class="header-stats">
            {view.inViewCount === null ? t('loading') : t('headerStats', { items: view.inViewCount, reports: reportCounts.length, tags: tagCounts.length })}
          </p>
        )}
        <DataPanel counts={stored} onResult={toasts.show} />
      </header>
      {data.error && (
        <p class="field-error page-error" role="alert">
          {t('dbFailed', { reason: data.error })}
        </p>
      )}
      {route.view === 'tracker' ? (
        <TrackerView filter={route.tracker} collected={data.complete ? data.items : null} reports={data.reports} onFilter={route.setTracker} onResult={toasts.show} />
      ) : (
      <div class="collection-body">
        <CountsPanel id="counts-panel" counted={data.complete} filter={effective} onChange={setFilter} reportCounts={reportCounts} tagCounts={tagCounts} reports={data.reports} tags={data.tags} onResult={toasts.show} />
        <main class="collection-main">
          <div class="toolbar">
            <FilterBar
              filter={effective}
              onChange={setFilter}
              tagCounts={tagCounts}
              reports={data.reports}
              reportCounts={reportCounts}
              variant="page"
              fold={{ open: filtersOpen, onToggle: () => setFiltersOpen(!filtersOpen), controls: 'filter-page-rows counts-panel' }}
            />
            <div class="toolbar-end">
              <span class="list-summary" aria-live="polite">
                {data.loaded && view.shownCount !== null && view.inViewCount !== null ? t('shownOfTotal', { shown: view.shownCount, total: view.inViewCount }) : t('loading')}
              </span>
              <ColumnPicker shown={columns.keys} onToggle={columns.toggle} />
              <ExportButtons
                items={shown}
                reports={data.reports}
                complete={data.complete}
                exportCsv={actions.exportCsv}
                exportXlsx={actions.exportXlsx}
                csvClass="btn btn-primary"
                xlsxClass="btn"
              />
            </div>
          </div>
          {chosen.length > 0 && (
            <BulkBar
              count={chosen.length}
              knownTags={data.tags}
              onTag={(tag) => void bulk('tag', tag)}
              onUntag={(tag) => void bulk('untag', tag)}
              onDelete={() => {
                void actions.remove(chosen);
                setSelected(new Set());
              }}
              onClear={() => setSelected(new Set())}
            />
          )}
          {data.loaded && !view.pending && !shown.length ? (
            <p class="empty">{view.inViewCount ? t('emptyFiltered') : t('emptyCollection')}</p>
          ) : (
            <ItemTable
              columns={shownColumns}
              items={shown}
              complete={data.complete}
              reports={data.reports}
              tags={data.tags}
              sort={sort}
              onSort={(key) => setSort(nextSort(sort, key))}
              selected={selected}
              selection={selectionState(selected, shownIds)}
              onSelect={(id, shift) => {
                setSelected(shift ? selectRange(selected, shownIds, anchor, id) : toggleSelected(selected, id));
                setAnchor(id);
              }}
              onSelectAll={(all) => setSelected(all ? new Set(shownIds) : new Set())}
              activeId={activeId}
              onActivate={setActiveId}
              onOpen={(item) => void open(item)}
            />
          )}
        </main>
        {active && (
          <ItemDetails
            item={active}
            report={data.reports.get(active.reportId)}
            knownTags={data.tags}
            onPatch={(p) => void actions.patch(active.id, p)}
            onDelete={() => {
              void actions.remove([active.id]);
              setActiveId(null);
            }}
            onOpen={() => void open(active)}
            onCopy={() => void actions.copyCitation(active, data.reports.get(active.reportId))}
            onClose={() => setActiveId(null)}
            onIdentitySaved={() => toasts.show('success', t('identitySaved'))}
          />
        )}
      </div>
      )}
      <Toast toast={toasts.toast} onUndo={() => void actions.undo()} onDismiss={toasts.dismiss} />
    </div>
  );
}
