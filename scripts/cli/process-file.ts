/**
 * One file's whole job, the same in a worker thread or in the main one: read it, extract, and
 * format its part of the output. Nothing is kept afterwards; a failure of any kind becomes a
 * one-line message for that file, never the end of the run.
 */

import { basename } from 'node:path';
import { extractReport, type ExtractedItem, type ExtractedReport } from '../../lib/extract';
import type { Language } from '../../lib/i18n';
import { sentenceAround } from '../../lib/export/sentence';
import { itemCsvRowLines, type ItemRowInput } from '../../lib/export/item-row';
import { itemXlsxRow } from '../../lib/export/item-xlsx';
import type { XlsxValue } from '../../lib/export/xlsx';
import { CONTEXT_LENGTH } from '../../lib/anchoring/selectors';
import { readReportFile, ReportFileError } from '../report-file';
import type { Format } from './args';
import { tableBlock } from './table';

export interface FileJob {
  file: string;
  format: Format;
  language: Language;
  commitments: boolean;
}

export type FileOutcome =
  | { file: string; ok: true; items: number; text: string; rows: XlsxValue[][] }
  | { file: string; ok: false; message: string };

/** How far the context column looks for the sentence's ends; a longer sentence is cut with …. */
const SENTENCE_REACH = 200;

export async function processFile(job: FileJob, extract: typeof extractReport = extractReport): Promise<FileOutcome> {
  const { file } = job;
  let report;
  try {
    report = await readReportFile(file);
  } catch (error) {
    return { file, ok: false, message: error instanceof ReportFileError ? error.message : `cannot read: ${String(error)}` };
  }
  let extracted: ExtractedReport;
  try {
    // The file's path stands in for its address: a province's name in it (anhui.txt) is a hint.
    extracted = extract(report.text, { commitments: job.commitments, title: report.title, url: file });
  } catch (error) {
    return { file, ok: false, message: `extraction failed: ${error instanceof Error ? error.message : String(error)}` };
  }
  try {
    return format(job, report, extracted);
  } catch (error) {
    return { file, ok: false, message: `cannot write its items: ${error instanceof Error ? error.message : String(error)}` };
  }
}

function format(job: FileJob, report: { title: string; text: string }, { report: identity, items }: ExtractedReport): FileOutcome {
  const { file } = job;
  const ok = (text: string, rows: XlsxValue[][] = []): FileOutcome => ({ file, ok: true, items: items.length, text, rows });
  switch (job.format) {
    case 'json':
      return ok(JSON.stringify({ file, report: identity, items }) + '\n');
    case 'table':
      return ok(tableBlock(file, items));
    case 'csv':
      return ok(itemCsvRowLines(exportRows(file, report, items), job.language));
    case 'xlsx':
      return ok('', exportRows(file, report, items).map((row) => itemXlsxRow(row, job.language)));
  }
}

/**
 * The export rows of one file: its title, its path as given in the address column (as the
 * extension gives a local file's address), its name as the site, each item with its sentence.
 */
function exportRows(file: string, report: { title: string; text: string }, items: readonly ExtractedItem[]): ItemRowInput[] {
  const { text } = report;
  return items.map((item) => {
    const from = Math.max(0, item.start - SENTENCE_REACH);
    const to = Math.min(text.length, item.end + SENTENCE_REACH);
    return {
      reportTitle: report.title,
      reportUrl: file,
      site: basename(file),
      item: {
        ...item,
        quote: item.text,
        prefix: text.slice(Math.max(0, item.start - CONTEXT_LENGTH), item.start),
        suffix: text.slice(item.end, item.end + CONTEXT_LENGTH),
        sentence: sentenceAround(text.slice(from, item.start), item.text, text.slice(item.end, to), { atStart: from === 0, atEnd: to === text.length }),
      },
      tags: [],
      note: '',
      createdAt: null,
    };
  });
}
