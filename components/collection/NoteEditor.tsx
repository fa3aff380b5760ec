import { useState } from 'preact/hooks';
import { LIMITS } from '../../lib/store/records';
import { t } from './i18n';

export interface NoteEditorProps {
  note: string;
  onSave: (note: string) => void;
  inputId: string;
  rows?: number;
}

/**
 * A note field that saves when it loses focus (or on Ctrl/⌘+Enter). Escape over unsaved text
 * restores the stored text; over none, it goes on to whatever Escape closes.
 */
export function NoteEditor({ note, onSave, inputId, rows = 2 }: NoteEditorProps) {
  // The reader's unsaved text; null while they are not editing, when the stored note shows, so
  // a change made elsewhere (another tab, the page) shows up unless the reader is mid-edit.
  const [draft, setDraft] = useState<string | null>(null);

  const save = () => {
    if (draft === null) return;
    setDraft(null);
    if (draft !== note) onSave(draft);
  };

  return (
    <textarea
      id={inputId}
      class="note-input"
      rows={rows}
      maxLength={LIMITS.noteLength}
      value={draft ?? note}
      placeholder={t('notePlaceholder')}
      onInput={(e) => setDraft(e.currentTarget.value)}
      onBlur={save}
      onKeyDown={(e) => {
        if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
          e.preventDefault();
          save();
        } else if (e.key === 'Escape' && draft !== null && draft !== note) {
          e.stopPropagation();
          setDraft(null);
        }
      }}
    />
  );
}
