/**
 * One measured process for extractor-lines.ts:
 *   tsx extractor-lines-run.ts line N RUNS          the provincial reports joined with no line breaks, cut to N characters
 *   tsx extractor-lines-run.ts repeated-wan N RUNS  '今年新增就业' + '1万' × N + '人。'
 * Prints {"chars", "items", "seconds"} (the median of RUNS timed runs) as one JSON line. The
 * extractor first reads another 100k line a few times untimed, so that every size is timed with
 * the code compiled: otherwise the JIT's warm-up dominates the small case, and the ratio of the
 * two sizes says nothing about growth.
 */

import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { extractItems } from '../../lib/extract';

const HERE = dirname(fileURLToPath(import.meta.url));
const PROVINCIAL = join(HERE, '../../tests/fixtures/corpus/provincial-2026');

/** Real report text as a page that puts it all in one paragraph gives it: no line breaks at all. */
function oneLineReport(chars: number, dir = PROVINCIAL): string {
  const joined = readdirSync(dir)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name) => readFileSync(join(dir, name), 'utf8').replace(/[\r\n]+/g, ''))
    .join('');
  let text = joined;
  while (text.length < chars) text += joined;
  return text.slice(0, chars);
}

const [kind, n, runs] = [process.argv[2], Number(process.argv[3]), Number(process.argv[4] ?? 1)];
const text = kind === 'repeated-wan' ? '今年新增就业' + '1万'.repeat(n) + '人。' : oneLineReport(n);
const warmUp = oneLineReport(200_000).slice(100_000);
for (let i = 0; i < 4; i++) extractItems(warmUp);
const seconds: number[] = [];
let items = 0;
for (let run = 0; run < runs; run++) {
  const t0 = process.hrtime.bigint();
  items = extractItems(text).length;
  seconds.push(Number(process.hrtime.bigint() - t0) / 1e9);
}
const median = [...seconds].sort((a, b) => a - b)[Math.floor(seconds.length / 2)];
process.stdout.write(JSON.stringify({ chars: text.length, items, seconds: median }) + '\n');
