import { useEffect, useState } from 'preact/hooks';
import { LIMITS } from '../../lib/store/records';
import { t } from './i18n';

export interface NoteEditorProps {
  note: string;
  onSave: (note: string) => void;
  inputId: string;
  rows?: number;
}

/** A note field that saves when it loses focus (or on Ctrl/⌘+Enter); Escape restores the stored text. */
export function NoteEditor({ note, onSave, inputId, rows = 2 }: NoteEditorProps) {
  const [draft, setDraft] = useState(note);
  const [dirty, setDirty] = useState(false);
  // A change made elsewhere (another tab, the page) shows up unless the reader is mid-edit.
  useEffect(() => {
    if (!dirty) setDraft(note);
  }, [note, dirty]);

  const save = () => {
    if (!dirty) return;
    setDirty(false);
    if (draft !== note) onSave(draft);
  };

  return (
    <textarea
      id={inputId}
      class="note-input"
      rows={rows}
      maxLength={LIMITS.noteLength}
      value={draft}
      placeholder={t('notePlaceholder')}
      onInput={(e) => {
        setDraft(e.currentTarget.value);
        setDirty(true);
      }}
      onBlur={save}
      onKeyDown={(e) => {
        if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
          e.preventDefault();
          save();
        } else if (e.key === 'Escape') {
          e.stopPropagation();
          setDraft(note);
          setDirty(false);
        }
      }}
    />
  );
}
