import { useEffect, useMemo, useState } from 'preact/hooks';
import { sideLink, trackerEntriesOf, trackerJson, trackerLedger, type TrackerEntry } from '../../lib/collection/tracker-data';
import {
  filterPlaces,
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
  type TrackedRow,
  type TrackerFilter,
} from '../../lib/collection/tracker-view';
import { scaleOfIndicator, scaleOfUnit, trackerCharts, usualUnit } from '../../lib/collection/tracker-view-chart';
import { collectedMetrics, metricCsv, metricRows } from '../../lib/collection/tracker-view-metric';
import type { ItemRecord, ReportRecord } from '../../lib/store/records';
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
  /** Every collected item, once the page has read them all (null until then): their metrics can be followed too. */
  collected: readonly ItemRecord[] | null;
  /** Every report, for the collected items' place and year. */
  reports: ReadonlyMap<string, ReportRecord>;
  onFilter: (filter: TrackerFilter) => void;
  onResult: (tone: ToastTone, text: string) => void;
}

/**
 * The 追踪 / Tracker view: for one indicator, each place's target of each year beside the result the
 * next year's report gives, judged by lib/tracker's one rule; as charts and as a table whose cells
 * open the report at the passage; filters, CSV and JSON export, and the reports it holds.
 * Everything is derived from the store's live tracker records (useTracker).
 */
export function TrackerView({ filter, collected, reports, onFilter, onResult }: TrackerViewProps) {
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
  const metrics = useMemo(() => (collected ? collectedMetrics(collected, reports) : []), [collected, reports]);
  // A collected metric, when chosen, stands instead of a headline indicator.
  const metric = filter.metric;
  const indicator = metric === null ? shownIndicator(choices, filter.indicator) : null;
  const ofIndicator = useMemo(() => filterRows(ledger, { level: null, place: null }, indicator), [ledger, indicator]);
  const ofChoice: TrackedRow[] = useMemo(
    () => (metric === null ? ofIndicator : collected ? metricRows(metric, collected, reports) : []),
    [metric, ofIndicator, collected, reports],
  );
  const levels = useMemo(() => levelChoices(ofChoice), [ofChoice]);
  const places = useMemo(() => placeChoices(ofChoice, filter.level), [ofChoice, filter.level]);
  const rows = useMemo(() => filterPlaces(ofChoice, filter), [ofChoice, filter]);
  const table = useMemo(() => {
    // One lookup per side, not a scan of every report (300 reports × their rows).
    const byUrl = new Map(entries.map((e) => [e.report.url, e]));
    const linkOf = (side: LedgerSide) => {
      const entry = byUrl.get(side.file);
      // A collected item's report may hold no tracker record: its passage link from the side alone.
      return sideLink(side, entry ? [entry] : []);
    };
    return tableRows(rows, language, linkOf);
  }, [rows, entries]);
  const charts = useMemo(
    () => trackerCharts(rows, indicator ? scaleOfIndicator(indicator) : scaleOfUnit(usualUnit(rows))),
    [rows, indicator],
  );
  const counts = useMemo(() => statusCounts(rows), [rows]);
  const lone = useMemo(() => lonePlaces(entries), [entries]);
  const indicatorName = metric ?? (indicator ? indicatorLabel(indicator, language) : '');
  const chosen = metric !== null || indicator !== null;
  const shownPlaces = useMemo(() => new Set(rows.map((r) => r.place)).size, [rows]);

  useEffect(() => {
    if (!data.loaded) return;
    performance.mark('tracker-rendered');
    requestAnimationFrame(() => setTimeout(() => performance.mark('tracker-painted'), 0));
  }, [data.loaded]);

  const exportCsv = () => {
    if (!chosen || !rows.length) return onResult('info', tt('nothingToExport'));
    try {
      const file = trackerCsvFileName(metric ?? indicator!);
      const csv = metric !== null ? metricCsv(metric, rows) : ledgerToCsv(filterPlaces(ofIndicator, filter), language);
      downloadText(file, csv, 'text/csv;charset=utf-8');
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
  } else if (!entries.length && metric === null && !metrics.length) {
    body = <TrackerEmpty />;
  } else {
    body = (
      <>
        {entries.length > 0 && !anyIncluded && <p class="empty">{tt('emptyAllRemoved')}</p>}
        {(!entries.length || (anyIncluded && !ledger.length)) && metric === null && <TrackerEmpty />}
        {lone.length > 0 && (
          <ul class="tracker-hints">
            {lone.map((p) => (
              <li key={p.place}>{tt('onePlaceOneYear', { place: p.place, year: p.year, next: p.year + 1 })}</li>
            ))}
          </ul>
        )}
        {chosen && (
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
              <p class="empty">{ofChoice.length ? tt('emptyFiltered') : metric !== null && !collected ? tt('loading') : tt('emptyIndicator')}</p>
            )}
          </>
        )}
        <JudgementRule metric={metric !== null} />
        {entries.length > 0 && <TrackerReports entries={entries} busy={busy} onInclude={(e, included) => void include(e, included)} />}
      </>
    );
  }

  return (
    <main class="tracker-view" data-loaded={data.loaded ? 'true' : 'false'} aria-labelledby="tracker-title">
      <div class="toolbar tracker-toolbar">
        <h2 id="tracker-title" class="visually-hidden">
          {tt('trackerTitle')}
        </h2>
        <TrackerFilters indicators={choices} indicator={indicator} metrics={metrics} levels={levels} places={places} filter={filter} onChange={onFilter} />
        <div class="toolbar-end">
          <span class="list-summary" aria-live="polite">
            {data.loaded && chosen ? tt('rowsShown', { places: shownPlaces, rows: rows.length }) : ''}
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
