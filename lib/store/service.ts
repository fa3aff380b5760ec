/**
 * The background's typed service over the database. Every write goes through
 * here (called by the message handlers in lib/store/handlers.ts); the only other
 * reader is the extension pages' read-only liveQuery (components/collection/db.ts).
 *
 * Inputs may arrive over messages, so they are checked with the same record
 * checks as backups (lib/backup/check-records.ts) and rejected with a bilingual
 * Error message; only known fields of a patch are applied.
 */

import { checkItemRecord } from '../backup/check-records';
import { CAPACITY, ensureRoom, type Capacity } from './capacity';
import { StoreError, fail, problemsError } from './errors';
import { matchDrafts } from './match-drafts';
import { compareByPosition } from './order';
import {
  INDICATOR_IDS,
  ITEM_STATUSES,
  LIMITS,
  normaliseTags,
  parsedFieldsOf,
  rereadFields,
  sameParsedFields,
  type HeadlineRecord,
  type ItemDraft,
  type ItemPatch,
  type ItemRecord,
  type ItemStatus,
  type ParsedFields,
  type ReportIdentity,
  type ReportRecord,
  type TagRecord,
} from './records';
import { requireReport, setReportIdentity, setTracked, upsertReport, type PageInfo } from './report-writes';
import type { AnnotatorDB } from './schema';
import { checkTagName, deleteTag, ensureTags, listTags, renameTag, setTagColour, type TagSummary } from './tags';

export { StoreError } from './errors';
export type { PageInfo } from './report-writes';
export { compareByPosition, compareNewestFirst, matchesFilter, type ItemFilter } from './order';
export type { TagSummary } from './tags';


export interface SaveItemsResult {
  /** Newly stored items. */
  added: ItemRecord[];
  /** Stored items that changed: re-found orphans made active again, moved items re-anchored. */
  updated: ItemRecord[];
  /** Every item of the report after the save (any status), in page order. */
  items: ItemRecord[];
}

export interface ServiceOptions {
  now?: () => number;
  newId?: () => string;
  /** How many reports, items and tags the store holds at most (a test seam; the backup's limits by default). */
  capacity?: Capacity;
}


export class AnnotatorService {
  private readonly now: () => number;
  private readonly newId: () => string;
  private readonly capacity: Capacity;

  constructor(
    readonly db: AnnotatorDB,
    opts: ServiceOptions = {},
  ) {
    this.now = opts.now ?? Date.now;
    this.newId = opts.newId ?? (() => globalThis.crypto.randomUUID());
    this.capacity = opts.capacity ?? CAPACITY;
  }

  // ---------------------------------------------------------------- reports (report-writes.ts)

  /** Record a visit: the report, its identity (unless the reader corrected it) and its headline figures. */
  upsertReport(page: PageInfo): Promise<ReportRecord> {
    return upsertReport(this.db, this.capacity, this.now(), page);
  }

  /** Put a report in the tracker again, or take it out; visits keep it out. */
  setTracked(reportId: string, included: boolean): Promise<HeadlineRecord | null> {
    return setTracked(this.db, this.now, reportId, included);
  }

  /** The reader's correction of a report's identity (null: back to the reading of its text). */
  setReportIdentity(reportId: string, identity: ReportIdentity | null): Promise<ReportRecord> {
    return setReportIdentity(this.db, reportId, identity);
  }


  // ------------------------------------------------------------------ items

  private buildItem(
    reportId: string,
    draft: ItemDraft,
    source: ItemRecord['source'],
    label: string,
    now: number,
  ): ItemRecord {
    if (typeof draft !== 'object' || draft === null) throw new StoreError(`${label}：不是对象 / is not an object`);
    const candidate = {
      id: this.newId(),
      reportId,
      kind: draft.kind,
      selector: draft.selector,
      metric: draft.metric ?? '',
      indicator: draft.indicator ?? null,
      value: draft.value ?? null,
      max: draft.max ?? null,
      unit: draft.unit ?? '',
      cmp: draft.cmp ?? null,
      direction: draft.direction ?? null,
      from: draft.from ?? null,
      period: draft.period ?? null,
      strength: draft.strength ?? null,
      strengthCue: draft.strengthCue ?? null,
      deadline: draft.deadline ?? null,
      section: draft.section ?? '',
      tags: draft.tags ?? [],
      note: draft.note ?? '',
      source,
      status: 'active',
      parsedByReader: false,
      createdAt: now,
      updatedAt: now,
    };
    const checked = checkItemRecord(candidate);
    if (!checked.ok) throw problemsError(label, checked.problems);
    return checked.record;
  }

  /**
   * Store auto-detected items for a report. Idempotent: a draft whose quote and
   * position match a stored item of the report (any source, any status) is not
   * stored again. A draft whose quote matches an item at another position with
   * the same prefix or suffix is the same item after the page shifted: its
   * selector is updated (the nearest such item, preferring both sides alike).
   * A re-found `orphaned` item becomes `active` again; `dismissed` items stay
   * dismissed. Throws (storing nothing) if any draft is invalid or the report
   * is unknown (send 'report/visit' first).
   */
  async saveItems(reportId: string, drafts: ItemDraft[]): Promise<SaveItemsResult> {
    if (!Array.isArray(drafts)) fail('items 不是数组', 'items is not an array');
    if (drafts.length > LIMITS.items) fail('条目过多', 'too many items');
    const now = this.now(); // one batch, one time: newest-first lists keep a batch in page order
    const built = drafts.map((d, i) => this.buildItem(reportId, d, 'auto', `第 ${i + 1} 条 item`, now));
    const { db } = this;
    return db.transaction('rw', db.reports, db.items, db.tags, async () => {
      await requireReport(this.db, reportId);
      const existing = await db.items.where('reportId').equals(reportId).toArray();
      const { added, changed } = matchDrafts(existing, built, now);
      await ensureRoom(db, 'items', added.length, this.capacity);
      if (added.length) await db.items.bulkAdd(added);
      if (changed.size) await db.items.bulkPut([...changed.values()]);
      await ensureTags(db, added.flatMap((i) => i.tags), this.capacity);
      const items = await db.items.where('reportId').equals(reportId).toArray();
      return { added, updated: [...changed.values()], items: items.sort(compareByPosition) };
    });
  }

  /** A reader-marked item; always stored (source 'manual'). */
  async addManualItem(reportId: string, draft: ItemDraft): Promise<ItemRecord> {
    const item = this.buildItem(reportId, draft, 'manual', 'item', this.now());
    const { db } = this;
    return db.transaction('rw', db.reports, db.items, db.tags, async () => {
      await requireReport(this.db, reportId);
      await ensureRoom(db, 'items', 1, this.capacity);
      await db.items.add(item);
      await ensureTags(db, item.tags, this.capacity);
      return item;
    });
  }

  getItem(id: string): Promise<ItemRecord | undefined> {
    return this.db.items.get(id);
  }

  /**
   * Apply the user-editable fields of `patch` (tags, note, kind, status, and the reader's metric
   * and indicator, which make the record `parsedByReader`); other keys are ignored.
   */
  async updateItem(id: string, patch: ItemPatch): Promise<ItemRecord> {
    if (typeof patch !== 'object' || patch === null) fail('patch 不是对象', 'patch is not an object');
    const { db } = this;
    return db.transaction('rw', db.items, db.tags, async () => {
      const existing = await db.items.get(id);
      if (!existing) return fail(`找不到条目 ${String(id).slice(0, 100)}`, `item ${String(id).slice(0, 100)} not found`);
      const next = { ...existing, updatedAt: this.now() };
      if (patch.tags !== undefined) next.tags = Array.isArray(patch.tags) ? normaliseTags(patch.tags) : patch.tags;
      if (patch.note !== undefined) next.note = patch.note;
      if (patch.kind !== undefined) next.kind = patch.kind;
      if (patch.status !== undefined) next.status = patch.status;
      if (patch.metric !== undefined || patch.indicator !== undefined) {
        if (patch.metric !== undefined) next.metric = typeof patch.metric === 'string' ? patch.metric.trim() : patch.metric;
        if (patch.indicator !== undefined) {
          if (patch.indicator !== null && !INDICATOR_IDS.includes(patch.indicator)) {
            fail(`indicator 无效：${String(patch.indicator).slice(0, 100)}`, `invalid indicator: ${String(patch.indicator).slice(0, 100)}`);
          }
          next.indicator = patch.indicator;
        }
        next.parsedByReader = true;
      }
      const checked = checkItemRecord(next);
      if (!checked.ok) throw problemsError(`item（id ${existing.id}）`, checked.problems);
      await db.items.put(checked.record);
      await ensureTags(db, checked.record.tags, this.capacity);
      return checked.record;
    });
  }

  /**
   * The extractor's new reading of a report's stored items (lib/page/rederive.ts): applied to its
   * auto items the reader did not correct; an item of another report, marked by hand, corrected or
   * gone is left alone. A metric is never blanked. Returns the records that changed.
   */
  async reparseItems(reportId: string, updates: { id: string; fields: ParsedFields }[]): Promise<ItemRecord[]> {
    if (!Array.isArray(updates)) fail('items 不是数组', 'items is not an array');
    if (updates.length > LIMITS.items) fail('条目过多', 'too many items');
    const { db } = this;
    return db.transaction('rw', db.items, async () => {
      const found = await db.items.bulkGet(updates.map((u) => (typeof u?.id === 'string' ? u.id : '')));
      const now = this.now();
      const changed: ItemRecord[] = [];
      updates.forEach((update, i) => {
        const existing = found[i];
        if (!existing || existing.reportId !== reportId || existing.source !== 'auto' || existing.parsedByReader) return;
        if (typeof update.fields !== 'object' || update.fields === null) fail(`第 ${i + 1} 条 fields 不是对象`, `fields of item ${i + 1} is not an object`);
        const fields = rereadFields(parsedFieldsOf(existing), parsedFieldsOf(update.fields));
        if (sameParsedFields(parsedFieldsOf(existing), fields)) return;
        const checked = checkItemRecord({ ...existing, ...fields, updatedAt: now });
        if (!checked.ok) throw problemsError(`item（id ${existing.id}）`, checked.problems);
        changed.push(checked.record);
      });
      if (changed.length) await db.items.bulkPut(changed);
      return changed;
    });
  }

  /** Set the status of several items at once (e.g. the content script marking items it could not re-find). */
  async setStatus(ids: string[], status: ItemStatus): Promise<ItemRecord[]> {
    if (!ITEM_STATUSES.includes(status)) fail(`status 无效：${String(status)}`, `invalid status: ${String(status)}`);
    return this.modifyItems(ids, (item) => (item.status === status ? null : { ...item, status }));
  }

  /** Delete items; returns the deleted records, so the caller can undo with {@link restoreItems}. */
  async deleteItems(ids: string[]): Promise<ItemRecord[]> {
    const { db } = this;
    return db.transaction('rw', db.items, async () => {
      const found = (await db.items.bulkGet([...new Set(ids)])).filter((i): i is ItemRecord => !!i);
      await db.items.bulkDelete(found.map((i) => i.id));
      return found;
    });
  }

  /** Put deleted records back exactly as they were (undo). Returns how many were restored. */
  async restoreItems(records: ItemRecord[]): Promise<number> {
    if (!Array.isArray(records)) fail('records 不是数组', 'records is not an array');
    const checked = records.map((r, i) => {
      const c = checkItemRecord(r);
      if (!c.ok) throw problemsError(`第 ${i + 1} 条 item`, c.problems);
      return c.record;
    });
    const { db } = this;
    return db.transaction('rw', db.reports, db.items, db.tags, async () => {
      const reportIds = [...new Set(checked.map((r) => r.reportId))];
      const reports = await db.reports.bulkGet(reportIds);
      reports.forEach((r, i) => {
        if (!r) fail(`报告不存在：${reportIds[i]!.slice(0, 100)}`, `no such report: ${reportIds[i]!.slice(0, 100)}`);
      });
      const present = await db.items.bulkGet(checked.map((r) => r.id));
      await ensureRoom(db, 'items', present.filter((p) => !p).length, this.capacity);
      await db.items.bulkPut(checked);
      await ensureTags(db, checked.flatMap((r) => r.tags), this.capacity);
      return checked.length;
    });
  }

  /** Every item of a report (any status), in page order: what the content script re-anchors. */
  async itemsForReport(reportId: string): Promise<ItemRecord[]> {
    const items = await this.db.items.where('reportId').equals(reportId).toArray();
    return items.sort(compareByPosition);
  }

  private async modifyItems(ids: string[], f: (item: ItemRecord) => ItemRecord | null): Promise<ItemRecord[]> {
    const { db } = this;
    return db.transaction('rw', db.items, db.tags, async () => {
      const found = (await db.items.bulkGet([...new Set(ids)])).filter((i): i is ItemRecord => !!i);
      const now = this.now();
      const out = found.map((item) => {
        const next = f(item);
        return next ? { ...next, updatedAt: now } : item;
      });
      const changed = out.filter((item, i) => item !== found[i]);
      if (changed.length) await db.items.bulkPut(changed);
      await ensureTags(db, changed.flatMap((i) => i.tags), this.capacity);
      return out;
    });
  }

  /** Add a tag to several items; returns the items (found ones) after the change. */
  async bulkTag(ids: string[], tag: string): Promise<ItemRecord[]> {
    const t = checkTagName(tag);
    return this.modifyItems(ids, (item) => {
      if (item.tags.includes(t)) return null;
      if (item.tags.length >= LIMITS.tagsPerItem) {
        fail(`item（id ${item.id}）：标签已达上限 ${LIMITS.tagsPerItem}`, `item (id ${item.id}): already has ${LIMITS.tagsPerItem} tags`);
      }
      return { ...item, tags: [...item.tags, t] };
    });
  }

  /** Remove a tag from several items; returns the items (found ones) after the change. */
  async bulkUntag(ids: string[], tag: string): Promise<ItemRecord[]> {
    const t = typeof tag === 'string' ? tag.trim() : '';
    return this.modifyItems(ids, (item) =>
      item.tags.includes(t) ? { ...item, tags: item.tags.filter((x) => x !== t) } : null,
    );
  }

  // ------------------------------------------------------------------- tags

  /** Every tag with the number of items carrying it; most used first, then by name. */
  listTags(): Promise<TagSummary[]> {
    return listTags(this.db);
  }

  /** Set (or create) a tag's colour, a CSS hex colour such as #fde047. */
  setTagColour(name: string, colour: string): Promise<TagRecord> {
    return setTagColour(this.db, name, colour, this.capacity);
  }

  /** Rename a tag everywhere (merging into `to` if it exists). Returns how many items changed. */
  renameTag(from: string, to: string): Promise<number> {
    return renameTag(this.db, this.now, from, to, this.capacity);
  }

  /** Remove a tag from every item and from the tag list. Returns how many items changed. */
  deleteTag(name: string): Promise<number> {
    return deleteTag(this.db, this.now, name);
  }

  // ------------------------------------------------------------------ whole

  /** Delete everything: reports, items, tags, the tracker's figures. */
  async clearAll(): Promise<void> {
    const { db } = this;
    await db.transaction('rw', [db.reports, db.items, db.tags, db.headlines], async () => {
      await Promise.all([db.reports.clear(), db.items.clear(), db.tags.clear(), db.headlines.clear()]);
    });
  }
}

