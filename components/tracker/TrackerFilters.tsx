import type { IndicatorId } from '../../lib/extract/indicators';
import type { ReportLevel } from '../../lib/extract/types';
import { levelLabel } from '../../lib/i18n/meaning';
import { indicatorLabel, type IndicatorChoice, type TrackerFilter } from '../../lib/collection/tracker-view';
import type { MetricChoice } from '../../lib/collection/tracker-view-metric';
import { language, tt } from './i18n';

export interface TrackerFiltersProps {
  indicators: readonly IndicatorChoice[];
  /** The indicator shown (the choice, or the default); null when a collected metric is. */
  indicator: IndicatorId | null;
  /** The metrics the reader collected that can make rows. */
  metrics: readonly MetricChoice[];
  levels: readonly ReportLevel[];
  places: readonly string[];
  filter: TrackerFilter;
  onChange: (filter: TrackerFilter) => void;
}

/** The select's value of a collected metric (a headline indicator's is its id). */
const METRIC = 'metric:';

/** Indicator (or collected metric), level and place: what the table and the charts show. */
export function TrackerFilters({ indicators, indicator, metrics, levels, places, filter, onChange }: TrackerFiltersProps) {
  const filtered = filter.level !== null || filter.place !== null;
  return (
    <div class="tracker-filters" role="group" aria-label={tt('filtersLabel')}>
      <div class="tracker-field">
        <label for="tracker-indicator">{tt('indicatorLabel')}</label>
        <select
          id="tracker-indicator"
          class="filter-select tracker-indicator"
          value={filter.metric !== null ? METRIC + filter.metric : (indicator ?? '')}
          onChange={(e) => {
            const value = e.currentTarget.value;
            onChange(
              value.startsWith(METRIC)
                ? { ...filter, indicator: null, metric: value.slice(METRIC.length) }
                : { ...filter, indicator: (value || null) as IndicatorId | null, metric: null },
            );
          }}
        >
          <optgroup label={tt('headlineGroup')}>
            {indicators.map((c) => (
              <option key={c.id} value={c.id}>
                {tt('indicatorOption', { name: indicatorLabel(c.id, language), count: c.rows })}
              </option>
            ))}
          </optgroup>
          {(metrics.length > 0 || filter.metric !== null) && (
            <optgroup label={tt('collectedGroup')}>
              {filter.metric !== null && !metrics.some((m) => m.metric === filter.metric) && <option value={METRIC + filter.metric}>{filter.metric}</option>}
              {metrics.map((m) => (
                <option key={m.metric} value={METRIC + m.metric}>
                  {tt('metricOption', { name: m.metric, count: m.items })}
                </option>
              ))}
            </optgroup>
          )}
        </select>
      </div>
      <div class="tracker-field">
        <label for="tracker-level">{tt('levelLabel')}</label>
        <select
          id="tracker-level"
          class="filter-select"
          value={filter.level ?? ''}
          onChange={(e) => onChange({ ...filter, level: (e.currentTarget.value || null) as ReportLevel | null, place: null })}
        >
          <option value="">{tt('allLevels')}</option>
          {levels.map((l) => (
            <option key={l} value={l}>
              {levelLabel(l, language)}
            </option>
          ))}
        </select>
      </div>
      <div class="tracker-field">
        <label for="tracker-place">{tt('placeLabel')}</label>
        <select
          id="tracker-place"
          class="filter-select"
          value={filter.place ?? ''}
          onChange={(e) => onChange({ ...filter, place: e.currentTarget.value || null })}
        >
          <option value="">{tt('allPlaces')}</option>
          {filter.place !== null && !places.includes(filter.place) && <option value={filter.place}>{filter.place}</option>}
          {places.map((p) => (
            <option key={p} value={p}>
              {p}
            </option>
          ))}
        </select>
      </div>
      {filtered && (
        <button type="button" class="btn btn-small btn-link" onClick={() => onChange({ ...filter, level: null, place: null })}>
          {tt('clearFilters')}
        </button>
      )}
    </div>
  );
}
