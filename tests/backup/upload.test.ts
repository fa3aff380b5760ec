import { describe, expect, it, test } from 'vitest';
import { UploadAssembler, type UploadPart } from '../../lib/backup/upload';
import { textParts } from '../../lib/collection/import-file';

const parts = (upload: string, texts: string[]): UploadPart[] => texts.map((text, index) => ({ upload, index, count: texts.length, text }));

describe('a backup file sent in parts', () => {
  test.each<[string, number, string[]]>([
    ['abcdefg', 3, ['abc', 'def', 'g']],
    ['abc', 3, ['abc']],
    ['', 3, ['']],
    ['a😀b', 2, ['a', '😀', 'b']], // a surrogate pair is never cut in two
    ['报告标注', 8, ['报告标注']],
  ])('textParts(%j, %i)', (text, size, expected) => {
    expect(textParts(text, size)).toEqual(expected);
    expect(textParts(text, size).join('')).toBe(text);
  });

  it('is put together in order, and only the last part answers', () => {
    const a = new UploadAssembler();
    const [p0, p1, p2] = parts('u1', ['{"a"', ':1', '}']);
    expect(a.add(p0!)).toBeNull();
    expect(a.add(p1!)).toBeNull();
    expect(a.add(p2!)).toBe('{"a":1}');
  });

  it('a new file replaces one left unfinished', () => {
    const a = new UploadAssembler();
    a.add(parts('old', ['x', 'y'])[0]!);
    const fresh = parts('new', ['1', '2']);
    expect(a.add(fresh[0]!)).toBeNull();
    expect(a.add(fresh[1]!)).toBe('12');
  });

  test.each<[string, UploadPart[], RegExp]>([
    ['a part out of order', [parts('u', ['a', 'b', 'c'])[0]!, parts('u', ['a', 'b', 'c'])[2]!], /导入的分段顺序不对，请重新导入 \/ the parts of an import came out of order/],
    ['a part of another file', [parts('u', ['a', 'b'])[0]!, parts('v', ['a', 'b'])[1]!], /out of order/],
    ['a part without a first', [parts('u', ['a', 'b'])[1]!], /out of order/],
    ['a part that is no part', [{ upload: 'u', index: 2, count: 2, text: 'x' }], /导入的分段无效 \/ an invalid part of an import/],
    ['more text than allowed', parts('u', ['12345', '67890']), /文件太大，无法导入 \/ the file is too large to import/],
  ])('refuses %s', (_name, sequence, message) => {
    const a = new UploadAssembler(8);
    const run = () => sequence.forEach((p) => a.add(p));
    expect(run).toThrow(message);
  });
});
