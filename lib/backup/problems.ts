/**
 * How a record's problems are worded: each one a [中文, English] pair, put under
 * a label naming the record ("第 12 条 item（id "abc"）：value 不是数字", "item 12
 * (id "abc"): value is not a number"). Shared by the backup validator, the
 * import and the store's refusals.
 */

/** A reason, [中文, English]. */
export type Problem = readonly [zh: string, en: string];

/** A message in both UI languages; the page shows the one it speaks. */
export interface Bilingual {
  zh: string;
  en: string;
}

export type Obj = Record<string, unknown>;

export const isObject = (x: unknown): x is Obj => typeof x === 'object' && x !== null && !Array.isArray(x);

const PREVIEW_LENGTH = 40;

/** A value as JSON, at most `depth` levels deep ([…] and {…} below), never recursing further. */
function preview(v: unknown, depth: number): string {
  if (v === null || typeof v === 'number' || typeof v === 'boolean') return JSON.stringify(v) ?? String(v);
  if (typeof v === 'string') return JSON.stringify(v.length > PREVIEW_LENGTH ? `${v.slice(0, PREVIEW_LENGTH)}…` : v);
  if (Array.isArray(v)) {
    if (depth <= 0 || !v.length) return v.length ? '[…]' : '[]';
    const shown = v.slice(0, 4).map((x) => preview(x, depth - 1));
    return `[${shown.join(',')}${v.length > 4 ? ',…' : ''}]`;
  }
  if (isObject(v)) {
    const keys = Object.keys(v);
    if (depth <= 0 || !keys.length) return keys.length ? '{…}' : '{}';
    const shown = keys.slice(0, 4).map((k) => `${JSON.stringify(k)}:${preview(v[k], depth - 1)}`);
    return `{${shown.join(',')}${keys.length > 4 ? ',…' : ''}}`;
  }
  return String(v);
}

/**
 * A short, quoted preview of a value for a message. Bounded in depth and length, so a
 * hostile value (an array nested 100,000 deep) cannot overflow the stack the way
 * JSON.stringify would.
 */
export const show = (v: unknown): string => {
  if (typeof v === 'string') return preview(v, 0);
  const s = preview(v, 2);
  return s.length > PREVIEW_LENGTH ? `${s.slice(0, PREVIEW_LENGTH)}…` : s;
};

/** "label：中文 / English", for errors that travel as one string (the store's refusals). */
export function formatProblem(label: string, [zh, en]: Problem): string {
  return `${label}：${zh} / ${en}`;
}

/** A problem under a record's label, in both languages. */
export function problemMessage(label: Bilingual, [zh, en]: Problem): Bilingual {
  return { zh: `${label.zh}：${zh}`, en: `${label.en}: ${en}` };
}

export type RecordKind = 'report' | 'item' | 'tag' | 'headline';

/**
 * "第 12 条 item（id "abc"）" / "item 12 (id "abc")": the 1-based position in its array, and
 * its key if it has a usable one.
 */
export function recordName(kind: RecordKind, index: number, record: unknown): Bilingual {
  const keyField = kind === 'tag' ? 'name' : kind === 'headline' ? 'reportId' : 'id';
  const key = isObject(record) ? record[keyField] : undefined;
  const usable = typeof key === 'string' && key !== '';
  const zhKey = usable ? `${keyField} ${show(key)}` : `无 ${keyField}`;
  const enKey = usable ? `${keyField} ${show(key)}` : `no ${keyField}`;
  return { zh: `第 ${index + 1} 条 ${kind}（${zhKey}）`, en: `${kind} ${index + 1} (${enKey})` };
}
