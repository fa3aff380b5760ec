import { defaultTagColour } from '../../lib/store/records';
import { t } from './i18n';

export interface TagChipProps {
  name: string;
  colour?: string | undefined;
  /** Shown as a small × button when given. */
  onRemove?: (() => void) | undefined;
}

export function TagChip({ name, colour, onRemove }: TagChipProps) {
  return (
    <span class="tag-chip" style={{ '--tag-colour': colour ?? defaultTagColour(name) }}>
      <span class="tag-dot" aria-hidden="true" />
      <span class="tag-name">{name}</span>
      {onRemove && (
        <button type="button" class="tag-remove" aria-label={t('removeTag', { tag: name })} title={t('removeTag', { tag: name })} onClick={onRemove}>
          ×
        </button>
      )}
    </span>
  );
}
