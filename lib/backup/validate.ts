/**
 * Validation of a whole backup file: its shape, then every record (with the
 * record checks of check-records.ts), then the links between them (duplicate
 * ids, items of unknown reports).
 *
 * The WHOLE file is checked before anything is written. Every problem names the
 * record and the reason, in Chinese and English, e.g.
 *   第 12 条 item（id abc）：value 不是数字 / value is not a number
 * Valid records come back rebuilt from their known fields only (unknown fields dropped).
 */

import { LIMITS, type ItemRecord, type ReportRecord, type TagRecord } from '../store/records';
import { checkItemRecord, checkReportRecord, checkTagRecord } from './check-records';
import { BACKUP_FORMAT, BACKUP_VERSION, type BackupFile } from './format';
import { formatProblem, isObject, recordLabel, show } from './problems';

export { checkItemRecord, checkReportRecord, checkTagRecord, type RecordCheck } from './check-records';
export { formatProblem, recordLabel, type Problem } from './problems';

export type ValidationResult = { ok: true; backup: BackupFile } | { ok: false; errors: string[] };

/** At most this many messages are listed; the rest are summarised in one line. */
export const MAX_LISTED_ERRORS = 100;

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
