import { describe, expect, test } from 'vitest';
import { extractItems } from '../../lib/extract';

const COMMUNIQUE = '2024年某市国民经济和社会发展统计公报\n';
const figures = (text: string) => extractItems(COMMUNIQUE + text, { commitments: false }).map((item) => `${item.kind}:${item.value}${item.unit}`);

describe('the wording of statistics', () => {
  test.each([
    ['a change of a growth rate', '增速比前三季度提高0.9个百分点。', ['result:0.9个百分点']],
    ['what a sector pulls', '第三产业拉动经济增长3.1个百分点。', ['result:3.1个百分点']],
    ['a fall that narrows', '降幅比上年收窄2.1个百分点。', ['result:2.1个百分点']],
    ['the share of units growing', '规模以上工业企业增长面为45.9%。', ['result:45.9%']],
    ['a rate in per mille and its change', '人口出生率为7.1‰，比上年下降0.3个千分点。', ['result:7.1‰', 'result:0.3个千分点']],
    ['ton- and person-kilometres', '货物运输周转量1200亿吨公里，旅客运输周转量350万人公里。', ['result:120000000000吨公里', 'result:3500000人公里']],
    ['figures after 其中', '年末常住人口1000万人，其中城镇人口700万人。', ['result:10000000人', 'result:7000000人']],
    ['batches and class hours', '全年完成食品抽检2100批次，配送文艺指导1800课时。', ['result:2100批次', 'result:1800课时']],
    ['days of good air and their change', '全年城区空气质量优良以上天数达272天，比上年增加29天。', ['result:272天', 'result:29天']],
    ['transformer capacity in 千伏安', '变压器累计实现2828.08万千伏安。', ['result:28280800千伏安']],
    ['a scope footnote is no figure', '注：规模以上工业统计范围为年主营业务收入2000万元及以上的工业法人单位。', []],
    ['a threshold in a name is no figure', '营业收入超千亿元的企业达到3家。', ['result:3家']],
    ['numbered section headings are headings', '01综合\n02农业\n七、对外经济\n全年进出口总额120亿元。', ['result:12000000000元']],
  ])('%s', (_, text, expected) => {
    expect(figures(text)).toEqual(expected);
  });

  test('counts sharing a measure word give one clean item each', () => {
    const items = extractItems(COMMUNIQUE + '全年运动员获得12枚金牌、8枚银牌和5枚铜牌。');
    expect(items.map((item) => [item.text, item.metric])).toEqual([
      ['全年运动员获得12枚金牌', '金牌'],
      ['8枚银牌', '银牌'],
      ['5枚铜牌', '铜牌'],
    ]);
  });
});
