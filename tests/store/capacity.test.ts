/**
 * The store holds no more than a backup may carry, on every write path, so its own backup always
 * imports (issue 11, item 4). A small capacity stands in for the real one (100,000 reports,
 * 200,000 items, 10,000 tags); tests/backup/import.test.ts runs the real tag limit.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { importBackup } from '../../lib/backup/import';
import { validateBackup } from '../../lib/backup/validate';
import type { Capacity } from '../../lib/store/capacity';
import type { AnnotatorDB } from '../../lib/store/schema';
import { AnnotatorService } from '../../lib/store/service';
import { backupOf, snapshot } from '../backup/fixtures';
import { D_GDP, D_GRAIN, D_JOBS, D_TASK, URL_A, URL_B, clock, counterIds, draftOf, freshDb, headlinesOfText } from './helpers';

const CAP: Capacity = { reports: 3, items: 4, tags: 3 };
const FULL_ITEMS = /收藏已满：已有 \d+ 条条目，再加 \d+ 条条目会超过上限 4。请先删除不再需要的条目（可先备份 JSON）。 \/ The collection is full: \d+ items stored, \d+ more would pass the limit of 4\./;
const FULL_TAGS = /收藏已满：已有 \d+ 个标签，再加 \d+ 个标签会超过上限 3。请先删除或合并不再使用的标签。 \/ The collection is full: \d+ tags stored, \d+ more would pass the limit of 3\. Delete or merge tags you no longer use first\./;

let db: AnnotatorDB;
let service: AnnotatorService;

beforeEach(async () => {
  db = freshDb();
  service = new AnnotatorService(db, { now: clock(), newId: counterIds(), capacity: CAP });
  await service.upsertReport({ url: URL_A, title: 'A' });
});

/** The store's own backup imports whole, with the same capacity, into an empty store. */
async function roundTrips(): Promise<void> {
  const backup = await backupOf(db);
  const checked = validateBackup(backup, CAP);
  expect(checked.ok && checked.skipped.problems).toEqual([]);
  const other = freshDb('other');
  const outcome = await importBackup(other, backup, CAP);
  expect(outcome.ok).toBe(true);
  expect(await snapshot(other)).toEqual(await snapshot(db));
}

describe('items', () => {
  it('saveItems stores nothing past the capacity, and says so', async () => {
    await service.saveItems(URL_A, [D_GDP(), D_JOBS(), D_GRAIN()]);
    const before = await snapshot(db);
    await expect(service.saveItems(URL_A, [D_TASK(), draftOf('新增就业1256万人', 'result')])).rejects.toThrow(FULL_ITEMS);
    expect(await snapshot(db)).toEqual(before);
    // What is already stored is no addition: saving the page again still works.
    expect((await service.saveItems(URL_A, [D_GDP(), D_JOBS(), D_GRAIN(), D_TASK()])).added).toHaveLength(1);
    await roundTrips();
  });

  it('addManualItem and restoreItems too', async () => {
    await service.saveItems(URL_A, [D_GDP(), D_JOBS(), D_GRAIN(), D_TASK()]);
    await expect(service.addManualItem(URL_A, draftOf('新增就业1256万人', 'result'))).rejects.toThrow(FULL_ITEMS);
    const [gone] = await service.deleteItems([(await db.items.toCollection().first())!.id]);
    await service.addManualItem(URL_A, draftOf('新增就业1256万人', 'result'));
    await expect(service.restoreItems([gone!])).rejects.toThrow(FULL_ITEMS);
    // Restoring what is stored already adds nothing, so it fits.
    expect(await service.restoreItems(await db.items.limit(2).toArray())).toBe(2);
    await roundTrips();
  });
});

describe('tags', () => {
  let ids: string[];
  beforeEach(async () => {
    ids = (await service.saveItems(URL_A, [D_GDP(), D_JOBS()])).added.map((i) => i.id);
    await service.updateItem(ids[0]!, { tags: ['经济', '重点'] });
  });

  it('tagging an item with a new name past the capacity is refused', async () => {
    await service.updateItem(ids[1]!, { tags: ['就业'] });
    await expect(service.updateItem(ids[1]!, { tags: ['就业', '第四个'] })).rejects.toThrow(FULL_TAGS);
    await service.updateItem(ids[1]!, { tags: ['就业', '经济'] }); // names that exist are fine
    expect((await db.items.get(ids[1]!))!.tags).toEqual(['就业', '经济']);
    await roundTrips();
  });

  it('bulk tagging, colouring a new name and saving tagged items too', async () => {
    await service.setTagColour('第三', '#000000');
    await expect(service.bulkTag(ids, '第四个')).rejects.toThrow(FULL_TAGS);
    expect((await db.items.bulkGet(ids)).map((i) => i!.tags)).toEqual([['经济', '重点'], []]);
    await expect(service.setTagColour('第五个', '#000000')).rejects.toThrow(FULL_TAGS);
    await service.setTagColour('第三', '#ffffff'); // recolouring is no addition
    await expect(service.addManualItem(URL_A, { ...D_TASK(), tags: ['新'] })).rejects.toThrow(FULL_TAGS);
    expect(await db.items.count()).toBe(2); // the refused item is not stored either
    // A rename replaces a name: it fits.
    expect(await service.renameTag('重点', '要点')).toBe(1);
    expect((await db.tags.toArray()).map((t) => t.name).sort()).toEqual(['第三', '经济', '要点'].sort());
    await roundTrips();
  });
});

describe('reports', () => {
  it('a visit to a new report, when the list is full, forgets the least recently visited report without items', async () => {
    await service.upsertReport({ url: URL_B, title: 'B' }); // no items
    await service.upsertReport({ url: 'https://www.gov.cn/c.htm', title: 'C' }); // no items
    await service.saveItems(URL_A, [D_GDP()]);
    await service.upsertReport({ url: URL_B, title: 'B' }); // visited again: C is now the oldest without items
    await service.upsertReport({ url: 'https://www.gov.cn/d.htm', title: 'D' });
    expect((await db.reports.toArray()).map((r) => r.title).sort()).toEqual(['A', 'B', 'D']);
    await roundTrips();
  });

  it('keeps a report in the tracker (no items, headline figures), forgets one the reader removed from it', async () => {
    const C = 'https://www.gov.cn/c.htm';
    await service.upsertReport({ url: URL_B, title: 'B', headlines: headlinesOfText() }); // tracked, no items
    await service.upsertReport({ url: C, title: 'C', headlines: headlinesOfText() });
    await service.setTracked(C, false);
    await service.saveItems(URL_A, [D_GDP()]);
    await service.upsertReport({ url: 'https://www.gov.cn/d.htm', title: 'D' });
    expect((await db.reports.toArray()).map((r) => r.title).sort()).toEqual(['A', 'B', 'D']);
    // The forgotten report's tracker record goes with it.
    expect((await db.headlines.toArray()).map((h) => h.reportId)).toEqual([URL_B]);
    await roundTrips();
  });

  it('is refused, saying what to do, when every report holds items', async () => {
    await service.upsertReport({ url: URL_B, title: 'B' });
    await service.upsertReport({ url: 'https://www.gov.cn/c.htm', title: 'C' });
    for (const url of [URL_A, URL_B, 'https://www.gov.cn/c.htm']) await service.saveItems(url, [D_GDP()]);
    await expect(service.upsertReport({ url: 'https://www.gov.cn/d.htm', title: 'D' })).rejects.toThrow(
      '收藏已满：已有 3 份报告，再加 1 份报告会超过上限 3。请先删除不再需要的条目，或从追踪中移除不再需要的报告（可先备份 JSON）。',
    );
    await service.upsertReport({ url: URL_A, title: 'A again' }); // a known report is no addition
    await roundTrips();
  });
});

describe('import', () => {
  it('an import that would pass the capacity is refused whole, saying by how much, and changes nothing', async () => {
    const mine = await service.saveItems(URL_A, [D_GDP(), D_JOBS()]);
    await service.updateItem(mine.added[0]!.id, { tags: ['本地'] });
    const source = new AnnotatorService(freshDb('source'), { now: clock(2e12), newId: counterIds('s') });
    await source.upsertReport({ url: URL_B, title: 'B' });
    const added = await source.saveItems(URL_B, [D_GDP(), D_JOBS(), D_GRAIN()]);
    await source.updateItem(added.added[0]!.id, { tags: ['甲', '乙', '丙'] });
    const before = await snapshot(db);
    const outcome = await importBackup(db, await backupOf(source.db), CAP);
    expect(outcome).toEqual({
      ok: false,
      errors: [
        {
          zh: '收藏已满：已有 2 条条目，再加 3 条条目会超过上限 4。请先删除不再需要的条目（可先备份 JSON）。',
          en: 'The collection is full: 2 items stored, 3 more would pass the limit of 4. Delete items you no longer need first (back up to JSON before).',
        },
        {
          zh: '收藏已满：已有 1 个标签，再加 3 个标签会超过上限 3。请先删除或合并不再使用的标签。',
          en: 'The collection is full: 1 tag stored, 3 more would pass the limit of 3. Delete or merge tags you no longer use first.',
        },
      ],
    });
    expect(await snapshot(db)).toEqual(before);
  });
});
