import { describe, expect, test } from 'vitest';
import { nodeDeflate } from '../../scripts/cli/node-deflate';
import { XlsxWriter, xlsxWorkbook, type XlsxColumn, type XlsxValue } from '../../lib/export/xlsx';
import { columnLetters } from '../../lib/export/xlsx-parts';
import { readXlsx } from './read-xlsx';

const COLUMNS: XlsxColumn[] = [
  { header: '指标', type: 'text', width: 20 },
  { header: '数值', type: 'number', width: 12 },
  { header: '链接', type: 'link', width: 30 },
  { header: '创建时间', type: 'datetime', width: 17 },
];

const UTC = () => 0;
const book = (rows: XlsxValue[][], name = '条目', columns = COLUMNS) =>
  readXlsx(xlsxWorkbook([{ name, columns, rows }], { timeZoneOffset: UTC }));

describe('a sheet as a spreadsheet reads it', () => {
  const link = 'https://www.gov.cn/a.htm#:~:text=%E6%96%B0%E5%A2%9E';
  const { sheets, formats, files } = book([
    ['新增学位', 18500, link, Date.UTC(2026, 2, 5, 14, 7)],
    ['增长', -2.5, '', null],
    ['很大', 2380000000000, 'javascript:alert(1)', Number.NaN],
  ]);
  const [sheet] = sheets;

  test('the parts Excel needs are there', () => {
    expect(files).toEqual(expect.arrayContaining(['[Content_Types].xml', '_rels/.rels', 'xl/workbook.xml', 'xl/_rels/workbook.xml.rels', 'xl/styles.xml', 'xl/worksheets/sheet1.xml']));
  });

  test('numbers are numbers, text is an inline string', () => {
    expect(sheet!.cells.get('B2')).toMatchObject({ type: null, value: 18500 });
    expect(sheet!.cells.get('B3')).toMatchObject({ type: null, value: -2.5 });
    expect(sheet!.cells.get('B4')).toMatchObject({ type: null, value: 2380000000000 });
    expect(sheet!.cells.get('A2')).toMatchObject({ type: 'inlineStr', value: '新增学位' });
  });

  test('the header row is bold text and frozen', () => {
    expect(sheet!.rows[0]).toEqual(['指标', '数值', '链接', '创建时间']);
    expect(sheet!.frozen).toEqual({ ySplit: '1', state: 'frozen', topLeftCell: 'A2' });
    expect(sheet!.autoFilter).toBe('A1:D4');
  });

  test('columns have their widths', () => {
    expect(sheet!.widths).toEqual([20, 12, 30, 17]);
  });

  test('a web link is a hyperlink; another scheme stays text', () => {
    expect(sheet!.links).toEqual(new Map([['C2', link]]));
    expect(sheet!.cells.get('C4')).toMatchObject({ type: 'inlineStr', value: 'javascript:alert(1)' });
  });

  test('a time is a date serial shown as date and time', () => {
    const cell = sheet!.cells.get('D2')!;
    expect(cell.value).toBeCloseTo(46086 + (14 * 60 + 7) / 1440, 9); // 2026-03-05 14:07
    expect(formats[cell.style]).toBe('yyyy-mm-dd hh:mm');
  });

  test('empty, null and NaN cells are left out', () => {
    expect(sheet!.cells.has('C3')).toBe(false);
    expect(sheet!.cells.has('D3')).toBe(false);
    expect(sheet!.cells.has('D4')).toBe(false);
  });
});

test('a link column may show a label over its hyperlink', () => {
  const link = 'https://www.gov.cn/a.htm#:~:text=%E6%96%B0%E5%A2%9E';
  const columns: XlsxColumn[] = [{ header: '链接', type: 'link', width: 12, linkText: '打开原文' }];
  const [sheet] = readXlsx(xlsxWorkbook([{ name: 's', columns, rows: [[link], ['file:///x']] }])).sheets;
  expect(sheet!.cells.get('A2')!.value).toBe('打开原文');
  expect(sheet!.links.get('A2')).toBe(link);
  // No hyperlink, so the address itself stays.
  expect(sheet!.cells.get('A3')!.value).toBe('file:///x');
});

test('local time: the reader\'s clock, not UTC', () => {
  const moment = Date.UTC(2026, 2, 5, 6, 7);
  const shanghai = readXlsx(xlsxWorkbook([{ name: 's', columns: COLUMNS, rows: [[null, null, null, moment]] }], { timeZoneOffset: () => -480 }));
  expect(shanghai.sheets[0]!.cells.get('D2')!.value).toBeCloseTo(46086 + (14 * 60 + 7) / 1440, 9);
});

describe('no formula, whatever the text', () => {
  test.each(['=HYPERLINK("http://evil","x")', '+1+1', '-2+3', '@SUM(A1)', '＝1+1', '\u200B=1'])('%j stays text, as typed', (text) => {
    const { sheets, xml } = book([[text, null, null, null]]);
    expect(sheets[0]!.cells.get('A2')).toEqual({ type: 'inlineStr', value: text, style: 0, hasFormula: false });
    expect(xml['xl/worksheets/sheet1.xml']).not.toContain('<f>');
  });
});

describe('text XML cannot hold, or Excel would change', () => {
  test.each([
    ['markup', '<b>&amp;</b> "q"', '<b>&amp;</b> "q"'],
    ['control characters', 'a\u0000b\u0007c\u001Fd', 'abcd'],
    ['a lone surrogate', 'a\uD800b', 'ab'],
    ['a pair stays', '𠀀字', '𠀀字'],
    ['line ends', '第一行\r\n第二行\n第三行', '第一行\r\n第二行\n第三行'],
    ['Excel\'s own escape', '_x0041_ and _x000D_', '_x0041_ and _x000D_'],
  ])('%s', (_, text, read) => {
    expect(book([[text, null, null, null]]).sheets[0]!.cells.get('A2')!.value).toBe(read);
  });

  test('text over 32,767 characters is cut to Excel\'s limit', () => {
    const value = book([['长'.repeat(40_000), null, null, null]]).sheets[0]!.cells.get('A2')!.value as string;
    expect(value).toHaveLength(32_767);
    expect(value.endsWith('…')).toBe(true);
  });
});

describe('sheets', () => {
  test('one named sheet per list, in order, the first selected', () => {
    const wb = readXlsx(
      xlsxWorkbook([
        { name: '目标', columns: COLUMNS, rows: [['a', 1, null, null]] },
        { name: '成果', columns: COLUMNS, rows: [['b', 2, null, null], ['c', 3, null, null]] },
      ]),
    );
    expect(wb.sheets.map((s) => s.name)).toEqual(['目标', '成果']);
    expect(wb.sheets.map((s) => s.rows.length)).toEqual([2, 3]);
    expect(wb.xml['xl/worksheets/sheet1.xml']).toContain('tabSelected="1"');
    expect(wb.xml['xl/worksheets/sheet2.xml']).not.toContain('tabSelected');
    expect(wb.xml['[Content_Types].xml']).toContain('/xl/worksheets/sheet2.xml');
  });

  test.each([
    ['a name Excel refuses is mended', ['a/b:c?'], ['a b c']],
    ['long names are cut to 31 characters', ['标'.repeat(40)], ['标'.repeat(31)]],
    ['names are unique whatever the case', ['Items', 'items', 'ITEMS'], ['Items', 'items (2)', 'ITEMS (3)']],
    ['an empty name gets one', ['  '], ['Sheet1']],
    ['"History" is Excel\'s own', ['History'], ['History (2)']],
  ])('%s', (_, names, written) => {
    const wb = readXlsx(xlsxWorkbook(names.map((name) => ({ name, columns: COLUMNS, rows: [] }))));
    expect(wb.sheets.map((s) => s.name)).toEqual(written);
  });

  test('rows past a sheet\'s limit go on to a continuation sheet, with the header again', () => {
    const rows = Array.from({ length: 5 }, (_, i): XlsxValue[] => [`r${i}`, i, null, null]);
    const wb = readXlsx(xlsxWorkbook([{ name: '条目', columns: COLUMNS, rows }], { maxRows: 3 }));
    expect(wb.sheets.map((s) => s.name)).toEqual(['条目', '条目 (2)', '条目 (3)']);
    expect(wb.sheets.map((s) => s.rows.map((r) => r[0]))).toEqual([['指标', 'r0', 'r1'], ['指标', 'r2', 'r3'], ['指标', 'r4']]);
  });

  test('a workbook with nothing in it still opens', () => {
    expect(readXlsx(xlsxWorkbook([])).sheets.map((s) => s.name)).toEqual(['Sheet1']);
  });
});

test('rows are compressed and handed on as they come, not held until the end', () => {
  let bytes = 0;
  const writer = new XlsxWriter((chunk) => (bytes += chunk.length));
  writer.addSheet('条目', COLUMNS);
  for (let i = 0; i < 20_000; i++) writer.addRow([`城镇新增就业${i}万人以上，重点群体就业稳定`, i, null, null]);
  const beforeFinish = bytes;
  writer.finish();
  expect(beforeFinish).toBeGreaterThan(bytes / 2);
}, 30_000);

test('a workbook compressed piece by piece with Node\'s zlib reads back the same', () => {
  // Some 200 kB of sheet XML: several pieces, each compressed on its own.
  const rows = Array.from({ length: 1_500 }, (_, i): XlsxValue[] => [`城镇新增就业${i}万人以上`, i, null, null]);
  const own = readXlsx(xlsxWorkbook([{ name: '条目', columns: COLUMNS, rows }], { deflate: nodeDeflate }));
  expect(own.sheets[0]!.rows).toEqual(readXlsx(xlsxWorkbook([{ name: '条目', columns: COLUMNS, rows }])).sheets[0]!.rows);
  expect(own.sheets[0]!.rows[1_500]).toEqual(['城镇新增就业1499万人以上', 1499]);
}, 30_000);

test.each([
  [0, 'A'],
  [25, 'Z'],
  [26, 'AA'],
  [701, 'ZZ'],
  [702, 'AAA'],
])('column %i is %s', (index, letters) => {
  expect(columnLetters(index)).toBe(letters);
});
