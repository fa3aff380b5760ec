import { describe, expect, test } from 'vitest';
import { collectionCsv, collectionXlsx, itemLink, itemRowInput } from '../../lib/collection/export';
import { parseCsv } from '../../lib/export/csv';
import { itemHeader } from '../../lib/export/item-row';
import { localDateTime } from '../../lib/export/item-columns';
import { readXlsx } from '../export/read-xlsx';
import { REPORTS, REPORT_A, item } from './fixtures';

describe('collection CSV', () => {
  const tricky = item({
    id: 'tricky',
    quote: '城镇新增就业1200万人以上，"重点群体"\n就业稳定',
    value: 12_000_000,
    unit: '人',
    cmp: '>=',
    tags: ['就业', '重点'],
    note: '=HYPERLINK("http://evil")',
    createdAt: Date.UTC(2026, 10, 22, 8, 0, 0),
    indicator: 'urban_new_jobs',
    direction: 'up',
    from: { value: 11_000_000, unit: '人' },
    period: { kind: 'year', year: 2026 },
  });
  const negative = item({ id: 'neg', value: -2.5, note: '-2.5', metric: '-单位能耗' });
  const csv = collectionCsv([tricky, negative], REPORTS, 'zh');
  const rows = parseCsv(csv);

  test('BOM, CRLF, the shared header', () => {
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(rows[0]).toEqual(itemHeader('zh'));
    expect(rows).toHaveLength(3);
  });

  const col = (name: string) => rows[0]!.indexOf(name);

  test.each([
    ['报告标题', REPORT_A.title],
    ['报告网址', REPORT_A.url],
    ['网站', 'www.gov.cn'],
    ['类型', '目标'],
    ['数值', '12000000'],
    ['比较', '≥'],
    ['原文', '城镇新增就业1200万人以上，"重点群体"\n就业稳定'],
    ['标签', '就业; 重点'],
    ['备注', '\'=HYPERLINK("http://evil")'],
    ['创建时间', localDateTime(Date.UTC(2026, 10, 22, 8, 0, 0))],
    // The report's stored identity, and what the figure measures.
    ['地区', '全国'],
    ['年份', '2025'],
    ['文种', '政府工作报告'],
    ['指标项', '城镇新增就业'],
    ['方向', '上升'],
    ['起始值', '11000000'],
    ['期间', '当年'],
  ])('column %s = %j', (header, value) => {
    expect(rows[1]![col(header)]).toBe(value);
  });

  test('the link column opens the passage with a text fragment', () => {
    expect(rows[1]![col('原文链接')]).toMatch(/^https:\/\/www\.gov\.cn\/a\.htm#:~:text=/);
    expect(rows[1]![col('原文链接')]).toBe(itemLink(tricky, REPORT_A));
  });

  test('negative numbers stay numbers; other text starting with - is defused', () => {
    expect(rows[2]![col('数值')]).toBe('-2.5');
    expect(rows[2]![col('备注')]).toBe('-2.5');
    expect(rows[2]![col('指标')]).toBe("'-单位能耗");
  });

  test('in English where the UI is English', () => {
    const [header, first] = parseCsv(collectionCsv([tricky], REPORTS, 'en'));
    expect(header).toEqual(itemHeader('en'));
    expect([first![header!.indexOf('Kind')], first![header!.indexOf('Comparator')]]).toEqual(['Target', '≥']);
    const cell = (name: string) => first![header!.indexOf(name)];
    expect(['Place', 'Year', 'Genre', 'Indicator', 'Direction', 'From', 'Period'].map(cell)).toEqual([
      '全国', '2025', 'Government work report', 'New urban jobs', 'Up', '11000000', 'One year',
    ]);
  });

  test('the Excel workbook has a sheet per list, numbers as numbers', () => {
    const { sheets } = readXlsx(collectionXlsx([{ name: '全部', items: [tricky, negative] }, { name: '就业', items: [tricky] }], REPORTS, 'zh'));
    expect(sheets.map((s) => [s.name, s.rows.length])).toEqual([['全部', 3], ['就业', 2]]);
    expect(sheets[0]!.rows[2]![col('数值')]).toBe(-2.5);
  });

  test('an item whose report is gone still exports, under its report id', () => {
    const orphan = item({ reportId: 'https://gone.gov.cn/x' });
    const input = itemRowInput(orphan, undefined);
    expect(input.reportUrl).toBe('https://gone.gov.cn/x');
    expect(input.reportTitle).toBe('');
  });
});

describe('itemLink', () => {
  test.each([
    ['https://www.gov.cn/a.htm', /^https:\/\/www\.gov\.cn\/a\.htm#:~:text=/],
    ['http://www.gov.cn/a.htm#top', /^http:\/\/www\.gov\.cn\/a\.htm#top:~:text=/],
    ['file:///tmp/a.html', /^file:\/\/\/tmp\/a\.html$/],
  ])('%s', (url, pattern) => {
    const report = { ...REPORT_A, id: url, url };
    expect(itemLink(item({ reportId: url }), report)).toMatch(pattern);
  });

  test.each([
    'javascript:alert(1)',
    'JavaScript:alert(document.domain)',
    'data:text/html,<script>alert(1)</script>',
    'chrome://settings',
    'chrome-extension://abc/collection.html',
    'about:blank',
    'not a url',
    '',
  ])('no link for %j (never handed to a tab or an <a href>)', (url) => {
    expect(itemLink(item({ reportId: url }), { ...REPORT_A, id: url, url })).toBe('');
    expect(itemLink(item({ reportId: url }), undefined)).toBe('');
  });
});
