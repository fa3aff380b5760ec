import type { IndicatorId } from '../../lib/extract/indicators';
import type { ReportLevel } from '../../lib/extract/types';
import { levelLabel } from '../../lib/i18n/meaning';
import { indicatorLabel, type IndicatorChoice, type TrackerFilter } from '../../lib/collection/tracker-view';
import { language, tt } from './i18n';

export interface TrackerFiltersProps {
  indicators: readonly IndicatorChoice[];
  /** The indicator shown (the choice, or the default). */
  indicator: IndicatorId | null;
  levels: readonly ReportLevel[];
  places: readonly string[];
  filter: TrackerFilter;
  onChange: (filter: TrackerFilter) => void;
}

/** Indicator, level and place: what the table and the charts show. */
export function TrackerFilters({ indicators, indicator, levels, places, filter, onChange }: TrackerFiltersProps) {
  const filtered = filter.level !== null || filter.place !== null;
  return (
    <div class="tracker-filters" role="group" aria-label={tt('filtersLabel')}>
      <div class="tracker-field">
        <label for="tracker-indicator">{tt('indicatorLabel')}</label>
        <select
          id="tracker-indicator"
          class="filter-select tracker-indicator"
          value={indicator ?? ''}
          onChange={(e) => onChange({ ...filter, indicator: (e.currentTarget.value || null) as IndicatorId | null })}
        >
          {indicators.map((c) => (
            <option key={c.id} value={c.id}>
              {tt('indicatorOption', { name: indicatorLabel(c.id, language), count: c.rows })}
            </option>
          ))}
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
