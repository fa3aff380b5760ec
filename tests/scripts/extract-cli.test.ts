import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, mkdirSync, readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { parseCsv } from '../../lib/export/csv';
import { itemHeader } from '../../lib/export/item-row';
import { readXlsx } from '../export/read-xlsx';

const ROOT = join(__dirname, '../..');
const FIXTURES = join(ROOT, 'tests/fixtures');
const SEED = join(FIXTURES, 'corpus/seeds/000_bdbca4175f7def8c.txt');
const TSX = join(ROOT, 'node_modules/.bin/tsx');

function extract(...args: string[]) {
  // A timeout, so that a run that hangs (a FIFO with no writer) fails the test instead of the suite.
  const run = spawnSync(TSX, [join(ROOT, 'scripts/extract.ts'), ...args], { encoding: 'utf8', timeout: 120_000, maxBuffer: 256 * 1024 * 1024 });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

/** A scratch folder, removed when the file's tests are done (some hold dozens of report copies). */
const scratch: string[] = [];
function tempDir(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  scratch.push(dir);
  return dir;
}
afterAll(() => {
  for (const dir of scratch) rmSync(dir, { recursive: true, force: true });
});

const jsonLines = (stdout: string) => stdout.trim().split('\n').map((line) => JSON.parse(line) as { file: string; items: { kind: string; text: string }[] });

// Each run starts a process (tsx compiles on the fly): seconds each on a loaded machine.
describe('npm run extract', { timeout: 120_000 }, () => {
  let bad: Record<string, string>;
  beforeAll(() => {
    const dir = tempDir('extract-cli-');
    bad = {
      missing: join(dir, 'missing.txt'),
      directory: join(dir, 'a-directory'),
      binary: join(dir, 'binary.txt'),
      gbk: join(dir, 'gbk.txt'),
      empty: join(dir, 'empty.txt'),
    };
    mkdirSync(bad.directory);
    writeFileSync(bad.binary, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 1]));
    writeFileSync(bad.gbk, Buffer.from([0xd0, 0xc2, 0xd4, 0xf6, 0x31, 0x30, 0xb8, 0xf6])); // 新增10个 in GBK
    writeFileSync(bad.empty, '');
  });

  test('json prints one object per file with offsets into the text', () => {
    const out = extract('--format', 'json', SEED, join(FIXTURES, 'corpus/seeds/003_fdbd4ee5fec1462b.txt'));
    expect(out.status).toBe(0);
    const lines = out.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines).toHaveLength(2);
    expect(lines[0].file).toBe(SEED);
    const degrees = lines[0].items.find((i: { text: string }) => i.text === '新增学位1.85万个');
    expect(degrees).toMatchObject({ kind: 'target', value: 18500, unit: '个', cmp: '=' });
  });

  test.each([
    ['missing', 'no such file'],
    ['directory', 'is a directory'],
    ['binary', 'binary'],
    ['gbk', 'not UTF-8'],
    ['empty', 'empty'],
  ])('%s input: one line on stderr, non-zero exit, the other files still processed', (which, message) => {
    const out = extract('--format', 'json', bad[which], SEED);
    expect(out.status).not.toBe(0);
    const errors = out.stderr.trim().split('\n');
    expect(errors).toHaveLength(1);
    expect(errors[0]).toContain(message);
    expect(JSON.parse(out.stdout.trim()).file).toBe(SEED);
  });

  test('csv is the extension export: BOM, CRLF, one row per item', () => {
    const out = extract('--format', 'csv', SEED);
    expect(out.stdout.startsWith('\uFEFF')).toBe(true);
    expect(out.stdout).toContain('\r\n');
    const rows = parseCsv(out.stdout);
    const json = JSON.parse(extract('--format', 'json', SEED).stdout);
    expect(rows.length - 1).toBe(json.items.length);
    expect(rows.some((row) => row.includes('新增学位1.85万个'))).toBe(true);
  });

  test('table is for people: kind, figure and clause', () => {
    const out = extract('--format', 'table', SEED);
    expect(out.stdout).toMatch(/^kind\s+value\s+cmp\s+strength\s+clause$/m);
    expect(out.stdout).toMatch(/^target\s+18,500 个\s+=\s+新增学位1\.85万个$/m);
    expect(out.stdout).toMatch(/^target\s+800,000 元\s+≥\s+经营性收入80万元以上$/m);
  });

  test('an HTML page is read through Readability', () => {
    const out = extract('--format', 'json', join(FIXTURES, 'corpus/html/school-page-gwr-2023.html'));
    expect(out.status).toBe(0);
    const { items } = JSON.parse(out.stdout);
    expect(items.some((i: { value: number; unit: string }) => i.value === 5 && i.unit === '%')).toBe(true);
    // Navigation and scripts are not part of the report's text.
    expect(items.every((i: { text: string }) => !/function|var |首页/.test(i.text))).toBe(true);
  });

  test('an unknown format is refused with usage', () => {
    const out = extract('--format', 'xml', SEED);
    expect(out.status).toBe(2);
    expect(out.stderr).toContain('usage');
  });

  test.each([
    ['the development set', 'eval/dev'],
    // Passages we annotated ourselves, independently of the rules (tests/fixtures/eval/own).
    ['our own annotated passages', 'eval/own'],
    ['a second round, annotated by another reader', 'eval/own2'],
  ])('%s scores as the issue asks', (_, gold) => {
    const score = execFileSync(
      'node',
      [
        join(FIXTURES, 'eval/score.mjs'), join(FIXTURES, gold),
        '--cmd', `${TSX} ${join(ROOT, 'scripts/extract.ts')} --format json`,
        '--min', 'target.f1=0.95', '--min', 'result.f1=0.9', '--min', 'commitment.f1=0.8',
        '--min', 'attributes.unit=0.95', '--min', 'attributes.cmp=0.95',
      ],
      { encoding: 'utf8' },
    );
    expect(score).toMatch(/target F1/);
  }, 60_000);
});

describe('input that is not a report file', { timeout: 120_000 }, () => {
  let dir: string;
  beforeAll(() => {
    dir = tempDir('extract-cli-special-');
    execFileSync('mkfifo', [join(dir, 'fifo')]);
    // Sparse: over the limit on disk without writing 51 MB.
    writeFileSync(join(dir, 'huge.txt'), '');
    truncateSync(join(dir, 'huge.txt'), 51 * 1024 * 1024);
  });

  test('a FIFO with no writer, /dev/zero and a file over 50 MB are refused, the rest processed', () => {
    const out = extract('--format', 'json', SEED, join(dir, 'fifo'), '/dev/zero', join(dir, 'huge.txt'), SEED);
    expect(out.status).toBe(1);
    expect(out.stderr.trim().split('\n')).toEqual([
      `${join(dir, 'fifo')}: not a regular file (a FIFO, device or socket), skipped`,
      '/dev/zero: not a regular file (a FIFO, device or socket), skipped',
      `${join(dir, 'huge.txt')}: 51 MB, larger than the 50 MB a report may have; split it first`,
    ]);
    expect(jsonLines(out.stdout).map((l) => l.file)).toEqual([SEED, SEED]);
  });

  test.each([
    ['UTF-16LE with a BOM (Notepad "Unicode")', 'notepad.txt', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('今年城镇新增就业1200万人以上。', 'utf16le')])],
    ['HTML with no <html> element', 'bare.html', Buffer.from('<!doctype html><p>今年城镇新增就业1200万人以上。</p>')],
  ])('%s yields its items', (_, name, bytes) => {
    writeFileSync(join(dir, name), bytes);
    const out = extract('--format', 'json', join(dir, name));
    expect(out.stderr).toBe('');
    const [item] = jsonLines(out.stdout)[0]!.items;
    expect(item).toMatchObject({ kind: 'target', text: expect.stringContaining('城镇新增就业1200万人以上') });
  });
});

describe('many files', { timeout: 300_000 }, () => {
  // Long and short reports mixed, so that worker threads finish out of order.
  const REPORTS = [
    join(FIXTURES, 'corpus/provincial-2026/guangdong.txt'),
    join(FIXTURES, 'corpus/passages/gwr-national-2019-targets.txt'),
    join(FIXTURES, 'corpus/national/gwr-2019.txt'),
    SEED,
    join(FIXTURES, 'corpus/seeds/003_fdbd4ee5fec1462b.txt'),
    join(FIXTURES, 'corpus/provincial-2026/hebei.txt'),
  ];
  let files: string[];
  let single: ReturnType<typeof extract>;
  beforeAll(() => {
    const dir = tempDir('extract-cli-many-');
    files = Array.from({ length: 24 }, (_, i) => {
      const file = join(dir, `${String(i).padStart(2, '0')}.txt`);
      copyFileSync(REPORTS[i % REPORTS.length]!, file);
      return file;
    });
    files.splice(11, 0, join(dir, 'missing.txt'));
    single = extract('--format', 'json', '--jobs', '1', ...files);
  }, 300_000);

  test('worker threads keep the order of the files; a bad file in the middle is named, the rest written', () => {
    const out = extract('--format', 'json', '--jobs', '2', ...files);
    expect(out.status).toBe(1);
    expect(out.stderr).toBe(`${join(files[11]!)}: no such file\n`);
    expect(jsonLines(out.stdout).map((l) => l.file)).toEqual(files.filter((f) => !f.endsWith('missing.txt')));
    expect(out.stdout).toBe(single.stdout);
  });

  test('csv: one header, then every file\'s rows in order', () => {
    const rows = parseCsv(extract('--format', 'csv', '--jobs', '2', ...files).stdout);
    expect(rows.filter((r) => r[0] === '报告标题')).toHaveLength(1);
    expect(rows.length - 1).toBe(jsonLines(single.stdout).reduce((n, l) => n + l.items.length, 0));
    const titles = [...new Set(rows.slice(1).map((r) => r[0]))];
    expect(titles).toEqual(files.filter((f) => !f.endsWith('missing.txt')).map((f) => f.replace(/^.*\//, '').replace('.txt', '')));
  });

  test('a list of files from standard input', () => {
    const run = spawnSync(TSX, [join(ROOT, 'scripts/extract.ts'), '--format', 'json', '--files-from', '-'], {
      input: files.join('\n') + '\n',
      encoding: 'utf8',
      maxBuffer: 256 * 1024 * 1024,
    });
    expect(jsonLines(run.stdout)).toHaveLength(24);
    expect(run.stdout).toBe(single.stdout);
  });

  test('back-pressure: while nobody reads the output, later files are not even read', async () => {
    // 20 copies of the longest report: far more JSON than a pipe and the stream buffers hold.
    const dir = tempDir('extract-cli-pipe-');
    const many = Array.from({ length: 20 }, (_, i) => {
      const file = join(dir, `${String(i).padStart(2, '0')}.txt`);
      copyFileSync(REPORTS[0]!, file);
      return file;
    });
    const script = [join(ROOT, 'scripts/extract.ts'), '--format', 'json', ...many];
    // How long the whole run takes when its output is read: after half as long again, a run that
    // does not wait for its reader has read every file.
    const t0 = performance.now();
    spawnSync(TSX, script, { stdio: 'ignore' });
    const whole = performance.now() - t0;

    const child = spawn(TSX, script, { stdio: ['ignore', 'pipe', 'pipe'] });
    await new Promise((resolve) => child.stdout.once('readable', resolve));
    await new Promise((resolve) => setTimeout(resolve, Math.max(3000, whole * 1.5)));
    // The last file changes now: a run that held back reads it later, after the change.
    writeFileSync(many.at(-1)!, '今年新增学位4321个。');
    const chunks: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => chunks.push(chunk));
    const status = await new Promise((resolve) => child.on('close', resolve));
    expect(status).toBe(0);
    const last = jsonLines(Buffer.concat(chunks).toString('utf8')).pop()!;
    expect(last.file).toBe(many.at(-1));
    expect(last.items).toMatchObject([{ text: expect.stringContaining('新增学位4321个') }]);
  });
});

describe('the spreadsheet formats', { timeout: 120_000 }, () => {
  const PASSAGE = join(FIXTURES, 'corpus/passages/gwr-national-2019-targets.txt');

  test.each([
    ['zh', [], '类型', '目标', '比较', '≥'],
    ['en', ['--lang', 'en'], 'Kind', 'Target', 'Comparator', '≥'],
  ])('csv in %s: headers and values in one language', (language, args, kindHeader, kind, cmpHeader, cmp) => {
    const rows = parseCsv(extract('--format', 'csv', ...args, PASSAGE).stdout);
    expect(rows[0]).toEqual(itemHeader(language as 'zh' | 'en'));
    const jobs = rows.find((r) => r.includes('城镇新增就业1100万人以上'))!;
    expect(jobs[rows[0]!.indexOf(kindHeader)]).toBe(kind);
    expect(jobs[rows[0]!.indexOf(cmpHeader)]).toBe(cmp);
    // The exact figures have an empty comparator, never a defused '=.
    expect(rows.flat().filter((cell) => cell.startsWith("'="))).toEqual([]);
  });

  test('csv has the sentence around each item', () => {
    const rows = parseCsv(extract('--format', 'csv', PASSAGE).stdout);
    const jobs = rows.find((r) => r.includes('城镇新增就业1100万人以上'))!;
    expect(jobs[rows[0]!.indexOf('上下文')]).toMatch(/^今年经济社会发展的主要预期目标是：.*城镇新增就业1100万人以上.*。$/);
  });

  test('xlsx to --output: numbers as numbers, the header frozen', () => {
    const file = join(tempDir('extract-cli-xlsx-'), 'items.xlsx');
    const out = extract('--format', 'xlsx', '--output', file, PASSAGE, SEED);
    expect(out.status).toBe(0);
    expect(out.stdout).toBe('');
    const [sheet] = readXlsx(readFileSync(file)).sheets;
    expect(sheet!.name).toBe('条目');
    expect(sheet!.frozen).toMatchObject({ ySplit: '1', state: 'frozen' });
    const header = sheet!.rows[0]!;
    const jobs = sheet!.rows.find((r) => r.includes('城镇新增就业1100万人以上'))!;
    expect(jobs[header.indexOf('数值')]).toBe(11_000_000);
    expect(jobs[header.indexOf('类型')]).toBe('目标');
    expect(sheet!.rows.length - 1).toBe(jsonLines(extract('--format', 'json', PASSAGE, SEED).stdout).reduce((n, l) => n + l.items.length, 0));
  });

  test('xlsx to standard output, in English', () => {
    const run = spawnSync(TSX, [join(ROOT, 'scripts/extract.ts'), '--format', 'xlsx', '--lang', 'en', PASSAGE], { maxBuffer: 64 * 1024 * 1024 });
    expect(run.status).toBe(0);
    const [sheet] = readXlsx(run.stdout).sheets;
    expect(sheet!.name).toBe('Items');
    expect(sheet!.rows[0]).toEqual(itemHeader('en'));
  });

  test('an unknown language is refused with usage', () => {
    const out = extract('--format', 'csv', '--lang', 'fr', PASSAGE);
    expect(out.status).toBe(2);
    expect(out.stderr).toContain('usage');
  });
});
