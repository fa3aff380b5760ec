import { useEffect, useState } from 'preact/hooks';
import { indicatorName } from '../../lib/i18n/meaning';
import { INDICATOR_IDS, type IndicatorId } from '../../lib/store/records';
import type { PageTextProps } from './text';
import { trusted } from './trusted';

export interface MeaningEditorProps extends PageTextProps {
  metric: string;
  indicator: IndicatorId | null;
  disabled: boolean;
  /** Store the correction (the item is stored first if it was only detected). */
  onSave(meaning: { metric: string; indicator: IndicatorId | null }): void;
}

/**
 * The reader's correction of what a figure measures: its metric in words and its headline
 * indicator. Folded behind a button; Escape inside it folds it (the card's Escape is not reached).
 */
export function MeaningEditor({ metric, indicator, disabled, onSave, t, language }: MeaningEditorProps) {
  const [open, setOpen] = useState(false);
  const [draftMetric, setDraftMetric] = useState(metric);
  const [draftIndicator, setDraftIndicator] = useState<IndicatorId | ''>(indicator ?? '');
  const [problem, setProblem] = useState(false);
  // Another item's card, or a stored correction coming back: the draft starts again from it.
  useEffect(() => {
    setDraftMetric(metric);
    setDraftIndicator(indicator ?? '');
    setProblem(false);
  }, [metric, indicator]);
  if (!open) {
    return (
      <button type="button" class="btn btn-small meaning-open" disabled={disabled} aria-expanded="false" onClick={trusted(() => setOpen(true))}>
        {t('correctMeaning')}
      </button>
    );
  }
  const close = () => {
    setOpen(false);
    setDraftMetric(metric);
    setDraftIndicator(indicator ?? '');
    setProblem(false);
  };
  const save = () => {
    const trimmed = draftMetric.trim();
    if (!trimmed) return setProblem(true);
    onSave({ metric: trimmed, indicator: draftIndicator || null });
    setOpen(false);
  };
  return (
    <form
      class="meaning-editor"
      aria-label={t('correctMeaning')}
      // Never submitted to the page's address, whoever asks; saved for the reader's own input only.
      onSubmit={(e) => {
        e.preventDefault();
        if (e.isTrusted) save();
      }}
      onKeyDown={trusted((e) => {
        if (e.key !== 'Escape') return;
        e.preventDefault();
        e.stopPropagation();
        close();
      })}
    >
      <label class="meaning-field">
        <span>{t('metric')}</span>
        <input
          type="text"
          class="meaning-metric"
          value={draftMetric}
          maxLength={200}
          autoFocus
          aria-invalid={problem}
          onInput={trusted((e) => {
            setDraftMetric(e.currentTarget.value);
            setProblem(false);
          })}
        />
      </label>
      <label class="meaning-field">
        <span>{t('indicator')}</span>
        <select class="meaning-indicator" value={draftIndicator} onChange={trusted((e) => setDraftIndicator(e.currentTarget.value as IndicatorId | ''))}>
          <option value="">{t('noIndicator')}</option>
          {INDICATOR_IDS.map((id) => (
            <option key={id} value={id}>
              {indicatorName(id, language)}
            </option>
          ))}
        </select>
      </label>
      {problem && (
        <p class="field-error" role="alert">
          {t('metricEmpty')}
        </p>
      )}
      <div class="meaning-actions">
        <button type="submit" class="btn btn-small btn-primary" disabled={disabled}>
          {t('saveMeaning')}
        </button>
        <button type="button" class="btn btn-small meaning-cancel" onClick={trusted(close)}>
          {t('cancel')}
        </button>
      </div>
    </form>
  );
}
