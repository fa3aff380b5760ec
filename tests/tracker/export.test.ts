import { describe, expect, test } from 'vitest';
import { parseCsv } from '../../lib/export/csv';
import { LEDGER_CSV_HEADER, indicatorSubject, ledgerCsvRow, ledgerToCsv, ledgerToJson, type LedgerCsvSubject, type LedgerRow, type LedgerSide } from '../../lib/tracker';

const side = (fields: Partial<LedgerSide>): LedgerSide => ({
  value: 2, max: null, cmp: '~', unit: '%', direction: 'up', quote: '居民消费价格涨幅2%左右', file: 'a.txt', start: 10, end: 21, ...fields,
});

const ROWS: LedgerRow[] = [
  { place: '安徽省', level: 'province', indicator: 'cpi', year: 2025, target: side({}), result: side({ value: -0.1, cmp: '=', direction: 'down', quote: '居民消费价格微降0.1%', file: 'b.txt' }), status: 'met' },
  { place: '安徽省', level: 'province', indicator: 'disposable_income_growth', year: 2025, target: side({ value: null, cmp: null, unit: '', direction: null, quote: '=居民收入增长与经济增长同步' }), result: null, status: 'pending' },
];

describe('the ledger as CSV', () => {
  const [header, ...rows] = parseCsv(ledgerToCsv(ROWS));
  const cell = (row: string[], name: string) => row[header!.indexOf(name)];

  test('one line per row under the bilingual header', () => {
    expect(header).toEqual(LEDGER_CSV_HEADER);
    expect(rows).toHaveLength(2);
  });

  test.each<[string, number, string, string]>([
    ['a fall in CPI is a plain negative number, not defused', 0, '实际值 result value', '-0.1'],
    ['the indicator name follows the language', 0, '指标名称 indicator name', '居民消费价格涨幅'],
    ['a target in words has no value but keeps its words, defused where they look like a formula', 1, '目标原文 target quote', "'=居民收入增长与经济增长同步"],
    ['a side in words has an empty value', 1, '目标值 target value', ''],
    ['a missing result leaves its cells empty', 1, '实际原文 result quote', ''],
    ['the status is the machine value', 1, '状态 status', 'pending'],
  ])('%s', (_, index, column, expected) => {
    expect(cell(rows[index]!, column)).toBe(expected);
  });

  test('English names on request', () => {
    const [head, first] = parseCsv(ledgerToCsv(ROWS, 'en'));
    expect(first![head!.indexOf('指标名称 indicator name')]).toBe('Consumer price inflation');
  });

  test('the lines a spreadsheet gets, to the character (as before the subject was a parameter)', () => {
    expect(ledgerToCsv(ROWS).split('\r\n').slice(1)).toEqual([
      "安徽省,province,cpi,居民消费价格涨幅,2025,2,,~,%,up,居民消费价格涨幅2%左右,a.txt,10,21,-0.1,,'=,%,down,居民消费价格微降0.1%,b.txt,10,21,met",
      "安徽省,province,disposable_income_growth,居民人均可支配收入增长,2025,,,,,,'=居民收入增长与经济增长同步,a.txt,10,21,,,,,,,,,,pending",
      '',
    ]);
    expect(ledgerToCsv(ROWS, 'en').split('\r\n')[1]).toBe(
      "安徽省,province,cpi,Consumer price inflation,2025,2,,~,%,up,居民消费价格涨幅2%左右,a.txt,10,21,-0.1,,'=,%,down,居民消费价格微降0.1%,b.txt,10,21,met",
    );
  });

  test.each<[string, LedgerCsvSubject, [string | null, string]]>([
    ['a headline indicator: its id and its name', indicatorSubject('cpi'), ['cpi', '居民消费价格涨幅']],
    ['a headline indicator in English', indicatorSubject('gdp_growth', 'en'), ['gdp_growth', 'GDP growth']],
    ['a metric the reader collected: no id, its words', { indicator: null, name: '新增学位' }, [null, '新增学位']],
  ])('a row’s indicator columns say what it follows: %s', (_, subject, [id, name]) => {
    const { indicator: _indicator, ...row } = ROWS[0]!;
    const cells = ledgerCsvRow(row, subject);
    expect(cells.slice(0, 5)).toEqual(['安徽省', 'province', id, name, 2025]);
    expect(cells).toHaveLength(LEDGER_CSV_HEADER.length);
  });
});

describe('the ledger as JSON', () => {
  test('reports carry file and identity; rows carry both sides in a fixed field order', () => {
    const json = ledgerToJson([{ file: 'a.txt', place: '安徽省', level: 'province', year: 2025, genre: 'government_work_report' }], ROWS);
    expect(json.reports).toEqual([{ file: 'a.txt', place: '安徽省', level: 'province', year: 2025, genre: 'government_work_report' }]);
    expect(Object.keys(json.rows[0]!)).toEqual(['place', 'level', 'indicator', 'year', 'target', 'result', 'status']);
    expect(json.rows[1]!.result).toBeNull();
  });
});
