import type { Ref } from 'preact';
import { useState } from 'preact/hooks';
import type { PageTextProps } from './text';
import { suggestTags } from '../../lib/page/tag-suggestions';
import { trusted } from './trusted';

export interface TagEditorProps extends Pick<PageTextProps, 't'> {
  tags: readonly string[];
  /** Tags used before, most used first. */
  known: readonly string[];
  /** Tags used last on this report, most recent first. */
  recent: readonly string[];
  disabled: boolean;
  /** The input, for the card to focus. */
  inputRef?: Ref<HTMLInputElement>;
  /** Add the typed tag(s); resolves true once they are stored. */
  onAdd(text: string): Promise<boolean>;
  onRemove(tag: string): void;
}

/** The item's tags as chips, an input (Enter adds), and a few of the reader's tags to pick from (more as they type). */
export function TagEditor({ tags, known, recent, disabled, inputRef, onAdd, onRemove, t }: TagEditorProps) {
  const [draft, setDraft] = useState('');
  const suggestions = suggestTags({ known, recent, onItem: tags, typed: draft });
  /**
   * The input is cleared only once the tags are stored: when saving fails (a full disk, a tag too
   * long) the reader keeps what they typed. Text typed meanwhile is not thrown away either.
   */
  const add = async (text: string, typed: string) => {
    if (!text.trim()) return;
    if (await onAdd(text)) setDraft((now) => (now === typed ? '' : now));
  };
  return (
    <div class="tags">
      <div class="tag-list">
        {tags.map((tag) => (
          <span key={tag} class="tag">
            {tag}
            <button type="button" class="tag-remove" aria-label={t('removeTag', { tag })} disabled={disabled} onClick={trusted(() => onRemove(tag))}>
              ×
            </button>
          </span>
        ))}
        <input
          class="tag-input"
          type="text"
          value={draft}
          placeholder={t('tagPlaceholder')}
          aria-label={t('tags')}
          ref={inputRef}
          onInput={trusted((e) => setDraft(e.currentTarget.value))}
          onKeyDown={trusted((e) => {
            // An IME is composing: Enter picks the characters, it does not add the tag.
            if (e.key === 'Enter' && !e.isComposing) {
              e.preventDefault();
              void add(draft, draft);
            }
          })}
        />
      </div>
      {suggestions.length > 0 && (
        <div class="suggestions" role="group" aria-label={t('suggestedTags')}>
          {suggestions.map((s) => (
            <button key={s} type="button" class="suggestion" disabled={disabled} onClick={trusted(() => void add(s, draft))}>
              + {s}
            </button>
          ))}
        </div>
      )}
    </div>
  );
}
