/**
 * Checks one record field by field, collecting every problem (not just the
 * first) as [中文, English] pairs; see check-records.ts for the records it checks.
 */

import { LIMITS, normaliseTags } from '../store/records';
import { isObject, show, type Obj, type Problem } from './problems';

const list = (xs: readonly unknown[]) => xs.map((x) => JSON.stringify(x)).join(', ');

/** Collects the problems of one record, field by field. */
export class Checker {
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

  bool(f: string): boolean | null {
    if (!this.has(f)) return null;
    const v = this.obj[f];
    if (typeof v !== 'boolean') {
      this.add(`${this.name(f)} 不是 true 或 false`, `${this.name(f)} is not true or false`);
      return null;
    }
    return v;
  }

  /** A list of at most `max` whole numbers. */
  integers(f: string, max: number): number[] | null {
    if (!this.has(f)) return null;
    const v = this.obj[f];
    if (!Array.isArray(v) || v.length > max || !v.every((x) => Number.isInteger(x))) {
      this.add(`${this.name(f)} 不是至多 ${max} 个整数的数组`, `${this.name(f)} is not a list of at most ${max} whole numbers`);
      return null;
    }
    return [...(v as number[])];
  }

  /** Whether a field is there at all (an optional field absent from older records and backups). */
  present(f: string): boolean {
    return f in this.obj && this.obj[f] !== undefined;
  }

  /** Whether a field is null. */
  isNull(f: string): boolean {
    return this.obj[f] === null;
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

