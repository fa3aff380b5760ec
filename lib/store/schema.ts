/**
 * The extension's IndexedDB, via Dexie.
 *
 * Who opens it (the decision, kept on purpose):
 * - The background service worker owns it: it alone WRITES, and every write
 *   anyone asks for goes through its messages (lib/messages.ts →
 *   lib/store/handlers.ts → lib/store/service.ts).
 * - Extension pages (popup, collection page) open it READ-ONLY, to watch it with
 *   Dexie's liveQuery, so a change made on a page shows up in an open popup at
 *   once. They share the background's origin (the extension's), so it is the
 *   same database. They get it only through components/collection/db.ts, whose
 *   ReadOnlyDb has read methods only and refuses to open outside an extension page.
 * - Never a content script or any web page: there IndexedDB belongs to the
 *   visited website's origin, not the extension's.
 * Whichever context opens it first creates or upgrades it, with the same
 * versions below (one bundle, one schema).
 *
 * Versions (each version's stores() is spelled out in full, never inherited):
 *   v1  items had a boolean `dismissed` and no `status`/`source`.
 *   v2  items get `status` ('active' | 'dismissed' | 'orphaned') and `source`
 *       ('auto' | 'manual'), indexed by `status` and `[reportId+status]`;
 *       upgrade: dismissed:true → status 'dismissed', else 'active'; source 'auto';
 *       `dismissed` is removed.
 *   v3  items get `[status+createdAt]` and `[reportId+status+createdAt]`, so the popup and the
 *       collection page read their first screen (the newest items of a status, of a report)
 *       from an index instead of every item (lib/store/first-screen.ts);
 *       upgrade: a record an index would leave out (createdAt not a number, no status)
 *       is repaired, so the indexes hold every item.
 *   v4  reports get `identity` (place, level, year, genre) and `identityCorrected` (the reader's
 *       correction, which visits leave alone); items get the rest of what the extractor reads
 *       (`indicator`, `direction`, `from`, `period`, `strengthCue`) and `parsedByReader`.
 *       No index changes. upgrade: a report's identity is read from its title and address
 *       (lib/store/report-identity.ts), until the next visit reads it from the text; an item's
 *       new fields are null (its metric and other parsed fields stay as they were, never blanked:
 *       the next visit re-derives them, lib/page/rederive.ts).
 *   v5  a new table `headlines`, one record per report (key `reportId`, indexed by `updatedAt`):
 *       its headline figures for the tracker (lib/tracker/stored.ts), and whether the reader
 *       removed it from the tracker. upgrade: nothing to move (the table starts empty and fills
 *       as reports are visited).
 *   v6  reports get an index on `identity.place`, so a headline figure's card reads the reports of
 *       its own place (lib/store/tracker-history.ts) instead of every report. IndexedDB fills an
 *       index for the records it holds, but leaves out a record whose key is missing; upgrade: a
 *       report without a usable identity or place (only a hand-made record can lack one) gets it
 *       from its title and address, as v4 does, so every report with a known place is in the index.
 */

import Dexie, { type DexieOptions, type Table, type Transaction } from 'dexie';
import type { HeadlineRecord, ItemRecord, ReportRecord, TagRecord } from './records';
import { identityFromTitle } from './report-identity';

export const DB_NAME = 'report-annotator';

/** v1 store definitions (kept verbatim: an installed v1 database looks like this). */
export const SCHEMA_V1 = {
  reports: 'id, site, lastVisit',
  items: 'id, reportId, kind, *tags, createdAt, updatedAt',
  tags: 'name',
} as const;

/** v2 store definitions. */
export const SCHEMA_V2 = {
  reports: 'id, site, lastVisit',
  items: 'id, reportId, kind, *tags, status, createdAt, updatedAt, [reportId+status]',
  tags: 'name',
} as const;

/** v3 store definitions. */
export const SCHEMA_V3 = {
  reports: 'id, site, lastVisit',
  items: 'id, reportId, kind, *tags, status, createdAt, updatedAt, [reportId+status], [status+createdAt], [reportId+status+createdAt]',
  tags: 'name',
} as const;

/** v4 store definitions: v3's indexes; the records gain fields (see above). */
export const SCHEMA_V4 = SCHEMA_V3;

/** v5 store definitions: v4's, and the tracker's headline figures. */
export const SCHEMA_V5 = {
  ...SCHEMA_V4,
  headlines: 'reportId, updatedAt',
} as const;

/** v6 store definitions: v5's, and reports by place (identity.place, a nested key path). */
export const SCHEMA_V6 = {
  ...SCHEMA_V5,
  reports: 'id, site, lastVisit, identity.place',
} as const;

export const CURRENT_VERSION = 6;

/** How a v3 item was stored (v1 to v3: what the extractor read then). */
export type ItemRecordV3 = Omit<ItemRecord, 'indicator' | 'direction' | 'from' | 'period' | 'strengthCue' | 'parsedByReader'>;

/** How a v1 item was stored. */
export type ItemRecordV1 = Omit<ItemRecordV3, 'status' | 'source'> & { dismissed?: boolean };

/** How a report was stored before v4: no identity. */
export type ReportRecordV3 = Omit<ReportRecord, 'identity' | 'identityCorrected'>;

/** Test seam / alternative IndexedDB implementation (e.g. fake-indexeddb). */
export type IndexedDBDeps = Required<Pick<DexieOptions, 'indexedDB' | 'IDBKeyRange'>>;

/** v1 → v2: derive status/source from the v1 fields. Exported for tests. */
export function upgradeItemV1toV2(item: Record<string, unknown>): void {
  if (item.status === undefined) item.status = item.dismissed === true ? 'dismissed' : 'active';
  if (item.source === undefined) item.source = 'auto';
  if (!Array.isArray(item.tags)) item.tags = [];
  if (typeof item.note !== 'string') item.note = '';
  delete item.dismissed;
}

export async function upgradeToV2(tx: Transaction): Promise<void> {
  await tx
    .table('items')
    .toCollection()
    .modify((item: Record<string, unknown>) => upgradeItemV1toV2(item));
}

/**
 * v2 → v3: IndexedDB leaves a record out of an index when a key part is not a valid key
 * (undefined, NaN), and the first-screen reads would then miss it while the full read shows
 * it. Such a record (only an old or hand-made one can be) gets a usable key: createdAt from
 * updatedAt or 0, status 'active'. Exported for tests.
 */
export function upgradeItemV2toV3(item: Record<string, unknown>): void {
  const time = (x: unknown) => typeof x === 'number' && Number.isFinite(x);
  if (!time(item.createdAt)) item.createdAt = time(item.updatedAt) ? item.updatedAt : 0;
  if (!time(item.updatedAt)) item.updatedAt = item.createdAt;
  if (typeof item.status !== 'string') item.status = 'active';
}

export async function upgradeToV3(tx: Transaction): Promise<void> {
  const usable = (x: unknown) => typeof x === 'number' && Number.isFinite(x);
  await tx
    .table('items')
    .toCollection()
    .filter((item: Record<string, unknown>) => !usable(item.createdAt) || !usable(item.updatedAt) || typeof item.status !== 'string')
    .modify((item: Record<string, unknown>) => upgradeItemV2toV3(item));
}

/** v3 → v4 for one report: an identity from its title and address, not the reader's. Exported for tests. */
export function upgradeReportV3toV4(report: Record<string, unknown>): void {
  if (typeof report.identity !== 'object' || report.identity === null) {
    report.identity = identityFromTitle({
      title: typeof report.title === 'string' ? report.title : '',
      url: typeof report.url === 'string' ? report.url : '',
    });
  }
  if (typeof report.identityCorrected !== 'boolean') report.identityCorrected = false;
}

/** v3 → v4 for one item: the new parsed fields null where absent; the fields it has are kept as they are. Exported for tests. */
export function upgradeItemV3toV4(item: Record<string, unknown>): void {
  for (const field of ['indicator', 'direction', 'from', 'period', 'strengthCue'] as const) {
    if (item[field] === undefined) item[field] = null;
  }
  if (typeof item.parsedByReader !== 'boolean') item.parsedByReader = false;
}

export async function upgradeToV4(tx: Transaction): Promise<void> {
  await tx
    .table('reports')
    .toCollection()
    .modify((report: Record<string, unknown>) => upgradeReportV3toV4(report));
  await tx
    .table('items')
    .toCollection()
    .modify((item: Record<string, unknown>) => upgradeItemV3toV4(item));
}

/**
 * v4 → v5: the headlines table is new and starts empty; a report's figures come with its next
 * visit (they are read from its text, which the store does not keep).
 */
export async function upgradeToV5(): Promise<void> {}

/** A report whose identity is not a record with a place (string or null) would stay out of the place index. */
const lacksPlaceKey = (report: Record<string, unknown>): boolean => {
  const identity = report.identity as Record<string, unknown> | null | undefined;
  return typeof identity !== 'object' || identity === null || (identity.place !== null && typeof identity.place !== 'string');
};

/**
 * v5 → v6 for one report: where its identity is missing, one from its title and address (as v4
 * gives it); where only its place is unusable, the place from its title and address, the rest kept.
 * Exported for tests.
 */
export function upgradeReportV5toV6(report: Record<string, unknown>): void {
  if (!lacksPlaceKey(report)) return;
  const identity = report.identity;
  if (typeof identity !== 'object' || identity === null) {
    delete report.identity;
    upgradeReportV3toV4(report);
    return;
  }
  const read = identityFromTitle({
    title: typeof report.title === 'string' ? report.title : '',
    url: typeof report.url === 'string' ? report.url : '',
  });
  (identity as Record<string, unknown>).place = read.place;
}

/** v5 → v6: the place index holds every report whose place is known (see upgradeReportV5toV6). */
export async function upgradeToV6(tx: Transaction): Promise<void> {
  await tx
    .table('reports')
    .toCollection()
    .filter(lacksPlaceKey)
    .modify((report: Record<string, unknown>) => upgradeReportV5toV6(report));
}

export class AnnotatorDB extends Dexie {
  declare reports: Table<ReportRecord, string>;
  declare items: Table<ItemRecord, string>;
  declare tags: Table<TagRecord, string>;
  declare headlines: Table<HeadlineRecord, string>;

  constructor(name: string = DB_NAME, deps?: IndexedDBDeps) {
    super(name, deps ? { indexedDB: deps.indexedDB, IDBKeyRange: deps.IDBKeyRange } : undefined);
    this.version(1).stores({ ...SCHEMA_V1 });
    this.version(2).stores({ ...SCHEMA_V2 }).upgrade(upgradeToV2);
    this.version(3).stores({ ...SCHEMA_V3 }).upgrade(upgradeToV3);
    this.version(4).stores({ ...SCHEMA_V4 }).upgrade(upgradeToV4);
    this.version(5).stores({ ...SCHEMA_V5 }).upgrade(upgradeToV5);
    this.version(6).stores({ ...SCHEMA_V6 }).upgrade(upgradeToV6);
  }
}
