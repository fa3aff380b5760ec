import Dexie, { type DBCore } from 'dexie';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it, test } from 'vitest';
import {
  AnnotatorDB,
  CURRENT_VERSION,
  SCHEMA_V1,
  SCHEMA_V2,
  SCHEMA_V3,
  SCHEMA_V4,
  SCHEMA_V5,
  upgradeItemV1toV2,
  upgradeItemV2toV3,
  upgradeItemV3toV4,
  upgradeReportV3toV4,
  upgradeReportV5toV6,
  type ItemRecordV1,
  type ReportRecordV3,
} from '../../lib/store/schema';
import type { IndicatorId } from '../../lib/extract/indicators';
import type { HeadlineRecord, ReportIdentity, ReportRecord } from '../../lib/store/records';
import { identityFromTitle } from '../../lib/store/report-identity';
import { figureHistory } from '../../lib/store/tracker-history';
import { ledgerFromStored } from '../../lib/tracker';
import { URL_A, headlinesOfText } from './helpers';

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
    expect(db.reports.schema.indexes.map((i) => i.name).sort()).toEqual(['identity.place', 'lastVisit', 'site']);
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

/** The years of a place before v6: every report read, then the place's kept (the query v6 replaces). */
async function historyByScan(db: AnnotatorDB, reportId: string, indicator: IndicatorId) {
  const place = (await db.reports.get(reportId))?.identity.place ?? null;
  const reports = (await db.reports.toArray()).filter((r) => place && r.identity.place === place);
  const held = await db.headlines.bulkGet(reports.map((r) => r.id));
  const stored = reports.flatMap((r, i) => (held[i] && !held[i].removed ? [{ url: r.url, identity: r.identity, figures: held[i].figures }] : []));
  return ledgerFromStored(stored)
    .filter((row) => row.place === place && row.indicator === indicator)
    .sort((a, b) => a.year - b.year)
    .map((row) => [row.year, row.target?.value ?? null, row.result?.value ?? null, row.status]);
}

/** How the reports table is read: by which index (':id' the primary key), and how (get, query, cursor). */
function watchReportReads(db: AnnotatorDB): string[] {
  const reads: string[] = [];
  db.use({
    stack: 'dbcore',
    name: 'watch-report-reads',
    create: (down: DBCore): DBCore => ({
      ...down,
      table: (name) => {
        const table = down.table(name);
        if (name !== 'reports') return table;
        return {
          ...table,
          get: (req) => (reads.push('get :id'), table.get(req)),
          getMany: (req) => (reads.push('getMany :id'), table.getMany(req)),
          query: (req) => (reads.push(`query ${req.query.index.name || ':id'}`), table.query(req)),
          openCursor: (req) => (reads.push(`cursor ${req.query.index.name || ':id'}`), table.openCursor(req)),
        };
      },
    }),
  });
  return reads;
}

const TEXT_2025 = '2025年主要预期目标是：国内生产总值增长5%左右；居民消费价格涨幅2%左右。过去一年，国内生产总值增长5%，居民消费价格上涨0.2%。';
const TEXT_2026 = '过去一年，国内生产总值增长5.2%，居民消费价格持平。2026年主要预期目标是：国内生产总值增长4.5%左右；居民消费价格涨幅2%左右。';

describe('schema v6', () => {
  /** A v5 database with 3 places × 2 years, one report taken out of the tracker, and two hand-made records. */
  async function makeV5Database(idb: IDBFactory, name: string) {
    const v5 = new Dexie(name, { indexedDB: idb, IDBKeyRange });
    v5.version(1).stores({ ...SCHEMA_V1 });
    v5.version(2).stores({ ...SCHEMA_V2 });
    v5.version(3).stores({ ...SCHEMA_V3 });
    v5.version(4).stores({ ...SCHEMA_V4 });
    v5.version(5).stores({ ...SCHEMA_V5 });
    const reports: ReportRecord[] = [];
    const headlines: HeadlineRecord[] = [];
    for (const [p, place] of ['全国', '浙江省', '安徽省'].entries()) {
      for (const [year, text] of [[2025, TEXT_2025], [2026, TEXT_2026]] as const) {
        const url = `https://www.p${p}.gov.cn/gzbg/${year}.html`;
        const identity: ReportIdentity = { place, level: p ? 'province' : 'national', year, genre: 'government_work_report' };
        reports.push({ id: url, url, title: `${place}${year}年政府工作报告`, site: `www.p${p}.gov.cn`, firstVisit: year, lastVisit: year, identity, identityCorrected: false });
        headlines.push({ reportId: url, figures: headlinesOfText(identity, text), removed: place === '安徽省' && year === 2026, updatedAt: year });
      }
    }
    // Hand-made (an old import): no identity at all, and an identity without a place.
    const bare = { id: 'https://www.zj.gov.cn/bare.html', url: 'https://www.zj.gov.cn/bare.html', title: '2027年浙江省政府工作报告', site: 'www.zj.gov.cn', firstVisit: 1, lastVisit: 1 };
    const placeless = { ...bare, id: 'https://www.zj.gov.cn/placeless.html', url: 'https://www.zj.gov.cn/placeless.html', title: '2028年浙江省政府工作报告', identity: { level: 'province', year: 2028, genre: 'government_work_report' }, identityCorrected: true };
    await v5.table('reports').bulkAdd([...reports, bare, placeless]);
    await v5.table('headlines').bulkAdd([
      ...headlines,
      { reportId: bare.id, figures: headlinesOfText({ place: '浙江省', level: 'province', year: 2027, genre: 'government_work_report' }, TEXT_2026), removed: false, updatedAt: 1 },
    ]);
    v5.close();
    return { reports, bare, placeless };
  }

  it('migrates a v5 database: every report of a known place in the place index, and each card’s years as before', async () => {
    const idb = new IDBFactory();
    const { reports, bare, placeless } = await makeV5Database(idb, 'v5');
    const db = new AnnotatorDB('v5', { indexedDB: idb, IDBKeyRange });
    const reads = watchReportReads(db);
    await db.open();
    expect(db.verno).toBe(CURRENT_VERSION);

    // Sound reports are untouched; the hand-made ones get what their title says, a correction kept.
    expect(await db.reports.bulkGet(reports.map((r) => r.id))).toEqual(reports);
    expect((await db.reports.get(bare.id))?.identity).toEqual({ place: '浙江省', level: 'province', year: 2027, genre: 'government_work_report' });
    expect(await db.reports.get(placeless.id)).toMatchObject({ identity: { place: '浙江省', year: 2028 }, identityCorrected: true });
    expect((await db.reports.where('identity.place').equals('浙江省').primaryKeys()).sort()).toEqual([...reports.filter((r) => r.identity.place === '浙江省').map((r) => r.id), bare.id, placeless.id].sort());

    for (const report of [...reports, bare]) {
      for (const indicator of ['gdp_growth', 'cpi'] as const) {
        const expected = await historyByScan(db, report.id, indicator);
        reads.length = 0;
        const history = await figureHistory(db, report.id, indicator);
        expect(history.rows.map((r) => [r.year, r.target?.value ?? null, r.result?.value ?? null, r.status])).toEqual(expected);
        // The report itself, then its place's reports by the index: never every report.
        expect(reads).toEqual(['get :id', 'query identity.place']);
      }
    }
    // The place with a report out of the tracker, and the one a hand-made record joined (2027).
    const years = async (id: string) => (await figureHistory(db, id, 'gdp_growth')).rows.map((r) => [r.year, r.status]);
    expect(await years(reports[4]!.id)).toEqual([[2024, 'no target'], [2025, 'pending']]);
    expect(await years(reports[2]!.id)).toEqual([[2024, 'no target'], [2025, 'met'], [2026, 'met'], [2027, 'pending']]);
    db.close();
  });

  test.each([
    [{ identity: { place: '全国', level: 'national', year: 2025, genre: 'other' } }, { identity: { place: '全国', level: 'national', year: 2025, genre: 'other' } }],
    [{ identity: { place: null, level: null, year: 2025, genre: 'other' } }, { identity: { place: null, year: 2025 } }],
    [{ title: '2024年安徽省政府工作报告', url: 'https://www.ah.gov.cn/a.html' }, { identity: { place: '安徽省', level: 'province', year: 2024 }, identityCorrected: false }],
    [{ title: '安徽省政府工作报告', url: 'https://www.ah.gov.cn/a.html', identity: { level: 'city', year: 2020, genre: 'other' }, identityCorrected: true }, { identity: { place: '安徽省', level: 'city', year: 2020, genre: 'other' }, identityCorrected: true }],
    [{ title: '', url: 'https://example.com/', identity: { place: 7, year: 2020 } }, { identity: { place: null, year: 2020 } }],
  ] as const)('upgradeReportV5toV6(%j)', (before, after) => {
    const report: Record<string, unknown> = { id: 'x', ...structuredClone(before) };
    upgradeReportV5toV6(report);
    expect(report).toMatchObject(after);
  });
});
