import { useState } from 'preact/hooks';
import type { TrackerEntry } from '../../lib/collection/tracker-data';
import { identityLine } from '../../lib/i18n/meaning';
import { reportName } from '../../lib/format';
import { language, tt } from './i18n';

export interface TrackerReportsProps {
  entries: readonly TrackerEntry[];
  /** Take a report out of the tracker (false) or put it back (true). */
  onInclude: (entry: TrackerEntry, included: boolean) => void;
  /** Report ids whose change is on its way. */
  busy: ReadonlySet<string>;
}

/**
 * The reports the tracker holds, each with a button to take it out or put it back. The list is
 * built when it is opened: folded, hundreds of reports cost the view's first paint nothing.
 */
export function TrackerReports({ entries, onInclude, busy }: TrackerReportsProps) {
  const [open, setOpen] = useState(false);
  return (
    <details class="tracker-reports" data-reports={entries.length} onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>{tt('reportsTitle', { count: entries.filter((e) => !e.removed).length })}</summary>
      {open && (
      <ul>
        {entries.map((e) => {
          const title = reportName(e.report, e.report.id);
          const identity = identityLine(e.report.identity, language);
          const tracked = !!e.report.identity.place && e.report.identity.year !== null;
          return (
            <li key={e.report.id} class={e.removed ? 'is-removed' : undefined}>
              <div class="tracker-report-text">
                <a href={e.report.url} target="_blank" rel="noopener" class="tracker-report-title">
                  {title}
                </a>
                <span class="muted">
                  {[identity, tt('reportFigures', { count: e.figures.length }), e.removed ? tt('reportRemoved') : '', tracked ? '' : tt('reportUnknown')]
                    .filter(Boolean)
                    .join(' · ')}
                </span>
              </div>
              <button
                type="button"
                class="btn btn-small"
                disabled={busy.has(e.report.id)}
                title={tt(e.removed ? 'addReportTitle' : 'removeReportTitle', { title })}
                aria-label={tt(e.removed ? 'addReportLabel' : 'removeReportLabel', { title })}
                onClick={() => onInclude(e, e.removed)}
              >
                {tt(e.removed ? 'addReport' : 'removeReport')}
              </button>
            </li>
          );
        })}
      </ul>
      )}
    </details>
  );
}
