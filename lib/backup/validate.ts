/**
 * Validation of backup files, and of single records (reused by the store for
 * anything that arrives over messages).
 *
 * The WHOLE file is checked before anything is written. Every problem names the
 * record and the reason, in Chinese and English, e.g.
 *   第 12 条 item（id abc）：value 不是数字 / value is not a number
 * Valid records come back rebuilt from their known fields only (unknown fields dropped).
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
  normaliseTags,
  reportIdFor,
  type ItemRecord,
  type ReportRecord,
  type TagRecord,
} from '../store/records';
import { BACKUP_FORMAT, BACKUP_VERSION, type BackupFile } from './format';

/** A reason, [中文, English]. */
export type Problem = readonly [zh: string, en: string];

export type ValidationResult = { ok: true; backup: BackupFile } | { ok: false; errors: string[] };

export type RecordCheck<T> = { ok: true; record: T } | { ok: false; problems: Problem[] };

/** At most this many messages are listed; the rest are summarised in one line. */
export const MAX_LISTED_ERRORS = 100;

type Obj = Record<string, unknown>;

const isObject = (x: unknown): x is Obj => typeof x === 'object' && x !== null && !Array.isArray(x);

const show = (v: unknown): string => {
  if (typeof v === 'string') return JSON.stringify(v.length > 40 ? `${v.slice(0, 40)}…` : v);
  const s = JSON.stringify(v) ?? String(v);
  return s.length > 40 ? `${s.slice(0, 40)}…` : s;
};

const list = (xs: readonly unknown[]) => xs.map((x) => JSON.stringify(x)).join(', ');

/** Collects the problems of one record, field by field. */
class Checker {
  constructor(
    private readonly obj: Obj,
    private readonly path = '',
    /** Shared with sub-checkers, so nested problems land in the record's list. */
    readonly problems: Problem[] = [],
  ) {}

  private name(f: string) {
    return this.path ? `${this.path}.${f}` : f;
  }

  private add(zh: string, en: string) {
    this.problems.push([zh, en]);
  }

  private has(f: string): boolean {
    if (!(f in this.obj) || this.obj[f] === undefined) {
      this.add(`缺少 ${this.name(f)}`, `${this.name(f)} is missing`);
      return false;
    }
    return true;
  }

  str(f: string, max: number, opts: { nonEmpty?: boolean; nullable?: boolean } = {}): string | null {
    if (!this.has(f)) return null;
    const v = this.obj[f];
    const n = this.name(f);
    if (v === null && opts.nullable) return null;
    if (typeof v !== 'string') {
      this.add(
        `${n} 不是字符串${opts.nullable ? '或 null' : ''}`,
        `${n} is not a string${opts.nullable ? ' or null' : ''}`,
      );
      return null;
    }
    if (opts.nonEmpty && v.trim() === '') {
      this.add(`${n} 为空`, `${n} is empty`);
      return null;
    }
    if (v.length > max) {
      this.add(
        `${n} 过长（${v.length} 个字符，上限 ${max}）`,
        `${n} is too long (${v.length} characters, at most ${max})`,
      );
      return null;
    }
    return v;
  }

  num(f: string, opts: { nullable?: boolean; index?: boolean } = {}): number | null {
    if (!this.has(f)) return null;
    const v = this.obj[f];
    const n = this.name(f);
    if (v === null && opts.nullable) return null;
    if (typeof v !== 'number' || !Number.isFinite(v)) {
      this.add(
        `${n} 不是数字${opts.nullable ? '或 null' : ''}`,
        `${n} is not a number${opts.nullable ? ' or null' : ''}`,
      );
      return null;
    }
    if (opts.index && !(Number.isInteger(v) && v >= 0)) {
      this.add(`${n} 不是非负整数`, `${n} is not a non-negative integer`);
      return null;
    }
    return v;
  }

  oneOf<T extends string>(f: string, values: readonly T[], opts: { nullable?: boolean } = {}): T | null {
    if (!this.has(f)) return null;
    const v = this.obj[f];
    const n = this.name(f);
    if (v === null && opts.nullable) return null;
    if (typeof v !== 'string' || !(values as readonly string[]).includes(v)) {
      const allowed = list(opts.nullable ? [...values, null] : values);
      this.add(`${n} 的值 ${show(v)} 无效（应为 ${allowed}）`, `${n} has invalid value ${show(v)} (expected ${allowed})`);
      return null;
    }
    return v as T;
  }

  object(f: string): Checker | null {
    if (!this.has(f)) return null;
    const v = this.obj[f];
    if (!isObject(v)) {
      this.add(`${this.name(f)} 不是对象`, `${this.name(f)} is not an object`);
      return null;
    }
    return new Checker(v, this.name(f), this.problems);
  }

  tags(f: string): string[] | null {
    if (!this.has(f)) return null;
    const v = this.obj[f];
    const n = this.name(f);
    if (!Array.isArray(v)) {
      this.add(`${n} 不是数组`, `${n} is not an array`);
      return null;
    }
    if (v.length > LIMITS.tagsPerItem) {
      this.add(
        `${n} 过多（${v.length} 个，上限 ${LIMITS.tagsPerItem}）`,
        `too many ${n} (${v.length}, at most ${LIMITS.tagsPerItem})`,
      );
      return null;
    }
    for (let i = 0; i < v.length; i++) {
      const t = v[i];
      if (typeof t !== 'string' || t.trim() === '') {
        this.add(`${n}[${i}] 不是非空字符串`, `${n}[${i}] is not a non-empty string`);
        return null;
      }
      if (t.trim().length > LIMITS.tagLength) {
        this.add(
          `${n}[${i}] 过长（${t.length} 个字符，上限 ${LIMITS.tagLength}）`,
          `${n}[${i}] is too long (${t.length} characters, at most ${LIMITS.tagLength})`,
        );
        return null;
      }
    }
    return normaliseTags(v as string[]);
  }

  fail(zh: string, en: string) {
    this.add(zh, en);
  }
}

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

type Kind = 'report' | 'item' | 'tag';

/** "第 12 条 item（id abc）" — 1-based position in its array, and its key if it has a usable one. */
export function recordLabel(kind: Kind, index: number, record: unknown): string {
  const keyField = kind === 'tag' ? 'name' : 'id';
  const key = isObject(record) ? record[keyField] : undefined;
  const keyText =
    typeof key === 'string' && key !== '' ? `${keyField} ${show(key)}` : `无 ${keyField} / no ${keyField}`;
  return `第 ${index + 1} 条 ${kind}（${keyText}）`;
}

export function formatProblem(label: string, [zh, en]: Problem): string {
  return `${label}：${zh} / ${en}`;
}

/** Collects messages up to {@link MAX_LISTED_ERRORS}, counting the rest. */
class ErrorList {
  readonly shown: string[] = [];
  private extra = 0;
  push(msg: string) {
    if (this.shown.length < MAX_LISTED_ERRORS) this.shown.push(msg);
    else this.extra++;
  }
  get empty() {
    return this.shown.length === 0;
  }
  result(): string[] {
    return this.extra
      ? [...this.shown, `……另有 ${this.extra} 个问题未列出 / … and ${this.extra} more problems not listed`]
      : this.shown;
  }
}

/** Parse JSON text, then {@link validateBackup}. */
export function parseBackup(text: string): ValidationResult {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    const why = e instanceof Error ? e.message : String(e);
    return { ok: false, errors: [`文件不是有效的 JSON：${why} / the file is not valid JSON: ${why}`] };
  }
  return validateBackup(json);
}

export function validateBackup(json: unknown): ValidationResult {
  if (!isObject(json)) {
    return {
      ok: false,
      errors: ['文件内容不是 JSON 对象 / the file is not a JSON object'],
    };
  }
  if (json.format !== BACKUP_FORMAT) {
    return {
      ok: false,
      errors: [
        `format 应为 "${BACKUP_FORMAT}"，实为 ${show(json.format)}：这不是报告标注的备份文件 / ` +
          `format should be "${BACKUP_FORMAT}" but is ${show(json.format)}: this is not a Report Annotator backup`,
      ],
    };
  }
  if (json.version !== BACKUP_VERSION) {
    const newer = typeof json.version === 'number' && json.version > BACKUP_VERSION;
    return {
      ok: false,
      errors: [
        newer
          ? `备份版本 ${json.version} 比本扩展支持的版本 ${BACKUP_VERSION} 新，请先更新扩展 / ` +
            `backup version ${json.version} is newer than the supported version ${BACKUP_VERSION}; update the extension first`
          : `备份版本 ${show(json.version)} 无效（应为 ${BACKUP_VERSION}） / invalid backup version ${show(json.version)} (expected ${BACKUP_VERSION})`,
      ],
    };
  }

  const errors = new ErrorList();
  if (typeof json.exportedAt !== 'number' || !Number.isFinite(json.exportedAt)) {
    errors.push('文件：exportedAt 不是数字 / file: exportedAt is not a number');
  }
  const limits = { reports: LIMITS.reports, items: LIMITS.items, tags: LIMITS.tags } as const;
  for (const key of ['reports', 'items', 'tags'] as const) {
    const arr = json[key];
    if (!Array.isArray(arr)) {
      errors.push(`文件：${key} 不是数组 / file: ${key} is not an array`);
    } else if (arr.length > limits[key]) {
      errors.push(
        `文件：${key} 过多（${arr.length} 条，上限 ${limits[key]}） / file: too many ${key} (${arr.length}, at most ${limits[key]})`,
      );
    }
  }
  if (!errors.empty) return { ok: false, errors: errors.result() };

  const rawReports = json.reports as unknown[];
  const rawItems = json.items as unknown[];
  const rawTags = json.tags as unknown[];

  const reports: ReportRecord[] = [];
  const reportIds = new Map<string, number>();
  rawReports.forEach((raw, i) => {
    const label = recordLabel('report', i, raw);
    const r = checkReportRecord(raw);
    if (!r.ok) {
      r.problems.forEach((p) => errors.push(formatProblem(label, p)));
      return;
    }
    const prev = reportIds.get(r.record.id);
    if (prev !== undefined) {
      errors.push(formatProblem(label, [`id 重复（与第 ${prev + 1} 条 report 相同）`, `duplicate id (same as report ${prev + 1})`]));
      return;
    }
    reportIds.set(r.record.id, i);
    reports.push(r.record);
  });

  // Ids of reports that are present but invalid are not "dangling": they already have their own error.
  const invalidReportIds = new Set<string>();
  rawReports.forEach((raw) => {
    if (isObject(raw) && typeof raw.id === 'string' && !reportIds.has(raw.id)) invalidReportIds.add(raw.id);
  });

  const items: ItemRecord[] = [];
  const itemIds = new Map<string, number>();
  rawItems.forEach((raw, i) => {
    const label = recordLabel('item', i, raw);
    const r = checkItemRecord(raw);
    if (!r.ok) {
      r.problems.forEach((p) => errors.push(formatProblem(label, p)));
      return;
    }
    const prev = itemIds.get(r.record.id);
    if (prev !== undefined) {
      errors.push(formatProblem(label, [`id 重复（与第 ${prev + 1} 条 item 相同）`, `duplicate id (same as item ${prev + 1})`]));
      return;
    }
    itemIds.set(r.record.id, i);
    if (!reportIds.has(r.record.reportId) && !invalidReportIds.has(r.record.reportId)) {
      const rid = show(r.record.reportId);
      errors.push(
        formatProblem(label, [`reportId ${rid} 不在 reports 中`, `reportId ${rid} is not among the reports`]),
      );
      return;
    }
    items.push(r.record);
  });

  const tags: TagRecord[] = [];
  const tagNames = new Map<string, number>();
  rawTags.forEach((raw, i) => {
    const label = recordLabel('tag', i, raw);
    const r = checkTagRecord(raw);
    if (!r.ok) {
      r.problems.forEach((p) => errors.push(formatProblem(label, p)));
      return;
    }
    const prev = tagNames.get(r.record.name);
    if (prev !== undefined) {
      errors.push(formatProblem(label, [`name 重复（与第 ${prev + 1} 条 tag 相同）`, `duplicate name (same as tag ${prev + 1})`]));
      return;
    }
    tagNames.set(r.record.name, i);
    tags.push(r.record);
  });

  if (!errors.empty) return { ok: false, errors: errors.result() };
  return {
    ok: true,
    backup: {
      format: BACKUP_FORMAT,
      version: BACKUP_VERSION,
      exportedAt: json.exportedAt as number,
      reports,
      items,
      tags,
    },
  };
}
