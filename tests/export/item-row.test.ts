import { describe, expect, test } from 'vitest';
import type { Language } from '../../lib/i18n';
import { parseCsv } from '../../lib/export/csv';
import { ITEM_COLUMNS, localDateTime } from '../../lib/export/item-columns';
import { itemCsvHeaderLine, itemCsvRow, itemCsvRowLines, itemHeader, itemsToCsv, type ItemRowInput } from '../../lib/export/item-row';
import { textFragmentLink } from '../../lib/export/text-fragment';

const REPORT_URL = 'https://www.gov.cn/zhengce/2025/report.html';

function row(overrides: Partial<ItemRowInput> = {}, item: Partial<ItemRowInput['item']> = {}): ItemRowInput {
  return {
    reportTitle: '2025年政府工作报告',
    reportUrl: REPORT_URL,
    site: 'www.gov.cn',
    report: { place: '全国', level: 'national', year: 2025, genre: 'government_work_report' },
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
      indicator: null,
      direction: null,
      from: null,
      period: { kind: 'year', year: 2025 },
      quote: '新增学位1.85万个',
      prefix: '办好人民满意的教育。确保',
      suffix: '，新建中小学20所。',
      ...item,
    },
    tags: ['教育', '民生'],
    note: '',
    createdAt: Date.UTC(2025, 2, 5, 8, 30, 0),
    ...overrides,
  };
}

/** The exported row as a spreadsheet reads it, keyed by header. */
function exported(input: ItemRowInput, language: Language = 'zh'): Record<string, string> {
  const [header, cells] = parseCsv(itemsToCsv([input], language));
  return Object.fromEntries(header!.map((name, i) => [name, cells![i]!]));
}

test('every row has one cell per header column', () => {
  expect(itemCsvRow(row(), 'zh')).toHaveLength(itemHeader('zh').length);
  const rows = parseCsv(itemsToCsv([row(), row({ tags: [], createdAt: null }, { kind: 'commitment', value: null })], 'en'));
  expect(rows.map((r) => r.length)).toEqual([25, 25, 25]);
});

test('a full row reads back in Chinese, headers and values', () => {
  expect(exported(row())).toEqual({
    报告标题: '2025年政府工作报告',
    报告网址: REPORT_URL,
    网站: 'www.gov.cn',
    地区: '全国',
    年份: '2025',
    文种: '政府工作报告',
    章节: '二、2025年工作任务',
    类型: '目标',
    指标: '学位',
    指标项: '',
    数值: '18500',
    上限: '',
    单位: '个',
    比较: '≥',
    方向: '',
    起始值: '',
    期间: '当年',
    力度: '约束性',
    期限: '今年',
    原文: '新增学位1.85万个',
    上下文: '确保新增学位1.85万个，新建中小学20所。',
    标签: '教育; 民生',
    备注: '',
    原文链接: textFragmentLink(REPORT_URL, '新增学位1.85万个', { prefix: '办好人民满意的教育。确保', suffix: '，新建中小学20所。' }),
    创建时间: localDateTime(Date.UTC(2025, 2, 5, 8, 30, 0)),
  });
});

test('and in English', () => {
  expect(exported(row(), 'en')).toMatchObject({
    'Report title': '2025年政府工作报告',
    Kind: 'Target',
    Metric: '学位',
    Value: '18500',
    Comparator: '≥',
    Strength: 'Binding',
    Quote: '新增学位1.85万个',
    Context: '确保新增学位1.85万个，新建中小学20所。',
    Tags: '教育; 民生',
    Place: '全国',
    Year: '2025',
    Genre: 'Government work report',
    Period: 'One year',
  });
});

describe('what a figure measures and which report it comes from', () => {
  const jobs = {
    metric: '城镇新增就业',
    indicator: 'urban_new_jobs' as const,
    value: 12_000_000,
    unit: '人',
    direction: 'up' as const,
    from: { value: 11_000_000, unit: '人' },
    period: { kind: 'by' as const, year: 2027 },
  };
  test.each<[Partial<ItemRowInput>, Partial<ItemRowInput['item']>, Record<string, string>, Record<string, string>]>([
    [
      {},
      jobs,
      { 地区: '全国', 年份: '2025', 文种: '政府工作报告', 指标项: '城镇新增就业', 方向: '上升', 起始值: '11000000', 期间: '到2027年' },
      { Place: '全国', Year: '2025', Genre: 'Government work report', Indicator: 'New urban jobs', Direction: 'Up', From: '11000000', Period: 'By 2027' },
    ],
    [
      { report: { place: '安徽省', level: 'province', year: 2026, genre: 'statistical_communique' } },
      { indicator: 'cpi', direction: 'down', period: { kind: 'average', year: null } },
      { 地区: '安徽省', 年份: '2026', 文种: '统计公报', 指标项: '居民消费价格涨幅', 方向: '下降', 期间: '年均' },
      { Place: '安徽省', Genre: 'Statistical communiqué', Indicator: 'Consumer price inflation', Direction: 'Down', Period: 'Yearly average' },
    ],
    [
      { report: { place: null, level: null, year: null, genre: 'livelihood_projects' } },
      { direction: 'flat', period: { kind: 'cumulative', year: null } },
      { 地区: '', 年份: '', 文种: '民生实事', 方向: '持平', 期间: '累计' },
      { Place: '', Year: '', Genre: 'Livelihood projects', Direction: 'Flat', Period: 'Cumulative' },
    ],
    // A report whose identity is not known (the command line before it read one) leaves the columns empty.
    [{ report: null }, { period: null }, { 地区: '', 年份: '', 文种: '', 期间: '' }, { Place: '', Genre: '', Period: '' }],
  ])('%j %j', (overrides, item, zh, en) => {
    expect(exported(row(overrides, item), 'zh')).toMatchObject(zh);
    expect(exported(row(overrides, item), 'en')).toMatchObject(en);
  });

  test('year and from-value are numbers a spreadsheet sums', () => {
    const cells = itemCsvRow(row({}, jobs), 'zh');
    expect(cells[itemHeader('zh').indexOf('年份')]).toBe(2025);
    expect(cells[itemHeader('zh').indexOf('起始值')]).toBe(11_000_000);
  });
});

test('headers are in one language', () => {
  expect(itemHeader('zh').every((h) => /^[\u4e00-\u9fff]+$/.test(h))).toBe(true);
  expect(itemHeader('en').every((h) => /^[A-Za-z ]+$/.test(h))).toBe(true);
});

describe('values in the UI\'s words', () => {
  test.each([
    ['类型', 'Kind', { kind: 'target' as const }, '目标', 'Target'],
    ['类型', 'Kind', { kind: 'result' as const }, '成果', 'Result'],
    ['类型', 'Kind', { kind: 'commitment' as const }, '承诺', 'Commitment'],
    ['比较', 'Comparator', { cmp: '>=' as const }, '≥', '≥'],
    ['比较', 'Comparator', { cmp: '>' as const }, '>', '>'],
    ['比较', 'Comparator', { cmp: '<=' as const }, '≤', '≤'],
    ['比较', 'Comparator', { cmp: '<' as const }, '<', '<'],
    ['比较', 'Comparator', { cmp: '~' as const }, '≈', '≈'],
    ['比较', 'Comparator', { cmp: 'range' as const, max: 6.5 }, '区间', 'range'],
    // An exact figure: no comparator to show, and never a bare = that would need defusing ('=).
    ['比较', 'Comparator', { cmp: '=' as const }, '', ''],
    ['比较', 'Comparator', { cmp: null }, '', ''],
    ['力度', 'Strength', { strength: 'binding' as const }, '约束性', 'Binding'],
    ['力度', 'Strength', { strength: 'aspirational' as const }, '预期性', 'Aspirational'],
    ['力度', 'Strength', { strength: null }, '', ''],
  ])('%s / %s of %j: %j, %j', (zh, en, item, zhValue, enValue) => {
    expect(exported(row({}, item), 'zh')[zh]).toBe(zhValue);
    expect(exported(row({}, item), 'en')[en]).toBe(enValue);
  });

  test('no cell of a whole export starts with the formula guard\'s quote', () => {
    const cmps = ['=', '>=', '>', '<=', '<', '~', 'range', null] as const;
    const csv = itemsToCsv(cmps.map((cmp) => row({}, { cmp })), 'zh');
    expect(parseCsv(csv).flat().filter((cell) => cell.startsWith("'"))).toEqual([]);
  });
});

describe('columns a spreadsheet filters or sums', () => {
  test.each([
    ['数值', { value: 2380000000000 }, '2380000000000'],
    ['数值', { value: 5.5 }, '5.5'],
    ['数值', { value: -2.5 }, '-2.5'],
    ['数值', { value: null }, ''],
    ['上限', { cmp: 'range' as const, value: 3, max: 3.5 }, '3.5'],
    ['期限', { deadline: null }, ''],
  ])('%s of %j is %j', (column, item, written) => {
    expect(exported(row({}, item))[column]).toBe(written);
  });

  test('value and max are numbers, not text', () => {
    const cells = itemCsvRow(row({}, { value: 3, max: 3.5 }), 'zh');
    expect(cells[itemHeader('zh').indexOf('数值')]).toBe(3);
    expect(cells[itemHeader('zh').indexOf('上限')]).toBe(3.5);
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
    const link = exported(row({ reportUrl }))['原文链接'];
    expect(link).toBe(linked ? textFragmentLink(reportUrl, '新增学位1.85万个', { prefix: '办好人民满意的教育。确保', suffix: '，新建中小学20所。' }) : '');
  });
});

describe('context: the sentence around the item', () => {
  test.each([
    ['cut at the sentence ends on both sides', {}, '确保新增学位1.85万个，新建中小学20所。'],
    ['the caller\'s own sentence wins', { sentence: '全句。' }, '全句。'],
    ['a sentence that goes on beyond the kept text is marked', { prefix: '高质量发展教育'.repeat(5), suffix: '，新建'.repeat(12) }, `…${'高质量发展教育'.repeat(5)}新增学位1.85万个${'，新建'.repeat(12)}…`],
    ['a short prefix or suffix is the start or end of the text', { prefix: '教育', suffix: '，新建' }, '教育新增学位1.85万个，新建'],
    ['no text kept around', { prefix: undefined, suffix: undefined }, '新增学位1.85万个'],
  ])('%s', (_, item, context) => {
    expect(exported(row({}, item))['上下文']).toBe(context);
  });
});

describe('user text', () => {
  test.each([
    ['no tags', [], ''],
    ['one tag', ['教育'], '教育'],
    ['tags', ['教育', '民生', '2025'], '教育; 民生; 2025'],
  ])('%s', (_, tags, written) => {
    expect(exported(row({ tags }))['标签']).toBe(written);
  });

  test('a note with commas, quotes and lines reads back whole', () => {
    const note = '核对: 与去年"1.6万个"比,\n增长约15%';
    expect(exported(row({ note }))['备注']).toBe(note);
  });

  test.each(['=HYPERLINK("http://x")', '＝HYPERLINK("http://x")', ' =1+1'])('a note that looks like a formula (%j) is not run', (note) => {
    expect(exported(row({ note }))['备注']).toBe(`'${note}`);
  });
});

describe('created at: local date and time', () => {
  test.each([
    ['Shanghai', -480, Date.UTC(2025, 2, 5, 20, 30), '2025-03-06 04:30'],
    ['UTC', 0, Date.UTC(2025, 0, 1), '2025-01-01 00:00'],
    ['New York', 300, Date.UTC(2025, 0, 1, 3, 0), '2024-12-31 22:00'],
  ])('%s', (_, offset, ms, written) => {
    expect(localDateTime(ms, () => offset)).toBe(written);
  });

  test.each([[null], [Number.NaN], [1e20], [8.64e15]])('%s has no date', (createdAt) => {
    expect(exported(row({ createdAt }))['创建时间']).toBe('');
  });
});

test('no rows export just the header', () => {
  expect(parseCsv(itemsToCsv([], 'en'))).toEqual([itemHeader('en')]);
});

test('a file put together from parts is the whole file', () => {
  const rows = [row(), row({ note: '=x' }, { kind: 'result', cmp: null })];
  expect(itemCsvHeaderLine('zh') + itemCsvRowLines(rows.slice(0, 1), 'zh') + itemCsvRowLines(rows.slice(1), 'zh')).toBe(itemsToCsv(rows, 'zh'));
});

test('every column has a header in both languages and a width', () => {
  for (const c of ITEM_COLUMNS) {
    expect(c.header.zh && c.header.en).toBeTruthy();
    expect(c.width).toBeGreaterThan(0);
  }
});
