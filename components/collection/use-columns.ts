import { useCallback, useState } from 'preact/hooks';
import { defaultColumns, parseColumns, serialiseColumns, toggleColumn } from '../../lib/collection/column-choice';
import type { SortKey } from '../../lib/collection/sort';
import { COLUMN_KEYS } from './columns';

/** Where the reader's choice of columns is kept: the extension's own localStorage. */
export const COLUMNS_KEY = 'report-annotator.columns';

/** The table's columns: the reader's last choice (kept across visits), else the default for this window's width. */
export function useColumns(storage: Pick<Storage, 'getItem' | 'setItem'> = localStorage, width = globalThis.innerWidth) {
  const [keys, setKeys] = useState<SortKey[]>(() => parseColumns(storage.getItem(COLUMNS_KEY), COLUMN_KEYS) ?? defaultColumns(COLUMN_KEYS, width));
  const toggle = useCallback(
    (key: SortKey) =>
      setKeys((current) => {
        const next = toggleColumn(current, key, COLUMN_KEYS);
        try {
          storage.setItem(COLUMNS_KEY, serialiseColumns(next));
        } catch {
          // a full or refused storage: the choice holds for this visit
        }
        return next;
      }),
    [storage],
  );
  return { keys, toggle };
}
