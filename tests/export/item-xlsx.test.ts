import { describe, expect, test } from 'vitest';
import type { ItemRowInput } from '../../lib/export/item-row';
import { itemsToXlsx } from '../../lib/export/item-xlsx';
import { readXlsx } from './read-xlsx';

const URL = 'https://www.gov.cn/zhengce/2025/report.html';

function row(item: Partial<ItemRowInput['item']> = {}, note = ''): ItemRowInput {
  return {
    reportTitle: '2025年政府工作报告',
    reportUrl: URL,
    site: 'www.gov.cn',
    item: {
      section: '二、2025年工作任务', kind: 'target', metric: '城镇新增就业', value: 12_000_000, max: null, unit: '人', cmp: '>=',
      strength: null, deadline: null, quote: '城镇新增就业1200万人以上', prefix: '主要预期目标是：', suffix: '，城镇调查失业率5.5%左右。',
      ...item,
    },
    tags: ['就业'],
    note,
    createdAt: Date.UTC(2025, 2, 5, 8, 30),
  };
}

describe('the Excel export of items', () => {
  const bytes = itemsToXlsx(
    [
      { name: '目标', rows: [row(), row({ value: -2.5, unit: '%', metric: '单位能耗', cmp: '=' }, '=HYPERLINK("http://evil")')] },
      { name: '成果', rows: [row({ kind: 'result', cmp: 'range', value: 6, max: 6.5 })] },
    ],
    'zh',
    { timeZoneOffset: () => -480 },
  );
  const { sheets, formats } = readXlsx(bytes);
  const [targets, results] = sheets;
  const col = (name: string) => String.fromCharCode(65 + targets!.rows[0]!.indexOf(name));

  test('one sheet per named list', () => {
    expect(sheets.map((s) => [s.name, s.rows.length])).toEqual([['目标', 3], ['成果', 2]]);
  });

  test('Chinese headers and values, the header frozen', () => {
    expect(targets!.rows[0]).toContain('比较');
    expect(targets!.cells.get(`${col('类型')}2`)!.value).toBe('目标');
    expect(targets!.cells.get(`${col('比较')}2`)!.value).toBe('≥');
    expect(results!.cells.get(`${col('比较')}2`)!.value).toBe('区间');
    expect(targets!.frozen).toMatchObject({ ySplit: '1', state: 'frozen' });
  });

  test('value and max are numbers', () => {
    expect(targets!.cells.get(`${col('数值')}2`)).toMatchObject({ type: null, value: 12_000_000 });
    expect(targets!.cells.get(`${col('数值')}3`)).toMatchObject({ type: null, value: -2.5 });
    expect(results!.cells.get(`${col('上限')}2`)).toMatchObject({ type: null, value: 6.5 });
  });

  test('an exact figure has an empty comparator cell', () => {
    expect(targets!.cells.has(`${col('比较')}3`)).toBe(false);
  });

  test('the link opens the passage', () => {
    expect(targets!.links.get(`${col('原文链接')}2`)).toMatch(/^https:\/\/www\.gov\.cn\/zhengce\/2025\/report\.html#:~:text=/);
    expect(targets!.cells.get(`${col('原文链接')}2`)!.value).toBe('打开原文');
  });

  test('the note that looks like a formula is shown as text, no quote added', () => {
    expect(targets!.cells.get(`${col('备注')}3`)).toMatchObject({ type: 'inlineStr', value: '=HYPERLINK("http://evil")', hasFormula: false });
  });

  test('created at is a local date', () => {
    const cell = targets!.cells.get(`${col('创建时间')}2`)!;
    expect(formats[cell.style]).toBe('yyyy-mm-dd hh:mm');
    expect(cell.value).toBeCloseTo(45721 + (16 * 60 + 30) / 1440, 9); // 2025-03-05 16:30 in Shanghai
  });

  test('the context column holds the sentence', () => {
    expect(targets!.cells.get(`${col('上下文')}2`)!.value).toBe('主要预期目标是：城镇新增就业1200万人以上，城镇调查失业率5.5%左右。');
  });
});

test('English headers and values', () => {
  const { sheets } = readXlsx(itemsToXlsx([{ name: 'Targets', rows: [row({ strength: 'aspirational' })] }], 'en'));
  const [header, first] = sheets[0]!.rows;
  const get = (name: string) => first![header!.indexOf(name)];
  expect(header).toEqual(expect.arrayContaining(['Report title', 'Kind', 'Value', 'Comparator', 'Strength', 'Context', 'Link', 'Created']));
  expect([get('Kind'), get('Comparator'), get('Strength'), get('Value')]).toEqual(['Target', '≥', 'Aspirational', 12_000_000]);
});
