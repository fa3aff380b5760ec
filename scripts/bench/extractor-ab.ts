/**
 * The extractor of this checkout side by side with another's (a worktree of main, an old commit's
 * `git archive` with node_modules linked), on the 31 provincial reports:
 *
 *   npx tsx scripts/bench/extractor-ab.ts OTHER_ROOT [ROUNDS=5] [RUNS=6]
 *
 * Runs alternate A (OTHER_ROOT) and B (this checkout), each in a fresh process of RUNS runs, so
 * that a machine shared with other work slows both alike; prints each side's median over all warm
 * runs (the first run of a process pays for JIT warm-up) and B/A. Printed, never asserted.
 */

import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT = join(HERE, '../..');
const [other, rounds = '5', runs = '6'] = process.argv.slice(2);
if (!other) {
  console.error('usage: tsx scripts/bench/extractor-ab.ts OTHER_ROOT [ROUNDS] [RUNS]');
  process.exit(2);
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** One process of `root`'s extractor-run.ts over this checkout's reports: its warm runs in ms. */
function warmRuns(root: string): { ms: number[]; items: number } {
  const run = spawnSync(join(ROOT, 'node_modules/.bin/tsx'), [join(root, 'scripts/bench/extractor-run.ts'), join(ROOT, 'tests/fixtures/corpus/provincial-2026'), runs], { encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`bench process failed in ${root}: ${run.stderr}`);
  const { seconds, items } = JSON.parse(run.stdout.trim().split('\n').pop()!) as { seconds: number[]; items: number };
  return { ms: seconds.slice(1).map((s) => s * 1000), items };
}

const sides = { A: { root: other, ms: [] as number[], items: 0 }, B: { root: ROOT, ms: [] as number[], items: 0 } };
for (let round = 0; round < Number(rounds); round++) {
  for (const side of [sides.A, sides.B]) {
    const { ms, items } = warmRuns(side.root);
    side.ms.push(...ms);
    side.items = items;
  }
  console.log(`round ${round + 1}: A ${median(sides.A.ms).toFixed(0)} ms, B ${median(sides.B.ms).toFixed(0)} ms (medians so far)`);
}
const [a, b] = [median(sides.A.ms), median(sides.B.ms)];
console.log(`A ${other}: median ${a.toFixed(0)} ms of ${sides.A.ms.length} warm runs, ${sides.A.items} items`);
console.log(`B ${ROOT}: median ${b.toFixed(0)} ms of ${sides.B.ms.length} warm runs, ${sides.B.items} items`);
console.log(`B/A ${(b / a).toFixed(2)}`);
