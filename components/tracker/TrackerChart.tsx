import { CHART_SIZE, axisLabel, type PlaceChart } from '../../lib/collection/tracker-view-chart';
import { sideFigure } from '../../lib/collection/tracker-view';
import type { LedgerStatus } from '../../lib/tracker';
import { STATUS_LABELS } from '../../lib/tracker';
import { language, tt } from './i18n';

export interface TrackerChartProps {
  chart: PlaceChart;
  indicatorName: string;
  /** Unique among the page's charts, for the title and description ids. */
  id: string;
}

const sideText = (side: PlaceChart['rows'][number]['target']) =>
  !side ? tt('noneLabel') : side.value === null ? `“${side.quote.replace(/\s+/g, '')}”` : sideFigure(side, language);

/** A result point: its shape says its status as well as its colour does. */
export function ResultMark({ x, y, status }: { x: number; y: number; status: LedgerStatus }) {
  const cls = `chart-result status-${status.replace(' ', '-')}`;
  switch (status) {
    case 'missed':
      return <path class={cls} d={`M${x - 4.5},${y - 4.5}L${x + 4.5},${y + 4.5}M${x - 4.5},${y + 4.5}L${x + 4.5},${y - 4.5}`} />;
    case 'no target':
      return <path class={cls} d={`M${x},${y - 5}L${x + 5},${y}L${x},${y + 5}L${x - 5},${y}Z`} />;
    case 'unjudged':
      return <circle class={`${cls} is-hollow`} cx={x} cy={y} r={4} />;
    default:
      return <circle class={cls} cx={x} cy={y} r={4.5} />;
  }
}

/**
 * One place's targets (a band for a range, a mark for one figure) and results (points) across the
 * years, as hand-written SVG. Its title and description say in words what it draws; the table
 * beside it holds the same rows.
 */
export function TrackerChart({ chart, indicatorName, id }: TrackerChartProps) {
  const { width, height, left, right, top, bottom } = CHART_SIZE;
  const desc = tt('chartDesc', {
    from: chart.years[0]!,
    to: chart.years.at(-1)!,
    rows: chart.rows
      .map((r) => tt('chartRowDesc', { year: r.year, target: sideText(r.target), result: sideText(r.result), status: STATUS_LABELS[r.status][language] }))
      .join(language === 'zh' ? '；' : '; '),
  });
  const title = tt('chartTitle', { place: chart.place, indicator: indicatorName });
  return (
    <figure class="tracker-chart">
      <figcaption aria-hidden="true">{chart.place}</figcaption>
      <svg viewBox={`0 0 ${width} ${height}`} role="img" aria-labelledby={`${id}-title ${id}-desc`} preserveAspectRatio="xMidYMid meet">
        <title id={`${id}-title`}>{title}</title>
        <desc id={`${id}-desc`}>{desc}</desc>
        <g class="chart-grid">
          {chart.yTicks.map((t) => (
            <g key={t.value}>
              <line x1={left} x2={width - right} y1={t.at} y2={t.at} />
              <text x={left - 5} y={t.at} dy="0.32em" text-anchor="end">
                {axisLabel(t.value, chart.unit, language)}
              </text>
            </g>
          ))}
        </g>
        <g class="chart-years">
          <line x1={left} x2={width - right} y1={height - bottom} y2={height - bottom} />
          {chart.xTicks.map((t) => (
            <text key={t.value} x={t.at} y={height - bottom + 15} text-anchor="middle">
              {t.value}
            </text>
          ))}
        </g>
        <g class="chart-targets">
          {chart.targets.map((m) =>
            m.shape === 'band' ? (
              <rect key={m.year} class="chart-band" x={m.x - chart.halfStep} y={m.y1} width={chart.halfStep * 2} height={Math.max(m.y2 - m.y1, 1.5)}>
                <title>{`${m.year} ${tt('colTarget')} ${sideFigure(m.side, language)}`}</title>
              </rect>
            ) : (
              <line key={m.year} class="chart-mark" x1={m.x - chart.halfStep} x2={m.x + chart.halfStep} y1={m.y1} y2={m.y1}>
                <title>{`${m.year} ${tt('colTarget')} ${sideFigure(m.side, language)}`}</title>
              </line>
            ),
          )}
        </g>
        <g class="chart-results">
          {chart.results.map((p) => (
            <g key={p.year}>
              <title>{`${p.year} ${tt('colResult')} ${sideFigure(p.side, language)} · ${STATUS_LABELS[p.status][language]}`}</title>
              <ResultMark x={p.x} y={p.y} status={p.status} />
            </g>
          ))}
        </g>
        <rect class="chart-frame" x={left} y={top} width={width - left - right} height={height - top - bottom} />
      </svg>
    </figure>
  );
}
