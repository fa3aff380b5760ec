/**
 * The one check of a stored record (report, item, tag): what a backup may hold
 * and what the store accepts over messages. A valid record comes back rebuilt
 * from its known fields only (unknown fields dropped).
 */

import {
  COMPARATORS,
  ITEM_KINDS,
  ITEM_SOURCES,
  ITEM_STATUSES,
  LIMITS,
  STRENGTHS,
  isColour,
  isReportUrl,
  reportIdFor,
  type ItemRecord,
  type ReportRecord,
  type TagRecord,
} from '../store/records';
import { Checker } from './checker';
import { isObject, show, type Problem } from './problems';

export type RecordCheck<T> = { ok: true; record: T } | { ok: false; problems: Problem[] };

export function checkReportRecord(x: unknown): RecordCheck<ReportRecord> {
  if (!isObject(x)) return { ok: false, problems: [['不是对象', 'is not an object']] };
  const c = new Checker(x);
  const id = c.str('id', LIMITS.urlLength, { nonEmpty: true });
  const url = c.str('url', LIMITS.urlLength);
  const title = c.str('title', LIMITS.titleLength);
  const site = c.str('site', LIMITS.siteLength);
  const firstVisit = c.num('firstVisit');
  const lastVisit = c.num('lastVisit');
  if (url !== null && !isReportUrl(url)) {
    c.fail(`url ${show(url)} 不是 http、https 或 file 地址`, `url ${show(url)} is not an http, https or file address`);
  } else if (url !== null && id !== null && reportIdFor(url) !== id) {
    // The id is what items point at and what a visit looks the report up by: its URL without the fragment.
    const expected = show(reportIdFor(url));
    c.fail(`id 与 url 不符（应为 ${expected}）`, `id does not match url (expected ${expected})`);
  }
  if (c.problems.length) return { ok: false, problems: c.problems };
  return {
    ok: true,
    record: { id: id!, url: url!, title: title!, site: site!, firstVisit: firstVisit!, lastVisit: lastVisit! },
  };
}

export function checkItemRecord(x: unknown): RecordCheck<ItemRecord> {
  if (!isObject(x)) return { ok: false, problems: [['不是对象', 'is not an object']] };
  const c = new Checker(x);
  const id = c.str('id', LIMITS.idLength, { nonEmpty: true });
  const reportId = c.str('reportId', LIMITS.urlLength, { nonEmpty: true });
  const kind = c.oneOf('kind', ITEM_KINDS);

  let selector: ItemRecord['selector'] | null = null;
  const sel = c.object('selector');
  if (sel) {
    const q = sel.object('quote');
    const p = sel.object('position');
    const exact = q?.str('exact', LIMITS.quoteLength, { nonEmpty: true }) ?? null;
    const prefix = q?.str('prefix', LIMITS.contextLength) ?? null;
    const suffix = q?.str('suffix', LIMITS.contextLength) ?? null;
    const start = p?.num('start', { index: true }) ?? null;
    const end = p?.num('end', { index: true }) ?? null;
    if (start !== null && end !== null && end < start) {
      c.fail('selector.position.end 小于 start', 'selector.position.end is before start');
    }
    if (exact !== null && prefix !== null && suffix !== null && start !== null && end !== null) {
      selector = { quote: { exact, prefix, suffix }, position: { start, end } };
    }
  }

  const metric = c.str('metric', LIMITS.metricLength);
  const value = c.num('value', { nullable: true });
  const max = c.num('max', { nullable: true });
  const unit = c.str('unit', LIMITS.unitLength);
  const cmp = c.oneOf('cmp', COMPARATORS, { nullable: true });
  const strength = c.oneOf('strength', STRENGTHS, { nullable: true });
  const deadline = c.str('deadline', LIMITS.deadlineLength, { nullable: true });
  const section = c.str('section', LIMITS.sectionLength);
  const tags = c.tags('tags');
  const note = c.str('note', LIMITS.noteLength);
  const source = c.oneOf('source', ITEM_SOURCES);
  const status = c.oneOf('status', ITEM_STATUSES);
  const createdAt = c.num('createdAt');
  const updatedAt = c.num('updatedAt');

  if (c.problems.length || !selector) return { ok: false, problems: c.problems };
  return {
    ok: true,
    record: {
      id: id!,
      reportId: reportId!,
      kind: kind!,
      selector,
      metric: metric!,
      value,
      max,
      unit: unit!,
      cmp,
      strength,
      deadline,
      section: section!,
      tags: tags!,
      note: note!,
      source: source!,
      status: status!,
      createdAt: createdAt!,
      updatedAt: updatedAt!,
    },
  };
}

export function checkTagRecord(x: unknown): RecordCheck<TagRecord> {
  if (!isObject(x)) return { ok: false, problems: [['不是对象', 'is not an object']] };
  const c = new Checker(x);
  const name = c.str('name', LIMITS.tagLength, { nonEmpty: true });
  const colour = c.str('colour', LIMITS.colourLength);
  if (colour !== null && !isColour(colour)) {
    c.fail(`colour ${show(colour)} 不是颜色（应为 #rrggbb）`, `colour ${show(colour)} is not a colour (expected #rrggbb)`);
  }
  if (c.problems.length) return { ok: false, problems: c.problems };
  return { ok: true, record: { name: name!.trim(), colour: colour! } };
}

