/**
 * Read-only access to the extension's database from extension pages (popup,
 * collection). They share the background's origin, so they can open the same
 * IndexedDB and watch it with Dexie's liveQuery: a change the background makes
 * (from a page, from another tab) reaches an open popup at once, through
 * Dexie's cross-context BroadcastChannel. Writes ALWAYS go through the
 * background's messages (components/collection/actions.ts), never through here.
 */

import { AnnotatorDB } from '../../lib/store/schema';
import { compareNewestFirst } from '../../lib/store/service';
import type { ItemRecord, ReportRecord, TagRecord } from '../../lib/store/records';

let db: AnnotatorDB | null = null;

export function readDb(): AnnotatorDB {
  db ??= new AnnotatorDB();
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
  const d = readDb();
  return d.transaction('r', d.items, d.reports, d.tags, async () => {
    const [items, reports, tags] = await Promise.all([d.items.toArray(), d.reports.toArray(), d.tags.toArray()]);
    return {
      items: items.sort(compareNewestFirst),
      reports: new Map(reports.map((r) => [r.id, r])),
      tags: new Map(tags.map((t) => [t.name, t])),
    };
  });
}
