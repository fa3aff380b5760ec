import { Writable } from 'node:stream';
import { describe, expect, test } from 'vitest';
import { Output } from '../../scripts/cli/output';
import { defaultJobs, orderedOutcomes, type RunJob } from '../../scripts/cli/pool';
import type { FileJob, FileOutcome } from '../../scripts/cli/process-file';

const jobs = (n: number): FileJob[] => Array.from({ length: n }, (_, i) => ({ file: `f${i}`, format: 'json', language: 'zh', commitments: true }));
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('orderedOutcomes', () => {
  test('outcomes come in the order of the files, however the jobs finish', async () => {
    // Later files finish first.
    const run: RunJob = async (job) => {
      await sleep(30 - Number(job.file.slice(1)) * 3);
      return { file: job.file, ok: true, items: 0, text: job.file, rows: [] };
    };
    const files: string[] = [];
    for await (const outcome of orderedOutcomes(jobs(10), run, 4)) files.push(outcome.file);
    expect(files).toEqual(jobs(10).map((j) => j.file));
  });

  test('a failed file takes its place in the order and the rest go on', async () => {
    const run: RunJob = async (job) =>
      job.file === 'f2' ? { file: job.file, ok: false, message: 'no such file' } : { file: job.file, ok: true, items: 1, text: '', rows: [] };
    const outcomes: FileOutcome[] = [];
    for await (const outcome of orderedOutcomes(jobs(5), run, 2)) outcomes.push(outcome);
    expect(outcomes.map((o) => [o.file, o.ok])).toEqual([['f0', true], ['f1', true], ['f2', false], ['f3', true], ['f4', true]]);
  });

  test('through a slow output, no more than the window of files is read ahead of what was written', async () => {
    let started = 0;
    let written = 0;
    let furthestAhead = 0;
    const run: RunJob = async (job) => {
      started++;
      furthestAhead = Math.max(furthestAhead, started - written);
      return { file: job.file, ok: true, items: 0, text: 'x'.repeat(10_000), rows: [] };
    };
    let buffered = 0;
    const slow = new Writable({
      highWaterMark: 16 * 1024,
      write(chunk: Buffer, _, done) {
        setTimeout(() => {
          written++;
          done();
        }, 5);
      },
    });
    const output = new Output(slow);
    for await (const outcome of orderedOutcomes(jobs(40), run, 4)) {
      output.write(outcome.ok ? outcome.text : '');
      buffered = Math.max(buffered, slow.writableLength);
      await output.drained();
    }
    await output.finish({ close: true });
    expect(written).toBe(40);
    // The window (4), the outcome in hand and what the stream holds below its high-water mark.
    expect(furthestAhead).toBeLessThanOrEqual(4 + 1 + 2);
    expect(buffered).toBeLessThanOrEqual(16 * 1024 + 10_000);
  });
});

describe('Output', () => {
  test('a failing stream (a full disk) rejects the wait, so the run stops with a message', async () => {
    const full = new Writable({
      highWaterMark: 1,
      write(_chunk, _, done) {
        done(Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' }));
      },
    });
    const output = new Output(full);
    output.write('abc');
    await expect(output.drained()).rejects.toThrow('no space left');
    expect(() => output.write('more')).toThrow('no space left');
  });
});

test.each([
  [1, 2, 1],
  [60, 2, 1],
  [100, 2, 2],
  [10_000, 2, 2],
  [10_000, 1, 1],
  [250, 8, 5],
])('%i files on %i cores: %i thread(s)', (files, cores, threads) => {
  expect(defaultJobs(files, cores)).toBe(threads);
});
