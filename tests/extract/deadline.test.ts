import { describe, expect, test } from 'vitest';
import { extractReport } from '../../lib/extract';
import { DeadlineReader } from '../../lib/extract/cues';
import { deadlineYear } from '../../lib/extract/deadline';
import type { ExtractedItem } from '../../lib/extract/types';

/** The figure item whose clause holds `figure`, read from `text` under a report's `title`. */
function itemOf(text: string, figure: string, title?: string): ExtractedItem {
  const item = extractReport(text, { title }).items.find((i) => i.kind !== 'commitment' && i.text.includes(figure));
  if (!item) throw new Error(`no item holds ${figure}`);
  return item;
}

describe('the deadline a target stands under, as reports write it', () => {
  test.each([
    // A plan's stated horizon: the year it names itself for, in its title or opening.
    [
      'an action plan’s year, in its title and its opening clause (三明)',
      '2018年民生基础设施补短板实施方案\n为加快补齐我市民生基础设施短板，制定如下实施方案。\n一、主要目标\n2018年,城乡民生基础设施建设9大工程全面有序推进,完成投资力争超过145亿元;开展农村人居环境整治,完成投资25亿元。进一步改善我市城乡景观面貌。新增城市道路180公里、绿道130公里。',
      '180公里', '2018年',
    ],
    [
      'a 民生实事 list’s year, in its title, for lines with no sentence (长宁)',
      '2024年长宁区政府为民办实事项目公布\n1月17日，参加长宁区第十七届人民代表大会的237名人大代表票决出17项为民办实事项目。\n1\n新增100张困难重残养护床位\n改建100张认知障碍照护床位、611张护理型床位',
      '611张', '2024年',
    ],
    [
      'a headline’s 今年 when the opening states the year (沙河口)',
      '沙河口区确定今年10项重点民生实事\n新建10处口袋公园建成10处社区食堂\n近日,沙河口区确定2024年10项重点民生实事,涵盖教育、就业保障、养老等多个方面。\n1.城区管线改造项目\n实施排水防涝治理及管线改造工程,系统治理全区12处易涝点位。',
      '新建10处', '2024年',
    ],
    [
      'the same list, under its numbered items',
      '沙河口区确定今年10项重点民生实事\n新建10处口袋公园建成10处社区食堂\n近日,沙河口区确定2024年10项重点民生实事,涵盖教育、就业保障、养老等多个方面。\n1.城区管线改造项目\n实施排水防涝治理及管线改造工程,系统治理全区12处易涝点位。',
      '12处', '2024年',
    ],
    [
      'a 今年 lead-in, when the opening states the year (重庆)',
      '2025年重庆将接续办好15件重点民生实事\n2025-01-19 10:47:47 来源: 第1眼TV-华龙网\n中国式现代化，民生为大。今年，重庆将突出“民呼我为”，接续办好15件重点民生实事。具体包括:\n新开工改造城镇老旧小区3011万平方米。\n建设100个口袋公园、10座体育公园。',
      '100个', '2025年',
    ],
    [
      'a task list’s title line, past the notice’s numbered parts (沁县)',
      '经县政府同意，现将任务分解印发给你们。\n一、责任到人，闭环管理。各责任单位需严格对照任务清单。\n附件1\n2025年县政府工作报告任务清单\n一、县示范区管委会牵头工作(8项)\n1.投资3000万元建设南美白对虾工厂化循环水养殖基地。',
      '3000万元', '2025年',
    ],
    [
      'a headline’s year before its subject and 将 (广州)',
      '广州市发布该市“十四五”规划纲要 2025年地区生产总值将达到3.5万亿元',
      '3.5万亿元', '2025年',
    ],
    // A heading's deadline governs its section; a nearer one wins.
    [
      'the later of two plans a heading names, not a period compared with (2021年 report)',
      '二、“十三五”时期发展成就和“十四五”时期主要目标任务\n“十四五”时期是开启全面建设社会主义现代化国家新征程的第一个五年。\n——坚持创新驱动发展。全社会研发经费投入年均增长7%以上、力争投入强度高于“十三五”时期实际。\n——全面推进乡村振兴。常住人口城镇化率提高到65%。',
      '65%', '“十四五”时期',
    ],
    [
      'a sub-section, what its numbered part dated',
      '三、2026年重点工作\n今年是“十五五”开局之年，做好今年工作意义重大。\n（一）加快建设现代化产业体系\n力争技术合同成交额3000亿元。',
      '3000亿元', '今年',
    ],
    [
      'a nearer deadline of its own sentence',
      '三、2026年重点工作\n今年是“十五五”开局之年。\n（一）加快建设现代化产业体系\n到2027年，全省研发经费投入强度达到3%。',
      '3%', '到2027年',
    ],
    [
      'an action plan’s span in its title, for its tasks',
      '国企改革三年行动方案（2020—2022年）\n一、重点任务\n（一）完善中国特色现代企业制度\n推动3.8万户国有企业实现董事会应建尽建。',
      '3.8万户', '2022年',
    ],
    [
      'an action plan’s goals part, for the tasks of its later parts',
      '关于推进充电基础设施建设的行动方案\n一、总体要求\n到2027年，全市建成充电桩10万个。\n二、重点任务\n（一）完善城市充电网络\n新建公共充电桩1万个。',
      '1万个', '到2027年',
    ],
    [
      'a lead-in line’s deadline, for the list under it',
      '到2027年具体目标：\n——全省地区生产总值达到12万亿元。',
      '12万亿元', '到2027年',
    ],
    [
      '今年 after the year it means, in one sentence (1954年 report)',
      '一九五四年预计现代工业的总产值将等于一九四九年的四点二倍，如果再加上农业和手工业，那么今年的工农业总产值将等于一九四九年的二点二倍。',
      '二点二倍', '一九五四年',
    ],
  ])('%s', (_, text, figure, deadline) => {
    expect(itemOf(text, figure).deadline).toBe(deadline);
  });

  test.each([
    ['a new numbered part dates afresh', '二、“十五五”时期主要目标\n到2030年，常住人口城镇化率达到70%。\n三、加快建设现代化产业体系\n新增高新技术企业1000家。', '1000家', '2026年政府工作报告'],
    ['a year already past is done (2021年 report)', '一、保持宏观政策连续性\n实现到2020年的目标后，新增减税降费5000亿元。', '5000亿元', '2021年政府工作报告'],
    ['a year compared with is no deadline', '一、主要任务\n全社会研发投入高于2020年水平，达到3000亿元。', '3000亿元', '2021年政府工作报告'],
  ])('%s', (_, text, figure, title) => {
    expect(itemOf(text, figure, title).deadline).toBeNull();
  });
});

/** The deadline of the commitment whose clause holds `words`. */
function commitmentDeadline(text: string, words: string, title?: string): string | null {
  const item = extractReport(text, { title }).items.find((i) => i.kind === 'commitment' && i.text.includes(words));
  if (!item) throw new Error(`no commitment holds ${words}`);
  return item.deadline;
}

describe('a commitment takes its deadline by the same scopes as a target', () => {
  test.each([
    ['an action plan’s year, in its title', '2025年城乡建设行动方案\n一、重点任务\n建成市第一人民医院新院区。', '新院区', '2025年'],
    ['a sub-section of the plan, its part dating nothing', '2025年城乡建设行动方案\n一、重点任务\n（一）完善基础设施\n开工建设东湖水库。', '东湖水库', '2025年'],
    ['its paragraph’s deadline, stated in an earlier sentence', '二、下一步工作\n到2027年，全市交通更加便捷。建成市第一人民医院新院区。', '新院区', '到2027年'],
    ['its section’s lead-in', '二、下一步工作\n到2027年，重点抓好以下工作：\n开工建设东湖水库。', '东湖水库', '到2027年'],
    ['its own sentence’s, nearer than the section’s', '二、下一步工作\n到2027年，重点抓好以下工作：\n年底前建成市第一人民医院新院区。', '新院区', '年底前'],
    ['今年 after the year it means, in one sentence', '二、2026年工作安排\n2026年，经济增长6%左右，今年建成市第一人民医院新院区。', '新院区', '2026年'],
    ['nothing a review part dated', '一、过去一年工作回顾\n我们提出到2027年基本建成交通强市，全年完成投资100亿元。\n二、下一步工作\n开工建设东湖水库。', '东湖水库', null],
  ])('%s', (_, text, words, expected) => {
    expect(commitmentDeadline(text, words)).toBe(expected);
  });

  test('a commitment and a target of one sentence get one deadline', () => {
    const text = '二、2026年工作安排\n2026年，经济增长6%左右，今年建成市第一人民医院新院区。';
    expect(commitmentDeadline(text, '新院区')).toBe(itemOf(text, '6%').deadline);
  });
});

describe('DeadlineReader: what is written as a deadline', () => {
  test.each([
    ['到2027年，城镇化率达到76%', '到2027年'],
    ['不晚于2025年底前完成', '于2025年底前'],
    ['2025年底前全面完成', '2025年底前'],
    ['到“十五五”末，基本建成', '到“十五五”末'],
    ['“十四五”时期主要目标', '“十四五”时期'],
    ['确定2024年10项重点民生实事', '2024年'],
    ['《2018年温州市公共服务体系建设行动计划》', '2018年'],
    ['国企改革三年行动方案（2020—2022年）', '2022年'],
    ['2018年,温州计划安排基本公共服务领域投资', '2018年'],
    ['我们来看看2018年,我们身边将会发生哪些变化?', '2018年'],
    ['1、优化教育资源布局。2023年启动育才高中、天有高中迁建', '2023年'],
    ['截至2017年，全市累计建成', null],
    ['2025年是“十四五”收官之年', null],
    ['研发投入高于2020年水平', null],
    ['力争投入强度高于“十三五”时期实际', null],
    ['比2020年增长', null],
    ['2023年以来将持续推进', null],
    ['2024年4月15日印发', null],
  ])('%s → %s', (text, deadline) => {
    expect(new DeadlineReader(text).between(0, text.length)).toBe(deadline);
  });

  test.each([
    ['到2020年，全面建成小康社会', 2021, null],
    ['“十三五”时期主要目标', 2021, null],
    ['“十四五”时期主要目标', 2021, '“十四五”时期'],
    ['到2025年，基本实现', 2025, '到2025年'],
    ['今年发展主要预期目标', 2026, '今年'],
  ])('%s in a report of %i → %s', (text, year, deadline) => {
    expect(new DeadlineReader(text, year).between(0, text.length)).toBe(deadline);
  });

  test.each([
    ['到2027年', 2027],
    ['2025年底前', 2025],
    ['一九五四年', 1954],
    ['二〇三五年', 2035],
    ['“十四五”时期', 2025],
    ['到“十五五”末', 2030],
    ['今年', null],
    ['年底前', null],
  ])('%s falls in %s', (deadline, year) => {
    expect(deadlineYear(deadline)).toBe(year);
  });
});
