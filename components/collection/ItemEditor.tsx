import type { ItemPatch, ItemRecord, TagRecord } from '../../lib/store/records';
import { NoteEditor } from './NoteEditor';
import { TagEditor } from './TagEditor';
import { t } from './i18n';

export interface ItemEditorProps {
  item: ItemRecord;
  knownTags: ReadonlyMap<string, TagRecord>;
  onPatch: (patch: ItemPatch) => void;
  onDone?: (() => void) | undefined;
  noteRows?: number;
  /** Focus the tag input as the editor opens (the popup's inline editor, opened by its button). */
  autoFocus?: boolean;
}

/** Tags and note of one item, edited in place; each change is saved through the background. */
export function ItemEditor({ item, knownTags, onPatch, onDone, noteRows, autoFocus = false }: ItemEditorProps) {
  const tagsId = `tags-${item.id}`;
  const noteId = `note-${item.id}`;
  return (
    <div
      class="item-editor"
      onKeyDown={(e) => {
        if (e.key !== 'Escape' || !onDone) return;
        e.preventDefault();
        e.stopPropagation();
        onDone();
      }}
    >
      <label class="field-label" for={tagsId}>
        {t('tagsLabel')}
      </label>
      <TagEditor tags={item.tags} known={knownTags} inputId={tagsId} autoFocus={autoFocus} onChange={(tags) => onPatch({ tags })} />
      <label class="field-label" for={noteId}>
        {t('noteLabel')}
      </label>
      <NoteEditor note={item.note} inputId={noteId} rows={noteRows} onSave={(note) => onPatch({ note })} />
      {onDone && (
        <div class="item-editor-actions">
          <button type="button" class="btn btn-small btn-primary" onClick={onDone}>
            {t('done')}
          </button>
        </div>
      )}
    </div>
  );
}
