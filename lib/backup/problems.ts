/**
 * How a record's problems are worded: each one a [中文, English] pair, printed
 * under a label naming the record ("第 12 条 item（id "abc"）：value 不是数字 / value
 * is not a number"). Shared by the backup validator and the store's refusals.
 */

/** A reason, [中文, English]. */
export type Problem = readonly [zh: string, en: string];

export type Obj = Record<string, unknown>;

export const isObject = (x: unknown): x is Obj => typeof x === 'object' && x !== null && !Array.isArray(x);

/** A short, quoted preview of a value for a message. */
export const show = (v: unknown): string => {
  if (typeof v === 'string') return JSON.stringify(v.length > 40 ? `${v.slice(0, 40)}…` : v);
  const s = JSON.stringify(v) ?? String(v);
  return s.length > 40 ? `${s.slice(0, 40)}…` : s;
};

export function formatProblem(label: string, [zh, en]: Problem): string {
  return `${label}：${zh} / ${en}`;
}

export type RecordKind = 'report' | 'item' | 'tag';

/** "第 12 条 item（id abc）" — 1-based position in its array, and its key if it has a usable one. */
export function recordLabel(kind: RecordKind, index: number, record: unknown): string {
  const keyField = kind === 'tag' ? 'name' : 'id';
  const key = isObject(record) ? record[keyField] : undefined;
  const keyText =
    typeof key === 'string' && key !== '' ? `${keyField} ${show(key)}` : `无 ${keyField} / no ${keyField}`;
  return `第 ${index + 1} 条 ${kind}（${keyText}）`;
}
