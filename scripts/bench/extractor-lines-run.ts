/**
 * One measured process for extractor-lines.ts:
 *   tsx extractor-lines-run.ts line N          the provincial reports joined with no line breaks, cut to N characters
 *   tsx extractor-lines-run.ts repeated-wan N  '今年新增就业' + '1万' × N + '人。'
 * Prints {"chars", "items", "seconds"} as one JSON line.
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

const [kind, n] = [process.argv[2], Number(process.argv[3])];
const text = kind === 'repeated-wan' ? '今年新增就业' + '1万'.repeat(n) + '人。' : oneLineReport(n);
const t0 = process.hrtime.bigint();
const items = extractItems(text).length;
const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
process.stdout.write(JSON.stringify({ chars: text.length, items, seconds }) + '\n');
