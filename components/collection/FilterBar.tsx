import { useEffect, useMemo, useRef } from 'preact/hooks';
import { EMPTY_FILTER, IDENTITY_FILTER_KEYS, STATUS_VIEWS, isFiltering, toggled, type CollectionFilter, type StatusView } from '../../lib/collection/filter';
import { identityFacets } from '../../lib/collection/report-facets';
import { reportName } from '../../lib/format';
import { genreLabel, levelLabel } from '../../lib/i18n/meaning';
import { ITEM_KINDS, type ReportGenre, type ReportLevel, type ReportRecord } from '../../lib/store/records';
import type { NamedCount } from '../../lib/collection/counts';
import { Icon } from './Icon';
import { language, t } from './i18n';

export interface FilterBarProps {
  filter: CollectionFilter;
  onChange: (filter: CollectionFilter) => void;
  /** Tags to offer, with how many items carry each. */
  tagCounts: NamedCount[];
  reports: ReadonlyMap<string, ReportRecord>;
  reportCounts: NamedCount[];
  /** The collection page also offers the status view and picks tags in its side panel. */
  variant: 'popup' | 'page';
  /**
   * The collection page in a narrow window folds the filters (and the side panel) behind one
   * button beside the search box; CSS shows the button in narrow windows only.
   */
  fold?: { open: boolean; onToggle: () => void; controls: string };
}

/** How many filters narrow the view (the status view counts when it is not the default). */
export function activeFilterCount(filter: CollectionFilter): number {
  return (
    (filter.text.trim() ? 1 : 0) +
    filter.kinds.length +
    filter.tags.length +
    (filter.reportId !== null ? 1 : 0) +
    IDENTITY_FILTER_KEYS.filter((k) => filter[k] !== null).length +
    (filter.status !== EMPTY_FILTER.status ? 1 : 0)
  );
}

/** Free text, kinds, tag, report (and status): every control labelled, every change applied at once. */
export function FilterBar({ filter, onChange, tagCounts, reports, reportCounts, variant, fold }: FilterBarProps) {
  const set = (patch: Partial<CollectionFilter>) => onChange({ ...filter, ...patch });
  const search = useRef<HTMLInputElement>(null);
  // "/" jumps to the search box, as on most sites with a list to search.
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const target = e.target as HTMLElement | null;
      const typing = target?.closest?.('input, textarea, select, [contenteditable="true"]');
      if (e.key === '/' && !typing && !e.ctrlKey && !e.metaKey && !e.altKey) {
        e.preventDefault();
        search.current?.focus();
      }
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);
  const id = (name: string) => `filter-${variant}-${name}`;
  const facets = useMemo(() => (variant === 'page' ? identityFacets(reportCounts, reports) : null), [variant, reportCounts, reports]);
  return (
    <div class={`filter-bar filter-bar-${variant}`} role="search">
      <div class="filter-search">
        <label class="visually-hidden" for={id('text')}>
          {t('searchLabel')}
        </label>
        <span class="search-icon">
          <Icon name="search" size={14} />
        </span>
        <input
          ref={search}
          id={id('text')}
          type="search"
          value={filter.text}
          placeholder={t('search')}
          aria-keyshortcuts="/"
          onInput={(e) => set({ text: e.currentTarget.value })}
        />
      </div>
      {fold && (
        <button
          type="button"
          class="btn filters-toggle"
          aria-expanded={fold.open}
          aria-controls={fold.controls}
          onClick={fold.onToggle}
        >
          <Icon name="filter" size={14} />
          {activeFilterCount(filter) ? t('filtersActive', { count: activeFilterCount(filter) }) : t('filters')}
        </button>
      )}
      <div id={id('rows')} class="filter-rows">
        <div class="filter-row">
          <div class="kind-toggles" role="group" aria-label={t('kindsLabel')}>
            {ITEM_KINDS.map((k) => (
              <button
                key={k}
                type="button"
                class={`kind-toggle kind-${k}`}
                aria-pressed={filter.kinds.includes(k)}
                onClick={() => set({ kinds: toggled(filter.kinds, k) })}
              >
                {t(`kind_${k}`)}
              </button>
            ))}
          </div>
        </div>
        <div class="filter-row filter-selects">
          {variant === 'popup' && (
            <>
              <label class="visually-hidden" for={id('tag')}>
                {t('tagLabel')}
              </label>
              <select
                id={id('tag')}
                class="filter-select"
                value={filter.tags[0] ?? ''}
                onChange={(e) => {
                  const v = e.currentTarget.value;
                  set({ tags: v ? [v] : [] });
                }}
              >
                <option value="">{t('allTags')}</option>
                {tagCounts.map((c) => (
                  <option key={c.key} value={c.key}>
                    {c.key} ({c.count})
                  </option>
                ))}
              </select>
            </>
          )}
          <label class="visually-hidden" for={id('report')}>
            {t('reportLabel')}
          </label>
          <select
            id={id('report')}
            class="filter-select filter-report"
            value={filter.reportId ?? ''}
            onChange={(e) => set({ reportId: e.currentTarget.value || null })}
          >
            <option value="">{t('allReports')}</option>
            {reportCounts.map((c) => (
              <option key={c.key} value={c.key}>
                {reportName(reports.get(c.key), c.key)} ({c.count})
              </option>
            ))}
          </select>
          {facets && (
            <>
              <label class="visually-hidden" for={id('place')}>
                {t('placeLabel')}
              </label>
              <select id={id('place')} class="filter-select" value={filter.place ?? ''} onChange={(e) => set({ place: e.currentTarget.value || null })}>
                <option value="">{t('allPlaces')}</option>
                {facets.places.map((f) => (
                  <option key={f.key} value={f.key}>
                    {f.key} ({f.count})
                  </option>
                ))}
              </select>
              <label class="visually-hidden" for={id('level')}>
                {t('levelLabel')}
              </label>
              <select
                id={id('level')}
                class="filter-select"
                value={filter.level ?? ''}
                onChange={(e) => set({ level: (e.currentTarget.value || null) as ReportLevel | null })}
              >
                <option value="">{t('allLevels')}</option>
                {facets.levels.map((f) => (
                  <option key={f.key} value={f.key}>
                    {levelLabel(f.key, language)} ({f.count})
                  </option>
                ))}
              </select>
              <label class="visually-hidden" for={id('genre')}>
                {t('genreLabel')}
              </label>
              <select
                id={id('genre')}
                class="filter-select"
                value={filter.genre ?? ''}
                onChange={(e) => set({ genre: (e.currentTarget.value || null) as ReportGenre | null })}
              >
                <option value="">{t('allGenres')}</option>
                {facets.genres.map((f) => (
                  <option key={f.key} value={f.key}>
                    {genreLabel(f.key, language)} ({f.count})
                  </option>
                ))}
              </select>
              <label class="visually-hidden" for={id('year')}>
                {t('yearLabel')}
              </label>
              <select
                id={id('year')}
                class="filter-select"
                value={filter.year === null ? '' : String(filter.year)}
                onChange={(e) => set({ year: e.currentTarget.value ? Number(e.currentTarget.value) : null })}
              >
                <option value="">{t('allYears')}</option>
                {facets.years.map((f) => (
                  <option key={f.key} value={String(f.key)}>
                    {f.key} ({f.count})
                  </option>
                ))}
              </select>
            </>
          )}
          {variant === 'page' && (
            <>
              <label class="visually-hidden" for={id('status')}>
                {t('statusLabel')}
              </label>
              <select
                id={id('status')}
                class="filter-select"
                value={filter.status}
                onChange={(e) => set({ status: e.currentTarget.value as StatusView })}
              >
                {STATUS_VIEWS.map((s) => (
                  <option key={s} value={s}>
                    {t(`view_${s}`)}
                  </option>
                ))}
              </select>
            </>
          )}
          {isFiltering(filter) && (
            <button type="button" class="btn-link" onClick={() => onChange({ ...EMPTY_FILTER, status: filter.status })}>
              {t('clearFilters')}
            </button>
          )}
        </div>
      </div>
    </div>
  );
}
