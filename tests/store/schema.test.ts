import Dexie from 'dexie';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it, test } from 'vitest';
import {
  AnnotatorDB,
  CURRENT_VERSION,
  SCHEMA_V1,
  SCHEMA_V2,
  SCHEMA_V3,
  SCHEMA_V4,
  upgradeItemV1toV2,
  upgradeItemV2toV3,
  upgradeItemV3toV4,
  upgradeReportV3toV4,
  type ItemRecordV1,
  type ReportRecordV3,
} from '../../lib/store/schema';
import { identityFromTitle } from '../../lib/store/report-identity';
import { URL_A } from './helpers';

const report: ReportRecordV3 = {
  id: URL_A,
  url: URL_A,
  title: '政府工作报告',
  site: 'www.gov.cn',
  firstVisit: 1,
  lastVisit: 2,
};

function v1Item(id: string, dismissed: boolean | undefined, tags: string[] = []): ItemRecordV1 {
  const item: ItemRecordV1 = {
    id,
    reportId: URL_A,
    kind: 'target',
    selector: { quote: { exact: '增长5%左右', prefix: '国内生产总值', suffix: '；' }, position: { start: 10, end: 17 } },
    metric: '国内生产总值',
    value: 5,
    max: null,
    unit: '%',
    cmp: '~',
    strength: null,
    deadline: null,
    section: '',
    tags,
    note: 'v1 note',
    createdAt: 100,
    updatedAt: 200,
  };
  if (dismissed !== undefined) item.dismissed = dismissed;
  return item;
}

/** Create a database exactly as version 1 of the extension would have left it. */
async function makeV1Database(idb: IDBFactory, name: string) {
  const v1 = new Dexie(name, { indexedDB: idb, IDBKeyRange });
  v1.version(1).stores({ ...SCHEMA_V1 });
  await v1.table('reports').add(report);
  await v1.table('items').bulkAdd([v1Item('a', true, ['重点']), v1Item('b', false), v1Item('c', undefined)]);
  await v1.table('tags').add({ name: '重点', colour: '#fde047' });
  expect(v1.verno).toBe(1);
  v1.close();
}

/** What v4 adds to an item that had none of it. */
const V4_NULLS = { indicator: null, direction: null, from: null, period: null, strengthCue: null, parsedByReader: false };

describe('schema', () => {
  it('creates a fresh database at the current version with every index', async () => {
    const db = new AnnotatorDB('fresh', { indexedDB: new IDBFactory(), IDBKeyRange });
    await db.open();
    expect(db.verno).toBe(CURRENT_VERSION);
    const idx = db.items.schema.indexes.map((i) => i.name).sort();
    expect(idx).toEqual(['[reportId+status+createdAt]', '[reportId+status]', '[status+createdAt]', 'createdAt', 'kind', 'reportId', 'status', 'tags', 'updatedAt']);
    expect(db.items.schema.indexes.find((i) => i.name === 'tags')?.multi).toBe(true);
    db.close();
  });

  it('migrates a v1 database: dismissed → status, source = auto, dismissed removed', async () => {
    const idb = new IDBFactory();
    await makeV1Database(idb, 'upgrade-me');

    const db = new AnnotatorDB('upgrade-me', { indexedDB: idb, IDBKeyRange });
    await db.open();
    expect(db.verno).toBe(CURRENT_VERSION);

    const items = await db.items.orderBy('id').toArray();
    expect(items.map((i) => [i.id, i.status, i.source])).toEqual([
      ['a', 'dismissed', 'auto'],
      ['b', 'active', 'auto'],
      ['c', 'active', 'auto'],
    ]);
    for (const i of items) expect(i).not.toHaveProperty('dismissed');
    // Everything else is untouched.
    expect(items[0]).toMatchObject({ note: 'v1 note', tags: ['重点'], value: 5, createdAt: 100, updatedAt: 200 });
    expect(await db.reports.get(URL_A)).toEqual({ ...report, identity: identityFromTitle(report), identityCorrected: false });
    expect(await db.tags.toArray()).toEqual([{ name: '重点', colour: '#fde047' }]);

    // The new indexes are populated for the migrated records.
    expect(await db.items.where('[reportId+status]').equals([URL_A, 'active']).count()).toBe(2);
    expect(await db.items.where('status').equals('dismissed').primaryKeys()).toEqual(['a']);
    expect(await db.items.where('tags').equals('重点').count()).toBe(1);
    db.close();

    // Re-opening an upgraded database changes nothing.
    const again = new AnnotatorDB('upgrade-me', { indexedDB: idb, IDBKeyRange });
    expect((await again.items.orderBy('id').toArray()).map((i) => i.status)).toEqual(['dismissed', 'active', 'active']);
    again.close();
  });

  test.each([
    [{ dismissed: true }, { status: 'dismissed', source: 'auto' }],
    [{ dismissed: false }, { status: 'active', source: 'auto' }],
    [{}, { status: 'active', source: 'auto', tags: [], note: '' }],
    [{ dismissed: 'yes' }, { status: 'active' }],
  ] as const)('upgradeItemV1toV2(%j)', (before, after) => {
    const item: Record<string, unknown> = { id: 'x', ...before };
    upgradeItemV1toV2(item);
    expect(item).toMatchObject(after);
    expect(item).not.toHaveProperty('dismissed');
  });

  it('migrates a v2 database to v3: the new indexes hold every item, an unusable createdAt or status repaired', async () => {
    const idb = new IDBFactory();
    const v2 = new Dexie('v2', { indexedDB: idb, IDBKeyRange });
    v2.version(1).stores({ ...SCHEMA_V1 });
    v2.version(2).stores({ ...SCHEMA_V2 });
    await v2.table('reports').add(report);
    const ok = { ...v1Item('ok', undefined), status: 'active', source: 'auto' };
    delete (ok as Record<string, unknown>).dismissed;
    await v2.table('items').bulkAdd([
      ok,
      { ...ok, id: 'no-created', createdAt: undefined },
      { ...ok, id: 'nan-both', createdAt: Number.NaN, updatedAt: Number.NaN },
      { ...ok, id: 'no-status', status: undefined, createdAt: 300 },
    ]);
    // In v2, an index leaves those records out.
    expect(await v2.table('items').where('createdAt').above(-Infinity).count()).toBe(2);
    v2.close();

    const db = new AnnotatorDB('v2', { indexedDB: idb, IDBKeyRange });
    await db.open();
    expect(db.verno).toBe(CURRENT_VERSION);
    const byId = new Map((await db.items.toArray()).map((i) => [i.id, i]));
    expect(byId.get('ok')).toEqual({ ...ok, ...V4_NULLS }); // a sound record is untouched (but for v4's new fields)
    expect(byId.get('no-created')).toMatchObject({ createdAt: 200, updatedAt: 200 });
    expect(byId.get('nan-both')).toMatchObject({ createdAt: 0, updatedAt: 0 });
    expect(byId.get('no-status')).toMatchObject({ status: 'active', createdAt: 300 });
    const inIndex = await db.items.where('[status+createdAt]').between(['active', -Infinity], ['active', Infinity]).primaryKeys();
    expect(inIndex.sort()).toEqual(['nan-both', 'no-created', 'no-status', 'ok']);
    expect(await db.items.where('[reportId+status+createdAt]').between([URL_A, 'active', -Infinity], [URL_A, 'active', Infinity]).count()).toBe(4);
    db.close();
  });

  test.each([
    [{ createdAt: 5, updatedAt: 6, status: 'dismissed' }, { createdAt: 5, updatedAt: 6, status: 'dismissed' }],
    [{ updatedAt: 6, status: 'active' }, { createdAt: 6, updatedAt: 6 }],
    [{ createdAt: 'yesterday', updatedAt: null, status: 'active' }, { createdAt: 0, updatedAt: 0 }],
    [{ createdAt: 5, updatedAt: Infinity }, { createdAt: 5, updatedAt: 5, status: 'active' }],
  ] as const)('upgradeItemV2toV3(%j)', (before, after) => {
    const item: Record<string, unknown> = { id: 'x', ...before };
    upgradeItemV2toV3(item);
    expect(item).toMatchObject(after);
  });

  it('migrates a v3 database to v4: reports get an identity from title and address, items keep their parsed fields', async () => {
    const idb = new IDBFactory();
    const v3 = new Dexie('v3', { indexedDB: idb, IDBKeyRange });
    v3.version(1).stores({ ...SCHEMA_V1 });
    v3.version(2).stores({ ...SCHEMA_V2 });
    v3.version(3).stores({ ...SCHEMA_V3 });
    const zhejiang = { ...report, id: 'https://www.zj.gov.cn/art/2026/a.html', url: 'https://www.zj.gov.cn/art/2026/a.html', title: '2026年浙江省政府工作报告', site: 'www.zj.gov.cn' };
    const untitled = { ...report, id: 'https://example.com/news', url: 'https://example.com/news', title: '', site: 'example.com' };
    await v3.table('reports').bulkAdd([zhejiang, untitled]);
    const old = { ...v1Item('old', undefined), reportId: zhejiang.id, metric: '地区生产总值', status: 'active', source: 'auto' };
    delete (old as Record<string, unknown>).dismissed;
    const bare = { ...old, id: 'bare', metric: '' };
    await v3.table('items').bulkAdd([old, bare]);
    v3.close();

    const db = new AnnotatorDB('v3', { indexedDB: idb, IDBKeyRange });
    await db.open();
    expect(db.verno).toBe(CURRENT_VERSION);
    expect(await db.reports.get(zhejiang.id)).toEqual({
      ...zhejiang,
      identity: { place: '浙江省', level: 'province', year: 2026, genre: 'government_work_report' },
      identityCorrected: false,
    });
    expect(await db.reports.get(untitled.id)).toMatchObject({ identity: { place: null, level: null, year: null, genre: 'other' } });
    // The metric and every parsed field stay as they were: nothing is blanked, nothing guessed.
    expect(await db.items.get('old')).toEqual({ ...old, ...V4_NULLS });
    expect(await db.items.get('bare')).toEqual({ ...bare, ...V4_NULLS });
    db.close();
  });

  test.each([
    [{ title: '安徽省2025年政府工作报告', url: 'https://www.ah.gov.cn/a.html' }, { identity: { place: '安徽省', level: 'province', year: 2025 }, identityCorrected: false }],
    [{ title: 'x', url: 'https://a.example/', identity: { place: '合肥市', level: 'city', year: 2024, genre: 'other' }, identityCorrected: true }, { identity: { place: '合肥市' }, identityCorrected: true }],
    [{}, { identity: { place: null, genre: 'other' }, identityCorrected: false }],
  ] as const)('upgradeReportV3toV4(%j)', (before, after) => {
    const report: Record<string, unknown> = { id: 'x', ...before };
    upgradeReportV3toV4(report);
    expect(report).toMatchObject(after);
  });

  test.each([
    [{ metric: '城镇新增就业' }, { metric: '城镇新增就业', ...V4_NULLS }],
    [{ metric: '', indicator: 'cpi', parsedByReader: true }, { metric: '', indicator: 'cpi', parsedByReader: true, direction: null }],
    [{ period: { kind: 'average', year: null } }, { period: { kind: 'average', year: null }, from: null }],
  ] as const)('upgradeItemV3toV4(%j)', (before, after) => {
    const item: Record<string, unknown> = { id: 'x', ...before };
    upgradeItemV3toV4(item);
    expect(item).toEqual({ id: 'x', ...V4_NULLS, ...after });
  });
});

describe('schema v5', () => {
  it('migrates a v4 database: everything kept, an empty headlines table for the tracker', async () => {
    const idb = new IDBFactory();
    const v4 = new Dexie('v4', { indexedDB: idb, IDBKeyRange });
    v4.version(1).stores({ ...SCHEMA_V1 });
    v4.version(2).stores({ ...SCHEMA_V2 });
    v4.version(3).stores({ ...SCHEMA_V3 });
    v4.version(4).stores({ ...SCHEMA_V4 });
    const withIdentity = { ...report, identity: { place: '全国', level: 'national', year: 2025, genre: 'government_work_report' }, identityCorrected: true };
    await v4.table('reports').add(withIdentity);
    v4.close();

    const db = new AnnotatorDB('v4', { indexedDB: idb, IDBKeyRange });
    await db.open();
    expect(db.verno).toBe(CURRENT_VERSION);
    expect(await db.reports.get(URL_A)).toEqual(withIdentity);
    expect(await db.headlines.count()).toBe(0);
    expect(db.headlines.schema.primKey.name).toBe('reportId');
    expect(db.headlines.schema.indexes.map((i) => i.name)).toEqual(['updatedAt']);
    db.close();
  });
});
