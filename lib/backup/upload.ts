/**
 * A backup file's text arriving in parts: a runtime message carries at most 64 MiB, and the
 * backup of a full collection (200,000 items) is larger. The collection page sends the text
 * in order ('backup/importPart'); the background puts it together here and imports it whole,
 * as one file, once the last part is in. One upload at a time: a new first part replaces an
 * unfinished one.
 */

import { fail } from '../store/errors';

export interface UploadPart {
  /** The same for every part of one file. */
  upload: string;
  index: number;
  count: number;
  text: string;
}

/** The most text one upload may carry (UTF-16 code units): what a V8 string can hold, with room. */
export const MAX_UPLOAD_CHARS = 400 * 1024 * 1024;

export class UploadAssembler {
  private current: { upload: string; count: number; parts: string[]; chars: number } | null = null;

  constructor(private readonly maxChars: number = MAX_UPLOAD_CHARS) {}

  /** Take one part; the whole text once the last part is in, else null. */
  add(part: UploadPart): string | null {
    const { upload, index, count, text } = part ?? ({} as UploadPart);
    if (typeof upload !== 'string' || typeof text !== 'string' || !Number.isInteger(index) || !Number.isInteger(count) || count < 1 || index < 0 || index >= count) {
      return fail('导入的分段无效', 'an invalid part of an import');
    }
    if (index === 0) this.current = { upload, count, parts: [], chars: 0 };
    const c = this.current;
    if (!c || c.upload !== upload || c.count !== count || c.parts.length !== index) {
      this.current = null;
      return fail('导入的分段顺序不对，请重新导入', 'the parts of an import came out of order; import the file again');
    }
    c.chars += text.length;
    if (c.chars > this.maxChars) {
      this.current = null;
      return fail('文件太大，无法导入', 'the file is too large to import');
    }
    c.parts.push(text);
    if (c.parts.length < count) return null;
    this.current = null;
    return c.parts.join('');
  }
}
