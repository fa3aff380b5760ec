/**
 * What the popup and the collection page show first, read from indexes instead
 * of every item: the newest items of the default view (found or not found on
 * the page, not dismissed) for the table's first screen, and the items of the
 * popup list's first rows. The page paints these, then reads everything
 * (components/collection/use-snapshot.ts) for counts, filters, sorting and
 * scrolling on.
 *
 * Each read gives exactly what the full read would put first (same order, ties
 * included), so nothing moves when the rest arrives. Pure reads over the
 * database: the extension pages run them through their read-only view
 * (components/collection/db.ts), in one read transaction.
 *
 * Counts are not read here: Chromium counts an index range by walking its
 * entries, so counting 10,000 items costs a good part of reading them (measured:
 * a count of 10,000 index entries at 70–320 ms, a read of all at 440–1,540 ms,
 * on a loaded machine). They come with the full read; only a report's own count
 * ({@link countInView}, as cheap as its items are few) is read before.
 */

import { compareNewestFirst } from './order';
import type { ItemRecord, ItemStatus, ReportRecord, TagRecord } from './records';
import type { AnnotatorDB } from './schema';

/** The statuses of the default view: on the page, or lost from it; not dismissed. */
export const CURRENT_STATUSES: readonly ItemStatus[] = ['active', 'orphaned'];

export interface FirstScreen {
  /** The first items of the list, in its order. */
  items: ItemRecord[];
  reports: ReportRecord[];
  tags: TagRecord[];
}

/** How many items of each report are in the default view. */
export async function countInView(db: AnnotatorDB, reportIds: readonly string[]): Promise<Map<string, number>> {
  const counts = await Promise.all(
    reportIds.map((id) => Promise.all(CURRENT_STATUSES.map((s) => db.items.where('[reportId+status]').equals([id, s]).count()))),
  );
  return new Map(reportIds.map((id, i) => [id, counts[i]!.reduce((a, b) => a + b, 0)]));
}

/**
 * The first `n` items, newest first (compareNewestFirst), among the items whose key in the
 * compound `index` starts with one of `prefixes` and ends with createdAt. An index orders
 * items of one createdAt by id, the list by report and position, so every item tied with the
 * n-th is read before cutting.
 */
export async function newestByIndex(db: AnnotatorDB, index: string, prefixes: readonly (readonly string[])[], n: number): Promise<ItemRecord[]> {
  if (n <= 0) return [];
  const range = (p: readonly string[], from: number) => db.items.where(index).between([...p, from], [...p, Infinity], true, true);
  const heads = (await Promise.all(prefixes.map((p) => range(p, -Infinity).reverse().limit(n).toArray()))).flat().sort(compareNewestFirst);
  if (heads.length <= n) return heads;
  const cut = heads[n - 1]!.createdAt;
  const ties = (await Promise.all(prefixes.map((p) => db.items.where(index).equals([...p, cut]).toArray()))).flat();
  const newer = heads.filter((i) => i.createdAt > cut);
  return [...newer, ...ties].sort(compareNewestFirst).slice(0, n);
}

/** The collection table's first `n` rows in its default order (newest first), of the default view. */
export function newestInView(db: AnnotatorDB, n: number): Promise<ItemRecord[]> {
  return newestByIndex(db, '[status+createdAt]', CURRENT_STATUSES.map((s) => [s]), n);
}

/**
 * The items of the popup list's first `rows` rows, in list order: groups by report in the
 * order of their newest item (lib/collection/group), each newest first, one row per group
 * heading and per item.
 */
export async function firstGroupRows(db: AnnotatorDB, rows: number): Promise<ItemRecord[]> {
  // A report whose group starts within the first `rows` rows has its newest item among the
  // newest `rows` items: the groups before it hold fewer items than that.
  const newest = await newestInView(db, rows);
  const order = [...new Set(newest.map((i) => i.reportId))];
  const out: ItemRecord[] = [];
  let left = rows;
  for (const reportId of order) {
    if (left <= 1) break;
    left--; // the group's heading
    const items = await newestByIndex(db, '[reportId+status+createdAt]', CURRENT_STATUSES.map((s) => [reportId, s]), left);
    out.push(...items);
    left -= items.length;
  }
  return out;
}

/** Everything a page's first screen needs, in one read: `rows` rows of the table or of the popup's grouped list. */
export async function readFirstScreen(db: AnnotatorDB, layout: 'table' | 'groups', rows: number): Promise<FirstScreen> {
  const [reports, tags, items] = await Promise.all([
    db.reports.toArray(),
    db.tags.toArray(),
    layout === 'table' ? newestInView(db, rows) : firstGroupRows(db, rows),
  ]);
  return { items, reports, tags };
}
