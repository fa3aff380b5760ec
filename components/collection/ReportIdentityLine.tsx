import { useState } from 'preact/hooks';
import { identityLine, levelLabel } from '../../lib/i18n/meaning';
import type { ReportIdentity, ReportRecord } from '../../lib/store/records';
import { setReportIdentity } from './actions';
import { failureText, language, t } from './i18n';
import { IdentityDialog } from './IdentityDialog';

export interface ReportIdentityLineProps {
  report: ReportRecord;
  /** Told once a correction is stored (a toast, a message); the dialog shows a failure itself. */
  onSaved?: (identity: ReportIdentity | null) => void;
  /** Store the correction; the background's report/setIdentity by default (a seam for tests). */
  save?: (reportId: string, identity: ReportIdentity | null) => Promise<unknown>;
  /** Place and year only (a list's group header); the whole line is the title. */
  compact?: boolean;
}

/**
 * Which report this is, in one line (安徽省 · 2026年 · 政府工作报告 · 省级), with the button that
 * opens the correction dialog. The store's record is watched live, so the line shows a saved
 * correction by itself.
 */
export function ReportIdentityLine({ report, onSaved, save = setReportIdentity, compact = false }: ReportIdentityLineProps) {
  const [editing, setEditing] = useState(false);
  const { identity } = report;
  const line = identityLine(identity, language);
  const level = identity.level ? levelLabel(identity.level, language) : '';
  const text = [line, level].filter(Boolean).join(' · ');
  const short = identityLine({ ...identity, genre: 'other' }, language);
  return (
    <span class={`identity-line ${compact ? 'identity-compact' : ''}`} data-report={report.id}>
      <span class="identity-text" title={compact ? text : undefined}>
        {(compact ? short : text) || t('identityNotRead')}
      </span>
      {report.identityCorrected && <span class="identity-corrected">{t('identityCorrected')}</span>}
      <button type="button" class="btn btn-link btn-small identity-edit" title={t('identityEdit')} aria-haspopup="dialog" onClick={() => setEditing(true)}>
        {t('identityEditShort')}
      </button>
      {editing && (
        <IdentityDialog
          report={report}
          onSave={async (next) => {
            try {
              await save(report.id, next);
            } catch (e) {
              throw new Error(t('saveFailed', { reason: failureText(e) }));
            }
            onSaved?.(next);
          }}
          onClose={() => setEditing(false)}
        />
      )}
    </span>
  );
}
