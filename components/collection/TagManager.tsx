import { useState } from 'preact/hooks';
import { LIMITS, TAG_PALETTE } from '../../lib/store/records';
import { deleteTag, renameTag, setTagColour } from './actions';
import { ConfirmDialog } from './ConfirmDialog';
import { failureText, t } from './i18n';

export interface TagManagerProps {
  name: string;
  colour: string;
  count: number;
  onResult: (tone: 'success' | 'error', text: string) => void;
  onClose: () => void;
}

/** Rename, recolour or delete one tag everywhere (through the background). */
export function TagManager({ name, colour, count, onResult, onClose }: TagManagerProps) {
  const [draft, setDraft] = useState(name);
  const [confirming, setConfirming] = useState(false);
  const id = `tag-manage-${name}`;
  const to = draft.trim();

  const run = async (op: () => Promise<string>) => {
    try {
      onResult('success', await op());
      onClose();
    } catch (e) {
      onResult('error', failureText(e));
    }
  };

  return (
    <div class="tag-manager" role="group" aria-label={t('manageTag', { tag: name })} onKeyDown={(e) => e.key === 'Escape' && onClose()}>
      <form
        class="tag-manager-row"
        onSubmit={(e) => {
          e.preventDefault();
          if (to && to !== name) void run(async () => t('tagRenamed', { from: name, to, count: (await renameTag(name, to)).changed }));
        }}
      >
        <label class="visually-hidden" for={id}>
          {t('tagName')}
        </label>
        <input id={id} type="text" value={draft} maxLength={LIMITS.tagLength} onInput={(e) => setDraft(e.currentTarget.value)} autoFocus />
        <button type="submit" class="btn btn-small" disabled={!to || to === name}>
          {t('tagRename')}
        </button>
      </form>
      <div class="tag-swatches" role="radiogroup" aria-label={t('tagColour')}>
        {TAG_PALETTE.map((c) => (
          <button
            key={c}
            type="button"
            role="radio"
            aria-checked={c.toLowerCase() === colour.toLowerCase()}
            aria-label={t('tagColourOption', { colour: c })}
            class="swatch"
            style={{ background: c }}
            onClick={() => void run(async () => (await setTagColour(name, c), t('saved')))}
          />
        ))}
      </div>
      <button type="button" class="btn-link tag-delete" onClick={() => setConfirming(true)}>
        {t('tagDelete')}
      </button>
      {confirming && (
        <ConfirmDialog
          title={t('tagDeleteConfirmTitle', { tag: name })}
          body={t('tagDeleteConfirmBody', { count })}
          confirmLabel={t('delete')}
          danger
          onConfirm={() => {
            setConfirming(false);
            void run(async () => t('tagDeleted', { tag: name, count: (await deleteTag(name)).changed }));
          }}
          onCancel={() => setConfirming(false)}
        />
      )}
    </div>
  );
}
