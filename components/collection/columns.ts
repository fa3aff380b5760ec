import type { SortKey } from '../../lib/collection/sort';

export interface Column {
  key: SortKey;
  /** Width in pixels. */
  width: number;
  align?: 'end';
}

/** The collection table's columns, in order: every field of an item and its report. */
export const COLUMNS: readonly Column[] = [
  { key: 'kind', width: 96 },
  { key: 'metric', width: 150 },
  { key: 'value', width: 96, align: 'end' },
  { key: 'unit', width: 64 },
  { key: 'quote', width: 340 },
  { key: 'tags', width: 170 },
  { key: 'note', width: 190 },
  { key: 'report', width: 210 },
  { key: 'section', width: 170 },
  { key: 'deadline', width: 100 },
  { key: 'cmp', width: 64 },
  { key: 'max', width: 80, align: 'end' },
  { key: 'strength', width: 80 },
  { key: 'site', width: 150 },
  { key: 'status', width: 110 },
  { key: 'createdAt', width: 140 },
  { key: 'updatedAt', width: 140 },
];

export const SELECT_WIDTH = 40;
export const ROW_HEIGHT = 44;
export const TABLE_WIDTH = SELECT_WIDTH + COLUMNS.reduce((s, c) => s + c.width, 0);
export const GRID_TEMPLATE = `${SELECT_WIDTH}px ${COLUMNS.map((c) => `${c.width}px`).join(' ')}`;
