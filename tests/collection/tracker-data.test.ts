/**
 * The tracker view's data from what the store holds: reports with their headline figures, the
 * ledger of those in the tracker, links to each side's passage, the command line's JSON.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractItems } from '../../lib/extract';
import { reportIdentityOf } from '../../lib/extract/identity';
import { figureOfSide, sideLink, trackerEntriesOf, trackerJson, trackerLedger } from '../../lib/collection/tracker-data';
import type { HeadlineRecord, ReportRecord } from '../../lib/store/records';
import { headlineFiguresOf } from '../../lib/tracker';

const CORPUS = join(__dirname, '../fixtures/corpus/national');

function stored(year: number): { report: ReportRecord; headline: HeadlineRecord } {
  const text = readFileSync(join(CORPUS, `gwr-${year}.txt`), 'utf8').replace(/^\uFEFF/, '');
  const url = `https://www.gov.cn/gongbao/${year}/gwr.htm`;
  const identity = reportIdentityOf(text, { title: `${year}年政府工作报告`, url });
  const report: ReportRecord = { id: url, url, title: `${year}年政府工作报告`, site: 'www.gov.cn', firstVisit: 1, lastVisit: 1, identity, identityCorrected: false };
  return { report, headline: { reportId: url, figures: headlineFiguresOf({ text, identity, items: extractItems(text) }), removed: false, updatedAt: 1 } };
}

const [y2024, y2025] = [stored(2024), stored(2025)];
const reports = new Map([y2025, y2024].map((s) => [s.report.id, s.report]));

describe('the tracker’s data', () => {
  const entries = trackerEntriesOf(reports, [y2025.headline, y2024.headline]);

  it('lists the reports by place and year', () => {
    expect(entries.map((e) => e.report.identity.year)).toEqual([2024, 2025]);
  });

  it('pairs 2024’s growth target with the result the 2025 report gives, and links each side to its passage', () => {
    const row = trackerLedger(entries).find((r) => r.indicator === 'gdp_growth' && r.year === 2024)!;
    expect(row).toMatchObject({ place: '全国', level: 'national', target: { value: 5, cmp: '~' }, result: { value: 5 }, status: 'met' });
    expect(row.target!.file).toBe(y2024.report.url);
    expect(row.result!.file).toBe(y2025.report.url);
    expect(figureOfSide(row.target!, entries)?.selector.quote.exact).toBe(row.target!.quote);
    expect(sideLink(row.target!, entries)).toMatch(/^https:\/\/www\.gov\.cn\/gongbao\/2024\/gwr\.htm#:~:text=/);
  });

  it('leaves a report the reader took out of the tracker out of the rows', () => {
    const out = trackerEntriesOf(reports, [y2025.headline, { ...y2024.headline, removed: true }]);
    const row = trackerLedger(out).find((r) => r.indicator === 'gdp_growth' && r.year === 2024)!;
    expect(row).toMatchObject({ target: null, status: 'no target' });
    expect(trackerJson(out).reports.map((r) => r.year)).toEqual([2025]);
  });

  it('follows a corrected identity: a report put down to another place makes rows of its own', () => {
    const moved = new Map(reports);
    moved.set(y2024.report.id, { ...y2024.report, identity: { ...y2024.report.identity, place: '测试省', level: 'province' }, identityCorrected: true });
    const rows = trackerLedger(trackerEntriesOf(moved, [y2025.headline, y2024.headline]));
    expect(rows.find((r) => r.place === '测试省' && r.indicator === 'gdp_growth' && r.year === 2024)?.target?.value).toBe(5);
    expect(rows.find((r) => r.place === '全国' && r.indicator === 'gdp_growth' && r.year === 2024)?.target ?? null).toBeNull();
  });

  it('a tracker record whose report is gone is left out', () => {
    expect(trackerEntriesOf(new Map([[y2025.report.id, y2025.report]]), [y2025.headline, y2024.headline])).toHaveLength(1);
  });

  it('writes the JSON of `npm run track`: reports with their identity, rows with both sides', () => {
    const json = trackerJson(entries);
    expect(json.reports).toEqual([
      { file: y2024.report.url, place: '全国', level: 'national', year: 2024, genre: 'government_work_report' },
      { file: y2025.report.url, place: '全国', level: 'national', year: 2025, genre: 'government_work_report' },
    ]);
    expect(Object.keys(json.rows[0]!)).toEqual(['place', 'level', 'indicator', 'year', 'target', 'result', 'status']);
  });
});
