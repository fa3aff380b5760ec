import { join } from 'node:path';
import { expect, test } from 'vitest';
import { processFile, type FileJob } from '../../scripts/cli/process-file';

const SEED = join(__dirname, '../fixtures/corpus/seeds/000_bdbca4175f7def8c.txt');
const job = (over: Partial<FileJob> = {}): FileJob => ({ file: SEED, format: 'json', language: 'zh', commitments: true, ...over });

test('an extractor that throws fails that file with a message, not the run', async () => {
  const outcome = await processFile(job(), () => {
    throw new RangeError('Maximum call stack size exceeded');
  });
  expect(outcome).toEqual({ file: SEED, ok: false, message: 'extraction failed: Maximum call stack size exceeded' });
});

test.each([
  ['json', (o: { text: string }) => JSON.parse(o.text).file === SEED],
  ['table', (o: { text: string }) => o.text.startsWith(`# ${SEED}: `)],
  ['csv', (o: { text: string }) => !o.text.startsWith('\uFEFF') && o.text.endsWith('\r\n')],
  ['xlsx', (o: { rows: unknown[] }) => o.rows.length > 0],
] as const)('%s: the file\'s own part of the output', async (format, check) => {
  const outcome = await processFile(job({ format }));
  expect(outcome.ok).toBe(true);
  if (outcome.ok) expect(check(outcome)).toBe(true);
});

test('json: each file carries the report it is (place, level, year, genre) beside its items', async () => {
  const file = join(__dirname, '../fixtures/corpus/national/gwr-2024.txt');
  const outcome = await processFile(job({ file }));
  if (!outcome.ok) throw new Error(outcome.message);
  const { report, items } = JSON.parse(outcome.text);
  expect(report).toEqual({ place: '全国', level: 'national', year: 2024, genre: 'government_work_report' });
  expect(Object.keys(items[0])).toEqual(expect.arrayContaining(['metric', 'indicator', 'direction', 'from', 'period', 'strengthCue']));
});
