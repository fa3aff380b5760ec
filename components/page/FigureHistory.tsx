import { useEffect, useRef, useState } from 'preact/hooks';
import { formatFigure } from '../../lib/format';
import type { FigureHistory as History, HistorySide } from '../../lib/store/tracker-history';
import type { IndicatorId } from '../../lib/store/records';
import { STATUS_LABELS } from '../../lib/tracker';
import type { PageTextProps } from './text';

export interface FigureHistoryProps extends PageTextProps {
  indicator: IndicatorId;
  /**
   * The tracker's rows for this report's place and indicator (the background's tracker/history).
   * Asked again whenever it is another function (PageApp gives a new one when the records change).
   */
  load(indicator: IndicatorId): Promise<History | null>;
}

type State = { step: 'loading' } | { step: 'done'; history: History | null } | { step: 'failed' };

/**
 * A headline figure's other years, where the store has them: 2025 目标 ≥ 5.5% → 实际 5.5% · 完成.
 * Nothing is shown until there is a year to show; a failure to read says so in one line. Asked
 * again for the same indicator (the records changed), it keeps showing the years it has until the
 * new ones come, so the card does not flicker.
 */
export function FigureHistory({ indicator, load, t, language }: FigureHistoryProps) {
  const [state, setState] = useState<State>({ step: 'loading' });
  const asked = useRef<IndicatorId | null>(null);
  useEffect(() => {
    let live = true;
    if (asked.current !== indicator) setState({ step: 'loading' });
    asked.current = indicator;
    load(indicator).then(
      (history) => live && setState({ step: 'done', history }),
      () => live && setState({ step: 'failed' }),
    );
    return () => {
      live = false;
    };
  }, [indicator, load]);
  if (state.step === 'failed') return <p class="history-failed">{t('historyFailed')}</p>;
  if (state.step !== 'done' || !state.history?.rows.length) return null;
  const { place, rows } = state.history;
  const side = (s: HistorySide | null, none: string) => (s ? formatFigure(s, language) || s.words || none : none);
  return (
    <section class="history" aria-label={t('historyTitle', { place: place ?? '' })}>
      <h3 class="history-title">{t('historyTitle', { place: place ?? '' })}</h3>
      <ul class="history-rows">
        {rows.map((row) => (
          <li key={row.year} class={`history-row status-${row.status.replace(' ', '-')}`} data-year={row.year}>
            <span>{t('historyRow', { year: row.year, target: side(row.target, t('historyNoTarget')), result: side(row.result, t('historyNoResult')) })}</span>
            <span class="history-status">{STATUS_LABELS[row.status][language]}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
