import { useEffect, useMemo, useState } from 'preact/hooks';
import { sideLink, trackerEntriesOf, trackerJson, trackerLedger, type TrackerEntry } from '../../lib/collection/tracker-data';
import {
  filterRows,
  indicatorChoices,
  indicatorLabel,
  levelChoices,
  lonePlaces,
  placeChoices,
  shownIndicator,
  statusCounts,
  tableRows,
  trackerCsvFileName,
  trackerJsonFileName,
  type TrackerFilter,
} from '../../lib/collection/tracker-view';
import { trackerCharts } from '../../lib/collection/tracker-view-chart';
import { ledgerToCsv, type LedgerSide } from '../../lib/tracker';
import { setTracked } from '../collection/actions';
import { downloadText } from '../collection/download';
import { failureText } from '../collection/i18n';
import { useTracker } from '../collection/use-tracker';
import type { ToastTone } from '../collection/use-toast';
import { JudgementRule } from './JudgementRule';
import { StatusBadge } from './StatusBadge';
import { TrackerCharts } from './TrackerCharts';
import { TrackerEmpty } from './TrackerEmpty';
import { TrackerFilters } from './TrackerFilters';
import { TrackerReports } from './TrackerReports';
import { TrackerTable } from './TrackerTable';
import { language, tt } from './i18n';
import './tracker.css';

export interface TrackerViewProps {
  /** The reader's choices, from the page's address (lib/collection/tracker-view-route.ts). */
  filter: TrackerFilter;
  onFilter: (filter: TrackerFilter) => void;
  onResult: (tone: ToastTone, text: string) => void;
}

/**
 * The 追踪 / Tracker view: for one indicator, each place's target of each year beside the result the
 * next year's report gives, judged by lib/tracker's one rule; as charts and as a table whose cells
 * open the report at the passage; filters, CSV and JSON export, and the reports it holds.
 * Everything is derived from the store's live tracker records (useTracker).
 */
export function TrackerView({ filter, onFilter, onResult }: TrackerViewProps) {
  const data = useTracker();
  const [busy, setBusy] = useState<ReadonlySet<string>>(new Set());

  const entries = useMemo(() => trackerEntriesOf(data.reports, data.headlines), [data.reports, data.headlines]);
  const ledger = useMemo(() => {
    const t0 = performance.now();
    const rows = trackerLedger(entries);
    performance.measure('tracker-ledger', { start: t0, end: performance.now() });
    return rows;
  }, [entries]);
  const choices = useMemo(() => indicatorChoices(ledger), [ledger]);
  const indicator = shownIndicator(choices, filter.indicator);
  const ofIndicator = useMemo(() => filterRows(ledger, { indicator, level: null, place: null }, indicator), [ledger, indicator]);
  const levels = useMemo(() => levelChoices(ofIndicator), [ofIndicator]);
  const places = useMemo(() => placeChoices(ofIndicator, filter.level), [ofIndicator, filter.level]);
  const rows = useMemo(() => filterRows(ofIndicator, filter, indicator), [ofIndicator, filter, indicator]);
  const table = useMemo(() => {
    // One lookup per side, not a scan of every report (300 reports × their rows).
    const byUrl = new Map(entries.map((e) => [e.report.url, e]));
    const linkOf = (side: LedgerSide) => {
      const entry = byUrl.get(side.file);
      return sideLink(side, entry ? [entry] : []);
    };
    return tableRows(rows, language, linkOf);
  }, [rows, entries]);
  const charts = useMemo(() => (indicator ? trackerCharts(rows, indicator) : { charts: [], otherUnits: 0 }), [rows, indicator]);
  const counts = useMemo(() => statusCounts(rows), [rows]);
  const lone = useMemo(() => lonePlaces(entries), [entries]);
  const indicatorName = indicator ? indicatorLabel(indicator, language) : '';
  const shownPlaces = useMemo(() => new Set(rows.map((r) => r.place)).size, [rows]);

  useEffect(() => {
    if (!data.loaded) return;
    performance.mark('tracker-rendered');
    requestAnimationFrame(() => setTimeout(() => performance.mark('tracker-painted'), 0));
  }, [data.loaded]);

  const exportCsv = () => {
    if (!indicator || !rows.length) return onResult('info', tt('nothingToExport'));
    try {
      const file = trackerCsvFileName(indicator);
      downloadText(file, ledgerToCsv(rows, language), 'text/csv;charset=utf-8');
      onResult('success', tt('exportedCsv', { count: rows.length, file }));
    } catch (e) {
      onResult('error', tt('exportFailed', { reason: failureText(e) }));
    }
  };

  const exportJson = () => {
    try {
      const json = trackerJson(entries);
      if (!json.rows.length) return onResult('info', tt('nothingToExport'));
      const file = trackerJsonFileName();
      downloadText(file, `${JSON.stringify(json, null, 2)}\n`, 'application/json');
      onResult('success', tt('exportedJson', { reports: json.reports.length, rows: json.rows.length, file }));
    } catch (e) {
      onResult('error', tt('exportFailed', { reason: failureText(e) }));
    }
  };

  const include = async (entry: TrackerEntry, included: boolean) => {
    const id = entry.report.id;
    const title = entry.report.title || entry.report.url;
    setBusy((b) => new Set(b).add(id));
    try {
      await setTracked(id, included);
      onResult('success', tt(included ? 'addedReport' : 'removedReport', { title }));
    } catch (e) {
      onResult('error', tt('saveFailed', { reason: failureText(e) }));
    } finally {
      setBusy((b) => {
        const next = new Set(b);
        next.delete(id);
        return next;
      });
    }
  };

  const anyIncluded = entries.some((e) => !e.removed);
  let body;
  if (data.error) {
    body = (
      <p class="field-error page-error" role="alert">
        {tt('dbFailed', { reason: data.error })}
      </p>
    );
  } else if (!data.loaded) {
    body = <p class="empty">{tt('loading')}</p>;
  } else if (!entries.length) {
    body = <TrackerEmpty />;
  } else {
    body = (
      <>
        {!anyIncluded && <p class="empty">{tt('emptyAllRemoved')}</p>}
        {anyIncluded && !ledger.length && <TrackerEmpty />}
        {lone.length > 0 && (
          <ul class="tracker-hints">
            {lone.map((p) => (
              <li key={p.place}>{tt('onePlaceOneYear', { place: p.place, year: p.year, next: p.year + 1 })}</li>
            ))}
          </ul>
        )}
        {indicator && (
          <>
            <h2 class="tracker-heading">{indicatorName}</h2>
            {rows.length ? (
              <>
                <p class="tracker-counts" aria-label={tt('statusCounts')}>
                  {counts.map((c) => (
                    <StatusBadge key={c.status} status={c.status} count={c.count} />
                  ))}
                </p>
                <TrackerCharts charts={charts} indicatorName={indicatorName} />
                <TrackerTable rows={table} indicatorName={indicatorName} />
              </>
            ) : (
              <p class="empty">{ofIndicator.length ? tt('emptyFiltered') : tt('emptyIndicator')}</p>
            )}
          </>
        )}
        <JudgementRule />
        <TrackerReports entries={entries} busy={busy} onInclude={(e, included) => void include(e, included)} />
      </>
    );
  }

  return (
    <main class="tracker-view" data-loaded={data.loaded ? 'true' : 'false'} aria-labelledby="tracker-title">
      <div class="toolbar tracker-toolbar">
        <h2 id="tracker-title" class="visually-hidden">
          {tt('trackerTitle')}
        </h2>
        <TrackerFilters indicators={choices} indicator={indicator} levels={levels} places={places} filter={filter} onChange={onFilter} />
        <div class="toolbar-end">
          <span class="list-summary" aria-live="polite">
            {data.loaded && indicator ? tt('rowsShown', { places: shownPlaces, rows: rows.length }) : ''}
          </span>
          <button type="button" class="btn btn-primary" disabled={!rows.length} title={tt('exportCsvTitle', { count: rows.length })} onClick={exportCsv}>
            {tt('exportCsv')}
          </button>
          <button type="button" class="btn" disabled={!ledger.length} title={tt('exportJsonTitle')} onClick={exportJson}>
            {tt('exportJson')}
          </button>
        </div>
      </div>
      <div class="tracker-scroll">
        <p class="tracker-intro muted">{tt('trackerIntro')}</p>
        {body}
      </div>
    </main>
  );
}
