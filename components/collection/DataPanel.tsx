import { useState } from 'preact/hooks';
import { backupJsonFileName } from '../../lib/collection/file-names';
import { importFileProblem, importResult } from '../../lib/collection/import-file';
import { serialiseBackup } from '../../lib/backup/format';
import { clearAll, exportBackup, importBackup } from './actions';
import { ConfirmDialog } from './ConfirmDialog';
import { downloadText } from './download';
import { Icon } from './Icon';
import { failureText, t } from './i18n';

export interface DataPanelProps {
  counts: { reports: number; items: number; tags: number };
  onResult: (tone: 'success' | 'error' | 'info', text: string, details?: string[]) => void;
}

/** JSON backup, import (validated whole before anything changes), and clear all (confirmed). */
export function DataPanel({ counts, onResult }: DataPanelProps) {
  const [busy, setBusy] = useState<'backup' | 'import' | 'clear' | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [errors, setErrors] = useState<string[] | null>(null);

  const backup = async () => {
    setBusy('backup');
    try {
      const file = backupJsonFileName();
      const data = await exportBackup();
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
    setErrors(null);
    const problem = importFileProblem(file);
    if (problem) {
      setErrors([problem === 'empty' ? t('importEmpty') : t('importTooLarge')]);
      return;
    }
    setBusy('import');
    try {
      let text: string;
      try {
        text = await file.text();
      } catch (e) {
        setErrors([t('importReadFailed', { reason: failureText(e) })]);
        return;
      }
      const outcome = await importBackup(text);
      if (outcome.ok) {
        const { text: message, details } = importResult(outcome.summary, t);
        onResult('success', message, details.length ? details : undefined);
      }
      else setErrors(outcome.errors);
    } catch (e) {
      setErrors([failureText(e)]);
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
        <button type="button" class="btn btn-danger-outline" disabled={busy !== null || counts.items + counts.reports === 0} onClick={() => setConfirming(true)}>
          {t('clearAll')}
        </button>
      </div>
      {errors && (
        <div class="import-errors" role="alert" data-testid="import-errors">
          <div class="import-errors-head">
            <strong>{t('importRefused')}</strong>
            <button type="button" class="icon-btn" aria-label={t('dismiss')} title={t('dismiss')} onClick={() => setErrors(null)}>
              <Icon name="close" />
            </button>
          </div>
          <ul>
            {errors.map((e, i) => (
              <li key={i}>{e}</li>
            ))}
          </ul>
        </div>
      )}
      {confirming && (
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
