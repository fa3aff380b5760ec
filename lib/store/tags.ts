/**
 * The tag list: names with a colour, kept beside the items that carry them.
 * The background's AnnotatorService (service.ts) calls these inside its own
 * transactions; nothing else writes tags.
 */

import { CAPACITY, ensureRoom, type Capacity } from './capacity';
import { fail } from './errors';
import { LIMITS, defaultTagColour, isColour, normaliseTags, type TagRecord } from './records';
import type { AnnotatorDB } from './schema';

export interface TagSummary extends TagRecord {
  /** Items (any status) carrying the tag. */
  count: number;
}

/** A tag name as stored: trimmed, not empty, not too long; else a StoreError. */
export function checkTagName(tag: string): string {
  const t = typeof tag === 'string' ? tag.trim() : '';
  if (!t) fail('标签为空', 'the tag is empty');
  if (t.length > LIMITS.tagLength) fail(`标签过长（上限 ${LIMITS.tagLength} 个字符）`, `the tag is too long (at most ${LIMITS.tagLength} characters)`);
  return t;
}

/**
 * Create tag records for names that have none, refused (StoreError) when they would not fit
 * the capacity. Call inside a transaction that includes `tags`.
 */
export async function ensureTags(db: AnnotatorDB, names: Iterable<string>, capacity: Capacity = CAPACITY): Promise<void> {
  const wanted = [...new Set(names)];
  if (!wanted.length) return;
  const have = await db.tags.bulkGet(wanted);
  const missing = wanted.filter((_, i) => !have[i]).map((name) => ({ name, colour: defaultTagColour(name) }));
  await ensureRoom(db, 'tags', missing.length, capacity);
  if (missing.length) await db.tags.bulkAdd(missing);
}

/** Every tag with the number of items carrying it; most used first, then by name. */
export async function listTags(db: AnnotatorDB): Promise<TagSummary[]> {
  return db.transaction('r', db.tags, db.items, async () => {
    const tags = await db.tags.toArray();
    const counts = await Promise.all(tags.map((t) => db.items.where('tags').equals(t.name).count()));
    return tags
      .map((t, i) => ({ ...t, count: counts[i]! }))
      .sort((a, b) => b.count - a.count || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  });
}

/** Set (or create) a tag's colour, a CSS hex colour such as #fde047. */
export async function setTagColour(db: AnnotatorDB, name: string, colour: string, capacity: Capacity = CAPACITY): Promise<TagRecord> {
  const n = checkTagName(name);
  if (typeof colour !== 'string' || !isColour(colour)) {
    fail(`颜色无效：${String(colour).slice(0, 50)}（应为 #rrggbb）`, `invalid colour: ${String(colour).slice(0, 50)} (expected #rrggbb)`);
  }
  const record = { name: n, colour };
  await db.transaction('rw', db.tags, async () => {
    if (!(await db.tags.get(n))) await ensureRoom(db, 'tags', 1, capacity);
    await db.tags.put(record);
  });
  return record;
}

/** Rename a tag everywhere (merging into `to` if it exists). Returns how many items changed. */
export async function renameTag(db: AnnotatorDB, now: () => number, from: string, to: string, capacity: Capacity = CAPACITY): Promise<number> {
  const f = checkTagName(from);
  const t = checkTagName(to);
  if (f === t) return 0;
  return db.transaction('rw', db.items, db.tags, async () => {
    const at = now();
    const old = await db.tags.get(f);
    const target = await db.tags.get(t);
    // One name replaces another; only a rename of a tag that had no record adds one.
    if (!target && !old) await ensureRoom(db, 'tags', 1, capacity);
    const n = await db.items
      .where('tags')
      .equals(f)
      .modify((item) => {
        item.tags = normaliseTags(item.tags.map((x) => (x === f ? t : x)));
        item.updatedAt = at;
      });
    if (!target) await db.tags.put({ name: t, colour: old?.colour ?? defaultTagColour(t) });
    await db.tags.delete(f);
    return n;
  });
}

/** Remove a tag from every item and from the tag list. Returns how many items changed. */
export async function deleteTag(db: AnnotatorDB, now: () => number, name: string): Promise<number> {
  return db.transaction('rw', db.items, db.tags, async () => {
    const at = now();
    const n = await db.items
      .where('tags')
      .equals(name)
      .modify((item) => {
        item.tags = item.tags.filter((x) => x !== name);
        item.updatedAt = at;
      });
    await db.tags.delete(name);
    return n;
  });
}
