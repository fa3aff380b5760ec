/**
 * Command line: follow headline targets across reports. Reads each report's identity and items,
 * pairs each year's targets with the next report's results and judges them.
 *
 *   npm run -s track -- FILE... [--format json|csv|table]
 *
 * Files may come in any order. A file that cannot be read, or whose place or year cannot be read
 * from its text, title or path, is named on stderr and skipped; the others still run, and the exit
 * status is 1 when any was skipped.
 */

import { extractItems } from '../lib/extract';
import { reportIdentityOf } from '../lib/extract/identity';
import { INDICATORS } from '../lib/extract/indicators';
import { buildLedger, ledgerToCsv, ledgerToJson, type LedgerRow, type LedgerSide, type TrackedReport, type TrackerReport } from '../lib/tracker';
import { readReportFile, ReportFileError } from './report-file';

type Format = 'json' | 'csv' | 'table';
const FORMATS: readonly Format[] = ['json', 'csv', 'table'];
const USAGE = 'usage: npm run -s track -- FILE... [--format json|csv|table]';

function parseArgs(argv: string[]): { files: string[]; format: Format } | string {
  const files: string[] = [];
  let format: Format = 'table';
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--format' || arg.startsWith('--format=')) {
      const value = arg.includes('=') ? arg.slice(arg.indexOf('=') + 1) : argv[++i];
      if (!FORMATS.includes(value as Format)) return `unknown format "${value ?? ''}" (json, csv or table)`;
      format = value as Format;
    } else if (arg === '--help' || arg === '-h') {
      return USAGE;
    } else if (arg.startsWith('--')) {
      return `unknown option ${arg}`;
    } else {
      files.push(arg);
    }
  }
  if (!files.length) return 'no input file';
  return { files, format };
}

/** Columns line up in a terminal: CJK and full-width characters take two cells. */
function displayWidth(text: string): number {
  let width = 0;
  for (const ch of text) width += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]|[\u{20000}-\u{3fffd}]/u.test(ch) ? 2 : 1;
  return width;
}
const pad = (text: string, width: number) => text + ' '.repeat(Math.max(0, width - displayWidth(text)));

const CMP_LABEL: Record<string, string> = { '=': '', '>=': '≥', '>': '>', '<=': '≤', '<': '<', '~': '≈', range: '' };

function figure(side: LedgerSide | null): string {
  if (!side) return '—';
  if (side.value === null) {
    const words = side.quote.replace(/\s+/g, '');
    return `“${words.length > 14 ? words.slice(0, 13) + '…' : words}”`;
  }
  const number = (n: number) => n.toLocaleString('en-US', { maximumFractionDigits: 6 });
  const value = side.max !== null ? `${number(side.value)}–${number(side.max)}` : number(side.value);
  return `${CMP_LABEL[side.cmp ?? '='] ?? ''}${value}${side.unit ? ` ${side.unit}` : ''}`;
}

function table(rows: readonly LedgerRow[]): string[] {
  const cells = rows.map((r) => [r.place, INDICATORS[r.indicator].zh, String(r.year), figure(r.target), figure(r.result), r.status]);
  const header = ['place', 'indicator', 'year', 'target', 'result', 'status'];
  const widths = header.map((h, c) => Math.max(displayWidth(h), ...cells.map((row) => displayWidth(row[c]!))));
  return [header, ...cells].map((row) => row.map((cell, c) => (c === row.length - 1 ? cell : pad(cell, widths[c]!))).join('  '));
}

async function main(argv: string[]): Promise<number> {
  const args = parseArgs(argv);
  if (typeof args === 'string') {
    process.stderr.write(`${args}\n${args === USAGE ? '' : USAGE + '\n'}`);
    return args === USAGE ? 0 : 2;
  }
  let skipped = 0;
  const reports: TrackerReport[] = [];
  const tracked: TrackedReport[] = [];
  for (const file of args.files) {
    let report;
    try {
      report = await readReportFile(file);
    } catch (error) {
      skipped++;
      process.stderr.write(`${file}: ${error instanceof ReportFileError ? error.message : String(error)}; skipped\n`);
      continue;
    }
    const identity = reportIdentityOf(report.text, { title: report.title, url: file });
    const unknown = [identity.place ? '' : 'place', identity.year === null ? 'year' : ''].filter(Boolean);
    if (unknown.length) {
      skipped++;
      process.stderr.write(`${file}: cannot read the ${unknown.join(' or ')} of this report from its text, title or file name; skipped\n`);
      continue;
    }
    reports.push({ file, identity, text: report.text, items: extractItems(report.text) });
    tracked.push({ file, ...identity });
  }
  const rows = buildLedger(reports);
  if (args.format === 'json') process.stdout.write(JSON.stringify(ledgerToJson(tracked, rows)) + '\n');
  else if (args.format === 'csv') process.stdout.write(ledgerToCsv(rows));
  else {
    const places = new Set(tracked.map((r) => r.place)).size;
    process.stdout.write(`# ${tracked.length} reports, ${places} places, ${rows.length} rows\n${table(rows).join('\n')}\n`);
  }
  return skipped ? 1 : 0;
}

// `track … | head` closes the pipe early: that is the reader's choice, not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});

process.exitCode = await main(process.argv.slice(2));
