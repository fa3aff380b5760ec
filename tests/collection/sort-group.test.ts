import { describe, expect, test } from 'vitest';
import { flattenGroups, groupByReport } from '../../lib/collection/group';
import { nextSort, sortItems, type SortKey, type SortSpec } from '../../lib/collection/sort';
import { REPORTS, REPORT_A, REPORT_B, item } from './fixtures';

const a = item({ id: 'a', value: 5, metric: '国内生产总值', createdAt: 30, kind: 'target', deadline: '今年' });
const b = item({ id: 'b', value: 1200, metric: '城镇新增就业', createdAt: 20, kind: 'result', reportId: REPORT_B.id, deadline: null });
const c = item({ id: 'c', value: null, metric: '', createdAt: 10, kind: 'commitment', deadline: '到2027年', tags: ['重点'] });
const d = item({ id: 'd', value: -2.5, metric: '能耗', createdAt: 30, kind: 'target', deadline: '年底前' });
const ITEMS = [a, b, c, d];

describe('sortItems', () => {
  test.each<[SortKey, 'asc' | 'desc', string[]]>([
    ['createdAt', 'desc', ['a', 'd', 'b', 'c']],
    ['createdAt', 'asc', ['c', 'b', 'a', 'd']],
    ['value', 'desc', ['b', 'a', 'd', 'c']], // null last
    ['value', 'asc', ['d', 'a', 'b', 'c']], // null last either way
    ['kind', 'asc', ['a', 'd', 'b', 'c']],
    ['metric', 'asc', ['b', 'a', 'd', 'c']], // collation: 城 < 国 < 能 (pinyin), empty last
    ['deadline', 'asc', ['c', 'd', 'a', 'b']], // 到 < 年 < 今? by collator; null last
    ['tags', 'desc', ['c', 'a', 'd', 'b']],
  ])('by %s %s', (key, dir, expected) => {
    const spec: SortSpec = { key, dir };
    const got = sortItems(ITEMS, spec, REPORTS).map((i) => i.id);
    if (key === 'deadline' || key === 'metric') {
      // Collation order between CJK strings is the engine's: check only the invariants.
      expect(got.at(-1)).toBe(expected.at(-1));
      expect(new Set(got)).toEqual(new Set(expected));
      const reversed = sortItems(ITEMS, { key, dir: dir === 'asc' ? 'desc' : 'asc' }, REPORTS).map((i) => i.id);
      expect(reversed.at(-1)).toBe(expected.at(-1)); // empties stay last
    } else {
      expect(got).toEqual(expected);
    }
  });

  test('by report: one block per report either way, newest first within it', () => {
    const asc = sortItems(ITEMS, { key: 'report', dir: 'asc' }, REPORTS).map((i) => i.id);
    const desc = sortItems(ITEMS, { key: 'report', dir: 'desc' }, REPORTS).map((i) => i.id);
    expect([asc, desc]).toContainEqual(['a', 'd', 'c', 'b']);
    expect([asc, desc]).toContainEqual(['b', 'a', 'd', 'c']);
    expect(asc).not.toEqual(desc);
  });

  test('does not change its input', () => {
    const copy = [...ITEMS];
    sortItems(ITEMS, { key: 'value', dir: 'asc' }, REPORTS);
    expect(ITEMS).toEqual(copy);
  });

  test('numbers in text compare as numbers', () => {
    const x = item({ id: 'x', section: '第10章' });
    const y = item({ id: 'y', section: '第2章' });
    expect(sortItems([x, y], { key: 'section', dir: 'asc' }, REPORTS).map((i) => i.id)).toEqual(['y', 'x']);
  });

  test.each<[SortSpec, SortKey, SortSpec]>([
    [{ key: 'createdAt', dir: 'desc' }, 'createdAt', { key: 'createdAt', dir: 'asc' }],
    [{ key: 'createdAt', dir: 'asc' }, 'createdAt', { key: 'createdAt', dir: 'desc' }],
    [{ key: 'createdAt', dir: 'desc' }, 'metric', { key: 'metric', dir: 'asc' }],
    [{ key: 'metric', dir: 'asc' }, 'value', { key: 'value', dir: 'desc' }],
  ])('nextSort(%j, %s) = %j', (current, key, expected) => {
    expect(nextSort(current, key)).toEqual(expected);
  });
});

describe('groupByReport / flattenGroups', () => {
  const newestFirst = [a, b, c, d];

  test('groups in order of each report’s first item, items in order', () => {
    const groups = groupByReport(newestFirst, REPORTS);
    expect(groups.map((g) => [g.reportId, g.items.map((i) => i.id)])).toEqual([
      [REPORT_A.id, ['a', 'c', 'd']],
      [REPORT_B.id, ['b']],
    ]);
    expect(groups[0]!.report).toBe(REPORT_A);
  });

  test('an unknown report still gets a group', () => {
    const lost = item({ id: 'lost', reportId: 'https://x.gov.cn/gone' });
    expect(groupByReport([lost], REPORTS)[0]).toMatchObject({ reportId: 'https://x.gov.cn/gone', report: undefined });
  });

  test.each<[string[], string[]]>([
    [[], [`g:${REPORT_A.id}`, 'a', 'c', 'd', `g:${REPORT_B.id}`, 'b']],
    [[REPORT_A.id], [`g:${REPORT_A.id}`, `g:${REPORT_B.id}`, 'b']],
    [[REPORT_A.id, REPORT_B.id], [`g:${REPORT_A.id}`, `g:${REPORT_B.id}`]],
  ])('collapsed %j → rows %j', (collapsed, keys) => {
    const rows = flattenGroups(groupByReport(newestFirst, REPORTS), new Set(collapsed));
    expect(rows.map((r) => r.key)).toEqual(keys);
  });

  test('empty in, empty out', () => {
    expect(flattenGroups(groupByReport([], REPORTS))).toEqual([]);
  });
});
