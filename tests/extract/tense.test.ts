import { describe, expect, test } from 'vitest';
import { extractItems } from '../../lib/extract';

const kinds = (text: string) => extractItems(text, { commitments: false }).map((item) => `${item.kind}:${item.value}`);

describe('target or result', () => {
  test.each([
    ['a plan section', '二、2026年重点工作\n城镇新增就业65万人以上。', ['target:650000']],
    ['a review section', '一、2025年工作回顾\n城镇新增就业70万人。', ['result:700000']],
    ['a review heading with no number', '“十四五”时期工作回顾\n全省地区生产总值达到13697.5亿元。', ['result:1369750000000']],
    ['过去一年 opens the paragraph', '过去一年，城镇新增就业1244万人，粮食产量1.39万亿斤。', ['result:12440000', 'result:1390000000000']],
    ['今年 in a review section', '一、2025年工作回顾\n今年发展主要预期目标是：国内生产总值增长5%左右。', ['target:5']],
    ['比上年 with no section', '农村居民人均纯收入达到1220元，比上年增长百分之五。', ['result:1220', 'result:5']],
    ['bullets follow the paragraph that opened them', '十年来，我们取得历史性成就。\n——国内生产总值达到114万亿元。', ['result:114000000000000']],
    ['a later numbered part after a review plans', '一、2023年工作回顾\n增长5.2%。\n二、促进经济发展\n增长5%左右。', ['result:5.2', 'target:5']],
    ['力争 makes a plan', '力争空气质量优良率达到95%。', ['target:95']],
    ['a comparison after 力争 is the plan’s own wording', '力争固定资产投资增长16%以上、社会消费品零售总额同比增长15%以上。', ['target:16', 'target:15']],
    ['同比 with no effort cue before it reports', '社会消费品零售总额1200亿元，同比增长15%。', ['result:120000000000', 'result:15']],
  ])('%s', (_, text, expected) => {
    expect(kinds(text)).toEqual(expected);
  });
});

describe('strength and deadline', () => {
  test.each([
    ['力争空气质量优良率达到95%。', 'aspirational'],
    ['确保粮食产量1.3万亿斤以上。', 'binding'],
    ['新增学位1.85万个。', null],
  ])('%s → %s', (text, strength) => {
    expect(extractItems(text)[0].strength).toBe(strength);
  });

  test.each([
    ['今年发展主要预期目标是：国内生产总值增长6.5%左右。', '今年'],
    ['到2027年，城镇化率达到76%。', '到2027年'],
    ['到2027年具体目标：\n——全省地区生产总值达到12万亿元。', '到2027年'],
    ['新增学位1.85万个。', null],
  ])('%s → %s', (text, deadline) => {
    expect(extractItems(text)[0].deadline).toBe(deadline);
  });
});

describe('a progress notice: restated targets, then what the half-year did', () => {
  const NOTICE =
    '市政府对《政府工作报告》确定的2021年重点工作上半年完成情况进行了督办。\n一、主要指标任务完成情况\n(二)报告中确定的其他指标任务完成情况\n' +
    '1.新开工亿元以上产业项目100个。上半年，新开工亿元及以上产业项目80个。引进亿元及以上项目107个。';
  test.each([
    ['a heading of 完成情况 leaves tense to the sentences; 上半年 reports', NOTICE, ['target:100', 'result:80', 'result:107']],
    ['a row of a table is no heading', '序号 | 项目名称 | 具体完成情况 |\n1 | 实施20所公办中小学清凉工程 | 当年完成 |\n今年为教室安装空调300台。', ['target:20', 'target:300']],
  ])('%s', (_, text, expected) => {
    expect(kinds(text)).toEqual(expected);
  });
});
