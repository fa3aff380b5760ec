/**
 * The background's typed service over the database. Every write goes through
 * here (called by the message handlers in lib/store/handlers.ts); the only other
 * reader is the extension pages' read-only liveQuery (components/collection/db.ts).
 *
 * Inputs may arrive over messages, so they are checked with the same record
 * validator as backups (lib/backup/validate.ts) and rejected with a bilingual
 * Error message; only known fields of a patch are applied.
 */

import { checkItemRecord, formatProblem, type Problem } from '../backup/validate';
import {
  ITEM_STATUSES,
  LIMITS,
  anchorKey,
  defaultTagColour,
  isColour,
  isReportUrl,
  normaliseTags,
  reportIdFor,
  siteOf,
  type ItemDraft,
  type ItemKind,
  type ItemPatch,
  type ItemRecord,
  type ItemStatus,
  type ReportRecord,
  type TagRecord,
} from './records';
import type { AnnotatorDB } from './schema';

export interface PageInfo {
  url: string;
  title: string;
}

export interface ItemFilter {
  reportId?: string;
  /** Items carrying these tags; all of them (default) or any of them (tagMatch 'any'). Empty = no filter. */
  tags?: string[];
  tagMatch?: 'all' | 'any';
  /** Any of these kinds. Empty = no filter. */
  kinds?: ItemKind[];
  /**
   * Case-insensitive substring search over quote.exact, metric and note.
   * Whitespace-separated terms must all match (each in any of the fields).
   */
  text?: string;
  /** One status or any of several; absent = every status. */
  status?: ItemStatus | ItemStatus[];
}

export interface SaveItemsResult {
  /** Newly stored items. */
  added: ItemRecord[];
  /** Stored items that changed: re-found orphans made active again, moved items re-anchored. */
  updated: ItemRecord[];
  /** Every item of the report after the save (any status), in page order. */
  items: ItemRecord[];
}

export interface TagSummary extends TagRecord {
  /** Items (any status) carrying the tag. */
  count: number;
}

export interface ServiceOptions {
  now?: () => number;
  newId?: () => string;
}

/** An Error whose message lists problems, bilingual. */
export class StoreError extends Error {
  override name = 'StoreError';
}

const fail = (zh: string, en: string): never => {
  throw new StoreError(`${zh} / ${en}`);
};

const problemsError = (label: string, problems: readonly Problem[]) =>
  new StoreError(problems.map((p) => formatProblem(label, p)).join('\n'));

/** Newest first; ties in page order, then by id so the order is total. */
export function compareNewestFirst(a: ItemRecord, b: ItemRecord): number {
  return (
    b.createdAt - a.createdAt ||
    (a.reportId < b.reportId ? -1 : a.reportId > b.reportId ? 1 : 0) ||
    a.selector.position.start - b.selector.position.start ||
    (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
  );
}

/** Page order. */
export function compareByPosition(a: ItemRecord, b: ItemRecord): number {
  return (
    a.selector.position.start - b.selector.position.start ||
    a.selector.position.end - b.selector.position.end ||
    (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
  );
}

function asArray<T>(x: T | T[] | undefined): T[] | null {
  if (x === undefined) return null;
  return Array.isArray(x) ? x : [x];
}

export function matchesFilter(item: ItemRecord, filter: ItemFilter): boolean {
  if (filter.reportId !== undefined && item.reportId !== filter.reportId) return false;
  const statuses = asArray(filter.status);
  if (statuses && statuses.length && !statuses.includes(item.status)) return false;
  if (filter.kinds?.length && !filter.kinds.includes(item.kind)) return false;
  if (filter.tags?.length) {
    const has = (t: string) => item.tags.includes(t);
    if (filter.tagMatch === 'any' ? !filter.tags.some(has) : !filter.tags.every(has)) return false;
  }
  const terms = (filter.text ?? '').toLowerCase().split(/\s+/).filter(Boolean);
  if (terms.length) {
    const hay = [item.selector.quote.exact, item.metric, item.note].map((s) => s.toLowerCase());
    if (!terms.every((t) => hay.some((h) => h.includes(t)))) return false;
  }
  return true;
}

export class AnnotatorService {
  private readonly now: () => number;
  private readonly newId: () => string;

  constructor(
    readonly db: AnnotatorDB,
    opts: ServiceOptions = {},
  ) {
    this.now = opts.now ?? Date.now;
    this.newId = opts.newId ?? (() => globalThis.crypto.randomUUID());
  }

  // ---------------------------------------------------------------- reports

  /** Record a visit: creates the report (firstVisit = lastVisit = now) or bumps lastVisit and the title. */
  async upsertReport(page: PageInfo): Promise<ReportRecord> {
    if (typeof page?.url !== 'string') fail('缺少 url', 'url is missing');
    let id: string;
    try {
      id = reportIdFor(page.url);
    } catch {
      return fail(`url 无效：${page.url.slice(0, 100)}`, `invalid url: ${page.url.slice(0, 100)}`);
    }
    if (!isReportUrl(id)) {
      fail(`不是 http、https 或 file 地址：${id.slice(0, 100)}`, `not an http, https or file address: ${id.slice(0, 100)}`);
    }
    if (id.length > LIMITS.urlLength) fail('url 过长', 'url is too long');
    const title = (typeof page.title === 'string' ? page.title.trim() : '').slice(0, LIMITS.titleLength);
    const now = this.now();
    return this.db.transaction('rw', this.db.reports, async () => {
      const existing = await this.db.reports.get(id);
      const record: ReportRecord = existing
        ? { ...existing, url: id, title: title || existing.title, lastVisit: Math.max(now, existing.lastVisit) }
        : { id, url: id, title, site: siteOf(id).slice(0, LIMITS.siteLength), firstVisit: now, lastVisit: now };
      await this.db.reports.put(record);
      return record;
    });
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
      value: draft.value ?? null,
      max: draft.max ?? null,
      unit: draft.unit ?? '',
      cmp: draft.cmp ?? null,
      strength: draft.strength ?? null,
      deadline: draft.deadline ?? null,
      section: draft.section ?? '',
      tags: draft.tags ?? [],
      note: draft.note ?? '',
      source,
      status: 'active',
      createdAt: now,
      updatedAt: now,
    };
    const checked = checkItemRecord(candidate);
    if (!checked.ok) throw problemsError(label, checked.problems);
    return checked.record;
  }

  private async requireReport(reportId: string): Promise<void> {
    if (typeof reportId !== 'string' || !(await this.db.reports.get(reportId))) {
      fail(`报告不存在：${String(reportId).slice(0, 100)}`, `no such report: ${String(reportId).slice(0, 100)}`);
    }
  }

  /** Create tag records for names that have none. Call inside a transaction that includes `tags`. */
  private async ensureTags(names: Iterable<string>): Promise<void> {
    const wanted = [...new Set(names)];
    if (!wanted.length) return;
    const have = await this.db.tags.bulkGet(wanted);
    const missing = wanted.filter((_, i) => !have[i]).map((name) => ({ name, colour: defaultTagColour(name) }));
    if (missing.length) await this.db.tags.bulkAdd(missing);
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
      await this.requireReport(reportId);
      const existing = await db.items.where('reportId').equals(reportId).toArray();
      const byAnchor = new Map(existing.map((i) => [anchorKey(i), i]));
      const claimed = new Set<string>();
      const added: ItemRecord[] = [];
      const changed = new Map<string, ItemRecord>();
      const pending: ItemRecord[] = [];

      // Pass 1: exact anchor (same quote, same offsets).
      for (const item of built) {
        const match = byAnchor.get(anchorKey(item));
        if (!match) {
          pending.push(item);
          continue;
        }
        claimed.add(match.id);
        if (match.status === 'orphaned') {
          changed.set(match.id, { ...match, status: 'active', updatedAt: now });
        }
      }

      // Pass 2: the same quote elsewhere with the same context on at least one side
      // is the same item after the page shifted (both sides alike first, then the nearest); else new.
      const byExact = new Map<string, ItemRecord[]>();
      for (const i of existing) {
        if (claimed.has(i.id)) continue;
        const k = i.selector.quote.exact;
        byExact.set(k, [...(byExact.get(k) ?? []), i]);
      }
      const movedMatch = (item: ItemRecord): ItemRecord | undefined => {
        const { prefix, suffix } = item.selector.quote;
        let best: ItemRecord | undefined;
        let bestScore = -Infinity;
        for (const c of byExact.get(item.selector.quote.exact) ?? []) {
          if (claimed.has(c.id)) continue;
          const sides = Number(c.selector.quote.prefix === prefix) + Number(c.selector.quote.suffix === suffix);
          if (!sides) continue;
          const score = sides * 1e9 - Math.abs(c.selector.position.start - item.selector.position.start);
          if (score > bestScore) [best, bestScore] = [c, score];
        }
        return best;
      };
      for (const item of pending) {
        const key = anchorKey(item);
        if (byAnchor.has(key)) continue; // a duplicate within this batch
        const match = movedMatch(item);
        if (match) {
          claimed.add(match.id);
          const moved: ItemRecord = {
            ...match,
            selector: { quote: { ...item.selector.quote }, position: { ...item.selector.position } },
            status: match.status === 'orphaned' ? 'active' : match.status,
            updatedAt: now,
          };
          changed.set(match.id, moved);
          byAnchor.set(key, moved);
          continue;
        }
        byAnchor.set(key, item);
        added.push(item);
      }

      if (added.length) await db.items.bulkAdd(added);
      if (changed.size) await db.items.bulkPut([...changed.values()]);
      await this.ensureTags(added.flatMap((i) => i.tags));
      const items = await db.items.where('reportId').equals(reportId).toArray();
      return { added, updated: [...changed.values()], items: items.sort(compareByPosition) };
    });
  }

  /** A reader-marked item; always stored (source 'manual'). */
  async addManualItem(reportId: string, draft: ItemDraft): Promise<ItemRecord> {
    const item = this.buildItem(reportId, draft, 'manual', 'item', this.now());
    const { db } = this;
    return db.transaction('rw', db.reports, db.items, db.tags, async () => {
      await this.requireReport(reportId);
      await db.items.add(item);
      await this.ensureTags(item.tags);
      return item;
    });
  }

  getItem(id: string): Promise<ItemRecord | undefined> {
    return this.db.items.get(id);
  }

  /** Apply the user-editable fields of `patch` (tags, note, kind, status); other keys are ignored. */
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
      const checked = checkItemRecord(next);
      if (!checked.ok) throw problemsError(`item（id ${existing.id}）`, checked.problems);
      await db.items.put(checked.record);
      await this.ensureTags(checked.record.tags);
      return checked.record;
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
      await db.items.bulkPut(checked);
      await this.ensureTags(checked.flatMap((r) => r.tags));
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
      await this.ensureTags(changed.flatMap((i) => i.tags));
      return out;
    });
  }

  private static checkTagName(tag: string): string {
    const t = typeof tag === 'string' ? tag.trim() : '';
    if (!t) fail('标签为空', 'the tag is empty');
    if (t.length > LIMITS.tagLength) fail(`标签过长（上限 ${LIMITS.tagLength} 个字符）`, `the tag is too long (at most ${LIMITS.tagLength} characters)`);
    return t;
  }

  /** Add a tag to several items; returns the items (found ones) after the change. */
  async bulkTag(ids: string[], tag: string): Promise<ItemRecord[]> {
    const t = AnnotatorService.checkTagName(tag);
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
  async listTags(): Promise<TagSummary[]> {
    const { db } = this;
    return db.transaction('r', db.tags, db.items, async () => {
      const tags = await db.tags.toArray();
      const counts = await Promise.all(tags.map((t) => db.items.where('tags').equals(t.name).count()));
      return tags
        .map((t, i) => ({ ...t, count: counts[i]! }))
        .sort((a, b) => b.count - a.count || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    });
  }

  /** Set (or create) a tag's colour, a CSS hex colour such as #fde047. */
  async setTagColour(name: string, colour: string): Promise<TagRecord> {
    const n = AnnotatorService.checkTagName(name);
    if (typeof colour !== 'string' || !isColour(colour)) {
      fail(`颜色无效：${String(colour).slice(0, 50)}（应为 #rrggbb）`, `invalid colour: ${String(colour).slice(0, 50)} (expected #rrggbb)`);
    }
    const record = { name: n, colour };
    await this.db.tags.put(record);
    return record;
  }

  /** Rename a tag everywhere (merging into `to` if it exists). Returns how many items changed. */
  async renameTag(from: string, to: string): Promise<number> {
    const f = AnnotatorService.checkTagName(from);
    const t = AnnotatorService.checkTagName(to);
    if (f === t) return 0;
    const { db } = this;
    return db.transaction('rw', db.items, db.tags, async () => {
      const now = this.now();
      const n = await db.items
        .where('tags')
        .equals(f)
        .modify((item) => {
          item.tags = normaliseTags(item.tags.map((x) => (x === f ? t : x)));
          item.updatedAt = now;
        });
      const old = await db.tags.get(f);
      if (!(await db.tags.get(t))) await db.tags.put({ name: t, colour: old?.colour ?? defaultTagColour(t) });
      await db.tags.delete(f);
      return n;
    });
  }

  /** Remove a tag from every item and from the tag list. Returns how many items changed. */
  async deleteTag(name: string): Promise<number> {
    const { db } = this;
    return db.transaction('rw', db.items, db.tags, async () => {
      const now = this.now();
      const n = await db.items
        .where('tags')
        .equals(name)
        .modify((item) => {
          item.tags = item.tags.filter((x) => x !== name);
          item.updatedAt = now;
        });
      await db.tags.delete(name);
      return n;
    });
  }

  // ------------------------------------------------------------------ whole

  /** Delete everything: reports, items, tags. */
  async clearAll(): Promise<void> {
    const { db } = this;
    await db.transaction('rw', db.reports, db.items, db.tags, async () => {
      await Promise.all([db.reports.clear(), db.items.clear(), db.tags.clear()]);
    });
  }
}

