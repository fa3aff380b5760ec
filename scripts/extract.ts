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

const CMP_LABEL: Record<string, string> = { '=': '', '>=': '≥', '>': '>', '<=': '≤', '<': '<', '~': '约', range: '' };

function tableLine(item: ExtractedItem): string {
  const figure =
    item.value === null
      ? ''
      : `${CMP_LABEL[item.cmp ?? '='] ?? ''}${item.value}${item.max !== null ? `–${item.max}` : ''}${item.unit}`;
  const clause = item.text.replace(/\s+/g, ' ');
  return [item.kind.padEnd(10), figure.padEnd(22), item.strength ?? '', clause].join('\t');
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
      process.stdout.write(`# ${file}: ${items.length} items\n`);
      for (const item of items) process.stdout.write(tableLine(item) + '\n');
    }
  }
  if (args.format === 'csv') process.stdout.write(itemsToCsv(csv));
  return failed ? 1 : 0;
}

process.exitCode = main(process.argv.slice(2));
