/**
 * What each figure measures and how (issue 7; GUIDELINE.md, "Metric: what a figure measures"):
 * metric, direction, from, period, ratios and 成, read on sentences as reports write them.
 */
import { describe, expect, test } from 'vitest';
import { extractItems, extractReport } from '../../lib/extract';
import { isUnusableMetric } from '../../lib/extract/metric';
import type { ExtractedItem } from '../../lib/extract/types';

/** The target or result whose span ends with `figure` (the figure as written, with its unit and cue). */
function itemOf(text: string, figure: string, items: readonly ExtractedItem[] = extractItems(text)): ExtractedItem {
  const found = items.find((i) => i.kind !== 'commitment' && i.text.endsWith(figure));
  if (!found) throw new Error(`no item ends with ${figure} in ${text}: ${items.map((i) => i.text).join(' | ')}`);
  return found;
}

describe('metric: the guideline’s examples', () => {
  test.each([
    ['国内生产总值超过126万亿元，增长5.2%。', '126万亿元', '国内生产总值'],
    ['国内生产总值超过126万亿元，增长5.2%。', '增长5.2%', '国内生产总值增长'],
    ['进口货值、免签入境游客分别增长38.9%、64%。', '38.9%', '进口货值增长'],
    ['进口货值、免签入境游客分别增长38.9%、64%。', '64%', '免签入境游客增长'],
    ['散居孤儿基本生活最低养育标准从每人每月1536元提高到1567元。', '1567元', '散居孤儿基本生活最低养育标准'],
    ['今年发展主要预期目标是：地区生产总值增长5%左右。', '5%左右', '地区生产总值增长'],
    ['力争全市规模以上工业增加值增长6%左右。', '6%左右', '规模以上工业增加值增长'],
    ['确保粮食产量1.4万亿斤以上。', '1.4万亿斤以上', '粮食产量'],
  ])('%s → %s measures %s', (text, figure, metric) => {
    expect(itemOf(text, figure).metric).toBe(metric);
  });
});

describe('metric: the subject carried, 分别 lists, the thing raised', () => {
  test.each([
    // subject carried into a clause that leaves it out
    ['全省地区生产总值达到6.2万亿元，比上年增长5.5%。', '5.5%', '地区生产总值增长'],
    ['一般公共预算收入完成3200亿元，增长3.1%。', '3.1%', '一般公共预算收入增长'],
    // 增加值 is a noun, not a change word: a carried subject keeps it
    ['第一产业增加值33.18亿元，同比增长4.5%。', '4.5%', '第一产业增加值增长'],
    // a list of counted things after their figures, each its own
    ['推出不少于200场公益性文艺演出、400场阅读推广活动。', '200场', '推出公益性文艺演出'],
    ['推出不少于200场公益性文艺演出、400场阅读推广活动。', '400场', '阅读推广活动'],
    ['开办26个小学生爱心暑托班、10个小学生爱心寒托班。', '10个', '小学生爱心寒托班'],
    // a task list's number is no part of the metric
    ['3.建设3个劳动密集型产业园。', '3个', '建设劳动密集型产业园'],
    // a share or a price of the thing the figure before counted
    ['全年出让矿业权207宗、成交价616.6亿元。', '616.6亿元', '出让矿业权成交价'],
    // 分别: each noun its own figure, with the head the last shares
    ['城镇居民、农村居民人均可支配收入分别增长4.5%、6.2%。', '4.5%', '城镇居民人均可支配收入增长'],
    ['城镇居民、农村居民人均可支配收入分别增长4.5%、6.2%。', '6.2%', '农村居民人均可支配收入增长'],
    ['黄金、白银、精炼铜、镍产量分别增长1%、2%、3%、4%。', '3%', '精炼铜产量增长'],
    // 从X提高到Y: the thing raised, not its start
    ['赤字率从去年的2.1%提高到2.3%。', '2.3%', '赤字率'],
    ['城乡居民收入比由2.5:1缩小到2.27:1。', '2.27:1', '城乡居民收入比'],
    // the thing counted after the figure
    ['增加1万个普惠性学前教育学位。', '1万个', '增加普惠性学前教育学位'],
    // other figures and ordinals stay out
    ['开工建设10亿元以上重大产业项目47个。', '47个', '开工建设重大产业项目'],
    ['揭阳潮汕机场成为全省第4个吞吐量超千万人次的机场。', '千万人次', '吞吐量'],
  ])('%s → %s measures %s', (text, figure, metric) => {
    expect(itemOf(text, figure).metric).toBe(metric);
  });
});

describe('direction: the change word’s, the value as written', () => {
  test.each([
    ['全省地区生产总值增长5.5%。', '5.5%', 5.5, 'up'],
    ['单位国内生产总值能耗降低2.5%。', '2.5%', 2.5, 'down'],
    ['城镇调查失业率下降1.5个百分点。', '1.5个百分点', 1.5, 'down'],
    ['全年经济增长-6.8%。', '-6.8%', -6.8, 'up'],
    ['重污染天数下降超过五成。', '五成', 50, 'down'],
    ['居民消费价格涨幅2%左右。', '2%左右', 2, 'up'],
    ['常住人口城镇化率达到70%。', '70%', 70, null],
    ['粮食产量1.4万亿斤左右。', '1.4万亿斤左右', 1.4e12, null],
    ['赤字率从去年的2.1%提高到2.3%。', '2.3%', 2.3, null],
  ] as const)('%s → %s: %d, %s', (text, figure, value, direction) => {
    expect(itemOf(text, figure)).toMatchObject({ value, direction });
  });
});

describe('from: the start of 从X提高到Y is on Y, and no item of its own', () => {
  test.each([
    ['散居孤儿基本生活最低养育标准从每人每月1536元提高到1567元。', '1567元', { value: 1567, unit: '元' }, { value: 1536, unit: '元' }],
    ['赤字率从去年的2.1%提高到2.3%。', '2.3%', { value: 2.3, unit: '%' }, { value: 2.1, unit: '%' }],
    ['城乡居民收入比由2.5:1缩小到2.27:1。', '2.27:1', { value: 2.27, unit: '' }, { value: 2.5, unit: '' }],
    ['研发经费投入强度由2.2%提升至2.5%。', '2.5%', { value: 2.5, unit: '%' }, { value: 2.2, unit: '%' }],
    ['常住人口城镇化率从2020年的53.2%提升到2025年的57.7%。', '57.7%', { value: 57.7, metric: '常住人口城镇化率' }, { value: 53.2, unit: '%' }],
  ])('%s → %s', (text, figure, item, from) => {
    const items = extractItems(text).filter((i) => i.kind !== 'commitment');
    expect(items).toHaveLength(1);
    expect(itemOf(text, figure, items)).toMatchObject({ ...item, from });
  });

  test('a figure with no 从 has no from', () => {
    expect(itemOf('城镇新增就业1200万人以上。', '1200万人以上').from).toBeNull();
  });
});

describe('period: one year, a yearly average, a sum over years, a deadline', () => {
  const title = (year: number) => `${year}年政府工作报告`;
  test.each([
    // report year, text, figure, period
    [2025, '今年发展主要预期目标是：国内生产总值增长5%左右。', '5%左右', { kind: 'year', year: 2025, stated: false }],
    [2025, '过去一年，国内生产总值增长5%。', '增长5%', { kind: 'year', year: 2024, stated: false }],
    [2026, '一、2025年工作回顾\n2025年，全省地区生产总值增长5.5%。', '5.5%', { kind: 'year', year: 2025, stated: true }],
    [2026, '一、2025年工作回顾\n五年来，常住人口城镇化率从2020年的53.2%提升到2025年的57.7%。', '57.7%', { kind: 'year', year: 2025, stated: true }],
    [2026, '“十五五”时期主要目标是：地区生产总值年均增长5%左右。', '5%左右', { kind: 'average', year: null }],
    [2026, '今后五年，全省累计新增城镇就业300万人。', '300万人', { kind: 'cumulative', year: null }],
    [2026, '过去五年，全省累计新增就业350万人。', '350万人', { kind: 'cumulative', year: null }],
    [2026, '到2030年，全省常住人口城镇化率达到70%。', '70%', { kind: 'by', year: 2030, stated: true }],
    [2026, '力争到2027年研发经费投入强度达到3%。', '3%', { kind: 'by', year: 2027, stated: true }],
  ] as const)('report of %i: %s → %s', (year, text, figure, period) => {
    const { report, items } = extractReport(text, { title: title(year) });
    expect(report.year).toBe(year);
    expect(itemOf(text, figure, items).period).toEqual(period);
  });

  test('a 十五五 年均 target is not this year’s target', () => {
    const text = '“十五五”时期主要目标是：地区生产总值年均增长5%左右。今年发展主要预期目标是：地区生产总值增长5.5%左右。';
    const { items } = extractReport(text, { title: '2026年政府工作报告' });
    const growth = items.filter((i) => i.indicator === 'gdp_growth');
    expect(growth.map((i) => [i.value, i.period?.kind, i.period?.year])).toEqual([[5, 'average', null], [5.5, 'year', 2026]]);
  });
});

describe('ratios and 成', () => {
  test.each([
    ['城乡居民收入比缩小到2.27:1。', '2.27:1', { value: 2.27, unit: '', ratio: [2.27, 1] }],
    ['三次产业结构调整为12.89：56.87：30.24。', '12.89：56.87：30.24', { value: 12.89, unit: '', ratio: [12.89, 56.87, 30.24] }],
    ['城乡收入比控制在2：1以内。', '2：1以内', { value: 2, unit: '', cmp: '<=', ratio: [2, 1] }],
    ['养老助餐点覆盖九成以上城乡社区。', '九成以上', { value: 90, unit: '%', cmp: '>=' }],
    ['工业企业上云率近六成。', '近六成', { value: 60, unit: '%', cmp: '~', metric: '工业企业上云率' }],
    ['无人机产量增长39%、占全国9成。', '9成', { value: 90, unit: '%', metric: '无人机产量占全国' }],
  ])('%s → %s', (text, figure, expected) => {
    expect(itemOf(text, figure)).toMatchObject(expected);
  });

  test('a time of day is no ratio', () => {
    expect(extractItems('发表时间：2026-02-09 09:45:30 来源：日报').filter((i) => i.kind !== 'commitment')).toEqual([]);
  });
});

describe('isUnusableMetric: the bar of issue 7', () => {
  test.each([
    ['', true],
    ['增长', true],
    ['、农村公路', true],
    ['开工建设10亿元以上重大产业项目', true],
    ['地区生产总值增长', false],
    ['细颗粒物(PM2.5)浓度', false],
  ])('%j → %s', (metric, unusable) => {
    expect(isUnusableMetric(metric)).toBe(unusable);
  });
});
