/**
 * npm run bench: speed and memory, measured and printed (never asserted in a test).
 *
 * - extractor: the 31 whole provincial reports of 2026 (~610k characters), median of several runs
 *   in a fresh process; peak memory as the process's peak RSS above a process that only loads them.
 * - extractor on one line: 100k and 1M characters of report text with no line breaks (the ratio
 *   shows linear growth), and the worst case of issue 11 (1万 × 20,000), see bench/extractor-lines.ts.
 * - metric and tracker: the time spent reading metrics while extracting the 41 whole reports, the
 *   unusable-metric rate over the corpus, the tracker over those reports (bench/meaning.ts).
 * - csv and xlsx export: 10,000 stored items to the Excel-safe CSV and the workbook the extension downloads.
 * - in Chromium with the built extension (skipped, with a note, where there is no Chromium):
 *   the page annotator on the largest provincial report (document idle → all highlights shown, the
 *   longest main-thread task it causes) and the popup / collection page with 10,000 stored items
 *   (open → first paint, CSV export);
 * - in Firefox with the built add-on (skipped where there is none): the same page (document idle →
 *   all highlights shown, the annotator's longest step).
 * - the command line over 1,000 and 4,000 report files, output through a pipe (scripts/bench/cli-files.ts).
 * - the tracker over the corpus's 41 whole reports, extraction included, in one process, and the
 *   collection page's tracker view with 300 reports stored, and a card's other years
 *   ('tracker/history') with 300 and 3,000 (scripts/bench/tracker.ts).
 */

import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { findBrowser } from './test-browsers';
import { buildExtensionOnce } from './bench/build-extension';
import { benchCliFiles } from './bench/cli-files';
import { benchExports } from './bench/export';
import { benchExtractorLines } from './bench/extractor-lines';
import { benchMeaning } from './bench/meaning';
import { benchPage } from './bench/page';
import { benchFirefoxPage } from './bench/page-firefox';
import { benchPopup } from './bench/popup';
import { benchCardHistory, benchTrackerLedger, benchTrackerView } from './bench/tracker';

const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT = join(HERE, '..');
const PROVINCIAL = join(ROOT, 'tests/fixtures/corpus/provincial-2026');
const TSX = join(ROOT, 'node_modules/.bin/tsx');
const RUNS = Number(process.env.BENCH_RUNS ?? 7);

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const fmt = (n: number, digits = 0) => n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });

interface RunResult {
  files: number;
  chars: number;
  items: number;
  seconds: number[];
  maxRssKiB: number;
}

function measure(args: string[]): RunResult {
  const run = spawnSync(TSX, [join(HERE, 'bench/extractor-run.ts'), ...args], { encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`bench process failed: ${run.stderr}`);
  return JSON.parse(run.stdout.trim().split('\n').pop()!);
}

function benchExtractor(): void {
  const runs = measure([PROVINCIAL, String(RUNS)]);
  const base = measure([PROVINCIAL, '0', '--baseline']);
  // The first run pays for JIT warm-up; it is reported apart from the median.
  const warm = runs.seconds.slice(1);
  const secs = median(warm.length ? warm : runs.seconds);
  console.log(`extractor · ${runs.files} provincial reports, ${fmt(runs.chars)} characters, ${fmt(runs.items)} items`);
  console.log(`  median of ${warm.length} warm runs: ${fmt(secs * 1000, 1)} ms  (${fmt(runs.chars / secs)} chars/s); first (cold) run ${fmt(runs.seconds[0] * 1000, 1)} ms`);
  console.log(`  peak memory: ${fmt((runs.maxRssKiB - base.maxRssKiB) / 1024, 1)} MiB above loading the texts (peak RSS ${fmt(runs.maxRssKiB / 1024, 1)} MiB)`);
}

async function benchBrowser(): Promise<void> {
  if (findBrowser('chromium')) {
    buildExtensionOnce();
    for (const line of await benchPage()) console.log(line);
    for (const line of await benchPopup()) console.log(line);
    for (const line of await benchTrackerView()) console.log(line);
    for (const line of await benchCardHistory()) console.log(line);
  } else {
    console.log('Chromium benchmarks skipped: no Chromium (npm run test:browsers installs it)');
  }
  if (findBrowser('firefox')) for (const line of await benchFirefoxPage()) console.log(line);
  else console.log('Firefox benchmark skipped: no Firefox (npm run test:browsers installs it)');
}

benchExtractor();
for (const line of benchExtractorLines()) console.log(line);
for (const line of benchMeaning(ROOT)) console.log(line);
for (const line of benchExports()) console.log(line);
for (const line of benchTrackerLedger()) console.log(line);
for (const line of await benchCliFiles(ROOT)) console.log(line);
await benchBrowser();
