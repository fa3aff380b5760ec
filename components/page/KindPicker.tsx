import { ITEM_KINDS, type ItemKind } from '../../lib/store/records';
import type { PageTextProps } from './text';
import { trusted } from './trusted';

export interface KindPickerProps extends Pick<PageTextProps, 't'> {
  kind: ItemKind;
  disabled: boolean;
  onChange(kind: ItemKind): void;
}

/** Target / result / commitment, as three toggle buttons: a wrong kind is one click away. */
export function KindPicker({ kind, disabled, onChange, t }: KindPickerProps) {
  return (
    <div class="kinds" role="group" aria-label={t('kindLabel')}>
      {ITEM_KINDS.map((k) => (
        <button
          key={k}
          type="button"
          class={`kind kind-${k}`}
          aria-pressed={k === kind}
          disabled={disabled}
          onClick={trusted(() => k !== kind && onChange(k))}
        >
          {t(`kind_${k}`)}
        </button>
      ))}
    </div>
  );
}
