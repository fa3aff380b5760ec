import { useEffect, useState } from 'preact/hooks';
import type { PageTextProps } from './text';
import { trusted } from './trusted';

export interface NoteEditorProps extends Pick<PageTextProps, 't'> {
  note: string;
  disabled: boolean;
  onSave(note: string): void;
}

/** The item's note: edited freely, saved with the button, Ctrl/⌘+Enter, or when focus leaves it. */
export function NoteEditor({ note, disabled, onSave, t }: NoteEditorProps) {
  const [draft, setDraft] = useState(note);
  // A saved note coming back (or another item's) replaces the draft.
  useEffect(() => setDraft(note), [note]);
  const dirty = draft !== note;
  const save = () => {
    if (dirty) onSave(draft);
  };
  return (
    <div class="note">
      <textarea
        class="note-input"
        rows={2}
        value={draft}
        placeholder={t('notePlaceholder')}
        aria-label={t('note')}
        onInput={trusted((e) => setDraft(e.currentTarget.value))}
        onBlur={trusted(save)}
        onKeyDown={trusted((e) => {
          if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
            e.preventDefault();
            save();
          }
        })}
      />
      {dirty && (
        <button type="button" class="btn btn-small" disabled={disabled} onClick={trusted(save)}>
          {t('saveNote')}
        </button>
      )}
    </div>
  );
}
