/**
 * READ-ONLY access to the extension's database from the extension pages
 * (popup, collection page), for Dexie's liveQuery.
 *
 * The decision (see lib/store/schema.ts): the background owns the database and
 * makes every write, through its messages (components/collection/actions.ts).
 * Extension pages share the background's origin, so they may open the same
 * IndexedDB to READ it and watch it with liveQuery: a change the background
 * makes (from a page's card, from another tab) reaches an open popup at once,
 * through Dexie's cross-context change broadcast, with no message listener.
 *
 * Kept safe by structure, not by convention:
 * - this module hands out {@link ReadOnlyDb}, which has only read methods (no
 *   put/add/delete/modify, no Collection that could modify), and runs reads in
 *   a Dexie 'r' transaction, where any write would throw;
 * - it refuses to open anywhere but an extension page: in a content script the
 *   same code would open a database in the visited website's origin.
 */

import type { Table } from 'dexie';
import { backupOf, type BackupFile } from '../../lib/backup/format';
import { countInView, readFirstScreen as readFirstScreenOf, type FirstScreen } from '../../lib/store/first-screen';
import { AnnotatorDB } from '../../lib/store/schema';
import { compareNewestFirst } from '../../lib/store/order';
import type { HeadlineRecord, ItemRecord, ReportRecord, TagRecord } from '../../lib/store/records';

/** The read methods of a table, nothing that writes. */
export type ReadTable<T> = Pick<Table<T, string>, 'get' | 'bulkGet' | 'count' | 'toArray'>;

export interface ReadOnlyDb {
  readonly items: ReadTable<ItemRecord>;
  readonly reports: ReadTable<ReportRecord>;
  readonly tags: ReadTable<TagRecord>;
  /** The tracker's headline figures, one record per report (lib/store/records.ts HeadlineRecord). */
  readonly headlines: ReadTable<HeadlineRecord>;
  /** Run `reads` in one read-only transaction over every table, so what they read agrees. */
  read<T>(reads: (db: ReadOnlyDb) => Promise<T>): Promise<T>;
  /** The first screen of a page, from indexes (lib/store/first-screen.ts), in one read-only transaction. */
  firstScreen(layout: 'table' | 'groups', rows: number): Promise<FirstScreen>;
  /** How many items of each of these reports are in the default view. */
  countInView(reportIds: readonly string[]): Promise<Map<string, number>>;
}

/** Pages of the extension itself (the background's origin); never a website. */
const EXTENSION_PAGE = /^(?:chrome|moz|safari-web)-extension:$/;

function readOnly(d: AnnotatorDB): ReadOnlyDb {
  const ro: ReadOnlyDb = {
    items: d.items,
    reports: d.reports,
    tags: d.tags,
    headlines: d.headlines,
    read: (reads) => d.transaction('r', [d.items, d.reports, d.tags, d.headlines], () => reads(ro)),
    firstScreen: (layout, rows) => d.transaction('r', d.items, d.reports, d.tags, () => readFirstScreenOf(d, layout, rows)),
    countInView: (reportIds) => d.transaction('r', d.items, () => countInView(d, reportIds)),
  };
  return ro;
}

let db: ReadOnlyDb | null = null;

export function readDb(): ReadOnlyDb {
  if (!db) {
    const protocol = (globalThis as { location?: { protocol?: string } }).location?.protocol ?? '';
    if (!EXTENSION_PAGE.test(protocol)) {
      throw new Error(`只有扩展页面可以读取数据库 / only extension pages may read the database (here: ${protocol || 'no location'})`);
    }
    db = readOnly(new AnnotatorDB());
  }
  return db;
}

export interface Snapshot {
  /** Every item, newest first. */
  items: ItemRecord[];
  reports: Map<string, ReportRecord>;
  tags: Map<string, TagRecord>;
}

/** Everything, in one read transaction so the three tables agree. */
export async function readSnapshot(): Promise<Snapshot> {
  return readDb().read(async (d) => {
    const [items, reports, tags] = await Promise.all([d.items.toArray(), d.reports.toArray(), d.tags.toArray()]);
    return {
      items: items.sort(compareNewestFirst),
      reports: new Map(reports.map((r) => [r.id, r])),
      tags: new Map(tags.map((t) => [t.name, t])),
    };
  });
}

/** What a page shows first, before {@link readSnapshot} has read everything. */
export function readFirstScreen(layout: 'table' | 'groups', rows: number): Promise<FirstScreen> {
  return readDb().firstScreen(layout, rows);
}

/**
 * The backup of everything, read here rather than asked of the background: a runtime message
 * carries at most 64 MiB, less than the backup of a full collection.
 */
export function readBackup(now: () => number = Date.now): Promise<BackupFile> {
  return readDb().read(async (d) => {
    const [reports, items, tags, headlines] = await Promise.all([d.reports.toArray(), d.items.toArray(), d.tags.toArray(), d.headlines.toArray()]);
    return backupOf(reports, items, tags, now(), headlines);
  });
}

/** What the tracker view reads: every report (for its identity) and every tracker record. */
export interface TrackerSnapshot {
  reports: Map<string, ReportRecord>;
  headlines: HeadlineRecord[];
}

/**
 * The tracker's data, in one read transaction; watch it with liveQuery (use-tracker.ts), then
 * lib/collection/tracker-data.ts turns it into the ledger, the reports in it, and passage links.
 */
export function readTracker(): Promise<TrackerSnapshot> {
  return readDb().read(async (d) => {
    const [reports, headlines] = await Promise.all([d.reports.toArray(), d.headlines.toArray()]);
    return { reports: new Map(reports.map((r) => [r.id, r])), headlines };
  });
}
