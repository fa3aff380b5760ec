/**
 * `npm run bench`: the command line over many report files, its output through a pipe, as
 * researchers run it: `| jq -c .` (a reader slower than the writer, where output used to pile
 * up), or `| gzip` where jq is not installed. The whole national and provincial reports of the
 * corpus are linked (or copied) into a temporary folder as many times as needed; each run's wall
 * time and peak memory (VmHWM, the process's peak resident set, read from /proc until it exits)
 * are printed side by side. BENCH_CLI_BASE=/path/to/another/checkout runs that checkout's command line over the same
 * files too, for a before/after; BENCH_CLI_FILES=1000,4000 sets the counts.
 */

import { spawn, spawnSync } from 'node:child_process';
import { copyFileSync, linkSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

interface CliRun {
  seconds: number;
  peakKiB: number | null;
  status: number | null;
  stderrLines: number;
}

const fmt = (n: number, digits = 0) => n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });

function reportFiles(root: string): string[] {
  return ['national', 'provincial-2026'].flatMap((dir) => {
    const path = join(root, 'tests/fixtures/corpus', dir);
    return readdirSync(path)
      .filter((name) => name.endsWith('.txt'))
      .sort()
      .map((name) => join(path, name));
  });
}

/** `count` files cycling through the reports; hard links where the file system allows, else copies. */
function fileSet(dir: string, reports: readonly string[], count: number): string[] {
  return Array.from({ length: count }, (_, i) => {
    const file = join(dir, `report-${String(i).padStart(5, '0')}.txt`);
    const source = reports[i % reports.length]!;
    try {
      linkSync(source, file);
    } catch {
      copyFileSync(source, file);
    }
    return file;
  });
}

function peakRss(pid: number): number | null {
  try {
    const match = /^VmHWM:\s+(\d+) kB/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) : null;
  } catch {
    return null;
  }
}

/** The reader at the other end of the pipe. */
function pipeReader(): [string, string[]] {
  return spawnSync('jq', ['--version']).status === 0 ? ['jq', ['-c', '.']] : ['gzip', ['-c']];
}

/** One process, node with tsx's loader (no wrapper process), its stdout piped into the reader. */
function runCli(checkout: string, files: readonly string[], [reader, readerArgs]: [string, string[]]): Promise<CliRun> {
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    const cli = spawn(process.execPath, ['--import', 'tsx', join(checkout, 'scripts/extract.ts'), '--format', 'json', ...files], {
      cwd: checkout,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const consumer = spawn(reader, readerArgs, { stdio: ['pipe', 'ignore', 'inherit'] });
    cli.stdout.pipe(consumer.stdin);
    let stderrLines = 0;
    cli.stderr.on('data', (chunk: Buffer) => (stderrLines += chunk.toString('utf8').split('\n').length - 1));
    let peakKiB: number | null = null;
    const poll = setInterval(() => (peakKiB = peakRss(cli.pid!) ?? peakKiB), 50);
    let status: number | null = null;
    let closed = 0;
    const done = () => {
      if (++closed < 2) return;
      resolve({ seconds: (performance.now() - t0) / 1000, peakKiB, status, stderrLines });
    };
    cli.on('error', reject);
    consumer.on('error', reject);
    cli.on('exit', (code) => {
      clearInterval(poll);
      status = code;
      done();
    });
    consumer.on('close', done);
  });
}

export async function benchCliFiles(root: string): Promise<string[]> {
  if (!existsProc()) return ['command line over many files skipped: peak memory is read from /proc (Linux only)'];
  const counts = (process.env.BENCH_CLI_FILES ?? '1000,4000').split(',').map(Number);
  const base = process.env.BENCH_CLI_BASE;
  const reports = reportFiles(root);
  const dir = mkdtempSync(join(tmpdir(), 'bench-cli-'));
  const reader = pipeReader();
  const lines = [`command line · the ${reports.length} national and provincial reports copied to ${counts.map((c) => fmt(c)).join(' and ')} files, --format json | ${[reader[0], ...reader[1]].join(' ')}`];
  const row = (label: string, run: CliRun, count: number) =>
    `  ${label.padEnd(8)}${fmt(count).padStart(6)} files  ${fmt(run.seconds, 1).padStart(6)} s  ${fmt(count / run.seconds).padStart(4)} files/s` +
    `  peak RSS ${run.peakKiB === null ? 'n/a' : `${fmt(run.peakKiB / 1024)} MiB`}${run.status === 0 && run.stderrLines === 0 ? '' : `  (exit ${run.status}, ${run.stderrLines} errors)`}`;
  try {
    for (const count of counts) {
      const folder = join(dir, String(count));
      mkdirSync(folder);
      const files = fileSet(folder, reports, count);
      lines.push(row('this', await runCli(root, files, reader), count));
      if (base) lines.push(row('base', await runCli(base, files, reader), count));
      rmSync(folder, { recursive: true, force: true });
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  if (base) lines.push(`  (base: ${base})`);
  return lines;
}

function existsProc(): boolean {
  try {
    readFileSync('/proc/self/status');
    return true;
  } catch {
    return false;
  }
}
