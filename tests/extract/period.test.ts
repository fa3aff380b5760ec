import { describe, expect, test } from 'vitest';
import { extractReport } from '../../lib/extract';
import type { Period } from '../../lib/extract/types';

function periodOf(text: string, figure: string, title?: string): Period | null {
  const item = extractReport(text, { title }).items.find((i) => i.kind !== 'commitment' && i.text.includes(figure));
  if (!item) throw new Error(`no item holds ${figure}`);
  return item.period;
}

describe('the period a deadline sets', () => {
  test.each([
    [
      'a one-year plan’s own year, in its clause: that year, as written',
      '2018年民生基础设施补短板实施方案\n一、主要目标\n2018年,城乡民生基础设施建设9大工程全面有序推进,新增城市道路180公里、绿道130公里。',
      '180公里', undefined, { kind: 'year', year: 2018, stated: true },
    ],
    [
      'a 民生实事 list’s year, from its title only: the report’s, which a correction moves',
      '2024年长宁区政府为民办实事项目公布 发布时间:2024-01-18\n1\n新增100张困难重残养护床位\n新增5家老年人助餐点',
      '5家', undefined, { kind: 'year', year: 2024, stated: false },
    ],
    [
      'the same list when the report’s year is unknown: still the year it is for',
      '长宁区政府为民办实事项目公布\n2024年为民办实事项目\n1\n新增100张困难重残养护床位\n新增5家老年人助餐点',
      '5家', undefined, { kind: 'year', year: 2024, stated: false },
    ],
    [
      'a later year in a plan’s headline: a level due by then',
      '广州市发布该市“十四五”规划纲要 2025年地区生产总值将达到3.5万亿元\n\n2021-05-19 18:00:17 来源:网络作者:佚名',
      '3.5万亿元', undefined, { kind: 'by', year: 2025, stated: true },
    ],
    [
      'a 十四五 target under a heading that also names 十三五 (2021年 report)',
      '二、“十三五”时期发展成就和“十四五”时期主要目标任务\n——坚持创新驱动发展。力争投入强度高于“十三五”时期实际。\n——全面推进乡村振兴。常住人口城镇化率提高到65%。',
      '65%', '2021年政府工作报告', { kind: 'by', year: 2025, stated: true },
    ],
    [
      '到2027年 in the sentence',
      '到2027年，城镇化率达到76%。',
      '76%', '2026年政府工作报告', { kind: 'by', year: 2027, stated: true },
    ],
  ] as const)('%s', (_, text, figure, title, period) => {
    expect(periodOf(text, figure, title)).toEqual(period);
  });
});
