/**
 * How much the store holds at most: the same totals a backup may carry
 * (LIMITS.reports, .items, .tags), so whatever the store holds can be backed up
 * and imported again. Every write path that adds records checks here first,
 * inside its transaction, and is refused with a message saying what to do.
 */

import type { Bilingual } from '../backup/problems';
import { StoreError } from './errors';
import { LIMITS } from './records';
import type { AnnotatorDB } from './schema';

export interface Capacity {
  reports: number;
  items: number;
  tags: number;
}

export const CAPACITY: Capacity = { reports: LIMITS.reports, items: LIMITS.items, tags: LIMITS.tags };

export type Table = keyof Capacity;

const WORDS: Record<Table, { zh: string; en: string; one: string; adviceZh: string; adviceEn: string }> = {
  reports: {
    zh: '份报告',
    en: 'reports',
    one: 'report',
    adviceZh: '请先删除不再需要的条目，或从追踪中移除不再需要的报告（可先备份 JSON）。',
    adviceEn: 'Delete items you no longer need, or remove reports you no longer need from the tracker, first (back up to JSON before).',
  },
  items: {
    zh: '条条目',
    en: 'items',
    one: 'item',
    adviceZh: '请先删除不再需要的条目（可先备份 JSON）。',
    adviceEn: 'Delete items you no longer need first (back up to JSON before).',
  },
  tags: {
    zh: '个标签',
    en: 'tags',
    one: 'tag',
    adviceZh: '请先删除或合并不再使用的标签。',
    adviceEn: 'Delete or merge tags you no longer use first.',
  },
};

/** "收藏已满：已有 9990 个标签，再加 20 个标签会超过上限 10000。…", in both languages. */
export function roomMessage(table: Table, stored: number, adding: number, limit: number): Bilingual {
  const w = WORDS[table];
  return {
    zh: `收藏已满：已有 ${stored} ${w.zh}，再加 ${adding} ${w.zh}会超过上限 ${limit}。${w.adviceZh}`,
    en: `The collection is full: ${stored} ${stored === 1 ? w.one : w.en} stored, ${adding} more would pass the limit of ${limit}. ${w.adviceEn}`,
  };
}

/** Refuse (StoreError) unless `adding` more records fit in `table`. Call inside a transaction over it. */
export async function ensureRoom(db: AnnotatorDB, table: Table, adding: number, capacity: Capacity): Promise<void> {
  if (adding <= 0) return;
  const stored = await db[table].count();
  if (stored + adding > capacity[table]) {
    const { zh, en } = roomMessage(table, stored, adding, capacity[table]);
    throw new StoreError(`${zh} / ${en}`);
  }
}

/**
 * Room for one more report. A report without items, and not in the tracker, is only the record of
 * a visit, so a full report list forgets the least recently visited of those (with the figures of
 * one the reader removed from the tracker); when every report holds items or is tracked, the visit
 * is refused. Call inside a transaction over reports, items and headlines.
 */
export async function ensureRoomForReport(db: AnnotatorDB, capacity: Capacity): Promise<void> {
  let over = (await db.reports.count()) + 1 - capacity.reports;
  if (over <= 0) return;
  const byVisit = await db.reports.orderBy('lastVisit').primaryKeys();
  for (const id of byVisit) {
    if (await db.items.where('reportId').equals(id).count()) continue;
    const headline = await db.headlines.get(id);
    if (headline && !headline.removed) continue;
    await db.reports.delete(id);
    if (headline) await db.headlines.delete(id);
    if (--over <= 0) return;
  }
  await ensureRoom(db, 'reports', 1, capacity);
}
