/**
 * Which columns of the collection table the reader shows. Every column by default on a wide
 * window; on a narrow one (an 800 px window, a laptop split in two) the few that say what an
 * item is. What the reader chooses is kept (the page stores {@link serialiseColumns}) and
 * wins over either default.
 */

import type { SortKey } from './sort';

/** The column that opens an item's details: always shown. */
export const REQUIRED_COLUMN: SortKey = 'metric';

/** Shown by default below {@link NARROW_WIDTH}. */
export const COMPACT_COLUMNS: readonly SortKey[] = ['kind', 'metric', 'value', 'unit', 'quote', 'tags'];

/** Windows narrower than this (CSS pixels) start with the compact columns. */
export const NARROW_WIDTH = 1100;

/** The columns to show when the reader has chosen none. */
export function defaultColumns(all: readonly SortKey[], width: number): SortKey[] {
  return width < NARROW_WIDTH ? all.filter((k) => COMPACT_COLUMNS.includes(k)) : [...all];
}

/** A stored choice, read defensively: known keys only, in table order, the required one in; null if unusable. */
export function parseColumns(stored: string | null, all: readonly SortKey[]): SortKey[] | null {
  if (!stored) return null;
  let keys: unknown;
  try {
    keys = JSON.parse(stored);
  } catch {
    return null;
  }
  if (!Array.isArray(keys)) return null;
  const chosen = all.filter((k) => k === REQUIRED_COLUMN || keys.includes(k));
  return chosen.length > 1 ? chosen : null;
}

export function serialiseColumns(columns: readonly SortKey[]): string {
  return JSON.stringify(columns);
}

/** Show or hide one column, in table order; the required column stays. */
export function toggleColumn(chosen: readonly SortKey[], key: SortKey, all: readonly SortKey[]): SortKey[] {
  if (key === REQUIRED_COLUMN) return [...chosen];
  const on = chosen.includes(key);
  return all.filter((k) => k === REQUIRED_COLUMN || (k === key ? !on : chosen.includes(k)));
}
