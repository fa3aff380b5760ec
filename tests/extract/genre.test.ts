import { describe, expect, test } from 'vitest';
import { extractItems, reportIdentityOf } from '../../lib/extract';
import { isPlanBase, tenseOfGenre } from '../../lib/extract/genre';

const kinds = (text: string) => extractItems(text, { commitments: false }).map((item) => `${item.kind}:${item.value}`);

describe('the genre decides the tense of every figure', () => {
  test.each([
    ['a communiqué reports, whatever the verb',
      '2024年某县国民经济和社会发展统计公报\n一、综合\n初步核算，全年实现地区生产总值152.8亿元，比上年增长3.4%。年末户籍人口49.81万人，出生率4.58‰。',
      ['result:15280000000', 'result:3.4', 'result:498100', 'result:4.58']],
    ['an analysis reports, with no 过去 and no 比上年',
      '2025年前三季度全区规上工业运行情况分析\n全区规模以上工业增加值同比下降0.3%，实现营业收入达到45亿元。',
      ['result:0.3', 'result:4500000000']],
    ['an analysis of the months so far: 今年1-8月 is no plan',
      '今年1-8月，全县经济总体保持平稳增长的态势。\n(一)工业生产平稳增长。1-8月，规模以上工业总产值实现15.26亿元，同比增长6%；增加值同比增长2.5%。\n(二)截至8月底，各项存款余额达288.06亿元，同比增长4.8%。',
      ['result:1526000000', 'result:6', 'result:2.5', 'result:28806000000', 'result:4.8']],
    ['a quarter\'s analysis with neither 同比 nor 比上年',
      '一季度，全县地区生产总值实现45.2亿元，增长5.6%。1-3月，规模以上工业增加值增长6.1%，社会消费品零售总额12.3亿元，增长4.2%。',
      ['result:4520000000', 'result:5.6', 'result:6.1', 'result:1230000000', 'result:4.2']],
    ['an analysis closing with a word of advice',
      '全县规模以上工业增加值同比增长6%，全年实现营业收入45亿元，同比增长3%。年末存款余额120亿元，同比增长8%，全年新增贷款12亿元。下一步，力争加大项目招引力度。',
      ['result:6', 'result:4500000000', 'result:3', 'result:12000000000', 'result:8', 'result:1200000000']],
    ['a half-year summary with a plan part is no analysis',
      '某县2023年上半年工作总结和下半年工作安排\n一、上半年工作完成情况\n上半年，全县地区生产总值同比增长6%，固定资产投资同比增长8%，规上工业增加值同比增长7%，一般公共预算收入同比增长5%，社会消费品零售总额同比增长4%。\n二、下半年工作安排\n力争全年增长6%。',
      ['result:6', 'result:8', 'result:7', 'result:5', 'result:4', 'target:6']],
    ['an action plan plans, though it says 完成 and 已',
      '某市2018年民生基础设施补短板实施方案\n一、主要目标\n完成投资25亿元，新增城市道路180公里，已建成的管廊续建1.8公里。',
      ['target:2500000000', 'target:180', 'target:1.8']],
    ['a plan keeps its base as a result',
      '某县推进共同富裕三年行动方案（2024—2026年）\n居民人均可支配收入2023年为5.2万元，到2026年达到6万元；森林覆盖率现状值61.5%，提高到62%。',
      ['result:52000', 'target:60000', 'result:61.5', 'target:62']],
    ['a plan keeps a review it quotes',
      '某市国民经济和社会发展第十五个五年规划纲要\n第一章 发展基础\n“十四五”以来，全市地区生产总值年均增长6.1%。\n第二章 主要目标\n地区生产总值年均增长5.5%左右。',
      ['result:6.1', 'target:5.5']],
    ['a list of 民生实事 plans',
      '2026年某区十大民生实事项目\n1\n新增100张困难重残养护床位\n完成300户居家环境适老化改造',
      ['target:100', 'target:300']],
  ])('%s', (_, text, expected) => {
    expect(kinds(text)).toEqual(expected);
  });

  test('a communiqué promises no deliverable', () => {
    const text = '2024年某县国民经济和社会发展统计公报\n全年新建5G基站300个。建成全国首个智能融合低空系统。';
    expect(extractItems(text).map((item) => item.kind)).toEqual(['result']);
  });
});

describe('which genre a text is', () => {
  test.each([
    ['a news report of an action plan, named in a book title',
      '温州年内完成签约改造97个村\n\n温州网 2018-05-01\n\n  温州网讯 昨天，记者从市发改委了解到，《2018年温州市公共服务体系建设行动计划》（下称《行动计划》）近日已完成编制印发，对各领域提出明确目标。2018年，全年计划安排投资927.1亿元。',
      'plan'],
    ['a communiqué with no title, dense with 全年 and 比上年',
      '2024年，全县经济稳中向好。\n一、综合\n初步核算，全年全县生产总值316.80亿元，比上年增长6.2%。年末全县常住人口77.60万人。全年出生人口0.57万人。',
      'statistical_communique'],
    ['a bureau\'s note on the economy', '2025年一季度全市经济运行简况\n一季度，全市地区生产总值同比增长5.1%。', 'statistical_communique'],
    ['a census communiqué', '某市第五次全国经济普查公报（第一号）\n全市共有从事第二产业和第三产业的法人单位5.2万个。', 'statistical_communique'],
    ['an implementing opinion', '关于加快推进养老服务高质量发展的实施意见\n到2027年，建成社区养老服务中心50个。', 'plan'],
    ['a year\'s work points', '2025年全县教育工作要点\n新增学位1200个。', 'plan'],
    ['one 全年 in a short plan is no communiqué',
      '完成签约改造97个村\n\n全年低收入农户家庭医生签约服务达8万人以上，争取创成24个省级示范社区。',
      'other'],
  ])('%s', (_, text, genre) => {
    expect(reportIdentityOf(text).genre).toBe(genre);
  });

  test.each([
    ['statistical_communique', 'result'],
    ['plan', 'target'],
    ['livelihood_projects', 'target'],
    ['government_work_report', null],
    ['party_congress_report', null],
    ['other', null],
  ] as const)('%s → %s', (genre, tense) => {
    expect(tenseOfGenre(genre)).toBe(tense);
  });
});

describe("a plan's base", () => {
  test.each([
    ['森林覆盖率现状值', null, true],
    ['基期', 2024, true],
    ['居民人均可支配收入2023年为', 2024, true],
    ['2020年底', 2021, true],
    ['到2026年达到', 2024, false],
    ['2026年达到', 2024, false],
    ['居民人均可支配收入达到', 2024, false],
  ] as const)('%s (plan of %s) → %s', (before, year, base) => {
    expect(isPlanBase(before, year)).toBe(base);
  });
});

describe('years and durations in plans', () => {
  const PLAN = '某县教育高质量发展三年行动方案（2024—2026年）\n';
  test.each([
    ['an average number of years raised', '劳动年龄人口平均受教育年限提高到11.5年。', ['target:11.5年']],
    ['a daily duration in a Chinese numeral', '中小学生每天校内体育活动时间不少于一小时。', ['target:1小时']],
    ['a weekly duration in class hours', '每周劳动教育不少于两课时。', ['target:2课时']],
    ['a zone reached in a time is a name', '建成一小时经济圈和十分钟健身圈。', []],
    ['a lone numeral is still a word', '一批项目开工，三年行动启动。', []],
  ])('%s', (_, text, expected) => {
    expect(extractItems(PLAN + text, { commitments: false }).map((item) => `${item.kind}:${item.value}${item.unit}`)).toEqual(expected);
  });
});
