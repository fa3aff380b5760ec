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
  /**
   * The reader is pressing on the card: years that come meanwhile wait until the press ends, since
   * they would move the card's controls away from under the pointer and the click would be lost.
   */
  hold?: boolean;
}

type State = { step: 'loading' } | { step: 'done'; history: History | null } | { step: 'failed' };
type Shown = { indicator: IndicatorId; state: State };

/**
 * A headline figure's other years, where the store has them: 2025 目标 ≥ 5.5% → 实际 5.5% · 完成.
 * Nothing is shown until there is a year to show; a failure to read says so in one line. Asked
 * again for the same indicator (the records changed), it keeps showing the years it has until the
 * new ones come, so the card does not flicker; and while the reader presses on the card, it keeps
 * them until the press ends, so that no control moves away from under the pointer.
 */
export function FigureHistory({ indicator, load, hold = false, t, language }: FigureHistoryProps) {
  const [state, setState] = useState<State>({ step: 'loading' });
  const asked = useRef<IndicatorId | null>(null);
  // What the reader sees: the latest answer, unless a press holds the one shown (of this indicator).
  // Newer years held back make the years shown busy (aria-busy) until the press ends.
  const shown = useRef<Shown>({ indicator, state });
  if (!hold) shown.current = { indicator, state };
  else if (shown.current.indicator !== indicator) shown.current = { indicator, state: { step: 'loading' } };
  const waiting = shown.current.state !== state;
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
  const { state: view } = shown.current;
  if (view.step === 'failed') return <p class="history-failed">{t('historyFailed')}</p>;
  if (view.step !== 'done' || !view.history?.rows.length) return null;
  const { place, rows } = view.history;
  const side = (s: HistorySide | null, none: string) => (s ? formatFigure(s, language) || s.words || none : none);
  return (
    <section class="history" aria-label={t('historyTitle', { place: place ?? '' })} aria-busy={waiting ? 'true' : undefined}>
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
