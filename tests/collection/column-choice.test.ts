import { describe, expect, test } from 'vitest';
import { COMPACT_COLUMNS, NARROW_WIDTH, defaultColumns, parseColumns, serialiseColumns, toggleColumn } from '../../lib/collection/column-choice';
import type { SortKey } from '../../lib/collection/sort';

const ALL: SortKey[] = ['kind', 'metric', 'value', 'unit', 'quote', 'tags', 'note', 'report', 'section', 'status', 'createdAt'];

describe('which columns the table shows', () => {
  test.each([
    [1440, ALL],
    [NARROW_WIDTH, ALL],
    [NARROW_WIDTH - 1, ALL.filter((k) => COMPACT_COLUMNS.includes(k))],
    [800, ['kind', 'metric', 'value', 'unit', 'quote', 'tags']],
  ])('by default in a window %i px wide', (width, expected) => {
    expect(defaultColumns(ALL, width)).toEqual(expected);
  });

  test.each<[string, string | null, SortKey[] | null]>([
    ['nothing stored', null, null],
    ['a choice', '["quote","kind"]', ['kind', 'metric', 'quote']],
    ['keys no longer known', '["quote","colour","site"]', ['metric', 'quote']],
    ['only the required column', '["metric"]', null],
    ['not JSON', '{quote', null],
    ['not a list', '{"quote":true}', null],
  ])('a stored choice: %s', (_name, stored, expected) => {
    expect(parseColumns(stored, ALL)).toEqual(expected);
  });

  test('toggling keeps table order and the details column', () => {
    const some: SortKey[] = ['metric', 'quote'];
    expect(toggleColumn(some, 'kind', ALL)).toEqual(['kind', 'metric', 'quote']);
    expect(toggleColumn(['kind', 'metric', 'quote'], 'quote', ALL)).toEqual(['kind', 'metric']);
    expect(toggleColumn(some, 'metric', ALL)).toEqual(some);
    expect(parseColumns(serialiseColumns(toggleColumn(some, 'note', ALL)), ALL)).toEqual(['metric', 'quote', 'note']);
  });
});
