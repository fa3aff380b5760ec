import { useMemo } from 'preact/hooks';
import type { NamedCount } from '../../lib/collection/counts';
import type { CollectionFilter } from '../../lib/collection/filter';
import { clearReportFacets, reportList, toggleReportFacet } from '../../lib/collection/report-list';
import type { ReportRecord } from '../../lib/store/records';
import { language, t } from './i18n';

export interface ReportCountsProps {
  filter: CollectionFilter;
  onChange: (filter: CollectionFilter) => void;
  reportCounts: NamedCount[];
  reports: ReadonlyMap<string, ReportRecord>;
}

/**
 * 按报告: each report with its count (a toggle that filters by it) and its place, year and genre,
 * each a toggle of the same identity filter as the table's selects (lib/collection/report-list.ts).
 */
export function ReportCounts({ filter, onChange, reportCounts, reports }: ReportCountsProps) {
  const list = useMemo(() => reportList(reportCounts, reports, filter, language), [reportCounts, reports, filter]);
  return (
    <section class="report-counts">
      <div class="counts-head">
        <h2>{t('byReport')}</h2>
        {list.narrowed && (
          <button type="button" class="btn-link" onClick={() => onChange(clearReportFacets(filter))}>
            {t('showAllReports')}
          </button>
        )}
      </div>
      <ul>
        {list.entries.map((entry) => (
          <li key={entry.id} class="report-entry">
            <button
              type="button"
              class="count-btn"
              aria-pressed={entry.pressed}
              title={entry.name}
              onClick={() => onChange({ ...filter, reportId: entry.pressed ? null : entry.id })}
            >
              <span class="count-name">{entry.name}</span>
              <span class="count-num">{entry.count}</span>
            </button>
            {entry.chips.length > 0 && (
              <div class="report-facets" role="group" aria-label={t('reportFacetsOf', { name: entry.name })}>
                {entry.chips.map((chip) => (
                  <button
                    key={chip.key}
                    type="button"
                    class={`facet-chip facet-${chip.key}`}
                    aria-pressed={chip.pressed}
                    title={t('reportFacetTitle', { label: chip.label })}
                    onClick={() => onChange(toggleReportFacet(filter, chip))}
                  >
                    {chip.label}
                  </button>
                ))}
              </div>
            )}
          </li>
        ))}
      </ul>
      {list.hidden > 0 && <p class="muted report-hidden">{t('reportsOutside', { count: list.hidden })}</p>}
    </section>
  );
}
