import { useState } from 'preact/hooks';
import type { TagRecord } from '../../lib/store/records';
import { t } from './i18n';

export interface BulkBarProps {
  count: number;
  knownTags: ReadonlyMap<string, TagRecord>;
  onTag: (tag: string) => void;
  onUntag: (tag: string) => void;
  onDelete: () => void;
  onClear: () => void;
}

/** Actions on the selected rows: add or remove a tag, delete (undoable). */
export function BulkBar({ count, knownTags, onTag, onUntag, onDelete, onClear }: BulkBarProps) {
  const [tag, setTag] = useState('');
  const trimmed = tag.trim();
  return (
    <div class="bulk-bar" role="toolbar" aria-label={t('selectedN', { count })}>
      <span class="bulk-count">{t('selectedN', { count })}</span>
      <label class="visually-hidden" for="bulk-tag">
        {t('bulkTagInput')}
      </label>
      <input
        id="bulk-tag"
        class="bulk-tag-input"
        type="text"
        list="bulk-tag-known"
        value={tag}
        placeholder={t('bulkTagInput')}
        onInput={(e) => setTag(e.currentTarget.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter' && trimmed) {
            onTag(trimmed);
            setTag('');
          }
        }}
      />
      <datalist id="bulk-tag-known">
        {[...knownTags.keys()].map((k) => (
          <option key={k} value={k} />
        ))}
      </datalist>
      <button type="button" class="btn btn-small" disabled={!trimmed} onClick={() => (onTag(trimmed), setTag(''))}>
        {t('bulkTagAdd')}
      </button>
      <button type="button" class="btn btn-small" disabled={!trimmed} onClick={() => (onUntag(trimmed), setTag(''))}>
        {t('bulkTagRemove')}
      </button>
      <span class="bulk-sep" />
      <button type="button" class="btn btn-small btn-danger" onClick={onDelete}>
        {t('bulkDelete')}
      </button>
      <button type="button" class="btn-link" onClick={onClear}>
        {t('clearSelection')}
      </button>
    </div>
  );
}
