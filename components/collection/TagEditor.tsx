import { useEffect, useRef, useState } from 'preact/hooks';
import { addTags } from '../../lib/collection/tags-input';
import type { TagRecord } from '../../lib/store/records';
import { TagChip } from './TagChip';
import { t } from './i18n';

export interface TagEditorProps {
  tags: string[];
  known: ReadonlyMap<string, TagRecord>;
  onChange: (tags: string[]) => void;
  /** id of the input, for a <label for>. */
  inputId: string;
  autoFocus?: boolean;
}

/** Tag chips with remove buttons, and an input: Enter (or a comma) adds; Backspace on empty removes the last. */
export function TagEditor({ tags, known, onChange, inputId, autoFocus }: TagEditorProps) {
  const [text, setText] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const listId = `${inputId}-known`;
  const input = useRef<HTMLInputElement>(null);
  // The autofocus attribute works only as a page loads; an editor opened later focuses itself.
  useEffect(() => {
    if (autoFocus) input.current?.focus();
  }, [autoFocus]);

  const commit = (input: string) => {
    if (!input.trim()) return;
    const r = addTags(tags, input);
    if (r.problem) {
      setProblem(r.problem === 'tooLong' ? t('tagTooLong') : t('tagTooMany'));
      return;
    }
    setProblem(null);
    setText('');
    if (r.tags.length !== tags.length) onChange(r.tags);
  };

  return (
    <div class="tag-editor">
      <div class="tag-editor-chips">
        {tags.map((tag) => (
          <TagChip key={tag} name={tag} colour={known.get(tag)?.colour} onRemove={() => onChange(tags.filter((x) => x !== tag))} />
        ))}
        <input
          ref={input}
          id={inputId}
          class="tag-input"
          type="text"
          list={listId}
          value={text}
          placeholder={t('addTagPlaceholder')}
          aria-invalid={problem ? true : undefined}
          onInput={(e) => {
            const v = e.currentTarget.value;
            if (/[,，;；、]$/.test(v)) commit(v);
            else setText(v);
          }}
          onKeyDown={(e) => {
            if (e.key === 'Enter') {
              e.preventDefault();
              commit(text);
            } else if (e.key === 'Backspace' && text === '' && tags.length) {
              onChange(tags.slice(0, -1));
            }
          }}
          onBlur={() => commit(text)}
        />
        <datalist id={listId}>
          {[...known.keys()].filter((k) => !tags.includes(k)).map((k) => (
            <option key={k} value={k} />
          ))}
        </datalist>
      </div>
      {problem && (
        <p class="field-error" role="alert">
          {problem}
        </p>
      )}
    </div>
  );
}
