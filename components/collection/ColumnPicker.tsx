import { useEffect, useRef, useState } from 'preact/hooks';
import { REQUIRED_COLUMN } from '../../lib/collection/column-choice';
import type { SortKey } from '../../lib/collection/sort';
import { COLUMNS } from './columns';
import { Icon } from './Icon';
import { t } from './i18n';

export interface ColumnPickerProps {
  shown: readonly SortKey[];
  onToggle: (key: SortKey) => void;
}

/** "Columns": a list of checkboxes, one per column of the table; Escape or a click elsewhere closes it. */
export function ColumnPicker({ shown, onToggle }: ColumnPickerProps) {
  const [open, setOpen] = useState(false);
  const root = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (!open) return;
    const away = (e: MouseEvent) => {
      if (!root.current?.contains(e.target as Node)) setOpen(false);
    };
    document.addEventListener('mousedown', away);
    return () => document.removeEventListener('mousedown', away);
  }, [open]);
  return (
    <div
      class="column-picker"
      ref={root}
      onKeyDown={(e) => {
        if (open && e.key === 'Escape') {
          e.stopPropagation();
          setOpen(false);
          button.current?.focus();
        }
      }}
    >
      <button
        ref={button}
        type="button"
        class="btn"
        aria-expanded={open}
        aria-controls="column-choices"
        title={t('columnsTitle')}
        onClick={() => setOpen(!open)}
      >
        <Icon name="columns" size={14} />
        {t('columns')}
      </button>
      {open && (
        <fieldset id="column-choices" class="column-choices">
          <legend class="visually-hidden">{t('columnsTitle')}</legend>
          {COLUMNS.map((c) => (
            <label key={c.key} class="column-choice">
              <input
                type="checkbox"
                checked={shown.includes(c.key)}
                disabled={c.key === REQUIRED_COLUMN}
                onChange={() => onToggle(c.key)}
              />
              {t(`col_${c.key}`)}
            </label>
          ))}
        </fieldset>
      )}
    </div>
  );
}
