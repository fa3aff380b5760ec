/**
 * One measured process for `npm run bench`: loads the 31 provincial reports, then either runs
 * the extractor over all of them RUNS times (printing each run's seconds) or, with --baseline,
 * only loads them, so that the difference of peak RSS is what the extractor itself needs.
 */

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extractItems } from '../../lib/extract';

const dir = process.argv[2];
const runs = Number(process.argv[3] ?? 5);
const baseline = process.argv.includes('--baseline');

const texts = readdirSync(dir)
  .filter((name) => name.endsWith('.txt'))
  .sort()
  .map((name) => readFileSync(join(dir, name), 'utf8'));
const chars = texts.reduce((sum, t) => sum + t.length, 0);

const seconds: number[] = [];
let items = 0;
if (!baseline) {
  for (let run = 0; run < runs; run++) {
    const t0 = process.hrtime.bigint();
    items = 0;
    for (const text of texts) items += extractItems(text).length;
    seconds.push(Number(process.hrtime.bigint() - t0) / 1e9);
  }
}
process.stdout.write(
  JSON.stringify({ files: texts.length, chars, items, seconds, maxRssKiB: process.resourceUsage().maxRSS }) + '\n',
);
