import { beforeEach, describe, expect, it, test, vi } from 'vitest';
import { exportBackup, serialiseBackup, type BackupFile } from '../../lib/backup/format';
import { importBackup, mergeReport, type ImportSummary } from '../../lib/backup/import';
import type { AnnotatorDB } from '../../lib/store/schema';
import { AnnotatorService } from '../../lib/store/service';
import { defaultTagColour } from '../../lib/store/records';
import { D_GDP, URL_A, clock, counterIds, freshDb, setup } from '../store/helpers';
import { backupOf, clone, populate, snapshot } from './fixtures';

let db: AnnotatorDB;
let service: AnnotatorService;

beforeEach(async () => {
  ({ db, service } = setup());
  await populate(service);
});

const nothingNew = (n: { reports: number; items: number; tags: number }): ImportSummary => ({
  reports: { added: 0, updated: 0, unchanged: n.reports },
  items: { added: 0, updated: 0, merged: 0, unchanged: n.items },
  tags: { added: 0, unchanged: n.tags },
});

describe('export / import', () => {
  it('export → clear → import gives identical data', async () => {
    const before = await snapshot(db);
    expect(before.items).toHaveLength(6);
    const backup = await exportBackup(db);
    expect(backup).toMatchObject({ format: 'report-annotator-backup', version: 1 });

    await service.clearAll();
    expect((await snapshot(db)).items).toEqual([]);

    const outcome = await importBackup(db, JSON.parse(serialiseBackup(backup)));
    expect(outcome).toEqual({
      ok: true,
      summary: {
        reports: { added: 2, updated: 0, unchanged: 0 },
        items: { added: 6, updated: 0, merged: 0, unchanged: 0 },
        tags: { added: 4, unchanged: 0 },
      },
    });
    expect(await snapshot(db)).toEqual(before);
  });

  it('imports into a different, empty database (another browser) from the file text', async () => {
    const text = serialiseBackup(await backupOf(db));
    const other = freshDb('elsewhere');
    expect((await importBackup(other, text)).ok).toBe(true);
    expect(await snapshot(other)).toEqual(await snapshot(db));
  });

  it('importing the same file twice adds nothing twice', async () => {
    const backup = await backupOf(db);
    await service.clearAll();
    await importBackup(db, clone(backup));
    const once = await snapshot(db);
    const second = await importBackup(db, clone(backup));
    expect(second).toEqual({ ok: true, summary: nothingNew({ reports: 2, items: 6, tags: 4 }) });
    expect(await snapshot(db)).toEqual(once);
  });

  it('importing a backup over the very data it came from changes nothing', async () => {
    const before = await snapshot(db);
    expect(await importBackup(db, await backupOf(db))).toEqual({
      ok: true,
      summary: nothingNew({ reports: 2, items: 6, tags: 4 }),
    });
    expect(await snapshot(db)).toEqual(before);
  });
});

describe('merging', () => {
  it('keeps newer local edits over an older backup, and takes newer edits from a backup', async () => {
    const old = await backupOf(db);
    const [first, second] = await db.items.orderBy('id').limit(2).toArray();
    const edited = await service.updateItem(first!.id, { note: '本地较新' });

    const newer = clone(old);
    const inFile = newer.items.find((i) => i.id === second!.id)!;
    inFile.note = '备份较新';
    inFile.updatedAt = Date.now() * 2;

    const r = await importBackup(db, newer);
    expect(r.ok && r.summary.items).toEqual({ added: 0, updated: 1, merged: 0, unchanged: 5 });
    expect((await db.items.get(first!.id))!.note).toBe(edited.note);
    expect((await db.items.get(second!.id))!.note).toBe('备份较新');
  });

  it('merges reports: earliest first visit, latest last visit and its title', () => {
    const stored = { id: 'r', url: 'r', title: '旧标题', site: 's', firstVisit: 10, lastVisit: 20 };
    expect(mergeReport(stored, { ...stored, title: '新标题', firstVisit: 5, lastVisit: 30 })).toEqual({
      ...stored,
      title: '新标题',
      firstVisit: 5,
      lastVisit: 30,
    });
    expect(mergeReport(stored, { ...stored, title: '更旧', firstVisit: 15, lastVisit: 18 })).toEqual(stored);
  });

  it('keeps local tag colours and creates tags used by imported items', async () => {
    const backup = await backupOf(db);
    backup.tags = backup.tags.map((t) => (t.name === '经济' ? { ...t, colour: '#000000' } : t)).filter((t) => t.name !== '就业');
    backup.items[0]!.tags = [...backup.items[0]!.tags, '新标签'];
    backup.items[0]!.updatedAt += 10_000_000;
    const r = await importBackup(db, backup);
    expect(r.ok && r.summary.tags).toEqual({ added: 1, unchanged: 3 });
    expect(await db.tags.get('经济')).toEqual({ name: '经济', colour: '#ff0000' });
    expect(await db.tags.get('新标签')).toEqual({ name: '新标签', colour: defaultTagColour('新标签') });
  });

  it('merges the same auto-detected item annotated on another machine (different ids)', async () => {
    // Machine 2 visits the same page, detects the same item (another uuid) and annotates it.
    const db2 = freshDb('machine-2');
    const s2 = new AnnotatorService(db2, { now: clock(1_800_000_000_000), newId: counterIds('m2') });
    await s2.upsertReport({ url: URL_A, title: '2025年政府工作报告' });
    const [twin] = (await s2.saveItems(URL_A, [D_GDP()])).added;
    await s2.updateItem(twin!.id, { tags: ['重点', '机器二'], note: '机器二的笔记' });
    const file = await backupOf(db2);

    const local = (await db.items.toArray()).find((i) => i.selector.quote.exact === twin!.selector.quote.exact)!;
    const r1 = await importBackup(db, file);
    expect(r1.ok && r1.summary.items).toEqual({ added: 0, updated: 0, merged: 1, unchanged: 0 });
    const merged = (await db.items.get(local.id))!;
    expect(merged.tags).toEqual(['重点', '机器二', '经济']);
    expect(merged.note).toBe('机器二的笔记\n\n与去年持平');
    expect(await db.items.get(twin!.id)).toBeUndefined();
    expect(await db.items.count()).toBe(6);

    // …and doing it again changes nothing.
    const before = await snapshot(db);
    const r2 = await importBackup(db, file);
    expect(r2.ok && r2.summary.items).toEqual({ added: 0, updated: 0, merged: 0, unchanged: 1 });
    expect(await snapshot(db)).toEqual(before);
  });
});

describe('refusing corrupt files', () => {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  type Corrupt = (b: BackupFile & Record<string, any>) => unknown;
  test.each<[string, Corrupt, RegExp]>([
    ['not a JSON object', () => [1, 2, 3], /^文件内容不是 JSON 对象/],
    ['not JSON at all', () => '{"format":', /^文件不是有效的 JSON/],
    ['a wrong format tag', (b) => ({ ...b, format: 'other' }), /^format 应为 "report-annotator-backup"/],
    ['an item missing value', (b) => (delete (b.items[5] as Partial<typeof b.items[5]>).value, b), /^第 6 条 item（id ".+"）：缺少 value \/ value is missing$/],
    ['a duplicate id', (b) => (b.items[5]!.id = b.items[0]!.id, b), /^第 6 条 item（id ".+"）：id 重复（与第 1 条 item 相同）/],
    ['a dangling reportId', (b) => (b.items[5]!.reportId = 'https://nowhere.example/', b), /^第 6 条 item.*reportId "https:\/\/nowhere\.example\/" 不在 reports 中/],
    ['an over-long quote', (b) => (b.items[5]!.selector.quote.exact = 'q'.repeat(10_001), b), /^第 6 条 item.*selector\.quote\.exact 过长/],
  ])('%s: refused with the record named, database unchanged', async (_name, corrupt, message) => {
    const file = await backupOf(db);
    // Make the otherwise valid part of the file new to this database, so a partial import would show.
    file.reports.push({ id: 'https://new.example/', url: 'https://new.example/', title: '新', site: 'new.example', firstVisit: 1, lastVisit: 1 });
    for (const i of file.items.slice(0, 5)) [i.id, i.note] = [`new-${i.id}`, '改'];
    file.tags.push({ name: '新标签', colour: '#111111' });
    const before = await snapshot(db);

    const outcome = await importBackup(db, corrupt(file));
    expect(outcome.ok).toBe(false);
    const errors = outcome.ok ? [] : outcome.errors;
    expect(errors.some((e) => message.test(e)), errors.join('\n')).toBe(true);
    expect(await snapshot(db)).toEqual(before);
  });

  it('rolls the whole import back if a write fails half-way', async () => {
    const file = await backupOf(db);
    await service.clearAll();
    const spy = vi.spyOn(db.tags, 'bulkPut').mockRejectedValueOnce(new Error('disk full'));
    await expect(importBackup(db, file)).rejects.toThrow('disk full');
    spy.mockRestore();
    expect(await snapshot(db)).toEqual({ reports: [], items: [], tags: [] });
  });
});
