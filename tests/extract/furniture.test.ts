import { describe, expect, test } from 'vitest';
import { extractItems } from '../../lib/extract';

const figures = (text: string) => extractItems(text, { commitments: false }).map((item) => `${item.kind}:${item.value}${item.unit}`);

describe('the furniture of a document is not an item', () => {
  test.each([
    ['a table caption', '2024年某区国民经济和社会发展统计公报\n表1 户籍人口数及其构成\n全区户籍总人口27.2万人。', ['result:272000人']],
    ['a chart caption', '2024年某县国民经济和社会发展统计公报\n图2:2024年居民消费价格比上年涨跌幅度\n全年居民消费价格比上年上涨0.1%。', ['result:0.1%']],
    ['a clock time in a dateline', '某市行动计划\n温州网 2018-05-01 08:36:05\n城镇新增就业9.5万人。', ['target:95000人']],
    ['the count a heading gives in brackets', '2025年县政府工作报告任务清单\n一、县示范区管委会牵头工作(8项)\n1.建设3个劳动密集型产业园。', ['target:3个']],
    ['counts that describe the document',
      '《2025年任务分解》明确133项具体任务，涉及34个牵头单位。对区政府提交的19项为民办实事候选项目进行投票，票决出17项为民办实事项目。',
      []],
    ['a list named by its year', '附件：1.2025年县政府工作报告任务清单\n2.2025年十五件民盼实事任务分解\n某区确定2024年10项重点民生实事。', []],
    ['a count of tasks a plan sets is still an item', '到2027年，新建改建农村公路254公里，建成养老服务中心35个。', ['target:254公里', 'target:35个']],
    ['a floor naming a class of projects', '今年实施投资2000万元以上的技改项目3000个。', ['target:3000个']],
    ['a vote on a list of projects', '票决出17项长宁区人民政府2024年为民办实事项目。', []],
    ['the count of a year\'s list of 民生实事', '2025年重庆将接续办好15件重点民生实事。县政府将重点抓好15件大事和民生实事。', []],
    ['a count a vote put on the list', '对10个民生实事候选项目进行票决，8个项目被确定为2025年民生实事项目。', []],
    ['an index\'s base', '2021年某县国民经济和社会发展统计公报\n总人口性别比(以女性为100)为104.5。', ['result:104.5']],
    ['涉及 counts people, not the document', '过去一年，涉及10.5万人的保交房任务全部完成。', ['result:105000人']],
  ])('%s', (_, text, expected) => {
    expect(figures(text)).toEqual(expected);
  });
});
