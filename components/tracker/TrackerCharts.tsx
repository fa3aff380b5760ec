import type { TrackerCharts as Charts } from '../../lib/collection/tracker-view-chart';
import { STATUS_LABELS, type LedgerStatus } from '../../lib/tracker';
import { ResultMark, TrackerChart } from './TrackerChart';
import { language, tt } from './i18n';

const LEGEND_STATUSES: readonly LedgerStatus[] = ['met', 'missed', 'no target', 'unjudged'];

/** Every place's chart, with one legend; rows in another unit are counted, not drawn. */
export function TrackerCharts({ charts, indicatorName }: { charts: Charts; indicatorName: string }) {
  if (!charts.charts.length) return null;
  return (
    <section class="tracker-charts" aria-label={tt('chartsLabel')}>
      <ul class="chart-legend" aria-hidden="true">
        <li>
          <svg viewBox="0 0 28 14" width="28" height="14">
            <rect class="chart-band" x="2" y="2" width="24" height="10" />
            <line class="chart-mark" x1="2" x2="26" y1="7" y2="7" />
          </svg>
          {tt('chartLegendTarget')}
        </li>
        {LEGEND_STATUSES.map((s) => (
          <li key={s}>
            <svg viewBox="0 0 14 14" width="14" height="14">
              <ResultMark x={7} y={7} status={s} />
            </svg>
            {tt('chartLegendResult')} · {STATUS_LABELS[s][language]}
          </li>
        ))}
      </ul>
      <div class="chart-grid-list">
        {charts.charts.map((c, i) => (
          <TrackerChart key={c.place} chart={c} indicatorName={indicatorName} id={`tracker-chart-${i}`} />
        ))}
      </div>
      {charts.otherUnits > 0 && <p class="muted chart-note">{tt('chartOtherUnits', { count: charts.otherUnits })}</p>}
    </section>
  );
}
