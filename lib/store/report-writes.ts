/**
 * The store's writes about reports (as opposed to their items): a visit, the tracker's inclusion
 * and the reader's correction of which report it is. Called by AnnotatorService (service.ts),
 * which owns every write path; kept apart so each file can be read at once.
 */

import { checkHeadlineFigures, checkIdentity } from '../backup/check-records';
import { ensureRoomForReport, type Capacity } from './capacity';
import { fail, problemsError } from './errors';
import { LIMITS, isReportUrl, reportIdFor, siteOf, type HeadlineFigure, type HeadlineRecord, type ReportIdentity, type ReportRecord } from './records';
import { identityFromTitle } from './report-identity';
import type { AnnotatorDB } from './schema';

export interface PageInfo {
  url: string;
  title: string;
  /**
   * Which report it is, as read from the page's main text, title and address (the background's
   * page/read). Stored unless the reader corrected the report's identity; without one, a new
   * record's identity is read from its title and address.
   */
  identity?: ReportIdentity;
  /**
   * The report's headline figures for the tracker (lib/tracker/stored.ts), sent when the page
   * reads like a report: they replace the stored ones (none: the record goes, unless the reader
   * removed the report from the tracker, which visits keep).
   */
  headlines?: HeadlineFigure[];
}

/** An identity sent over a message, checked; a StoreError naming what is wrong otherwise. */
function checkedIdentity(identity: unknown): ReportIdentity {
  const checked = checkIdentity(identity);
  if (!checked.ok) throw problemsError('identity', checked.problems);
  return checked.record;
}

/** Headline figures sent over a message, checked; a StoreError naming the first bad one otherwise. */
function checkedFigures(figures: unknown): HeadlineFigure[] {
  const checked = checkHeadlineFigures(figures);
  if (!checked.ok) throw problemsError('headlines', checked.problems);
  return checked.record;
}

/** Throws a StoreError unless the report is stored. */
export async function requireReport(db: AnnotatorDB, reportId: string): Promise<void> {
  if (typeof reportId !== 'string' || !(await db.reports.get(reportId))) {
    fail(`报告不存在：${String(reportId).slice(0, 100)}`, `no such report: ${String(reportId).slice(0, 100)}`);
  }
}

/**
 * Record a visit: creates the report (firstVisit = lastVisit = now) or bumps lastVisit and the
 * title, and stores the identity read this visit unless the reader corrected it.
 */
export async function upsertReport(db: AnnotatorDB, capacity: Capacity, now: number, page: PageInfo): Promise<ReportRecord> {
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
  const read = page.identity === undefined ? null : checkedIdentity(page.identity);
  const figures = page.headlines === undefined ? null : checkedFigures(page.headlines);
  return db.transaction('rw', db.reports, db.items, db.headlines, async () => {
    const existing = await db.reports.get(id);
    if (!existing) await ensureRoomForReport(db, capacity);
    if (figures) await putHeadlines(db, id, figures, now);
    const record: ReportRecord = existing
      ? {
          ...existing,
          url: id,
          title: title || existing.title,
          lastVisit: Math.max(now, existing.lastVisit),
          identity: existing.identityCorrected ? existing.identity : (read ?? existing.identity),
        }
      : {
          id,
          url: id,
          title,
          site: siteOf(id).slice(0, LIMITS.siteLength),
          firstVisit: now,
          lastVisit: now,
          identity: read ?? identityFromTitle({ title, url: id }),
          identityCorrected: false,
        };
    await db.reports.put(record);
    return record;
  });
}

async function putHeadlines(db: AnnotatorDB, reportId: string, figures: HeadlineFigure[], now: number): Promise<void> {
  const held = await db.headlines.get(reportId);
  if (figures.length) await db.headlines.put({ reportId, figures, removed: held?.removed ?? false, updatedAt: now });
  else if (held && !held.removed) await db.headlines.delete(reportId);
}

/**
 * Put a report in the tracker again, or take it out (`included` false): its rows are left out,
 * and later visits keep it out. Returns the report's headline record, or null when it has none.
 */
export async function setTracked(db: AnnotatorDB, now: () => number, reportId: string, included: boolean): Promise<HeadlineRecord | null> {
  if (typeof included !== 'boolean') fail('included 不是 true 或 false', 'included is not true or false');
  return db.transaction('rw', db.reports, db.headlines, async () => {
    await requireReport(db, reportId);
    const held = await db.headlines.get(reportId);
    if (!held && included) return null;
    const record: HeadlineRecord = held ? { ...held, removed: !included, updatedAt: now() } : { reportId, figures: [], removed: true, updatedAt: now() };
    await db.headlines.put(record);
    return record;
  });
}

/**
 * The reader's correction of a report's identity; later visits leave it alone. `identity` null
 * gives the report back to the reading of its text: its title and address tell it until the
 * next visit reads the text again.
 */
export async function setReportIdentity(db: AnnotatorDB, reportId: string, identity: ReportIdentity | null): Promise<ReportRecord> {
  const corrected = identity === null ? null : checkedIdentity(identity);
  return db.transaction('rw', db.reports, async () => {
    const existing = typeof reportId === 'string' ? await db.reports.get(reportId) : undefined;
    if (!existing) return fail(`报告不存在：${String(reportId).slice(0, 100)}`, `no such report: ${String(reportId).slice(0, 100)}`);
    const record: ReportRecord = corrected
      ? { ...existing, identity: corrected, identityCorrected: true }
      : { ...existing, identity: existing.identityCorrected ? identityFromTitle(existing) : existing.identity, identityCorrected: false };
    await db.reports.put(record);
    return record;
  });
}
