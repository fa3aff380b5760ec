/**
 * The JSON backup format.
 *
 * {
 *   "format": "report-annotator-backup",
 *   "version": 2,
 *   "exportedAt": 1730000000000,      // ms since epoch
 *   "reports": [ReportRecord, …],
 *   "items":   [ItemRecord, …],        // every item's reportId is among reports
 *   "tags":    [TagRecord, …],
 *   "headlines": [HeadlineRecord, …]  // the tracker's figures, one per report among reports
 * }
 *
 * Records are exactly the stored records (lib/store/records.ts), so a backup is
 * a faithful copy of the database and export → clear → import round-trips.
 *
 * Versions: 1 (schema v1–v3) had no report identity and no indicator, direction, from, period or
 * strength cue on items; 2 carries them, and the tracker's headline figures (a file without
 * `headlines` has none). A version 1 file still imports: its reports get an
 * identity from their title and address, its items those fields null (lib/backup/check-records.ts),
 * as the schema's v4 upgrade does. An extension that knows only version 1 refuses a version 2
 * file (newer), rather than drop the reader's corrections.
 * The download's file name is lib/collection/file-names.ts's backupJsonFileName.
 */

import type { AnnotatorDB } from '../store/schema';
import type { HeadlineRecord, ItemRecord, ReportRecord, TagRecord } from '../store/records';

export const BACKUP_FORMAT = 'report-annotator-backup';
export const BACKUP_VERSION = 2;
/** The versions this extension imports. */
export const IMPORTABLE_VERSIONS: readonly number[] = [1, 2];

export interface BackupFile {
  format: typeof BACKUP_FORMAT;
  version: typeof BACKUP_VERSION;
  exportedAt: number;
  reports: ReportRecord[];
  items: ItemRecord[];
  tags: TagRecord[];
  headlines: HeadlineRecord[];
}

/** The backup of these records. */
export function backupOf(
  reports: ReportRecord[],
  items: ItemRecord[],
  tags: TagRecord[],
  exportedAt: number,
  headlines: HeadlineRecord[] = [],
): BackupFile {
  return { format: BACKUP_FORMAT, version: BACKUP_VERSION, exportedAt, reports, items, tags, headlines };
}

/**
 * Read the whole database, in one read transaction so the copy is consistent. The collection
 * page reads its backup itself, through its read-only view (components/collection/db.ts): a
 * runtime message carries at most 64 MiB, less than a full collection's backup.
 */
export async function exportBackup(db: AnnotatorDB, now: () => number = Date.now): Promise<BackupFile> {
  return db.transaction('r', [db.reports, db.items, db.tags, db.headlines], async () => {
    const [reports, items, tags, headlines] = await Promise.all([db.reports.toArray(), db.items.toArray(), db.tags.toArray(), db.headlines.toArray()]);
    return backupOf(reports, items, tags, now(), headlines);
  });
}

/** JSON text of a backup (compact: backups can hold 200,000 items). */
export function serialiseBackup(backup: BackupFile): string {
  return JSON.stringify(backup);
}
