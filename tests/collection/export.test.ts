import { describe, expect, test } from 'vitest';
import { collectionCsv, itemLink, itemRowInput } from '../../lib/collection/export';
import { parseCsv } from '../../lib/export/csv';
import { ITEM_CSV_HEADER } from '../../lib/export/item-row';
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
  });
  const negative = item({ id: 'neg', value: -2.5, note: '-2.5', metric: '-单位能耗' });
  const csv = collectionCsv([tricky, negative], REPORTS);
  const rows = parseCsv(csv);

  test('BOM, CRLF, the shared header', () => {
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(rows[0]).toEqual([...ITEM_CSV_HEADER]);
    expect(rows).toHaveLength(3);
  });

  test.each([
    [0, '报告标题 report title', REPORT_A.title],
    [1, '报告网址 report URL', REPORT_A.url],
    [2, '网站 site', 'www.gov.cn'],
    [4, '类型 kind', 'target'],
    [6, '数值 value', '12000000'],
    [9, '比较 comparator', '>='],
    [12, '原文 quote', '城镇新增就业1200万人以上，"重点群体"\n就业稳定'],
    [13, '标签 tags', '就业; 重点'],
    [14, '备注 note', '\'=HYPERLINK("http://evil")'],
    [16, '创建时间 created at', '2026-11-22T08:00:00.000Z'],
  ])('column %i (%s) = %j', (col, header, value) => {
    expect(rows[0]![col]).toBe(header);
    expect(rows[1]![col]).toBe(value);
  });

  test('the link column opens the passage with a text fragment', () => {
    expect(rows[1]![15]).toMatch(/^https:\/\/www\.gov\.cn\/a\.htm#:~:text=/);
    expect(rows[1]![15]).toBe(itemLink(tricky, REPORT_A));
  });

  test('negative numbers stay numbers; other text starting with - is defused', () => {
    expect(rows[2]![6]).toBe('-2.5');
    expect(rows[2]![14]).toBe('-2.5');
    expect(rows[2]![5]).toBe("'-单位能耗");
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
