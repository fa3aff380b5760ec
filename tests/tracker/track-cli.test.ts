import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parseCsv } from '../../lib/export/csv';
import { LEDGER_CSV_HEADER } from '../../lib/tracker';

const ROOT = join(__dirname, '../..');
const CORPUS = join(ROOT, 'tests/fixtures/corpus');
const TSX = join(ROOT, 'node_modules/.bin/tsx');
const NATIONAL_2021 = join(CORPUS, 'national/gwr-2021.txt');
const NATIONAL_2022 = join(CORPUS, 'national/gwr-2022.txt');
const PAGE_2023 = join(CORPUS, 'html/school-page-gwr-2023.html');
const NATIONAL_2024 = join(CORPUS, 'national/gwr-2024.txt');

function track(...args: string[]) {
  const run = spawnSync(TSX, [join(ROOT, 'scripts/track.ts'), ...args], { encoding: 'utf8' });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

// Each run starts tsx and extracts whole reports: seconds, more on a loaded machine.
describe('npm run track', { timeout: 60_000 }, () => {
  test('json: the reports with their identity and the rows, in any order of the files', () => {
    const out = track('--format', 'json', NATIONAL_2022, NATIONAL_2021);
    expect(out.status).toBe(0);
    const json = JSON.parse(out.stdout);
    expect(json.reports).toEqual([
      { file: NATIONAL_2022, place: '全国', level: 'national', year: 2022, genre: 'government_work_report' },
      { file: NATIONAL_2021, place: '全国', level: 'national', year: 2021, genre: 'government_work_report' },
    ]);
    const growth2021 = json.rows.find((r: { indicator: string; year: number }) => r.indicator === 'gdp_growth' && r.year === 2021);
    expect(growth2021).toMatchObject({
      place: '全国', level: 'national', status: 'met',
      target: { value: 6, max: null, cmp: '>=', unit: '%', quote: '国内生产总值增长6%以上', file: NATIONAL_2021 },
      result: { value: 8.1, unit: '%', file: NATIONAL_2022 },
    });
    expect(Object.keys(growth2021.target)).toEqual(['value', 'max', 'cmp', 'unit', 'direction', 'quote', 'file', 'start', 'end']);
    expect(JSON.parse(track('--format=json', NATIONAL_2021, NATIONAL_2022).stdout).rows).toEqual(json.rows);
  });

  test('csv: one row per place × indicator × year, Excel-safe, readable back', () => {
    const out = track('--format', 'csv', NATIONAL_2021, NATIONAL_2022);
    expect(out.status).toBe(0);
    expect(out.stdout.startsWith('\uFEFF')).toBe(true);
    expect(out.stdout).toContain('\r\n');
    const [header, ...rows] = parseCsv(out.stdout);
    expect(header).toEqual(LEDGER_CSV_HEADER);
    const keys = rows.map((r) => `${r[0]}|${r[2]}|${r[4]}`);
    expect(new Set(keys).size).toBe(rows.length);
    const growth2021 = rows.find((r) => r[2] === 'gdp_growth' && r[4] === '2021')!;
    const column = (name: string) => growth2021[header!.indexOf(name)];
    expect(column('指标名称 indicator name')).toBe('地区生产总值增长');
    expect(column('目标值 target value')).toBe('6');
    expect(column('目标比较 target comparator')).toBe('>=');
    expect(column('实际值 result value')).toBe('8.1');
    expect(column('状态 status')).toBe('met');
  });

  test('table: for people, with the comparator and the status', () => {
    const out = track(NATIONAL_2021, NATIONAL_2022);
    expect(out.status).toBe(0);
    expect(out.stdout).toMatch(/^# 2 reports, 1 places, \d+ rows\n/);
    expect(out.stdout).toMatch(/全国\s+地区生产总值增长\s+2021\s+≥6 %\s+8\.1 %\s+met/);
  });

  test('an .html page and a .txt report pair up: the 2023 digest’s target and the 2024 report’s result', () => {
    const json = JSON.parse(track('--format', 'json', PAGE_2023, NATIONAL_2024).stdout);
    expect(json.reports[0]).toMatchObject({ file: PAGE_2023, place: '全国', year: 2023 });
    expect(json.rows.find((r: { indicator: string; year: number }) => r.indicator === 'gdp_growth' && r.year === 2023)).toMatchObject({
      target: { value: 5, cmp: '~', file: PAGE_2023 }, result: { value: 5.2, file: NATIONAL_2024 }, status: 'met',
    });
  });

  test('a file whose place or year cannot be read, or that cannot be read at all, is named and skipped', () => {
    const dir = mkdtempSync(join(tmpdir(), 'track-cli-'));
    const nameless = join(dir, 'notes.txt');
    writeFileSync(nameless, '会议纪要：今年新增学位1.85万个。');
    const missing = join(dir, 'missing.txt');
    const out = track('--format', 'json', nameless, NATIONAL_2021, missing);
    expect(out.status).toBe(1);
    expect(out.stderr).toContain(`${nameless}: cannot read the place or year`);
    expect(out.stderr).toContain(`${missing}: no such file`);
    const json = JSON.parse(out.stdout);
    expect(json.reports.map((r: { file: string }) => r.file)).toEqual([NATIONAL_2021]);
    expect(json.rows.length).toBeGreaterThan(5);
  });

  test('bad arguments get the usage line', () => {
    const out = track('--format', 'xml', NATIONAL_2021);
    expect(out.status).toBe(2);
    expect(out.stderr).toMatch(/unknown format "xml"[\s\S]*usage: npm run -s track/);
    expect(track().stderr).toMatch(/no input file/);
  });
});
