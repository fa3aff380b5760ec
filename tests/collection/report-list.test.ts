import { describe, expect, test } from 'vitest';
import { EMPTY_FILTER, applyFilter, type CollectionFilter } from '../../lib/collection/filter';
import { clearReportFacets, reportList, toggleReportFacet } from '../../lib/collection/report-list';
import type { ReportRecord } from '../../lib/store/records';
import { REPORT_A, REPORT_B, item } from './fixtures';

const ANHUI: ReportRecord = {
  ...REPORT_A,
  id: 'https://www.ah.gov.cn/2026.html',
  url: 'https://www.ah.gov.cn/2026.html',
  title: '',
  identity: { place: '安徽省', level: 'province', year: 2026, genre: 'statistical_communique' },
};
/** Nothing of its identity was read. */
const UNREAD: ReportRecord = { ...REPORT_A, id: 'https://example.org/x', url: 'https://example.org/x', title: '某文件', identity: { place: null, level: null, year: null, genre: 'other' } };
const REPORTS = new Map([REPORT_A, REPORT_B, ANHUI, UNREAD].map((r) => [r.id, r]));
const COUNTS = [
  { key: REPORT_A.id, count: 4 },
  { key: ANHUI.id, count: 3 },
  { key: REPORT_B.id, count: 2 },
  { key: UNREAD.id, count: 1 },
];
const f = (over: Partial<CollectionFilter> = {}): CollectionFilter => ({ ...EMPTY_FILTER, ...over });
const chipLabels = (filter: CollectionFilter, language: 'zh' | 'en' = 'zh') =>
  reportList(COUNTS, REPORTS, filter, language).entries.map((e) => [e.name, e.chips.map((c) => c.label)]);

describe('reportList: the 按报告 entries', () => {
  test('each report in count order, named by title (else host and path), with place, year and genre as the UI writes them', () => {
    expect(chipLabels(f())).toEqual([
      ['2025年政府工作报告', ['全国', '2025年', '政府工作报告']],
      ['www.ah.gov.cn/2026.html', ['安徽省', '2026年', '统计公报']],
      ['北京市政府工作报告', ['北京市', '政府工作报告']], // no year read: none shown
      ['某文件', []], // nothing read, and 'other' is no name
    ]);
  });

  test('in English', () => {
    expect(chipLabels(f(), 'en')[1]).toEqual(['www.ah.gov.cn/2026.html', ['安徽省', '2026', 'Statistical communiqué']]);
  });

  test.each<[string, Partial<CollectionFilter>, string[], number]>([
    ['no identity filter: every report', {}, [REPORT_A.id, ANHUI.id, REPORT_B.id, UNREAD.id], 0],
    ['a place', { place: '安徽省' }, [ANHUI.id], 3],
    ['a genre', { genre: 'government_work_report' }, [REPORT_A.id, REPORT_B.id], 2],
    ['a year: a report whose year was not read is left out', { year: 2025 }, [REPORT_A.id], 3],
    ['a level from the table’s select narrows the list too', { level: 'province' }, [ANHUI.id, REPORT_B.id], 2],
    ['the chosen report stays listed outside the filter, to be unchosen', { place: '安徽省', reportId: REPORT_B.id }, [ANHUI.id, REPORT_B.id], 2],
    ['tags and text do not narrow the list of reports', { tags: ['x'], text: '就业' }, [REPORT_A.id, ANHUI.id, REPORT_B.id, UNREAD.id], 0],
  ])('%s', (_, over, ids, hidden) => {
    const list = reportList(COUNTS, REPORTS, f(over), 'zh');
    expect(list.entries.map((e) => e.id)).toEqual(ids);
    expect(list.hidden).toBe(hidden);
    expect(list.narrowed).toBe(['place', 'level', 'genre', 'year'].some((k) => k in over));
  });

  test('marks what the filter holds: the report and each identity part', () => {
    const list = reportList(COUNTS, REPORTS, f({ reportId: REPORT_B.id, genre: 'government_work_report' }), 'zh');
    expect(list.entries.map((e) => [e.pressed, e.chips.map((c) => c.pressed)])).toEqual([
      [false, [false, false, true]],
      [true, [false, true]],
    ]);
  });
});

describe('toggleReportFacet and clearReportFacets', () => {
  const anhui = reportList(COUNTS, REPORTS, f(), 'zh').entries[1]!;
  const [place, year, genre] = anhui.chips;

  test.each([
    ['place', place!, { place: '安徽省' }],
    ['year', year!, { year: 2026 }],
    ['genre', genre!, { genre: 'statistical_communique' }],
  ] as const)('a %s chip sets that part of the filter, keeping the rest', (_, chip, set) => {
    expect(toggleReportFacet(f({ tags: ['重点'], year: 2020 }), chip)).toEqual(f({ tags: ['重点'], year: 2020, ...set }));
  });

  test('a pressed chip clears its part', () => {
    const narrowed = f({ place: '安徽省', year: 2026 });
    const pressed = reportList(COUNTS, REPORTS, narrowed, 'zh').entries[0]!.chips[0]!;
    expect(pressed).toMatchObject({ key: 'place', pressed: true });
    expect(toggleReportFacet(narrowed, pressed)).toEqual(f({ year: 2026 }));
  });

  test('the filter a chip sets shows the items of the reports the list keeps', () => {
    const items = [item({ id: 'a', reportId: REPORT_A.id }), item({ id: 'ah', reportId: ANHUI.id }), item({ id: 'b', reportId: REPORT_B.id })];
    const filter = toggleReportFacet(f(), genre!);
    expect(applyFilter(items, filter, REPORTS).map((i) => i.id)).toEqual(['ah']);
    expect(reportList(COUNTS, REPORTS, filter, 'zh').entries.map((e) => e.id)).toEqual([ANHUI.id]);
  });

  test('clearing drops place, level, genre and year only', () => {
    expect(clearReportFacets(f({ place: '安徽省', level: 'province', genre: 'other', year: 2026, reportId: 'r', kinds: ['target'] }))).toEqual(f({ reportId: 'r', kinds: ['target'] }));
  });
});
