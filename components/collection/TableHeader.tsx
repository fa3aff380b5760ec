import type { SortKey, SortSpec } from '../../lib/collection/sort';
import { gridTemplate, type Column } from './columns';
import { t } from './i18n';

export interface TableHeaderProps {
  columns: readonly Column[];
  sort: SortSpec;
  onSort: (key: SortKey) => void;
  selection: 'all' | 'some' | 'none';
  onSelectAll: (select: boolean) => void;
  disabled: boolean;
}

/** Column headings: each a button that sorts (aria-sort says how); a checkbox selects every row shown. */
export function TableHeader({ columns, sort, onSort, selection, onSelectAll, disabled }: TableHeaderProps) {
  return (
    <div class="table-row table-head" role="row" style={{ gridTemplateColumns: gridTemplate(columns) }}>
      <div class="cell cell-select" role="columnheader">
        <input
          type="checkbox"
          aria-label={t('selectAll')}
          title={t('selectAll')}
          disabled={disabled}
          checked={selection === 'all'}
          indeterminate={selection === 'some'}
          onChange={(e) => onSelectAll(e.currentTarget.checked)}
        />
      </div>
      {columns.map((c) => {
        const active = sort.key === c.key;
        const label = t(`col_${c.key}`);
        return (
          <div
            key={c.key}
            class={`cell ${c.align === 'end' ? 'cell-end' : ''}`}
            role="columnheader"
            aria-sort={active ? (sort.dir === 'asc' ? 'ascending' : 'descending') : 'none'}
          >
            <button type="button" class={`sort-btn ${active ? 'is-sorted' : ''}`} title={t('sortBy', { column: label })} onClick={() => onSort(c.key)}>
              <span>{label}</span>
              <span class="sort-arrow" aria-hidden="true">
                {active ? (sort.dir === 'asc' ? '▲' : '▼') : '↕'}
              </span>
            </button>
          </div>
        );
      })}
    </div>
  );
}
