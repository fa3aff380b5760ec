/**
 * The extractor on one-line reports (issue 11): pages that put a whole report in one `<p>` with
 * `<br>` reach the extractor as a single paragraph. Each case runs in its own process
 * (extractor-lines-run.ts) with a time limit, so that a quadratic or crashing extractor shows
 * as a figure ("> 120 s", "throws …") instead of stopping the bench.
 *
 * - 100k and 1M characters of real report text with the line breaks removed, each the median of
 *   warm runs; the ratio of the two times is printed: linear growth is about 10×, quadratic 100×.
 * - the worst case of issue 11: '今年新增就业' + '1万' × 20,000 + '人。'.
 *
 * Run alone: `npx tsx scripts/bench/extractor-lines.ts`.
 */

import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const HERE = dirname(fileURLToPath(import.meta.url));
const TSX = join(HERE, '../../node_modules/.bin/tsx');
const LIMIT_MS = Number(process.env.BENCH_LINE_LIMIT_MS ?? 120_000);

const fmt = (n: number, digits = 0) => n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });

interface CaseResult {
  chars: number;
  items: number;
  seconds: number;
}

type Outcome = { ok: true; result: CaseResult } | { ok: false; why: string };

function runCase(kind: string, chars: number, runs: number): Outcome {
  const run = spawnSync(TSX, [join(HERE, 'extractor-lines-run.ts'), kind, String(chars), String(runs)], {
    encoding: 'utf8',
    timeout: LIMIT_MS,
    maxBuffer: 1 << 20,
  });
  if (run.error || run.signal) return { ok: false, why: `> ${fmt(LIMIT_MS / 1000)} s (stopped)` };
  const last = run.stdout.trim().split('\n').pop() ?? '';
  if (run.status !== 0 || !last.startsWith('{')) {
    const message = (run.stderr.match(/(?:RangeError|Error)[^\n]*/) ?? [run.stderr.trim().split('\n').pop() ?? 'failed'])[0];
    return { ok: false, why: `throws ${message}` };
  }
  return { ok: true, result: JSON.parse(last) as CaseResult };
}

const describe = (o: Outcome) =>
  o.ok ? `${fmt(o.result.seconds * 1000, 0)} ms (${fmt(o.result.chars)} characters, ${fmt(o.result.items)} items)` : o.why;

export function benchExtractorLines(): string[] {
  const lines: string[] = [];
  const small = runCase('line', 100_000, 7);
  const large = runCase('line', 1_000_000, 3);
  lines.push('extractor · one line of real report text, no line breaks (median of warm runs)');
  lines.push(`  100k characters: ${describe(small)}`);
  lines.push(`  1M characters:   ${describe(large)}`);
  if (small.ok && large.ok) {
    lines.push(`  ratio 1M / 100k: ${fmt(large.result.seconds / small.result.seconds, 1)}× (linear ≈ 10×)`);
  }
  const worst = runCase('repeated-wan', 20_000, 3);
  lines.push(`extractor · worst case '今年新增就业' + '1万' × 20,000 + '人。': ${describe(worst)}`);
  return lines;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  for (const line of benchExtractorLines()) console.log(line);
}
