import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { htmlToReportText, withDocumentStructure } from '../../scripts/html-text';
import { decodeReportText, readReportBytes, readReportFile } from '../../scripts/report-file';

const SENTENCE = '今年城镇新增就业1200万人以上，粮食产量保持在1.3万亿斤以上。';

/** The sentence as Windows Notepad saves it: "Unicode" is UTF-16LE, "Unicode big endian" UTF-16BE, each with a BOM. */
function utf16(text: string, order: 'le' | 'be', bom = true): Buffer {
  const le = Buffer.from(text, 'utf16le');
  const bytes = order === 'le' ? le : Buffer.from(le).swap16();
  const mark = order === 'le' ? [0xff, 0xfe] : [0xfe, 0xff];
  return Buffer.concat([Buffer.from(bom ? mark : []), bytes]);
}

describe('text encodings', () => {
  test.each([
    ['UTF-8', Buffer.from(SENTENCE, 'utf8')],
    ['UTF-8 with a BOM', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(SENTENCE, 'utf8')])],
    ['UTF-16LE with a BOM (Notepad "Unicode")', utf16(SENTENCE, 'le')],
    ['UTF-16BE with a BOM (Notepad "Unicode big endian")', utf16(SENTENCE, 'be')],
  ])('%s is read, the BOM dropped', (_, bytes) => {
    expect(decodeReportText(bytes)).toBe(SENTENCE);
  });

  test.each([
    ['UTF-16 without a BOM', utf16(SENTENCE, 'le', false), 'iconv -f UTF-16LE -t UTF-8'],
    ['UTF-16 cut in the middle of a character', utf16(SENTENCE, 'le').subarray(0, 7), 'broken UTF-16'],
    ['GBK', Buffer.from([0xd0, 0xc2, 0xd4, 0xf6, 0x31, 0x30, 0xb8, 0xf6]), 'iconv -f GB18030 -t UTF-8'],
    ['binary', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 1, 0, 0, 0]), 'binary data'],
    ['nothing', Buffer.alloc(0), 'empty file'],
  ])('%s is refused with what to do', (_, bytes, message) => {
    expect(() => decodeReportText(bytes)).toThrow(message);
  });
});

describe('what is read', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'report-file-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test('a UTF-16 file yields its text', async () => {
    const path = join(dir, 'notepad-unicode.txt');
    writeFileSync(path, utf16(SENTENCE, 'le'));
    expect(await readReportFile(path)).toEqual({ title: 'notepad-unicode', text: SENTENCE });
  });

  test('a file over the size limit is refused before it is read, with the limit named', () => {
    const path = join(dir, 'big.txt');
    writeFileSync(path, SENTENCE.repeat(100));
    expect(() => readReportBytes(path, 1024)).toThrow(/larger than the .* MB a report may have; split it first/);
    expect(readReportBytes(path, 1024 * 1024).length).toBe(Buffer.byteLength(SENTENCE.repeat(100)));
  });

  test.each([
    ['/dev/zero', 'not a regular file'],
    ['/dev/null', 'not a regular file'],
    ['/', 'is a directory'],
    ['/no/such/file.txt', 'no such file'],
  ])('%s is refused: %s', (path, message) => {
    expect(() => readReportBytes(path)).toThrow(message);
  });
});

describe('HTML without the elements a browser adds', () => {
  test.each([
    ['only a doctype', `<!doctype html><p>${SENTENCE}</p><p>第二段。</p>`],
    ['no doctype either', `<p>${SENTENCE}</p>`],
    ['a head but no body', `<!DOCTYPE html>\n<html lang="zh"><head><meta charset="utf-8"><title>报告</title></head><p>${SENTENCE}</p></html>`],
    ['a title and no head', `<!doctype html><title>报告</title><p>${SENTENCE}</p>`],
    ['a body but no html', `<!doctype html><body><p>${SENTENCE}</p></body>`],
  ])('%s: the text is found', (_, html) => {
    expect(htmlToReportText(html).text).toContain(SENTENCE);
  });

  test('the title stays the title, not text', () => {
    const page = htmlToReportText(`<!doctype html><title>2026年政府工作报告</title><p>${SENTENCE}</p>`);
    expect(page.title).toBe('2026年政府工作报告');
    expect(page.text).not.toContain('2026年政府工作报告');
  });

  test('a whole page is left as it is', () => {
    const page = `<!doctype html><html><head><script>var s = "</head>";</script></head><body><p>${SENTENCE}</p></body></html>`;
    expect(withDocumentStructure(page)).toBe(page);
    expect(htmlToReportText(page).text).toBe(SENTENCE);
  });
});
