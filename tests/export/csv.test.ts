import { describe, expect, test } from 'vitest';
import { csvLines, parseCsv, plainNumber, toCsv, type CsvCell } from '../../lib/export/csv';

/** The text after the header line, i.e. what one row wrote. */
function rowText(cells: CsvCell[]): string {
  const csv = toCsv(['h'], [cells]);
  return csv.slice(csv.indexOf('\r\n') + 2, -2);
}

describe('file layout Excel needs', () => {
  test('starts with a UTF-8 BOM so Excel shows Chinese text', () => {
    expect(toCsv(['指标'], [['学位']]).startsWith('\uFEFF指标')).toBe(true);
  });

  test('ends every line, the last too, with CRLF', () => {
    expect(toCsv(['a', 'b'], [['1', '2'], ['3', '4']])).toBe('\uFEFFa,b\r\n1,2\r\n3,4\r\n');
  });

  test('a file with no rows is just the header', () => {
    expect(parseCsv(toCsv(['a', 'b'], []))).toEqual([['a', 'b']]);
  });

  test('csvLines yields the same file a line at a time', () => {
    const rows = [['x', 1], ['y', null]];
    expect([...csvLines(['a', 'b'], rows)]).toEqual(['\uFEFFa,b\r\n', 'x,1\r\n', 'y,\r\n']);
    expect([...csvLines(['a', 'b'], rows)].join('')).toBe(toCsv(['a', 'b'], rows));
  });
});

describe('quoting', () => {
  test.each([
    ['plain text is bare', '新增学位1.85万个', '新增学位1.85万个'],
    ['a comma is quoted', '学位,个', '"学位,个"'],
    ['a double quote is quoted and doubled', '“双减”和"五项管理"', '"“双减”和""五项管理"""'],
    ['a LF is quoted', '第一行\n第二行', '"第一行\n第二行"'],
    ['a CR is quoted', 'a\rb', '"a\rb"'],
    ['Chinese commas need no quotes', '学位，个', '学位，个'],
  ])('%s', (_, cell, written) => {
    expect(rowText([cell])).toBe(written);
  });

  test('a quote with a comma, a double quote and a newline reads back unchanged', () => {
    const quote = '新增学位1.85万个, 其中"普惠性"学位\r\n占比达到93.5%';
    const csv = toCsv(['原文', '备注'], [[quote, 'ok']]);
    expect(parseCsv(csv)).toEqual([['原文', '备注'], [quote, 'ok']]);
  });
});

describe('formula injection', () => {
  test.each([
    ['=SUM(A1)', "'=SUM(A1)"],
    ['+1', "'+1"],
    ['-cmd', "'-cmd"],
    ['@x', "'@x"],
    ['\tx', "'\tx"],
    ['\rx', "'\rx"],
    ['-1+1', "'-1+1"],
    // Full-width and small forms, as a Chinese input method types them.
    ['＝SUM(A1)', "'＝SUM(A1)"],
    ['＋1', "'＋1"],
    ['－1+1', "'－1+1"],
    ['＠x', "'＠x"],
    ['﹦1', "'﹦1"],
    ['−1', "'−1"],
    // A trigger behind spaces or characters that show as nothing.
    [' =1+1', "' =1+1"],
    ['\u3000=1', "'\u3000=1"],
    ['\u00A0+1', "'\u00A0+1"],
    ['\u200B=HYPERLINK("x")', "'\u200B=HYPERLINK(\"x\")"],
    ['\uFEFF@SUM(1)', "'\uFEFF@SUM(1)"],
    ['\u2060\u200D -2+3', "'\u2060\u200D -2+3"],
    [' ＝1', "' ＝1"],
  ])('text %j is shown, not run, as %j', (cell, shown) => {
    expect(parseCsv(toCsv(['h'], [[cell]]))[1]).toEqual([shown]);
  });

  test.each([['-3.5'], ['-12'], ['-.5'], ['>='], ['a=b'], ['增长-3%'], [' a=b'], ['≥'], ['约束性']])('text %j is left alone', (cell) => {
    expect(rowText([cell])).toBe(cell);
  });

  test('a JS negative number is written as a number', () => {
    expect(rowText([-3.5])).toBe('-3.5');
  });
});

describe('numbers', () => {
  test.each([
    [2380000000000, '2380000000000'],
    [18500, '18500'],
    [0.4, '0.4'],
    [93.5, '93.5'],
    [-0.25, '-0.25'],
    [0, '0'],
    [1e21, '1000000000000000000000'],
    [1.5e-7, '0.00000015'],
    [-2e-7, '-0.0000002'],
    [Number.NaN, ''],
    [Number.POSITIVE_INFINITY, ''],
    [Number.NEGATIVE_INFINITY, ''],
  ])('%d goes out as %j, unquoted and without exponent', (value, written) => {
    expect(rowText([value])).toBe(written);
    expect(plainNumber(value)).toBe(written);
  });
});

describe('empty cells', () => {
  test.each([
    ['null', null],
    ['undefined', undefined],
    ['empty text', ''],
  ])('%s is an empty field', (_, cell) => {
    expect(rowText(['a', cell, 'b'])).toBe('a,,b');
  });

  test('a row of empties keeps its width', () => {
    expect(parseCsv(toCsv(['a', 'b', 'c'], [[null, undefined, '']]))[1]).toEqual(['', '', '']);
  });
});

describe('parseCsv', () => {
  test.each([
    ['CRLF records', 'a,b\r\n1,2\r\n', [['a', 'b'], ['1', '2']]],
    ['LF records', 'a,b\n1,2\n', [['a', 'b'], ['1', '2']]],
    ['no final line break', 'a,b\n1,2', [['a', 'b'], ['1', '2']]],
    ['a BOM is dropped', '\uFEFFa\r\n', [['a']]],
    ['a quoted newline stays in its field', '"x\r\ny",z\r\n', [['x\r\ny', 'z']]],
    ['doubled quotes are one quote', '"say ""hi"""\n', [['say "hi"']]],
    ['an empty quoted field', '"",a\n', [['', 'a']]],
    ['trailing empty field', 'a,\n', [['a', '']]],
    ['an empty file', '', []],
  ])('%s', (_, text, rows) => {
    expect(parseCsv(text)).toEqual(rows);
  });
});
