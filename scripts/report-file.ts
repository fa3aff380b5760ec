/** Reads a report file for the command line: .txt as UTF-8, .html through Readability. */

import { readFileSync, statSync } from 'node:fs';
import { extname, basename } from 'node:path';
import { htmlToReportText } from './html-text';

export class ReportFileError extends Error {}

export interface ReportFile {
  title: string;
  text: string;
}

/** Decodes strictly: a file that is not UTF-8 must be refused, not silently mangled. */
const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

export function readReportFile(path: string): ReportFile {
  let stat;
  try {
    stat = statSync(path);
  } catch {
    throw new ReportFileError('no such file');
  }
  if (stat.isDirectory()) throw new ReportFileError('is a directory, not a file');
  const bytes = readFileSync(path);
  if (bytes.length === 0) throw new ReportFileError('empty file');
  if (bytes.includes(0)) throw new ReportFileError('binary data, not text');
  let text: string;
  try {
    text = utf8.decode(bytes); // the decoder drops a leading BOM
  } catch {
    throw new ReportFileError('not UTF-8 text (convert it first, e.g. iconv -f GB18030 -t UTF-8)');
  }
  if (!text.trim()) throw new ReportFileError('no text in the file');
  const ext = extname(path).toLowerCase();
  if (ext === '.html' || ext === '.htm' || (ext !== '.txt' && /^\s*<(?:!doctype|html)/i.test(text))) {
    const page = htmlToReportText(text);
    if (!page.text.trim()) throw new ReportFileError('no readable text found in the page');
    return page;
  }
  return { title: basename(path, ext), text };
}
