import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { parseCsv } from '../../lib/export/csv';

const ROOT = join(__dirname, '../..');
const FIXTURES = join(ROOT, 'tests/fixtures');
const SEED = join(FIXTURES, 'corpus/seeds/000_bdbca4175f7def8c.txt');
const TSX = join(ROOT, 'node_modules/.bin/tsx');

function extract(...args: string[]) {
  const run = spawnSync(TSX, [join(ROOT, 'scripts/extract.ts'), ...args], { encoding: 'utf8' });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

describe('npm run extract', () => {
  let bad: Record<string, string>;
  beforeAll(() => {
    const dir = mkdtempSync(join(tmpdir(), 'extract-cli-'));
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
