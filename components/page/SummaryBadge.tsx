import { useEffect, useRef } from 'preact/hooks';
import { KIND_COLOURS } from '../../lib/page/highlighter';
import type { PageSummary } from '../../lib/page/summary';
import { ITEM_KINDS } from '../../lib/store/records';
import type { PageTextProps } from './text';
import { trusted } from './trusted';

export interface SummaryBadgeProps extends Pick<PageTextProps, 't'> {
  summary: PageSummary;
  /** The run failed: the badge says so (the open summary says why). */
  failed: boolean;
  onExpand(): void;
  /** The summary was just shrunk to it: the focus comes back here. */
  takeFocus: boolean;
}

/** The summary, small: the counts by kind in a badge; a click (or Enter) opens it. */
export function SummaryBadge({ summary, failed, onExpand, takeFocus, t }: SummaryBadgeProps) {
  const button = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (takeFocus) button.current?.focus();
  }, [takeFocus]);
  const busy = summary.state === 'running';
  // The visible counts are the button's name, framed for a screen reader by text it alone reads.
  return (
    <button ref={button} type="button" class="summary-badge" aria-expanded="false" title={t('openSummary')} onClick={trusted(onExpand)}>
      <span class="logo" aria-hidden="true">
        标
      </span>
      <span class="sr-only">{t('appName')}：</span>
      {failed ? (
        <span class="error">{t('failedShort')}</span>
      ) : busy ? (
        <span>{t('reading')}</span>
      ) : summary.state === 'no-text' ? (
        <span>{t('noTextShort')}</span>
      ) : (
        ITEM_KINDS.flatMap((k, i) => [
          i > 0 && (
            <span key={`${k}-sep`} class="sr-only">
              ，
            </span>
          ),
          <span key={k} class="mini-count" style={{ '--kind': KIND_COLOURS[k].strong }}>
            {t(`kinds_${k}`)} <b>{summary.found[k]}</b>
          </span>,
        ])
      )}
      <span class="sr-only">（{t('openSummary')}）</span>
    </button>
  );
}
