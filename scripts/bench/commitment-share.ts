/**
 * What the commitment rules cost: the extractor over the 31 provincial reports with and without
 * commitments (`{ commitments: false }`, the command line's --no-commitments), runs alternating in
 * one process, and the difference as a share of the whole. ROOT is the checkout whose extractor is
 * measured (this one by default), so that two versions can be compared:
 *
 *   npx tsx scripts/bench/commitment-share.ts [ROOT] [RUNS=8]
 *
 * Printed, never asserted.
 */

import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const HERE = dirname(fileURLToPath(import.meta.url));
const root = resolve(process.argv[2] ?? join(HERE, '../..'));
const runs = Number(process.argv[3] ?? 8);
const { extractItems } = (await import(pathToFileURL(join(root, 'lib/extract/index.ts')).href)) as typeof import('../../lib/extract');

const dir = join(HERE, '../../tests/fixtures/corpus/provincial-2026');
const texts = readdirSync(dir).filter((name) => name.endsWith('.txt')).sort().map((name) => readFileSync(join(dir, name), 'utf8'));
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

function time(commitments: boolean): number {
  const t0 = process.hrtime.bigint();
  for (const text of texts) extractItems(text, { commitments });
  return Number(process.hrtime.bigint() - t0) / 1e6;
}

const all: number[] = [];
const without: number[] = [];
// The first round warms the JIT and is not counted.
for (let run = 0; run <= runs; run++) {
  const a = time(true);
  const b = time(false);
  if (run > 0) {
    all.push(a);
    without.push(b);
  }
}
const [withMs, withoutMs] = [median(all), median(without)];
console.log(`${root}: with commitments ${withMs.toFixed(0)} ms, without ${withoutMs.toFixed(0)} ms; commitments ${(withMs - withoutMs).toFixed(0)} ms (${((100 * (withMs - withoutMs)) / withMs).toFixed(1)}%), median of ${runs} runs each`);
