import { useEffect, useRef, useState } from 'preact/hooks';
import { draftOfIdentity, identityOfDraft, type IdentityDraft } from '../../lib/collection/identity-form';
import { reportName } from '../../lib/format';
import { GENRE_LABELS, LEVEL_LABELS } from '../../lib/i18n/meaning';
import { REPORT_GENRES, REPORT_LEVELS, type ReportGenre, type ReportIdentity, type ReportLevel, type ReportRecord } from '../../lib/store/records';
import { language, t } from './i18n';

export interface IdentityDialogProps {
  report: ReportRecord;
  /** Store the correction (null: read it from the text again); resolves once stored, rejects with the reason. */
  onSave: (identity: ReportIdentity | null) => Promise<void>;
  onClose: () => void;
}

/**
 * The reader's correction of which report this is: place, level, year, genre. A modal form; Escape
 * or Cancel changes nothing. Saved, later visits keep it; "read from the text again" drops it.
 */
export function IdentityDialog({ report, onSave, onClose }: IdentityDialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const [draft, setDraft] = useState<IdentityDraft>(() => draftOfIdentity(report.identity));
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    const d = ref.current;
    if (d && !d.open) d.showModal();
  }, []);
  const set = (patch: Partial<IdentityDraft>) => {
    setDraft({ ...draft, ...patch });
    setProblem(null);
  };
  const save = async (identity: ReportIdentity | null) => {
    setBusy(true);
    try {
      await onSave(identity);
      onClose();
    } catch (e) {
      setProblem(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  };
  const submit = (e: Event) => {
    e.preventDefault();
    const result = identityOfDraft(draft);
    if (!result.ok) setProblem(t(result.problem === 'year' ? 'identityYearInvalid' : 'identityPlaceTooLong'));
    else void save(result.identity);
  };
  return (
    <dialog
      ref={ref}
      class="confirm-dialog identity-dialog"
      aria-labelledby="identity-title"
      aria-describedby="identity-hint"
      onCancel={(e) => {
        e.preventDefault();
        onClose();
      }}
      // Escape closes this dialog only, not the panel it was opened from (the details' own Escape).
      onKeyDown={(e) => e.key === 'Escape' && e.stopPropagation()}
    >
      <form onSubmit={submit}>
        <h2 id="identity-title">{t('identityTitle')}</h2>
        <p class="identity-report" title={report.url}>
          {reportName(report, report.id)}
        </p>
        <p id="identity-hint" class="muted">
          {t('identityHint')}
        </p>
        <div class="identity-fields">
          <label for="identity-place">{t('identityPlace')}</label>
          <input
            id="identity-place"
            type="text"
            value={draft.place}
            placeholder={t('identityPlaceHint')}
            maxLength={100}
            autoFocus
            onInput={(e) => set({ place: e.currentTarget.value })}
          />
          <label for="identity-level">{t('identityLevel')}</label>
          <select id="identity-level" value={draft.level} onChange={(e) => set({ level: e.currentTarget.value as ReportLevel | '' })}>
            <option value="">{t('identityUnknown')}</option>
            {REPORT_LEVELS.map((level) => (
              <option key={level} value={level}>
                {LEVEL_LABELS[level][language]}
              </option>
            ))}
          </select>
          <label for="identity-year">{t('identityYear')}</label>
          <input
            id="identity-year"
            type="text"
            inputMode="numeric"
            value={draft.year}
            placeholder="2026"
            aria-invalid={problem === t('identityYearInvalid')}
            onInput={(e) => set({ year: e.currentTarget.value })}
          />
          <label for="identity-genre">{t('identityGenre')}</label>
          <select id="identity-genre" value={draft.genre} onChange={(e) => set({ genre: e.currentTarget.value as ReportGenre })}>
            {REPORT_GENRES.map((genre) => (
              <option key={genre} value={genre}>
                {GENRE_LABELS[genre][language]}
              </option>
            ))}
          </select>
        </div>
        {problem && (
          <p class="field-error" role="alert">
            {problem}
          </p>
        )}
        <div class="confirm-actions">
          {report.identityCorrected && (
            <button type="button" class="btn btn-link identity-reset" title={t('identityResetTitle')} disabled={busy} onClick={() => void save(null)}>
              {t('identityReset')}
            </button>
          )}
          <button type="button" class="btn" disabled={busy} onClick={onClose}>
            {t('cancel')}
          </button>
          <button type="submit" class="btn btn-primary" disabled={busy}>
            {t('identitySave')}
          </button>
        </div>
      </form>
    </dialog>
  );
}
