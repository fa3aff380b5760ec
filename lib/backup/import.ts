/**
 * Importing a backup into the database.
 *
 * The whole file is validated first (lib/backup/validate.ts): a file that is
 * not a backup changes nothing; a record that is invalid is left out and named
 * in {@link ImportSummary.skipped}, the rest imported. The import itself runs in
 * ONE Dexie transaction and is idempotent — importing the same file twice adds
 * nothing the second time:
 *
 * - reports, by id: firstVisit = earliest, lastVisit = latest, url/title from
 *   the more recent visit.
 * - items, by id, and an auto-detected item with a new id but the same anchor
 *   (report, quote, offsets) as a stored auto item (the same page annotated on
 *   two machines): ONE merge, {@link mergeItems}. The fields come from the later
 *   edit (ties keep the stored record), tags are united and both notes are kept,
 *   so a round trip (export from A, import into B, edit on both, import back)
 *   loses neither side's tags or note. Nothing can tell a tag or text removed on
 *   one side from one never there, so such a removal can come back.
 * - what does not fit an item's limits after a merge (more than
 *   LIMITS.tagsPerItem tags, two notes longer than LIMITS.noteLength together) is
 *   left out of the FILE's side, never the stored side, and reported in
 *   {@link ImportSummary.truncated}: the file still holds it.
 * - tags, by name: new names are added; a stored tag keeps its colour.
 *   Every tag used by an item gets a tag record.
 * - the tracker's records (headline figures, removed or not), by report: the
 *   later one (updatedAt) wins whole; ties keep the stored one.
 * - the store's capacity (lib/store/capacity.ts) holds for the result: an
 *   import that would pass it is refused whole, saying by how much, and
 *   changes nothing.
 */

import { CAPACITY, roomMessage, type Capacity } from '../store/capacity';
import {
  LIMITS,
  anchorKey,
  defaultTagColour,
  normaliseTags,
  type HeadlineRecord,
  type ItemRecord,
  type ReportRecord,
  type TagRecord,
} from '../store/records';
import type { AnnotatorDB } from '../store/schema';
import type { BackupFile } from './format';
import type { Bilingual } from './problems';
import { parseBackup, validateBackup, type Skipped } from './validate';

/** What a merge left out of one item because it would not fit. */
export interface Truncation {
  /** The stored item the file's record was merged into. */
  id: string;
  /** Its quote, to name it to the reader. */
  quote: string;
  /** The file's tags that did not fit (an item holds at most LIMITS.tagsPerItem). */
  tags: string[];
  /** The file's note did not fit beside the stored one (LIMITS.noteLength together) and was left out. */
  note: boolean;
}

export interface ImportSummary {
  reports: { added: number; updated: number; unchanged: number };
  /** `updated`: merged by id; `merged`: merged into a stored twin with another id (same anchor). */
  items: { added: number; updated: number; merged: number; unchanged: number };
  tags: { added: number; unchanged: number };
  /** The tracker's records of reports. */
  headlines: { added: number; updated: number; unchanged: number };
  /** Items whose merge left something of the file out; empty when nothing was. */
  truncated: Truncation[];
  /** Records of the file left out because they are invalid, each named with its reason. */
  skipped: Skipped;
}

/** Refused: nothing was written; each message says why, in both languages. */
export type ImportOutcome = { ok: true; summary: ImportSummary } | { ok: false; errors: Bilingual[] };

/** The import would pass the store's capacity; thrown inside the transaction so nothing is written. */
class CapacityExceeded extends Error {
  constructor(readonly messages: Bilingual[]) {
    super(messages.map((m) => m.en).join('\n'));
  }
}

const NOTHING_SKIPPED: Skipped = { reports: 0, items: 0, tags: 0, headlines: 0, problems: [] };

/** Structural equality of plain JSON-like values. */
export function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a)) {
    const bb = b as unknown[];
    return a.length === bb.length && a.every((x, i) => sameValue(x, bb[i]));
  }
  const ka = Object.keys(a).filter((k) => (a as Record<string, unknown>)[k] !== undefined);
  const kb = Object.keys(b).filter((k) => (b as Record<string, unknown>)[k] !== undefined);
  return (
    ka.length === kb.length &&
    ka.every((k) => sameValue((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]))
  );
}

/**
 * One report from the stored record and the file's: visits span both, url and title from the later
 * visit. The identity a reader corrected wins over one read from the text (the later visit's
 * when both or neither were corrected), so a correction made on either machine survives.
 */
export function mergeReport(stored: ReportRecord, incoming: ReportRecord): ReportRecord {
  const newer = incoming.lastVisit > stored.lastVisit ? incoming : stored;
  const older = newer === stored ? incoming : stored;
  const identitySide = newer.identityCorrected || !older.identityCorrected ? newer : older;
  return {
    id: stored.id,
    url: newer.url || older.url,
    title: newer.title || older.title,
    site: newer.site || older.site,
    firstVisit: Math.min(stored.firstVisit, incoming.firstVisit),
    lastVisit: Math.max(stored.lastVisit, incoming.lastVisit),
    identity: { ...identitySide.identity },
    identityCorrected: identitySide.identityCorrected,
  };
}

/** Two notes as one: the newer first; one that already holds the other is enough. Null when both do not fit. */
function mergeNotes(newer: string, older: string): string | null {
  if (!older || newer.includes(older)) return newer;
  if (!newer || older.includes(newer)) return older;
  const both = `${newer}\n\n${older}`;
  return both.length <= LIMITS.noteLength ? both : null;
}

/** The outcome of merging a file's record into a stored one. */
export interface ItemMerge {
  record: ItemRecord;
  /** What of the file's record did not fit (tags; the note); null when everything did. */
  left: { tags: string[]; note: boolean } | null;
}

/**
 * Merge the file's record of an item into the stored one (same id, or the same
 * anchor under another id); keeps the stored id. Fields from the later edit
 * (ties: the stored one); tags united, the later edit's first; notes both kept,
 * the later first. Whatever does not fit the limits is left out of the FILE's
 * side (the file still has it), never the stored side, and returned in `left`.
 */
export function mergeItems(stored: ItemRecord, incoming: ItemRecord): ItemMerge {
  const newer = incoming.updatedAt > stored.updatedAt ? incoming : stored;
  const older = newer === stored ? incoming : stored;

  let tags = normaliseTags([...newer.tags, ...older.tags]);
  let leftTags: string[] = [];
  if (tags.length > LIMITS.tagsPerItem) {
    // Every stored tag stays (there are at most the limit of them); the file's fill what is left.
    const keep = new Set(stored.tags);
    for (const t of tags) {
      if (keep.size >= LIMITS.tagsPerItem) break;
      keep.add(t);
    }
    leftTags = tags.filter((t) => !keep.has(t));
    tags = tags.filter((t) => keep.has(t));
  }
  const merged = mergeNotes(newer.note, older.note);
  const note = merged ?? stored.note;

  return {
    record: {
      ...newer,
      id: stored.id,
      tags,
      note,
      createdAt: Math.min(stored.createdAt, incoming.createdAt),
      updatedAt: Math.max(stored.updatedAt, incoming.updatedAt),
    },
    left: leftTags.length || merged === null ? { tags: leftTags, note: merged === null } : null,
  };
}

/**
 * Write an already validated backup, in one transaction. Prefer {@link importBackup}.
 * Throws (writing nothing) when the result would pass `capacity`.
 */
export async function applyBackup(
  db: AnnotatorDB,
  backup: BackupFile,
  skipped: Skipped = NOTHING_SKIPPED,
  capacity: Capacity = CAPACITY,
): Promise<ImportSummary> {
  const summary: ImportSummary = {
    reports: { added: 0, updated: 0, unchanged: 0 },
    items: { added: 0, updated: 0, merged: 0, unchanged: 0 },
    tags: { added: 0, unchanged: 0 },
    headlines: { added: 0, updated: 0, unchanged: 0 },
    truncated: [],
    skipped,
  };

  return db.transaction('rw', [db.reports, db.items, db.tags, db.headlines], async () => {
    // Reports.
    const storedReports = await db.reports.bulkGet(backup.reports.map((r) => r.id));
    const reportWrites: ReportRecord[] = [];
    backup.reports.forEach((incoming, i) => {
      const stored = storedReports[i];
      if (!stored) {
        reportWrites.push(incoming);
        summary.reports.added++;
        return;
      }
      const merged = mergeReport(stored, incoming);
      if (sameValue(merged, stored)) summary.reports.unchanged++;
      else {
        reportWrites.push(merged);
        summary.reports.updated++;
      }
    });

    // Items: by id first, then by anchor against stored auto items not matched by id.
    const storedById = await db.items.bulkGet(backup.items.map((i) => i.id));
    const claimed = new Set<string>(storedById.filter((s): s is ItemRecord => !!s).map((s) => s.id));
    const reportIds = [...new Set(backup.items.map((i) => i.reportId))];
    const storedOfReports = reportIds.length ? await db.items.where('reportId').anyOf(reportIds).toArray() : [];
    const storedByAnchor = new Map<string, ItemRecord>();
    for (const s of storedOfReports) {
      if (s.source === 'auto' && !claimed.has(s.id)) storedByAnchor.set(anchorKey(s), s);
    }

    const itemWrites: ItemRecord[] = [];
    /** Merge the file's record into a stored one; counts it under `kind` if anything changed. */
    const merge = (stored: ItemRecord, incoming: ItemRecord, kind: 'updated' | 'merged') => {
      const { record, left } = mergeItems(stored, incoming);
      if (left) summary.truncated.push({ id: record.id, quote: record.selector.quote.exact, ...left });
      if (sameValue(record, stored)) summary.items.unchanged++;
      else {
        itemWrites.push(record);
        summary.items[kind]++;
      }
    };
    backup.items.forEach((incoming, i) => {
      const stored = storedById[i];
      if (stored) {
        merge(stored, incoming, 'updated');
        return;
      }
      const twin = incoming.source === 'auto' ? storedByAnchor.get(anchorKey(incoming)) : undefined;
      if (twin && !claimed.has(twin.id)) {
        claimed.add(twin.id);
        merge(twin, incoming, 'merged');
        return;
      }
      itemWrites.push(incoming);
      summary.items.added++;
    });

    // Tags: the file's, then any used by written items.
    const tagNames = new Set<string>(backup.tags.map((t) => t.name));
    for (const item of itemWrites) for (const t of item.tags) tagNames.add(t);
    const names = [...tagNames];
    const storedTags = await db.tags.bulkGet(names);
    const fileTags = new Map(backup.tags.map((t) => [t.name, t]));
    const tagWrites: TagRecord[] = [];
    names.forEach((name, i) => {
      if (storedTags[i]) {
        if (fileTags.has(name)) summary.tags.unchanged++;
        return;
      }
      tagWrites.push(fileTags.get(name) ?? { name, colour: defaultTagColour(name) });
      summary.tags.added++;
    });

    // The tracker's records: the later one whole.
    const storedHeadlines = await db.headlines.bulkGet(backup.headlines.map((h) => h.reportId));
    const headlineWrites: HeadlineRecord[] = [];
    backup.headlines.forEach((incoming, i) => {
      const stored = storedHeadlines[i];
      if (!stored) {
        headlineWrites.push(incoming);
        summary.headlines.added++;
      } else if (incoming.updatedAt > stored.updatedAt && !sameValue(incoming, stored)) {
        headlineWrites.push(incoming);
        summary.headlines.updated++;
      } else summary.headlines.unchanged++;
    });

    const adding = { reports: summary.reports.added, items: summary.items.added, tags: summary.tags.added };
    const over: Bilingual[] = [];
    for (const table of ['reports', 'items', 'tags'] as const) {
      if (!adding[table]) continue;
      const stored = await db[table].count();
      if (stored + adding[table] > capacity[table]) over.push(roomMessage(table, stored, adding[table], capacity[table]));
    }
    if (over.length) throw new CapacityExceeded(over);

    if (reportWrites.length) await db.reports.bulkPut(reportWrites);
    if (itemWrites.length) await db.items.bulkPut(itemWrites);
    if (tagWrites.length) await db.tags.bulkPut(tagWrites);
    if (headlineWrites.length) await db.headlines.bulkPut(headlineWrites);
    return summary;
  });
}

/**
 * Validate the whole backup (a parsed JSON value, or the file's text), then
 * import it in one transaction. A file that is no backup, or an import that
 * would pass the store's capacity, writes nothing and says why; invalid
 * records are left out, and named in the summary.
 */
export async function importBackup(db: AnnotatorDB, input: unknown, capacity: Capacity = CAPACITY): Promise<ImportOutcome> {
  const checked = typeof input === 'string' ? parseBackup(input, capacity) : validateBackup(input, capacity);
  if (!checked.ok) return { ok: false, errors: checked.errors };
  try {
    return { ok: true, summary: await applyBackup(db, checked.backup, checked.skipped, capacity) };
  } catch (e) {
    if (e instanceof CapacityExceeded) return { ok: false, errors: e.messages };
    throw e;
  }
}
