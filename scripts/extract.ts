/**
 * Command line: the extension's extractor over .txt and .html files, for batch work.
 *
 *   npm run -s extract -- FILE... [--format table|json|csv|xlsx] [--lang zh|en] [--output FILE]
 *                                 [--files-from LIST] [--jobs N] [--no-commitments]
 *
 * json prints {"file": ..., "report": {place, level, year, genre}, "items": [...]} per file, one
 * object per line (JSON Lines); each item carries every field of ExtractedItem (metric, indicator,
 * direction, from, period, strengthCue…); offsets are JS string indices into the text as read (a
 * leading BOM not counted; for HTML, into the main text Readability finds). csv and xlsx are the extension's export, in Chinese
 * or (--lang en) English. Bad input gets a one-line error on stderr, a non-zero exit at the
 * end, and the other files are still processed.
 *
 * It streams: each file is read, extracted, written and forgotten, in the order given, with
 * back-pressure from the output, so memory stays flat however many files there are. Many files
 * are spread over worker threads (one per core; --jobs sets the number).
 */

import { createWriteStream } from 'node:fs';
import { itemCsvHeaderLine } from '../lib/export/item-row';
import { itemXlsxColumns } from '../lib/export/item-xlsx';
import { XlsxWriter } from '../lib/export/xlsx';
import { parseArgs, type CliOptions } from './cli/args';
import { nodeDeflate } from './cli/node-deflate';
import { Output } from './cli/output';
import { WorkerPool, defaultJobs, orderedOutcomes, runHere } from './cli/pool';
import type { FileJob } from './cli/process-file';

const SHEET_NAME = { zh: '条目', en: 'Items' } as const;

async function run(options: CliOptions): Promise<number> {
  const { format, language } = options;
  if (format === 'xlsx' && !options.output && process.stdout.isTTY) {
    process.stderr.write('xlsx is a binary file: give --output FILE, or redirect standard output (> items.xlsx)\n');
    return 2;
  }
  const stream = options.output ? createWriteStream(options.output) : process.stdout;
  const output = new Output(stream);
  const jobs = options.jobs ?? defaultJobs(options.files.length);
  const pool = jobs > 1 ? new WorkerPool(jobs) : null;
  const fileJobs = function* (): Generator<FileJob> {
    for (const file of options.files) yield { file, format, language, commitments: options.commitments };
  };

  let failed = 0;
  try {
    const workbook = format === 'xlsx' ? new XlsxWriter((chunk) => output.write(chunk), { deflate: nodeDeflate }) : null;
    workbook?.addSheet(SHEET_NAME[language], itemXlsxColumns(language));
    if (format === 'csv') output.write(itemCsvHeaderLine(language));
    for await (const outcome of orderedOutcomes(fileJobs(), pool?.run ?? runHere, Math.max(2, jobs * 2))) {
      if (!outcome.ok) {
        failed++;
        process.stderr.write(`${outcome.file}: ${outcome.message}\n`);
        continue;
      }
      if (workbook) for (const row of outcome.rows) workbook.addRow(row);
      else output.write(outcome.text);
      await output.drained();
    }
    workbook?.finish();
    await output.finish({ close: stream !== process.stdout });
  } catch (error) {
    // `extract … | head` closes the pipe early: that is the reader's choice, not an error.
    if ((error as NodeJS.ErrnoException).code === 'EPIPE') return failed ? 1 : 0;
    process.stderr.write(`${options.output ?? 'output'}: cannot write: ${(error as Error).message}\n`);
    return 1;
  } finally {
    await pool?.close();
  }
  return failed ? 1 : 0;
}

// A write error on standard output is handled where the run awaits it; this keeps Node from
// treating the stream's 'error' event as unhandled.
process.stdout.on('error', () => {});

const options = parseArgs(process.argv.slice(2));
if ('status' in options) {
  (options.status ? process.stderr : process.stdout).write(options.message + '\n');
  process.exitCode = options.status;
} else {
  process.exitCode = await run(options);
}
