/**
 * Validation of a whole backup file: its shape, then every record (with the
 * record checks of check-records.ts), then the links between them (duplicate
 * ids, items of unknown reports).
 *
 * What is wrong with the FILE (not JSON, not a backup, a newer version, a
 * missing list) refuses it. What is wrong with one RECORD leaves that record out
 * and names it, with the reason, in Chinese and English ("第 12 条 item（id
 * "abc"）：value 不是数字" / "item 12 (id "abc"): value is not a number"); the
 * rest is imported. A report left out takes its items with it (counted under the
 * report's message). Valid records come back rebuilt from their known fields
 * only (unknown fields dropped).
 */

import { LIMITS, type HeadlineRecord, type ItemRecord, type ReportRecord, type TagRecord } from '../store/records';
import { checkHeadlineRecord, checkItemRecord, checkReportRecord, checkTagRecord } from './check-records';
import { BACKUP_FORMAT, BACKUP_VERSION, IMPORTABLE_VERSIONS, type BackupFile } from './format';
import { isObject, problemMessage, recordName, show, type Bilingual, type Problem } from './problems';

export { checkItemRecord, checkReportRecord, checkTagRecord, type RecordCheck } from './check-records';
export { formatProblem, type Bilingual, type Problem } from './problems';

/** Records of a file left out, how many of each, and why (each message names its record). */
export interface Skipped {
  reports: number;
  items: number;
  tags: number;
  /** The tracker's records of reports. */
  headlines: number;
  /** At most {@link MAX_LISTED_ERRORS}, then one line counting the rest. */
  problems: Bilingual[];
}

export type ValidationResult = { ok: true; backup: BackupFile; skipped: Skipped } | { ok: false; errors: Bilingual[] };

/** At most this many messages are listed; the rest are summarised in one line. */
export const MAX_LISTED_ERRORS = 100;

/** How many records of each list a backup may hold: what the store holds at most (lib/store/capacity.ts). */
export interface BackupLimits {
  reports: number;
  items: number;
  tags: number;
}

const FILE_LIMITS: BackupLimits = { reports: LIMITS.reports, items: LIMITS.items, tags: LIMITS.tags };

/** Collects messages up to {@link MAX_LISTED_ERRORS}, counting the rest. */
class MessageList {
  readonly shown: Bilingual[] = [];
  private extra = 0;
  push(msg: Bilingual) {
    if (this.shown.length < MAX_LISTED_ERRORS) this.shown.push(msg);
    else this.extra++;
  }
  get empty() {
    return this.shown.length === 0;
  }
  result(): Bilingual[] {
    if (!this.extra) return this.shown;
    return [...this.shown, { zh: `……另有 ${this.extra} 个问题未列出`, en: `… and ${this.extra} more problems not listed` }];
  }
}

const CHOOSE_BACKUP: Bilingual = {
  zh: '请选择用“备份 JSON”保存的文件。',
  en: 'Choose a file saved with “Back up (JSON)”.',
};

const refuse = (zh: string, en: string): ValidationResult => ({ ok: false, errors: [{ zh, en }] });

/** Line and column (1-based) of a character offset in `text`. */
function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, column: offset - lineStart + 1 };
}

/** Where JSON.parse stopped, from its message in any engine's wording, or null. */
export function jsonErrorPlace(text: string, message: string): { line: number; column: number } | null {
  const lc = /line (\d+) column (\d+)/i.exec(message);
  if (lc) return { line: Number(lc[1]), column: Number(lc[2]) };
  const pos = /position (\d+)/i.exec(message);
  if (pos) return lineAndColumn(text, Number(pos[1]));
  if (/unexpected end/i.test(message)) return lineAndColumn(text, text.length);
  return null;
}

/** Parse JSON text, then {@link validateBackup}. The parser's own words never reach the reader. */
export function parseBackup(text: string, limits: BackupLimits = FILE_LIMITS): ValidationResult {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    const place = jsonErrorPlace(text, e instanceof Error ? e.message : String(e));
    const zhPlace = place ? `（第 ${place.line} 行第 ${place.column} 列附近有误）` : '';
    const enPlace = place ? ` (an error near line ${place.line}, column ${place.column})` : '';
    return refuse(
      `文件不是有效的 JSON${zhPlace}，可能已损坏或不完整。${CHOOSE_BACKUP.zh}`,
      `The file is not valid JSON${enPlace}; it may be damaged or cut short. ${CHOOSE_BACKUP.en}`,
    );
  }
  return validateBackup(json, limits);
}

export function validateBackup(json: unknown, limits: BackupLimits = FILE_LIMITS): ValidationResult {
  if (!isObject(json)) {
    return refuse(
      `文件内容不是 JSON 对象，不是报告标注的备份文件。${CHOOSE_BACKUP.zh}`,
      `The file is not a JSON object, so not a Report Annotator backup. ${CHOOSE_BACKUP.en}`,
    );
  }
  if (json.format !== BACKUP_FORMAT) {
    return refuse(
      `这不是报告标注的备份文件（format 应为 "${BACKUP_FORMAT}"，实为 ${show(json.format)}）。${CHOOSE_BACKUP.zh}`,
      `This is not a Report Annotator backup (format should be "${BACKUP_FORMAT}" but is ${show(json.format)}). ${CHOOSE_BACKUP.en}`,
    );
  }
  if (typeof json.version !== 'number' || !IMPORTABLE_VERSIONS.includes(json.version)) {
    const newer = typeof json.version === 'number' && json.version > BACKUP_VERSION;
    return newer
      ? refuse(
          `备份版本 ${json.version} 比本扩展支持的版本 ${BACKUP_VERSION} 新，请先更新扩展。`,
          `Backup version ${json.version} is newer than the supported version ${BACKUP_VERSION}; update the extension first.`,
        )
      : refuse(
          `备份版本 ${show(json.version)} 无效（应为 ${IMPORTABLE_VERSIONS.join(' 或 ')}）。`,
          `Invalid backup version ${show(json.version)} (expected ${IMPORTABLE_VERSIONS.join(' or ')}).`,
        );
  }

  const errors = new MessageList();
  if (typeof json.exportedAt !== 'number' || !Number.isFinite(json.exportedAt)) {
    errors.push({ zh: '文件：exportedAt 不是数字', en: 'file: exportedAt is not a number' });
  }
  for (const key of ['reports', 'items', 'tags'] as const) {
    const arr = json[key];
    if (!Array.isArray(arr)) {
      errors.push({ zh: `文件：${key} 不是数组`, en: `file: ${key} is not an array` });
    } else if (arr.length > limits[key]) {
      errors.push({
        zh: `文件：${key} 过多（${arr.length} 条，上限 ${limits[key]}）`,
        en: `file: too many ${key} (${arr.length}, at most ${limits[key]})`,
      });
    }
  }
  // Older files have no tracker records: none.
  const rawHeadlines: unknown = json.headlines === undefined ? [] : json.headlines;
  if (!Array.isArray(rawHeadlines)) {
    errors.push({ zh: '文件：headlines 不是数组', en: 'file: headlines is not an array' });
  } else if (rawHeadlines.length > limits.reports) {
    errors.push({
      zh: `文件：headlines 过多（${rawHeadlines.length} 条，上限 ${limits.reports}）`,
      en: `file: too many headlines (${rawHeadlines.length}, at most ${limits.reports})`,
    });
  }
  if (!errors.empty) return { ok: false, errors: errors.result() };

  const rawReports = json.reports as unknown[];
  const rawItems = json.items as unknown[];
  const rawTags = json.tags as unknown[];
  const skipped = new MessageList();
  const count = { reports: 0, items: 0, tags: 0, headlines: 0 };
  const leaveOut = (list: keyof typeof count, label: Bilingual, problems: readonly Problem[]) => {
    count[list]++;
    for (const p of problems) skipped.push(problemMessage(label, p));
  };

  const reports: ReportRecord[] = [];
  const reportIds = new Map<string, number>();
  /** Reports left out, by id, with their label: their items are left out with them. */
  const leftReports = new Map<string, { label: Bilingual; items: number }>();
  rawReports.forEach((raw, i) => {
    const label = recordName('report', i, raw);
    const r = checkReportRecord(raw);
    if (!r.ok) {
      leaveOut('reports', label, r.problems);
      if (isObject(raw) && typeof raw.id === 'string' && !leftReports.has(raw.id)) leftReports.set(raw.id, { label, items: 0 });
      return;
    }
    const prev = reportIds.get(r.record.id);
    if (prev !== undefined) {
      leaveOut('reports', label, [[`id 重复（与第 ${prev + 1} 条 report 相同）`, `duplicate id (same as report ${prev + 1})`]]);
      return;
    }
    reportIds.set(r.record.id, i);
    reports.push(r.record);
  });
  // An id both left out and imported (a bad duplicate of a good report) is imported.
  for (const id of reportIds.keys()) leftReports.delete(id);

  const items: ItemRecord[] = [];
  const itemIds = new Map<string, number>();
  rawItems.forEach((raw, i) => {
    const label = recordName('item', i, raw);
    const r = checkItemRecord(raw);
    if (!r.ok) {
      leaveOut('items', label, r.problems);
      return;
    }
    const prev = itemIds.get(r.record.id);
    if (prev !== undefined) {
      leaveOut('items', label, [[`id 重复（与第 ${prev + 1} 条 item 相同）`, `duplicate id (same as item ${prev + 1})`]]);
      return;
    }
    itemIds.set(r.record.id, i);
    if (!reportIds.has(r.record.reportId)) {
      const left = leftReports.get(r.record.reportId);
      if (left) {
        left.items++;
        count.items++;
        return;
      }
      const rid = show(r.record.reportId);
      leaveOut('items', label, [[`reportId ${rid} 不在 reports 中`, `reportId ${rid} is not among the reports`]]);
      return;
    }
    items.push(r.record);
  });
  for (const { label, items: n } of leftReports.values()) {
    if (n) skipped.push(problemMessage(label, [`它的 ${n} 条 item 因此也未导入`, `its ${n} ${n === 1 ? 'item was' : 'items were'} therefore left out too`]));
  }

  const tags: TagRecord[] = [];
  const tagNames = new Map<string, number>();
  rawTags.forEach((raw, i) => {
    const label = recordName('tag', i, raw);
    const r = checkTagRecord(raw);
    if (!r.ok) {
      leaveOut('tags', label, r.problems);
      return;
    }
    const prev = tagNames.get(r.record.name);
    if (prev !== undefined) {
      leaveOut('tags', label, [[`name 重复（与第 ${prev + 1} 条 tag 相同）`, `duplicate name (same as tag ${prev + 1})`]]);
      return;
    }
    tagNames.set(r.record.name, i);
    tags.push(r.record);
  });

  const headlines: HeadlineRecord[] = [];
  const headlineIds = new Set<string>();
  (rawHeadlines as unknown[]).forEach((raw, i) => {
    const label = recordName('headline', i, raw);
    const r = checkHeadlineRecord(raw);
    if (!r.ok) {
      leaveOut('headlines', label, r.problems);
      return;
    }
    const { reportId } = r.record;
    if (headlineIds.has(reportId)) {
      leaveOut('headlines', label, [['reportId 重复', 'duplicate reportId']]);
      return;
    }
    if (!reportIds.has(reportId)) {
      // A report left out takes its tracker record with it, as it does its items.
      if (leftReports.has(reportId)) count.headlines++;
      else leaveOut('headlines', label, [[`reportId ${show(reportId)} 不在 reports 中`, `reportId ${show(reportId)} is not among the reports`]]);
      return;
    }
    headlineIds.add(reportId);
    headlines.push(r.record);
  });

  return {
    ok: true,
    backup: {
      format: BACKUP_FORMAT,
      version: BACKUP_VERSION,
      exportedAt: json.exportedAt as number,
      reports,
      items,
      tags,
      headlines,
    },
    skipped: { ...count, problems: skipped.result() },
  };
}
