import { describe, expect, test } from 'vitest';
import { extractItems } from '../../lib/extract';
import { readParagraphs, reportYearOf } from '../../lib/extract/structure';

const kinds = (text: string) => extractItems(text, { commitments: false }).map((item) => item.kind);

describe('section headings', () => {
  test.each([
    [
      'a review sub-heading that names a task still reviews',
      '一、2025年工作回顾\n（一）圆满完成峰会服务保障任务\n城镇新增就业70万人。\n（二）推进改革部署落地\n新增学位1万个。',
      ['result', 'result'],
    ],
    [
      'a plan sub-heading stays a plan',
      '三、2026年重点工作\n（一）多措并举扩大内需\n城镇新增就业65万人以上。',
      ['target'],
    ],
    [
      'a heading naming both past and plan leaves it to the sentences',
      '一、2025年工作回顾\n增长5.2%。\n二、“十四五”时期发展成就和“十五五”时期主要目标任务\n这五年，地区生产总值年均增长5.2%。\n到2030年，城镇化率达到75%。',
      ['result', 'result', 'target'],
    ],
    [
      'a short sub-heading is not a new part',
      '一、2025年工作回顾\n（二）聚力落实国家重大战略任务\n集装箱吞吐量达到5506.3万标准箱。',
      ['result'],
    ],
    [
      'a heading that reports progress is a review',
      '一、一年接着一年干，新福建建设持续取得新进展新成效\n（一）着力推进向新向优发展，产业转型升级步伐加快\n规上工业增加值增长6.5%。\n二、一张蓝图绘到底\n地区生产总值增长5%左右。',
      ['result', 'target'],
    ],
    [
      'a plan period is no review',
      '“十四五”时期工作回顾\n地区生产总值增长33.6%。\n“十五五”时期，要努力实现以下目标任务：\n一是全省地区生产总值年均增长5%以上。',
      ['result', 'target'],
    ],
    [
      'the report year tells 2025年主要工作 from 2026年主要工作',
      '2026年某省政府工作报告\n一、2025年主要工作\n城镇新增就业70万人。\n三、2026年主要工作\n城镇新增就业65万人。',
      ['result', 'target'],
    ],
    [
      'a sentence a PDF copy wrapped is no heading: the review goes on',
      '2025 年某区政府工作报告\n一、2024年工作回顾\n2024 年,是实现“十四五”规划目标任务的关键之年,是\n实施三年行动的攻坚之年。预计全年,地区生产总值增长 6%;规上工业增加值增长 6%,\n总产值增长 4.5%。',
      ['result', 'result', 'result'],
    ],
    [
      'as of now, counted so far: done, under a heading of goals',
      '“三改一拆”3年目标:拆除违法建筑1亿平方米\n截至目前:已累计拆除违法建筑1.27亿平方米',
      ['target', 'result'],
    ],
  ])('%s', (_, text, expected) => {
    expect(kinds(text)).toEqual(expected);
  });

  test.each([
    ['2026年浙江省政府工作报告\n2026年1月14日在…会议上', 2026],
    ['——2018年3月5日在第十三届全国人民代表大会第一次会议上', 2018],
    ['各位代表：', null],
  ])('the report year of %j is %s', (text, year) => {
    expect(reportYearOf(text)).toBe(year);
  });

  test('a glossary at the end is marked as such', () => {
    const paragraphs = readParagraphs('三、2026年重点工作\n新增学位1万个。\n名词解释\n1.“2152”工程：培育2家企业。');
    expect(paragraphs.map((p) => p.glossary)).toEqual([false, false, true, true]);
  });
});
