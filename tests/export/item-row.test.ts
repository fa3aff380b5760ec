import { describe, expect, test } from 'vitest';
import { parseCsv } from '../../lib/export/csv';
import { ITEM_CSV_HEADER, itemCsvRow, itemsToCsv, type ItemRowInput } from '../../lib/export/item-row';
import { textFragmentLink } from '../../lib/export/text-fragment';

const REPORT_URL = 'https://www.gov.cn/zhengce/2025/report.html';

function row(overrides: Partial<ItemRowInput> = {}, item: Partial<ItemRowInput['item']> = {}): ItemRowInput {
  return {
    reportTitle: '2025年政府工作报告',
    reportUrl: REPORT_URL,
    site: 'www.gov.cn',
    item: {
      section: '二、2025年工作任务',
      kind: 'target',
      metric: '学位',
      value: 18500,
      max: null,
      unit: '个',
      cmp: '>=',
      strength: 'binding',
      deadline: '今年',
      quote: '新增学位1.85万个',
      prefix: '确保',
      suffix: '。',
      ...item,
    },
    tags: ['教育', '民生'],
    note: '',
    createdAt: Date.UTC(2025, 2, 5, 8, 30, 0),
    ...overrides,
  };
}

/** The exported row as a spreadsheet reads it, keyed by the English part of each header. */
function exported(input: ItemRowInput): Record<string, string> {
  const [header, cells] = parseCsv(itemsToCsv([input]));
  return Object.fromEntries(header!.map((name, i) => [name.replace(/^\S+ /, ''), cells![i]!]));
}

test('every row has one cell per header column', () => {
  expect(itemCsvRow(row())).toHaveLength(ITEM_CSV_HEADER.length);
  const rows = parseCsv(itemsToCsv([row(), row({ tags: [], createdAt: null }, { kind: 'commitment', value: null })]));
  expect(rows.map((r) => r.length)).toEqual([17, 17, 17]);
});

test('a full row reads back as written', () => {
  expect(exported(row())).toEqual({
    'report title': '2025年政府工作报告',
    'report URL': REPORT_URL,
    site: 'www.gov.cn',
    section: '二、2025年工作任务',
    kind: 'target',
    metric: '学位',
    value: '18500',
    max: '',
    unit: '个',
    comparator: '>=',
    strength: 'binding',
    deadline: '今年',
    quote: '新增学位1.85万个',
    tags: '教育; 民生',
    note: '',
    link: textFragmentLink(REPORT_URL, '新增学位1.85万个', { prefix: '确保', suffix: '。' }),
    'created at': '2025-03-05T08:30:00.000Z',
  });
});

describe('columns a spreadsheet filters or sums', () => {
  test.each([
    ['kind', { kind: 'result' as const }, 'result'],
    ['strength', { strength: 'aspirational' as const }, 'aspirational'],
    ['strength', { strength: null }, ''],
    ['comparator', { cmp: '<=' as const }, '<='],
    ['comparator', { cmp: null }, ''],
    ['value', { value: 2380000000000 }, '2380000000000'],
    ['value', { value: 5.5 }, '5.5'],
    ['value', { value: null }, ''],
    ['max', { cmp: 'range' as const, value: 3, max: 3.5 }, '3.5'],
    ['deadline', { deadline: null }, ''],
  ])('%s of %j is %j', (column, item, written) => {
    expect(exported(row({}, item))[column]).toBe(written);
  });

  test('value and max are numbers, not text', () => {
    const cells = itemCsvRow(row({}, { value: 3, max: 3.5 }));
    expect(cells[ITEM_CSV_HEADER.indexOf('数值 value')]).toBe(3);
    expect(cells[ITEM_CSV_HEADER.indexOf('上限 max')]).toBe(3.5);
  });
});

describe('link', () => {
  test.each([
    ['https', 'https://www.gov.cn/r.html', true],
    ['http', 'http://www.beijing.gov.cn/r.html', true],
    ['upper-case scheme', 'HTTPS://www.gov.cn/r.html', true],
    ['file', 'file:///home/me/report.html', false],
    ['extension page', 'chrome-extension://abc/reader.html', false],
    ['a bare path from the command line', 'reports/2025.txt', false],
    ['no url', '', false],
  ])('a %s url gets a link: %s', (_, reportUrl, linked) => {
    const link = exported(row({ reportUrl })).link;
    expect(link).toBe(linked ? textFragmentLink(reportUrl, '新增学位1.85万个', { prefix: '确保', suffix: '。' }) : '');
  });

  test('without prefix and suffix the link holds just the quote', () => {
    expect(exported(row({}, { prefix: undefined, suffix: undefined })).link).toBe(
      `${REPORT_URL}#:~:text=${encodeURIComponent('新增学位1.85万个')}`,
    );
  });
});

describe('user text', () => {
  test.each([
    ['no tags', [], ''],
    ['one tag', ['教育'], '教育'],
    ['tags', ['教育', '民生', '2025'], '教育; 民生; 2025'],
  ])('%s', (_, tags, written) => {
    expect(exported(row({ tags })).tags).toBe(written);
  });

  test('a note with commas, quotes and lines reads back whole', () => {
    const note = '核对: 与去年"1.6万个"比,\n增长约15%';
    expect(exported(row({ note })).note).toBe(note);
  });

  test('a note that looks like a formula is not run', () => {
    expect(exported(row({ note: '=HYPERLINK("http://x")' })).note).toBe('\'=HYPERLINK("http://x")');
  });
});

test.each([
  [Date.UTC(2025, 0, 1), '2025-01-01T00:00:00.000Z'],
  [null, ''],
  [Number.NaN, ''],
  [1e20, ''],
])('created at %s is %j', (createdAt, written) => {
  expect(exported(row({ createdAt }))['created at']).toBe(written);
});

test('no rows export just the header', () => {
  expect(parseCsv(itemsToCsv([]))).toEqual([[...ITEM_CSV_HEADER]]);
});
