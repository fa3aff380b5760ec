import { useState } from 'preact/hooks';
import { backupJsonFileName } from '../../lib/collection/file-names';
import { importFileProblem, importRefused, importResult, type ImportMessage } from '../../lib/collection/import-file';
import { serialiseBackup } from '../../lib/backup/format';
import { clearAll, importBackup } from './actions';
import { readBackup } from './db';
import { ConfirmDialog } from './ConfirmDialog';
import { downloadText } from './download';
import { failureText, language, t } from './i18n';
import type { ToastTone } from './use-toast';

export interface DataPanelProps {
  /** What is stored; null until every item is read (clearing waits for it, to say what it deletes). */
  counts: { reports: number; items: number; tags: number } | null;
  /** Every outcome, an import's included, is one message in the page's one message place (the toast). */
  onResult: (tone: ToastTone, text: string, details?: string[]) => void;
}

/**
 * JSON backup, import (a file that is no backup changes nothing; bad records are left out
 * and named), and clear all (confirmed).
 */
export function DataPanel({ counts, onResult }: DataPanelProps) {
  const [busy, setBusy] = useState<'backup' | 'import' | 'clear' | null>(null);
  const [confirming, setConfirming] = useState(false);
  const say = (m: ImportMessage) => onResult(m.tone, m.text, m.details.length ? m.details : undefined);

  const backup = async () => {
    setBusy('backup');
    try {
      const file = backupJsonFileName();
      const data = await readBackup();
      downloadText(file, serialiseBackup(data), 'application/json');
      onResult('success', t('backedUp', { items: data.items.length, reports: data.reports.length, file }));
    } catch (e) {
      onResult('error', t('exportFailed', { reason: failureText(e) }));
    } finally {
      setBusy(null);
    }
  };

  const importFile = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    input.value = ''; // choosing the same file again must fire change again
    if (!file) return;
    const problem = importFileProblem(file);
    if (problem) {
      say(importRefused([problem === 'empty' ? t('importEmpty') : t('importTooLarge')], t, language));
      return;
    }
    setBusy('import');
    try {
      let text: string;
      try {
        text = await file.text();
      } catch (e) {
        say(importRefused([t('importReadFailed', { reason: failureText(e) })], t, language));
        return;
      }
      const outcome = await importBackup(text);
      say(outcome.ok ? importResult(outcome.summary, t, language) : importRefused(outcome.errors, t, language));
    } catch (e) {
      onResult('error', t('importFailed', { reason: failureText(e) }));
    } finally {
      setBusy(null);
    }
  };

  const clear = async () => {
    setConfirming(false);
    setBusy('clear');
    try {
      await clearAll();
      onResult('success', t('cleared'));
    } catch (e) {
      onResult('error', failureText(e));
    } finally {
      setBusy(null);
    }
  };

  return (
    <div class="data-panel">
      <div class="data-actions" role="group" aria-label={t('data')}>
        <button type="button" class="btn" title={t('backupTitle')} disabled={busy !== null} onClick={() => void backup()}>
          {t('backupJson')}
        </button>
        <label class={`btn file-btn ${busy !== null ? 'is-disabled' : ''}`} title={t('importChoose')}>
          {busy === 'import' ? t('importing') : t('importJson')}
          <input
            type="file"
            class="visually-hidden"
            accept=".json,application/json"
            aria-label={t('importChoose')}
            disabled={busy !== null}
            data-testid="import-input"
            onChange={(e) => void importFile(e.currentTarget)}
          />
        </label>
        <button type="button" class="btn btn-danger-outline" disabled={busy !== null || !counts || counts.items + counts.reports === 0} onClick={() => setConfirming(true)}>
          {t('clearAll')}
        </button>
      </div>
      {confirming && counts && (
        <ConfirmDialog
          title={t('clearConfirmTitle')}
          body={t('clearConfirmBody', counts)}
          confirmLabel={t('clearConfirm')}
          danger
          onConfirm={() => void clear()}
          onCancel={() => setConfirming(false)}
        />
      )}
    </div>
  );
}
