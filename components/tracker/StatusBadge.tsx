import type { LedgerStatus } from '../../lib/tracker';
import { STATUS_LABELS } from '../../lib/tracker';
import { language } from './i18n';

/** A sign for each status, so it reads without colour (print, colour blindness). */
export const STATUS_SIGNS: Readonly<Record<LedgerStatus, string>> = {
  met: '✓',
  missed: '✗',
  pending: '…',
  'no target': '–',
  unjudged: '?',
};

/** A row's status: sign, colour and word. */
export function StatusBadge({ status, count }: { status: LedgerStatus; count?: number }) {
  return (
    <span class={`status-badge status-${status.replace(' ', '-')}`}>
      <span class="status-sign" aria-hidden="true">
        {STATUS_SIGNS[status]}
      </span>
      {STATUS_LABELS[status][language]}
      {count !== undefined && <b class="status-count">{count}</b>}
    </span>
  );
}
