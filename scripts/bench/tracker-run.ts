/**
 * One measured process for `npm run bench`: the tracker over the corpus's 41 whole reports (the
 * national reports and the 31 provincial reports of 2026), from text to judged ledger in this one
 * process: each report's identity, its items (extraction included) and the ledger (lib/tracker
 * buildLedger), RUNS times, printing each run's seconds. Also the ledger alone from the stored
 * readings (ledgerFromStored, what the extension's tracker view runs on every change).
 */

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extractItems } from '../../lib/extract';
import { reportIdentityOf } from '../../lib/extract/identity';
import { buildLedger, headlineFiguresOf, ledgerFromStored, type StoredTrackerReport, type TrackerReport } from '../../lib/tracker';

const dirs = process.argv.slice(2, -1);
const runs = Number(process.argv.at(-1) ?? 5);

const files = dirs.flatMap((dir) =>
  readdirSync(dir)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name) => join(dir, name)),
);
const texts = files.map((file) => ({ file, text: readFileSync(file, 'utf8').replace(/^\uFEFF/, '') }));
const chars = texts.reduce((sum, t) => sum + t.text.length, 0);

const seconds: number[] = [];
/** Of each run, the seconds spent in the extractor (the rest is identity and the tracker). */
const extractSeconds: number[] = [];
let rows = 0;
let judged = 0;
let stored: StoredTrackerReport[] = [];
for (let run = 0; run < runs; run++) {
  const t0 = process.hrtime.bigint();
  let extracting = 0n;
  const reports: TrackerReport[] = texts.map(({ file, text }) => {
    const e0 = process.hrtime.bigint();
    const items = extractItems(text);
    extracting += process.hrtime.bigint() - e0;
    return { file, text, identity: reportIdentityOf(text, { url: file }), items };
  });
  const ledger = buildLedger(reports);
  seconds.push(Number(process.hrtime.bigint() - t0) / 1e9);
  extractSeconds.push(Number(extracting) / 1e9);
  rows = ledger.length;
  judged = ledger.filter((r) => r.status === 'met' || r.status === 'missed').length;
  if (run === 0) stored = reports.map((r) => ({ url: r.file, identity: r.identity, figures: headlineFiguresOf({ text: r.text!, identity: r.identity, items: r.items }) }));
}

const storedSeconds: number[] = [];
for (let run = 0; run < runs; run++) {
  const t0 = process.hrtime.bigint();
  ledgerFromStored(stored);
  storedSeconds.push(Number(process.hrtime.bigint() - t0) / 1e9);
}
process.stdout.write(JSON.stringify({ files: texts.length, chars, rows, judged, seconds, extractSeconds, storedSeconds, maxRssKiB: process.resourceUsage().maxRSS }) + '\n');
