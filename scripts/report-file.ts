/**
 * Reads a report file for the command line: .txt as UTF-8 or UTF-16 (with its byte-order mark),
 * .html through Readability.
 *
 * Only regular files are read, and only up to MAX_REPORT_BYTES: a FIFO with no writer would hang
 * the run and /dev/zero would fill the memory, and a report is never that large (the longest
 * provincial report of 2026 is 96 KB, a whole five-year plan well under 1 MB).
 */

import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs';
import { basename, extname } from 'node:path';

export class ReportFileError extends Error {}

export interface ReportFile {
  title: string;
  text: string;
}

/** 50 MB: some hundred times the longest report, still small enough to read and extract at once. */
export const MAX_REPORT_BYTES = 50 * 1024 * 1024;

const MB = 1024 * 1024;

/**
 * Opened without blocking, so that a FIFO (which would wait for a writer) is seen for what it is
 * by fstat on the very file that would be read, with no gap between the look and the read.
 */
function openForReading(path: string): number {
  try {
    return openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') throw new ReportFileError('no such file');
    if (code === 'EACCES' || code === 'EPERM') throw new ReportFileError('permission denied');
    if (code === 'EISDIR') throw new ReportFileError('is a directory, not a file');
    throw new ReportFileError(`cannot open: ${code ?? String(error)}`);
  }
}

/** The file's bytes; refused when it is not a regular file or is over the limit. */
export function readReportBytes(path: string, maxBytes = MAX_REPORT_BYTES): Uint8Array {
  const fd = openForReading(path);
  try {
    const stat = fstatSync(fd);
    if (stat.isDirectory()) throw new ReportFileError('is a directory, not a file');
    if (!stat.isFile()) throw new ReportFileError('not a regular file (a FIFO, device or socket), skipped');
    if (stat.size > maxBytes) throw tooLarge(stat.size, maxBytes);
    // Read to the end rather than trusting the size: the file may grow while it is read.
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      const chunk = Buffer.allocUnsafe(Math.min(Math.max(stat.size - total, 64 * 1024), maxBytes + 1 - total));
      const n = readSync(fd, chunk, 0, chunk.length, null);
      if (n === 0) break;
      total += n;
      chunks.push(n === chunk.length ? chunk : chunk.subarray(0, n));
      if (total > maxBytes) throw tooLarge(total, maxBytes);
    }
    return chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks, total);
  } finally {
    closeSync(fd);
  }
}

function tooLarge(size: number, maxBytes: number): ReportFileError {
  const shown = size > maxBytes && size < maxBytes + MB ? `over ${maxBytes / MB}` : (size / MB).toFixed(0);
  return new ReportFileError(`${shown} MB, larger than the ${maxBytes / MB} MB a report may have; split it first`);
}

/** Strict decoders: a file that is not what it claims must be refused, not silently mangled. */
const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });
const utf16le = new TextDecoder('utf-16le', { fatal: true, ignoreBOM: false });
const utf16be = new TextDecoder('utf-16be', { fatal: true, ignoreBOM: false });

const CONVERT_HINT = 'convert it first, e.g. iconv -f GB18030 -t UTF-8';

/**
 * Text of a report file. UTF-8 (a BOM is dropped) and UTF-16 with a BOM in either byte order
 * (what Windows Notepad saves as "Unicode" and "Unicode big endian") are read; anything else is
 * refused with how to convert it.
 */
export function decodeReportText(bytes: Uint8Array): string {
  if (bytes.length === 0) throw new ReportFileError('empty file');
  const utf16 = bytes[0] === 0xff && bytes[1] === 0xfe ? utf16le : bytes[0] === 0xfe && bytes[1] === 0xff ? utf16be : null;
  if (utf16) {
    try {
      return utf16.decode(bytes); // the decoder drops the BOM
    } catch {
      throw new ReportFileError('broken UTF-16 text (an odd byte count or a lone surrogate)');
    }
  }
  if (bytes.includes(0)) {
    throw new ReportFileError(
      looksLikeUtf16(bytes)
        ? 'UTF-16 text without a byte-order mark; convert it first, e.g. iconv -f UTF-16LE -t UTF-8'
        : 'binary data, not text',
    );
  }
  try {
    return utf8.decode(bytes); // the decoder drops a leading BOM
  } catch {
    throw new ReportFileError(`not UTF-8 text (${CONVERT_HINT})`);
  }
}

/** Chinese or ASCII text in UTF-16 puts its zero bytes on one side of each pair: mostly odd (LE) or even (BE). */
function looksLikeUtf16(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, 4096);
  let even = 0;
  let odd = 0;
  for (let i = 0; i < sample.length; i++) {
    if (sample[i] !== 0) continue;
    if (i % 2) odd++;
    else even++;
  }
  return sample.length % 2 === 0 && (even === 0) !== (odd === 0);
}

/**
 * The report's title and text. An HTML page goes through Readability on a server-side DOM, loaded
 * only when a page comes: the DOM library takes longer to load than a report takes to read.
 */
export async function readReportFile(path: string, maxBytes = MAX_REPORT_BYTES): Promise<ReportFile> {
  const text = decodeReportText(readReportBytes(path, maxBytes));
  if (!text.trim()) throw new ReportFileError('no text in the file');
  const ext = extname(path).toLowerCase();
  if (ext === '.html' || ext === '.htm' || (ext !== '.txt' && /^\s*<(?:!doctype|html)/i.test(text))) {
    const { htmlToReportText } = await import('./html-text');
    const page = htmlToReportText(text);
    if (!page.text.trim()) throw new ReportFileError('no readable text found in the page');
    return page;
  }
  return { title: basename(path, ext), text };
}
