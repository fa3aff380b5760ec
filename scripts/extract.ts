/**
 * Command line: the extension's extractor over .txt and .html files, for batch work.
 *
 *   npm run -s extract -- FILE... [--format json|csv|table] [--no-commitments]
 *
 * json prints {"file": ..., "items": [...]} per file, one object per line (JSON Lines);
 * offsets are JS string indices into the text as read (a leading BOM not counted; for HTML,
 * into the main text Readability finds). Bad input gets a one-line error on stderr, a non-zero
 * exit at the end, and the other files are still processed.
 */

import { basename } from 'node:path';
import { extractItems, type ExtractedItem } from '../lib/extract';
import { itemsToCsv, type ItemRowInput } from '../lib/export/item-row';
import { readReportFile, ReportFileError } from './report-file';

type Format = 'json' | 'csv' | 'table';
const FORMATS: readonly Format[] = ['json', 'csv', 'table'];

const USAGE = 'usage: npm run -s extract -- FILE... [--format json|csv|table] [--no-commitments]';

interface Args {
  files: string[];
  format: Format;
  commitments: boolean;
}

function parseArgs(argv: string[]): Args | string {
  const files: string[] = [];
  let format: Format = 'table';
  let commitments = true;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--format' || arg.startsWith('--format=')) {
      const value = arg.includes('=') ? arg.slice(arg.indexOf('=') + 1) : argv[++i];
      if (!FORMATS.includes(value as Format)) return `unknown format "${value ?? ''}" (json, csv or table)`;
      format = value as Format;
    } else if (arg === '--no-commitments') {
      commitments = false;
    } else if (arg === '--help' || arg === '-h') {
      return USAGE;
    } else if (arg.startsWith('--')) {
      return `unknown option ${arg}`;
    } else {
      files.push(arg);
    }
  }
  if (!files.length) return 'no input file';
  return { files, format, commitments };
}

const CMP_LABEL: Record<string, string> = { '=': '=', '>=': '≥', '>': '>', '<=': '≤', '<': '<', '~': '≈', range: '–' };

/** Columns line up in a terminal: CJK and full-width characters take two cells. */
function displayWidth(text: string): number {
  let width = 0;
  for (const ch of text) width += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]|[\u{20000}-\u{3fffd}]/u.test(ch) ? 2 : 1;
  return width;
}
const pad = (text: string, width: number) => text + ' '.repeat(Math.max(0, width - displayWidth(text)));

function figureOf(item: ExtractedItem): string {
  if (item.value === null) return '';
  const number = (n: number) => n.toLocaleString('en-US', { maximumFractionDigits: 6 });
  const value = item.max !== null ? `${number(item.value)}–${number(item.max)}` : number(item.value);
  return item.unit ? `${value} ${item.unit}` : value;
}

function table(items: ExtractedItem[]): string[] {
  const rows = items.map((item) => [
    item.kind,
    figureOf(item),
    item.value === null ? '' : CMP_LABEL[item.cmp ?? '='],
    item.strength ?? '',
    item.text.replace(/\s+/g, ' '),
  ]);
  const header = ['kind', 'value', 'cmp', 'strength', 'clause'];
  const widths = header.map((h, c) => Math.max(displayWidth(h), ...rows.map((r) => displayWidth(r[c]))));
  return [header, ...rows].map((row) => row.map((cell, c) => (c === row.length - 1 ? cell : pad(cell, widths[c]))).join('  '));
}

function csvRows(file: string, title: string, text: string, items: ExtractedItem[]): ItemRowInput[] {
  return items.map((item) => ({
    reportTitle: title,
    reportUrl: '',
    site: basename(file),
    item: {
      ...item,
      quote: item.text,
      prefix: text.slice(Math.max(0, item.start - 32), item.start),
      suffix: text.slice(item.end, item.end + 32),
    },
    tags: [],
    note: '',
    createdAt: null,
  }));
}

function main(argv: string[]): number {
  const args = parseArgs(argv);
  if (typeof args === 'string') {
    process.stderr.write(`${args}\n${args === USAGE ? '' : USAGE + '\n'}`);
    return args === USAGE ? 0 : 2;
  }
  let failed = 0;
  const csv: ItemRowInput[] = [];
  for (const file of args.files) {
    let report;
    try {
      report = readReportFile(file);
    } catch (error) {
      failed++;
      const message = error instanceof ReportFileError ? error.message : String(error);
      process.stderr.write(`${file}: ${message}\n`);
      continue;
    }
    const items = extractItems(report.text, { commitments: args.commitments });
    if (args.format === 'json') {
      process.stdout.write(JSON.stringify({ file, items }) + '\n');
    } else if (args.format === 'csv') {
      csv.push(...csvRows(file, report.title, report.text, items));
    } else {
      process.stdout.write(`# ${file}: ${items.length} items\n${table(items).join('\n')}\n`);
    }
  }
  if (args.format === 'csv') process.stdout.write(itemsToCsv(csv, 'zh'));
  return failed ? 1 : 0;
}

// `extract … | head` closes the pipe early: that is the reader's choice, not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});

process.exitCode = main(process.argv.slice(2));
