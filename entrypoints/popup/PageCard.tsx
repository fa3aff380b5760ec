import { useCallback, useEffect, useState } from 'preact/hooks';
import { isNeverReport } from '../../lib/collection/page-summary';
import { isNoReceiver } from '../../lib/page/run-on-tab';
import type { PageSummary } from '../../lib/page/summary';
import { ITEM_KINDS, reportIdFor, type ReportRecord } from '../../lib/store/records';
import { ReportIdentityLine } from '../../components/collection/ReportIdentityLine';
import { errorText } from '../../lib/messages';
import { deleteItems } from '../../components/collection/actions';
import { t } from '../../components/collection/i18n';
import { UNDO_MS } from '../../lib/collection/undo';
import { pageText } from '../../lib/i18n/page';
import { runOnTab, toTab, type TargetTab } from './active-tab';

export interface PageCardProps {
  tab: TargetTab | null;
  /** Still finding the tab. */
  loadingTab: boolean;
  /** Items stored per report (not dismissed): live from the database. */
  collectedByReport: ReadonlyMap<string, number>;
  /** The stored reports, live: this page's identity is shown (and corrected) from its record. */
  reports: ReadonlyMap<string, ReportRecord>;
}

function safeReportId(url: string | undefined): string | null {
  try {
    return url ? reportIdFor(url) : null;
  } catch {
    return null;
  }
}

const pageT = pageText();

type State =
  | { step: 'loading' }
  | { step: 'summary'; summary: PageSummary }
  | { step: 'noScript'; summary?: PageSummary }
  | { step: 'notWeb' };

/** The annotator has run on the page (or is running): its counts mean something. Not when the page does not read like a report, or has no text. */
const hasRun = (s: PageSummary) => s.state === 'ready' || s.state === 'running';

const RETRIES_AFTER_RUN = 8;
const RUNNING_POLL_MS = 300;

/** "This page": what the content script found here, by kind, and how many are collected; collect all, or run the extension here. */
export function PageCard({ tab, loadingTab, collectedByReport, reports }: PageCardProps) {
  const [state, setState] = useState<State>({ step: 'loading' });
  const [busy, setBusy] = useState<'collect' | 'run' | null>(null);
  const [message, setMessage] = useState<{ tone: 'error' | 'info'; text: string; undo?: string[] } | null>(null);

  // "Collect all" is undone like a delete: the offer stands for UNDO_MS.
  const undoIds = message?.undo;
  useEffect(() => {
    if (!undoIds) return;
    const timer = setTimeout(() => setMessage((m) => (m?.undo === undoIds ? { tone: 'info', text: m.text } : m)), UNDO_MS);
    return () => clearTimeout(timer);
  }, [undoIds]);

  const refresh = useCallback(async (): Promise<boolean> => {
    if (!tab || isNeverReport(tab.url)) {
      setState({ step: 'notWeb' });
      return false;
    }
    try {
      const summary = await toTab(tab.id, 'page/summary', {});
      if (hasRun(summary)) {
        setState({ step: 'summary', summary });
        return true;
      }
      // The content script is there but has not run (the page does not read like a report).
      setState({ step: 'noScript', summary });
      return false;
    } catch (e) {
      setState({ step: 'noScript' });
      if (!isNoReceiver(e)) setMessage({ tone: 'info', text: t('noAnswer') });
    }
    return false;
  }, [tab]);

  useEffect(() => {
    if (!loadingTab) void refresh();
  }, [loadingTab, refresh]);

  // While the page is still running, its counts grow: ask again.
  const running = state.step === 'summary' && state.summary.state === 'running';
  useEffect(() => {
    if (!running) return;
    const timer = setTimeout(() => void refresh(), RUNNING_POLL_MS);
    return () => clearTimeout(timer);
  }, [running, state, refresh]);

  const collectAll = async () => {
    if (!tab) return;
    setBusy('collect');
    setMessage(null);
    try {
      const { added, ids } = await toTab(tab.id, 'page/collectAll', {});
      setMessage({ tone: 'info', text: t('collectedN', { count: added }), ...(ids?.length ? { undo: ids } : {}) });
      await refresh();
    } catch (e) {
      setMessage({ tone: 'error', text: isNoReceiver(e) ? t('noAnswer') : t('collectFailed', { reason: errorText(e) }) });
    } finally {
      setBusy(null);
    }
  };

  /** Undo "collect all": the items it stored are deleted again (the page shows them as found, not collected). */
  const undoCollectAll = async (ids: string[]) => {
    setMessage(null);
    try {
      await deleteItems(ids);
      setMessage({ tone: 'info', text: pageT('collectAllUndone', { count: ids.length }) });
      await refresh();
    } catch (e) {
      setMessage({ tone: 'error', text: pageT('collectAllUndoFailed', { reason: errorText(e) }) });
    }
  };

  const runHere = async () => {
    if (!tab) return;
    setBusy('run');
    setMessage(null);
    try {
      const summary = await runOnTab(tab.id);
      let ok = false;
      if (hasRun(summary)) {
        setState({ step: 'summary', summary });
        ok = true;
      }
      for (let i = 0; i < RETRIES_AFTER_RUN && !ok; i++) {
        await new Promise((r) => setTimeout(r, 250));
        ok = await refresh();
      }
      if (!ok) setMessage({ tone: 'error', text: t('noAnswer') });
    } catch (e) {
      setMessage({ tone: 'error', text: t('runFailed', { reason: isNoReceiver(e) ? t('noAnswer') : errorText(e) }) });
    } finally {
      setBusy(null);
    }
  };

  const summary = state.step === 'summary' || state.step === 'noScript' ? state.summary : undefined;
  const title = summary?.title || tab?.title || tab?.url || '';
  const reportId = safeReportId(tab?.url) ?? summary?.reportId ?? null;
  const collected = reportId ? (collectedByReport.get(reportId) ?? 0) : null;
  const report = reportId && state.step !== 'notWeb' ? reports.get(reportId) : undefined;
  return (
    <section class="page-card" aria-labelledby="this-page-heading">
      <div class="page-card-head">
        <h2 id="this-page-heading">{t('thisPage')}</h2>
        {state.step !== 'notWeb' && (
          <span class="page-title" title={title}>
            {title}
          </span>
        )}
      </div>
      {report && (
        <p class="page-identity">
          <ReportIdentityLine report={report} onSaved={() => setMessage({ tone: 'info', text: t('identitySaved') })} />
        </p>
      )}
      {(loadingTab || state.step === 'loading') && <p class="muted">{t('pageLoading')}</p>}
      {state.step === 'notWeb' && !loadingTab && <p class="muted">{t('pageNotReport')}</p>}
      {state.step === 'summary' && (
        <div class="page-stats">
          <span class="muted">{t('found')}</span>
          {ITEM_KINDS.map((k) => (
            <span key={k} class={`kind-count kind-${k}`} data-kind={k}>
              {t(`kind_${k}`)} <b>{state.summary.found[k]}</b>
            </span>
          ))}
        </div>
      )}
      {state.step !== 'notWeb' && state.step !== 'loading' && (
        <div class="page-actions">
          {collected !== null && <span class="page-collected">{t('collected', { count: collected })}</span>}
          {state.step === 'summary' && (
            <button type="button" class="btn btn-small btn-primary" disabled={busy !== null} onClick={() => void collectAll()}>
              {busy === 'collect' ? t('collecting') : t('collectAll')}
            </button>
          )}
          {state.step === 'noScript' && (
            <>
              <span class="muted page-hint">{t('pageNoScript')}</span>
              <button type="button" class="btn btn-small btn-primary" disabled={busy !== null} onClick={() => void runHere()}>
                {busy === 'run' ? t('running') : t('runOnPage')}
              </button>
            </>
          )}
        </div>
      )}
      {message && (
        <p class={message.tone === 'error' ? 'field-error' : 'muted page-message'} role={message.tone === 'error' ? 'alert' : 'status'}>
          {message.text}
          {message.undo && (
            <>
              {' '}
              <button type="button" class="btn btn-small collect-undo" onClick={() => void undoCollectAll(message.undo!)}>
                {t('undo')}
              </button>
            </>
          )}
        </p>
      )}
    </section>
  );
}
