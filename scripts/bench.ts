/**
 * npm run bench: speed and memory, measured and printed (never asserted in a test).
 *
 * - extractor: the 31 whole provincial reports of 2026 (~610k characters), median of several runs
 *   in a fresh process; peak memory as the process's peak RSS above a process that only loads them.
 * - extractor on one line: 100k and 1M characters of report text with no line breaks (the ratio
 *   shows linear growth), and the worst case of issue 11 (1万 × 20,000), see bench/extractor-lines.ts.
 * - csv export: 10,000 stored items to the Excel-safe CSV the extension downloads.
 * - in Chromium with the built extension (skipped, with a note, where /usr/bin/chromium is missing):
 *   the page annotator on the largest provincial report (document idle → all highlights shown, the
 *   longest main-thread task it causes) and the popup / collection page with 10,000 stored items
 *   (open → first paint, CSV export).
 */

import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { itemsToCsv, type ItemRowInput } from '../lib/export/item-row';
import { buildExtensionOnce } from './bench/build-extension';
import { benchExtractorLines } from './bench/extractor-lines';
import { benchPage } from './bench/page';
import { benchPopup } from './bench/popup';

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

function benchCsv(): void {
  const rows: ItemRowInput[] = Array.from({ length: 10_000 }, (_, i) => ({
    reportTitle: `2026年某省政府工作报告 ${i % 31}`,
    reportUrl: `https://www.example.gov.cn/zwgk/${i % 31}.html`,
    site: 'www.example.gov.cn',
    item: {
      section: '三、2026年重点工作', kind: i % 3 ? 'target' : 'result', metric: '城镇新增就业', value: 650000 + i,
      max: null, unit: '人', cmp: '>=', strength: null, deadline: '今年',
      quote: `城镇新增就业${65 + i}万人以上，"重点群体"就业稳定`, prefix: '今年经济社会发展主要预期目标是：', suffix: '，一般公共预算收入增长3%',
    },
    tags: ['就业', `标签${i % 7}`],
    note: i % 10 === 0 ? '=核对来源' : '',
    createdAt: 1_760_000_000_000 + i * 1000,
  }));
  const times: number[] = [];
  let bytes = 0;
  for (let run = 0; run < 5; run++) {
    const t0 = performance.now();
    bytes = new TextEncoder().encode(itemsToCsv(rows)).length;
    times.push(performance.now() - t0);
  }
  console.log(`csv export · 10,000 items: median ${fmt(median(times), 1)} ms, ${fmt(bytes / 1024 / 1024, 2)} MiB`);
}

async function benchBrowser(): Promise<void> {
  if (!existsSync('/usr/bin/chromium')) {
    console.log('browser benchmarks skipped: no /usr/bin/chromium (apt-get install chromium fonts-wqy-microhei)');
    return;
  }
  buildExtensionOnce();
  for (const line of await benchPage()) console.log(line);
  for (const line of await benchPopup()) console.log(line);
}

benchExtractor();
for (const line of benchExtractorLines()) console.log(line);
benchCsv();
await benchBrowser();
