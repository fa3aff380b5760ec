/**
 * The ledger from what the extension stores (lib/tracker/stored.ts): the same rows as from the
 * texts, and a reader's correction of a report's identity applies without the text.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it, test } from 'vitest';
import { extractItems } from '../../lib/extract';
import { reportIdentityOf } from '../../lib/extract/identity';
import type { ReportIdentity } from '../../lib/extract/types';
import { buildLedger, headlineFiguresOf, ledgerFromStored, type StoredTrackerReport, type TrackerReport } from '../../lib/tracker';

const CORPUS = join(__dirname, '../fixtures/corpus');

function textFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? textFiles(path) : path.endsWith('.txt') ? [path] : [];
  });
}

function reportOf(path: string): TrackerReport & { text: string } {
  const text = readFileSync(path, 'utf8').replace(/^\uFEFF/, '');
  const file = relative(CORPUS, path);
  return { file, text, identity: reportIdentityOf(text, { url: file }), items: extractItems(text) };
}

/** As the store keeps it: through JSON (IndexedDB and messages keep nothing else). */
const stored = (r: TrackerReport & { text: string }): StoredTrackerReport => ({
  url: r.file,
  identity: r.identity,
  figures: JSON.parse(JSON.stringify(headlineFiguresOf(r))),
});

describe('the ledger from stored headline figures', () => {
  const national = textFiles(join(CORPUS, 'national')).sort().map(reportOf);
  const provincial = textFiles(join(CORPUS, 'provincial-2026')).sort().map(reportOf);

  test.each([
    ['the national reports 2015–2025', national],
    ['the 31 provincial reports of 2026', provincial],
  ])('%s: the same rows as from the texts', (_name, reports) => {
    const fromTexts = buildLedger(reports);
    expect(fromTexts.length).toBeGreaterThan(30);
    expect(ledgerFromStored(reports.map(stored))).toEqual(fromTexts);
  });

  it('keeps only figures that name a headline indicator, each with the passage to find it again', () => {
    const report = national.find((r) => r.identity.year === 2025)!;
    const figures = headlineFiguresOf(report);
    expect(figures.length).toBeLessThan(report.items.length / 3);
    for (const f of figures) {
      expect(report.text.slice(f.selector.position.start, f.selector.position.end)).toBe(f.selector.quote.exact);
    }
    const growth = figures.find((f) => f.indicator === 'gdp_growth' && f.kind === 'target' && !f.words)!;
    expect(growth).toMatchObject({ value: 5, cmp: '~', unit: '%', selector: { quote: { exact: expect.stringContaining('5%左右') } } });
  });

  it('a corrected year moves the report’s rows at once, without the text', () => {
    const reports = national.map(stored);
    const at = reports.findIndex((r) => r.identity.year === 2025);
    const before = ledgerFromStored(reports).filter((r) => r.year === 2025 && r.indicator === 'gdp_growth');
    expect(before[0]!.target?.value).toBe(5);
    const corrected: ReportIdentity = { ...reports[at]!.identity, year: 2035 };
    const after = ledgerFromStored(reports.map((r, i) => (i === at ? { ...r, identity: corrected } : r)));
    expect(after.find((r) => r.year === 2025 && r.indicator === 'gdp_growth')?.target ?? null).toBeNull();
    expect(after.find((r) => r.year === 2035 && r.indicator === 'gdp_growth')?.target?.value).toBe(5);
  });

  it('a report whose place is unknown keeps its figures but makes no rows until the place is known', () => {
    const report = stored(national.find((r) => r.identity.year === 2024)!);
    const unknown = { ...report, identity: { ...report.identity, place: null } };
    expect(unknown.figures.length).toBeGreaterThan(0);
    expect(ledgerFromStored([unknown])).toEqual([]);
    expect(ledgerFromStored([{ ...unknown, identity: { ...unknown.identity, place: '全国' } }]).length).toBeGreaterThan(0);
  });
});
