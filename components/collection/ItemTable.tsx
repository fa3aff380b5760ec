import { useRef, useState } from 'preact/hooks';
import { fixedWindow } from '../../lib/collection/virtual';
import type { SortKey, SortSpec } from '../../lib/collection/sort';
import type { ItemRecord, ReportRecord, TagRecord } from '../../lib/store/records';
import { ROW_HEIGHT, gridTemplate, tableWidth, type Column } from './columns';
import { TableHeader } from './TableHeader';
import { TableRow } from './TableRow';
import { t } from './i18n';
import { useViewportHeight } from './use-viewport-height';

export interface ItemTableProps {
  /** The columns the reader shows, in table order. */
  columns: readonly Column[];
  /** Filtered and sorted items: all of them, or the first screen's while the rest is read. */
  items: ItemRecord[];
  /** False while only the first screen is loaded: selecting every row waits for the rest. */
  complete: boolean;
  reports: ReadonlyMap<string, ReportRecord>;
  tags: ReadonlyMap<string, TagRecord>;
  sort: SortSpec;
  onSort: (key: SortKey) => void;
  selected: ReadonlySet<string>;
  selection: 'all' | 'some' | 'none';
  onSelect: (id: string, shift: boolean) => void;
  onSelectAll: (select: boolean) => void;
  activeId: string | null;
  onActivate: (id: string) => void;
  onOpen: (item: ItemRecord) => void;
}

/**
 * Every item, one fixed-height row each, with a sticky sortable header. Only
 * the rows in view (plus a few) are in the DOM, between two spacers, so 10,000
 * items scroll as smoothly as 10.
 */
export function ItemTable(props: ItemTableProps) {
  const { columns, items, reports, tags, selected, activeId } = props;
  const grid = gridTemplate(columns);
  const ref = useRef<HTMLDivElement>(null);
  const [scrollTop, setScrollTop] = useState(0);
  const viewport = useViewportHeight(ref, 800);

  const w = fixedWindow({ count: items.length, rowHeight: ROW_HEIGHT, scrollTop, viewportHeight: viewport - ROW_HEIGHT, overscan: 8 });
  const rows = [];
  for (let i = w.start; i < w.end; i++) {
    const item = items[i]!;
    rows.push(
      <TableRow
        key={item.id}
        columns={columns}
        grid={grid}
        item={item}
        report={reports.get(item.reportId)}
        tags={tags}
        index={i}
        selected={selected.has(item.id)}
        active={activeId === item.id}
        onSelect={(shift) => props.onSelect(item.id, shift)}
        onActivate={() => props.onActivate(item.id)}
        onOpen={() => props.onOpen(item)}
      />,
    );
  }

  return (
    <div
      ref={ref}
      class="table-scroll"
      role="grid"
      aria-label={t('collectionTitle')}
      aria-rowcount={props.complete ? items.length + 1 : -1}
      aria-multiselectable="true"
      onScroll={(e) => setScrollTop(e.currentTarget.scrollTop)}
    >
      <div class="table-inner" style={{ width: tableWidth(columns) }}>
        <TableHeader columns={columns} sort={props.sort} onSort={props.onSort} selection={props.selection} onSelectAll={props.onSelectAll} disabled={!items.length || !props.complete} />
        <div role="rowgroup" class="table-body">
          <div style={{ height: `${w.before}px` }} aria-hidden="true" />
          {rows}
          <div style={{ height: `${w.after}px` }} aria-hidden="true" />
        </div>
      </div>
    </div>
  );
}
