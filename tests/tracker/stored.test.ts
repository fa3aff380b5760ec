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

  /**
   * A year the figure's own words state (2025年全省地区生产总值…增长5%) is stronger evidence than the
   * report's identity and stays; a year only the identity implies (今年发展主要预期目标是…, a review of
   * last year) moves with the reader's correction, at once and without the text.
   */
  test.each([
    // report, its year corrected to, indicator, side, year before, year after, why
    ['national/gwr-2025.txt', 2035, 'gdp_growth', 'target', 2025, 2035, '今年发展主要预期目标: implied, moves'],
    ['national/gwr-2025.txt', 2035, 'gdp_growth', 'result', 2024, 2034, 'the review of last year: implied, moves'],
    ['provincial-2026/fujian.txt', 2027, 'gdp_growth', 'target', 2026, 2027, '今年…主要预期目标: implied, moves'],
    ['provincial-2026/fujian.txt', 2027, 'gdp_growth', 'result', 2025, 2025, '2025年全省地区生产总值…增长5%: stated, stays'],
    ['provincial-2026/fujian.txt', 2027, 'budget_revenue_growth', 'result', 2025, 2025, '2025年…地方一般公共预算收入…增长3%: stated, stays'],
  ] as const)('%s corrected to %i: its %s %s of %i stands at %i (%s)', (file, correctedYear, indicator, side, before, after, _why) => {
    const reports = [...national, ...provincial].map(stored);
    const at = reports.findIndex((r) => r.url === file);
    const rowOf = (ledger: ReturnType<typeof ledgerFromStored>, year: number) =>
      ledger.find((r) => r.place === reports[at]!.identity.place && r.indicator === indicator && r.year === year)?.[side] ?? null;
    const held = rowOf(ledgerFromStored(reports), before);
    expect(held?.file).toBe(file);
    const corrected: ReportIdentity = { ...reports[at]!.identity, year: correctedYear };
    const ledger = ledgerFromStored(reports.map((r, i) => (i === at ? { ...r, identity: corrected } : r)));
    expect(rowOf(ledger, after)).toEqual(held);
    if (after !== before) expect(rowOf(ledger, before)?.file ?? null).not.toBe(file);
    // The texts read with the corrected identity give the same rows: the store needs no text.
    const fromTexts = buildLedger([...national, ...provincial].map((r) => (r.file === file ? { ...r, identity: corrected } : r)));
    expect(ledger).toEqual(fromTexts);
  });

  it('a report whose place is unknown keeps its figures but makes no rows until the place is known', () => {
    const report = stored(national.find((r) => r.identity.year === 2024)!);
    const unknown = { ...report, identity: { ...report.identity, place: null } };
    expect(unknown.figures.length).toBeGreaterThan(0);
    expect(ledgerFromStored([unknown])).toEqual([]);
    expect(ledgerFromStored([{ ...unknown, identity: { ...unknown.identity, place: '全国' } }]).length).toBeGreaterThan(0);
  });
});
