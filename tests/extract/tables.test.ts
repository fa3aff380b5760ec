import { describe, expect, test } from 'vitest';
import { extractItems } from '../../lib/extract';
import { readTableFigures } from '../../lib/extract/tables';

const cells = (text: string) => readTableFigures(text).filter((f) => !f.scanned).map((f) => `${text.slice(f.start, f.end)}=${f.value}${f.unit}`);

describe('tables flattened into text', () => {
  test.each([
    ['cells separated by spaces, a unit column',
      '2023年全县主要农产品产量\n指标名称 单位 2023年 增长(%)\n一、粮食总产量 万吨 8.16 0.40\n其中:夏粮产量 万吨 1.97 -0.01',
      ['8.16=81600吨', '0.40=0.4%', '1.97=19700吨', '-0.01=-0.01%']],
    ['a row that lost its unit cell keeps its last cells',
      '单位 2023年 增长%\n牛存栏 50410 -1.37\n二、油料总产量 4543 1.32',
      ['50410=50410', '-1.37=-1.37%', '4543=4543', '1.32=1.32%']],
    ['one cell per line, blank lines between',
      '主要产品产量\n\n\n2023年\n\n较上年增长(%)\n\n粮食总产量\n\n162817吨\n\n0.5\n\n其中:谷物\n\n97658吨\n\n-9.7',
      ['0.5=0.5%', '-9.7=-9.7%']],
    ['cells between bars, columns transposed',
      '表1 户籍人口数及其构成\n指 标 | 年末数(万人) | 比重(%) |\n人口\n其中:城镇 乡村 |\n27.2\n26.8 0.4 |\n100.0\n98.5 1.5 |',
      ['27.2=272000人', '26.8=268000人', '0.4=4000人', '100.0=100%', '98.5=98.5%', '1.5=1.5%']],
    ['cells between bars, the unit in the caption',
      '图2:2024年居民消费价格比上年涨跌幅度(%) | |\n指 标 | 增 幅 |\n居民消费价格 | 0.1 |\n鲜 菜 | -0.7 |',
      ['0.1=0.1%', '-0.7=-0.7%']],
    ['a table-wide unit line',
      '单位：万元\n项目 2024年 增长(%)\n一般公共预算收入 52000 3.5',
      ['52000=520000000元', '3.5=3.5%']],
    ['one cell per line between bar lines, an amounts column in the table unit',
      '2022年全区生产总值及其增长速度\n|\n单位:亿元\n|\n指 标\n|\n绝对数\n|\n比上年增长%\n|\n生产总值\n|\n295.4\n|\n7.7\n|\n第一产业\n|\n24.4\n|\n-0.2',
      ['295.4=29540000000元', '7.7=7.7%', '24.4=2440000000元', '-0.2=-0.2%']],
    ['short lines with no header are no table', '1\n\n新增100张困难重残养护床位\n\n2\n\n3', []],
    ['chart residue is no header', '亿元\n%\n%\n年末全县下辖7个镇、3个乡,179个村(社区)。', []],
    ['prose ends a table', '单位 2023年 增长%\n牛存栏 50410 -1.37\n全年肉类总产量13136吨，增长15.57%。\n12 13', ['50410=50410', '-1.37=-1.37%']],
  ])('%s', (_, text, expected) => {
    expect(cells(text)).toEqual(expected);
  });

  test('a cell written with its unit measures its row label', () => {
    const text = '2023年子洲县国民经济和社会发展统计公报\n主要产品产量\n\n2023年\n\n较上年增长(%)\n\n粮食总产量\n\n162817吨\n\n0.5';
    expect(extractItems(text).map((item) => [item.value, item.unit, item.metric])).toEqual([
      [162817, '吨', '粮食总产量'],
      [0.5, '%', '粮食总产量较上年增长'],
    ]);
  });

  test('a cell measures its row label and its column', () => {
    const text = '2023年麟游县国民经济和社会发展统计公报\n单位 2023年 增长%\n牛存栏 50410 -1.37';
    expect(extractItems(text).map((item) => [item.kind, item.value, item.metric])).toEqual([
      ['result', 50410, '牛存栏'],
      ['result', -1.37, '牛存栏增长'],
    ]);
  });
});
