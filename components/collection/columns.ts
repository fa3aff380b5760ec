import type { SortKey } from '../../lib/collection/sort';

export interface Column {
  key: SortKey;
  /** Width in pixels; for a growing column, the least it takes (less in a narrow window: --grow-min in collection.css). */
  width: number;
  align?: 'end';
  /** Takes the width the other columns leave (the quote). */
  grow?: true;
}

/** The collection table's columns, in order: every field of an item and its report. */
export const COLUMNS: readonly Column[] = [
  { key: 'kind', width: 80 },
  { key: 'metric', width: 150 },
  { key: 'indicator', width: 140 },
  { key: 'value', width: 96, align: 'end' },
  { key: 'unit', width: 64 },
  { key: 'quote', width: 340, grow: true },
  { key: 'tags', width: 170 },
  { key: 'note', width: 190 },
  { key: 'report', width: 210 },
  { key: 'place', width: 110 },
  { key: 'year', width: 70, align: 'end' },
  { key: 'genre', width: 120 },
  { key: 'section', width: 170 },
  { key: 'direction', width: 70 },
  { key: 'from', width: 96, align: 'end' },
  { key: 'period', width: 90 },
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

/** Every column's key, in table order. */
export const COLUMN_KEYS: readonly SortKey[] = COLUMNS.map((c) => c.key);

/** The columns of these keys, in table order. */
export function columnsOf(keys: readonly SortKey[]): Column[] {
  return COLUMNS.filter((c) => keys.includes(c.key));
}

const growMin = (c: Column) => `var(--grow-min, ${c.width}px)`;

/** The CSS width of a table of these columns: the window's, or more when the columns need it. */
export function tableWidth(columns: readonly Column[]): string {
  const fixed = SELECT_WIDTH + columns.reduce((s, c) => s + (c.grow ? 0 : c.width), 0);
  const grow = columns.filter((c) => c.grow).map(growMin);
  return `max(100%, ${grow.length ? `calc(${[`${fixed}px`, ...grow].join(' + ')})` : `${fixed}px`})`;
}

/** A growing column takes the width the others leave, and at least its own. */
export function gridTemplate(columns: readonly Column[]): string {
  return `${SELECT_WIDTH}px ${columns.map((c) => (c.grow ? `minmax(${growMin(c)}, 1fr)` : `${c.width}px`)).join(' ')}`;
}
