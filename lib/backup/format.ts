/**
 * The JSON backup format.
 *
 * {
 *   "format": "report-annotator-backup",
 *   "version": 1,
 *   "exportedAt": 1730000000000,      // ms since epoch
 *   "reports": [ReportRecord, …],
 *   "items":   [ItemRecord, …],        // every item's reportId is among reports
 *   "tags":    [TagRecord, …]
 * }
 *
 * Records are exactly the stored records (lib/store/records.ts), so a backup is
 * a faithful copy of the database and export → clear → import round-trips.
 * The download's file name is lib/collection/file-names.ts's backupJsonFileName.
 */

import type { AnnotatorDB } from '../store/schema';
import type { ItemRecord, ReportRecord, TagRecord } from '../store/records';

export const BACKUP_FORMAT = 'report-annotator-backup';
export const BACKUP_VERSION = 1;

export interface BackupFile {
  format: typeof BACKUP_FORMAT;
  version: typeof BACKUP_VERSION;
  exportedAt: number;
  reports: ReportRecord[];
  items: ItemRecord[];
  tags: TagRecord[];
}

/** The backup of these records. */
export function backupOf(reports: ReportRecord[], items: ItemRecord[], tags: TagRecord[], exportedAt: number): BackupFile {
  return { format: BACKUP_FORMAT, version: BACKUP_VERSION, exportedAt, reports, items, tags };
}

/**
 * Read the whole database, in one read transaction so the copy is consistent. The collection
 * page reads its backup itself, through its read-only view (components/collection/db.ts): a
 * runtime message carries at most 64 MiB, less than a full collection's backup.
 */
export async function exportBackup(db: AnnotatorDB, now: () => number = Date.now): Promise<BackupFile> {
  return db.transaction('r', db.reports, db.items, db.tags, async () => {
    const [reports, items, tags] = await Promise.all([db.reports.toArray(), db.items.toArray(), db.tags.toArray()]);
    return backupOf(reports, items, tags, now());
  });
}

/** JSON text of a backup (compact: backups can hold 200,000 items). */
export function serialiseBackup(backup: BackupFile): string {
  return JSON.stringify(backup);
}
