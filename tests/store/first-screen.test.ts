/**
 * The first screen read from indexes is exactly what the full read puts first: the same items
 * in the same order (ties of one save included), the same counts. Checked against the pages'
 * own derivations (lib/collection) over every item.
 */
import { beforeAll, describe, expect, test } from 'vitest';
import { countByReport } from '../../lib/collection/counts';
import { EMPTY_FILTER, applyFilter } from '../../lib/collection/filter';
import { flattenGroups, groupByReport } from '../../lib/collection/group';
import { DEFAULT_SORT, sortItems } from '../../lib/collection/sort';
import { countInView, firstGroupRows, newestInView, readFirstScreen } from '../../lib/store/first-screen';
import type { ItemRecord, ItemStatus, ReportRecord, TagRecord } from '../../lib/store/records';
import type { AnnotatorDB } from '../../lib/store/schema';
import { freshDb } from './helpers';

const REPORTS: ReportRecord[] = Array.from({ length: 7 }, (_, r) => {
  const url = `https://www.example.gov.cn/r${r}.html`;
  return { id: url, url, title: `报告${r}`, site: 'www.example.gov.cn', firstVisit: 1, lastVisit: 2, identity: { place: null, level: null, year: null, genre: 'other' }, identityCorrected: false };
});
const TAGS: TagRecord[] = ['经济', '就业', '民生', '双碳', '未用'].map((name) => ({ name, colour: '#fde047' }));

/** A deterministic pseudo-random collection: saves of several items at one time, every status, tags. */
function collection(n: number): ItemRecord[] {
  let seed = 7;
  const rand = (k: number) => {
    seed = (seed * 1103515245 + 12345) % 2 ** 31;
    return seed % k;
  };
  const items: ItemRecord[] = [];
  let time = 1_700_000_000_000;
  while (items.length < n) {
    // One save: 1–12 items of one report at one time, in page order.
    const reportId = REPORTS[rand(REPORTS.length)]!.id;
    const batch = 1 + rand(12);
    time += rand(3) * 1000; // sometimes two saves at the same millisecond
    for (let k = 0; k < batch && items.length < n; k++) {
      const status: ItemStatus = (['active', 'active', 'active', 'orphaned', 'dismissed'] as const)[rand(5)]!;
      const quote = `条目${items.length}`;
      const start = rand(5000);
      items.push({
        id: `id-${String(rand(1_000_000)).padStart(6, '0')}-${items.length}`,
        reportId,
        kind: 'target',
        selector: { quote: { exact: quote, prefix: '', suffix: '' }, position: { start, end: start + quote.length } },
        metric: '',
        value: null,
        max: null,
        unit: '',
        cmp: null,
        strength: null,
        deadline: null,
        section: '',
        indicator: null,
        direction: null,
        from: null,
        period: null,
        strengthCue: null,
        parsedByReader: false,
        tags: TAGS.slice(0, 4).filter(() => rand(3) === 0).map((t) => t.name),
        note: '',
        source: 'auto',
        status,
        createdAt: time,
        updatedAt: time,
      });
    }
  }
  return items;
}

let db: AnnotatorDB;
let all: ItemRecord[];
/** What the pages derive from every item: the default view, newest first. */
let current: ItemRecord[];

beforeAll(async () => {
  db = freshDb('first-screen');
  all = collection(600);
  await db.reports.bulkAdd(REPORTS);
  await db.tags.bulkAdd(TAGS);
  await db.items.bulkAdd(all);
  current = sortItems(applyFilter(all, EMPTY_FILTER), DEFAULT_SORT, new Map());
});

describe('the first screen, from indexes, is what the full read puts first', () => {
  test('the data has what could go wrong: ties at one time, dismissed items', () => {
    const times = new Set(all.map((i) => i.createdAt));
    expect(times.size).toBeLessThan(all.length / 3);
    expect(all.some((i) => i.status === 'dismissed')).toBe(true);
    expect(current.length).toBeLessThan(all.length);
  });

  test('a report’s count in the default view', async () => {
    const ids = [REPORTS[0]!.id, REPORTS[3]!.id, 'https://unknown.example/'];
    const expected = new Map(countByReport(current).map((c) => [c.key, c.count]));
    expect(await countInView(db, ids)).toEqual(new Map(ids.map((id) => [id, expected.get(id) ?? 0])));
  });

  test.each([1, 2, 7, 25, 60, 599, 1000])('the table’s first %i rows', async (n) => {
    expect((await newestInView(db, n)).map((i) => i.id)).toEqual(current.slice(0, n).map((i) => i.id));
  });

  test.each([2, 3, 6, 12, 40, 200])('the popup list’s first %i rows', async (rows) => {
    const listRows = flattenGroups(groupByReport(current, new Map()));
    const expected = listRows.slice(0, rows).flatMap((r) => (r.type === 'item' ? [r.item.id] : []));
    const got = await firstGroupRows(db, rows);
    expect(got.map((i) => i.id)).toEqual(expected);
  });

  test('one read for a page', async () => {
    const screen = await db.transaction('r', db.items, db.reports, db.tags, () => readFirstScreen(db, 'groups', 12));
    expect(screen.reports).toHaveLength(REPORTS.length);
    expect(screen.tags).toHaveLength(TAGS.length);
    expect(screen.items.length).toBeGreaterThan(0);
    expect(screen.items.length).toBeLessThan(12);
  });

  test('an empty store', async () => {
    const empty = freshDb('empty');
    const screen = await readFirstScreen(empty, 'table', 25);
    expect(screen).toEqual({ items: [], reports: [], tags: [] });
  });
});
