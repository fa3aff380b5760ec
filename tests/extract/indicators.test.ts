import { describe, expect, test } from 'vitest';
import {
  INDICATORS, INDICATOR_FORMS, INDICATOR_IDS, indicatorAtStart, indicatorOf, valueInIndicatorSense, type IndicatorId,
} from '../../lib/extract/indicators';
import type { Direction } from '../../lib/extract/types';

describe('every indicator is described once', () => {
  test.each(INDICATOR_IDS.map((id) => [id]))('%s has names, a measure, a better side and ways of writing', (id) => {
    expect(INDICATORS[id].id).toBe(id);
    expect(INDICATORS[id].zh).toMatch(/[\u4e00-\u9fff]/);
    expect(INDICATORS[id].en).toMatch(/[a-z]/i);
    expect(INDICATOR_FORMS[id].length).toBeGreaterThan(0);
  });
});

describe('indicatorOf: the ways reports write each indicator', () => {
  test.each<[string, IndicatorId, string?]>([
    ['国内生产总值增长', 'gdp_growth', '%'],
    ['地区生产总值增长', 'gdp_growth', '%'],
    ['全省地区生产总值增长', 'gdp_growth', '%'],
    ['全市生产总值增长', 'gdp_growth', '%'],
    ['生产总值增长', 'gdp_growth', '%'],
    ['全年GDP增长', 'gdp_growth', '%'],
    ['GDP增长', 'gdp_growth'],
    ['经济增长', 'gdp_growth', '%'],
    ['经济增长预期目标', 'gdp_growth', '%'],
    ['经济增速', 'gdp_growth', '%'],
    ['地区生产总值按增长', 'gdp_growth', '%'],
    ['地区生产总值比上年增长', 'gdp_growth', '%'],
    ['地区生产总值年均增长', 'gdp_growth', '%'],
    ['国内生产总值', 'gdp', '元'],
    ['地区生产总值达到', 'gdp', '元'],
    ['全省经济总量', 'gdp', '元'],
    ['居民消费价格涨幅', 'cpi', '%'],
    ['居民消费价格上涨', 'cpi', '%'],
    ['居民消费价格指数涨幅', 'cpi', '%'],
    ['居民消费价格增长', 'cpi', '%'],
    ['居民消费价格微降', 'cpi', '%'],
    ['居民消费价格总水平上涨', 'cpi', '%'],
    ['物价涨幅', 'cpi', '%'],
    ['城镇新增就业', 'urban_new_jobs', '人'],
    ['全年城镇新增就业', 'urban_new_jobs', '人'],
    ['新增城镇就业', 'urban_new_jobs', '人'],
    ['城镇新增就业人数', 'urban_new_jobs', '人'],
    ['城镇调查失业率', 'surveyed_unemployment', '%'],
    ['年末全国城镇调查失业率降到', 'surveyed_unemployment', '%'],
    ['城镇调查失业率平均为', 'surveyed_unemployment', '%'],
    ['城镇调查失业率控制在', 'surveyed_unemployment', '%'],
    ['调查失业率稳定在', 'surveyed_unemployment', '%'],
    ['年末城镇登记失业率', 'registered_unemployment', '%'],
    ['城镇登记失业率', 'registered_unemployment', '%'],
    ['一般公共预算收入增长', 'budget_revenue_growth', '%'],
    ['地方一般公共预算收入增长', 'budget_revenue_growth', '%'],
    ['一般公共预算收入', 'budget_revenue', '元'],
    ['地方一般公共预算收入', 'budget_revenue', '元'],
    ['居民人均可支配收入增长', 'disposable_income_growth', '%'],
    ['全体居民人均可支配收入增长', 'disposable_income_growth', '%'],
    ['居民收入增长', 'disposable_income_growth', '%'],
    ['粮食产量', 'grain_output', '斤'],
    ['粮食总产量', 'grain_output', '吨'],
    ['粮食总产量稳定在', 'grain_output', '吨'],
    ['单位国内生产总值能耗下降', 'energy_intensity_reduction', '%'],
    ['单位地区生产总值能耗降低', 'energy_intensity_reduction', '%'],
    ['单位GDP能耗下降', 'energy_intensity_reduction', '%'],
    ['能耗强度下降', 'energy_intensity_reduction', '%'],
    ['单位地区生产总值二氧化碳排放下降', 'co2_intensity_reduction', '%'],
    ['单位国内生产总值二氧化碳排放降低', 'co2_intensity_reduction', '%'],
    ['碳排放强度下降', 'co2_intensity_reduction', '%'],
    ['赤字率', 'deficit_ratio', '%'],
    ['财政赤字率控制在', 'deficit_ratio', '%'],
    ['今年赤字率拟按', 'deficit_ratio', '%'],
    ['固定资产投资增长', 'fixed_asset_investment_growth', '%'],
    ['全社会固定资产投资增长', 'fixed_asset_investment_growth', '%'],
    ['社会消费品零售总额增长', 'retail_sales_growth', '%'],
    ['进出口总额增长', 'foreign_trade_growth', '%'],
    ['货物进出口总额增长', 'foreign_trade_growth', '%'],
    ['外贸进出口增长', 'foreign_trade_growth', '%'],
    ['进出口增长', 'foreign_trade_growth', '%'],
    ['进出口总值增长', 'foreign_trade_growth', '%'],
    ['规模以上工业增加值增长', 'industrial_value_added_growth', '%'],
    ['规上工业增加值增长', 'industrial_value_added_growth', '%'],
    ['规模工业增加值增长', 'industrial_value_added_growth', '%'],
    ['研发经费投入强度', 'rd_intensity', '%'],
    ['研发投入强度达到', 'rd_intensity', '%'],
    ['全社会研发经费投入强度', 'rd_intensity', '%'],
    ['全社会研发经费支出相当于全市生产总值的比例', 'rd_intensity', '%'],
    ['全社会研发经费支出与国内生产总值之比', 'rd_intensity', '%'],
    ['常住人口城镇化率', 'urbanization_rate', '%'],
    ['城镇化率达到', 'urbanization_rate', '%'],
    ['细颗粒物浓度', 'pm25', '微克/立方米'],
    ['细颗粒物（PM2.5）平均浓度', 'pm25', '微克/立方米'],
    ['PM2.5平均浓度', 'pm25', '微克/立方米'],
    ['空气质量优良天数比例', 'good_air_days', '%'],
    ['空气质量优良率', 'good_air_days', '%'],
    ['空气质量优良天数', 'good_air_days', '%'],
    ['城市空气质量优良天数比率', 'good_air_days', '%'],
    ['森林覆盖率', 'forest_coverage', '%'],
    ['森林覆盖率达', 'forest_coverage', '%'],
  ])('%s → %s', (metric, id, unit) => {
    expect(indicatorOf(metric, { unit })).toBe(id);
  });

  test.each<[string, string, string?]>([
    ['a share of GDP', '服务业增加值占国内生产总值比重', '%'],
    ['a share of GDP, written 占…比重', '高新技术产业增加值占地区生产总值比重', '%'],
    ['per-capita GDP', '人均地区生产总值', '元'],
    ['per-capita GDP growth', '人均地区生产总值增长', '%'],
    ['the GDP of a part of the economy', '海洋生产总值增长', '%'],
    ['county economies', '县域经济增长', '%'],
    ['the digital economy', '数字经济增长', '%'],
    ['a contribution to growth', '消费对经济增长的贡献率', '%'],
    ['growth since a base year', '地区生产总值比2020年增长', '%'],
    ['an industry, not industry above scale', '工业增加值增长', '%'],
    ['exports alone', '出口增长', '%'],
    ['urban residents only', '城镇常住居民人均可支配收入增长', '%'],
    ['rural residents only', '农村居民人均可支配收入增长', '%'],
    ['registered-residence urbanisation', '户籍人口城镇化率', '%'],
    ['a change of a rate in points', '城镇化率提高', '个百分点'],
    ['a level given as a rate', '国内生产总值', '%'],
    ['a rate given as a level', '居民消费价格指数', ''],
    ['a fall of PM2.5 in percent', '细颗粒物平均浓度下降', '%'],
    ['jobs not said to be urban', '新增就业', '人'],
    ['the deficit itself', '财政赤字', '元'],
    ['nothing', '', '%'],
    ['a bare change word without its sentence', '增长', '%'],
    ['a heading word', '主要预期目标', '%'],
  ])('not an indicator: %s (%s)', (_, metric, unit) => {
    expect(indicatorOf(metric, { unit })).toBeNull();
  });
});

describe('indicatorOf with its context', () => {
  test.each<[string, string, string, string, IndicatorId | null]>([
    ['the subject of the sentence carries on', '增长', '%', '——经济运行保持在合理区间。国内生产总值达到67.7万亿元，', 'gdp_growth'],
    ['across a 、', '增长', '%', '全市地区生产总值达到33757.93亿元、', 'gdp_growth'],
    ['after 实现', '增长', '%', '较好完成全年主要目标任务。实现地区生产总值67665亿元，', 'gdp_growth'],
    ['across a line break in the figure', '增长', '%', '国内生产总值达到74.4\n\u200b\n万亿元，', 'gdp_growth'],
    ['an empty metric', '', '%', '国内生产总值超过126万亿元，', 'gdp_growth'],
    ['the thing raised in 从X提高到Y, for the figure after 到', '', '%', '赤字率从去年的2.1%', 'deficit_ratio'],
    ['a metric of its own wins', '城镇新增就业', '人', '国内生产总值达到67.7万亿元，', 'urban_new_jobs'],
    ['a subject that is no indicator', '增长', '%', '实物商品网上零售额达到13万亿元，', null],
    ['the subject of the previous sentence does not carry over', '增长', '%', '国内生产总值达到67.7万亿元。粮食丰收，', null],
  ])('%s', (_, metric, unit, before, id) => {
    expect(indicatorOf(metric, { before, unit })).toBe(id);
  });

  test.each<[string, string, IndicatorId]>([
    ['安徽省地区生产总值增长', '安徽省', 'gdp_growth'],
    ['安徽地区生产总值增长', '安徽省', 'gdp_growth'],
    ['广西城镇新增就业', '广西壮族自治区', 'urban_new_jobs'],
  ])('the report\'s own place in front: %s', (metric, place, id) => {
    expect(indicatorOf(metric, { place })).toBe(id);
  });

  test('another place in front is another economy', () => {
    expect(indicatorOf('成都平原经济区地区生产总值增长', { place: '四川省', unit: '%' })).toBeNull();
  });
});

describe('indicatorAtStart: indicators stated in words', () => {
  test.each<[string, IndicatorId | null]>([
    ['居民收入增长与经济增长同步', 'disposable_income_growth'],
    ['进出口回稳向好', 'foreign_trade_growth'],
    ['单位国内生产总值能耗降低完成国家下达目标', 'energy_intensity_reduction'],
    ['国际收支基本平衡', null],
  ])('%s', (clause, id) => {
    expect(indicatorAtStart(clause)?.id ?? null).toBe(id);
  });
});

describe('valueInIndicatorSense', () => {
  test.each<[string, IndicatorId, number, Direction | null, boolean, number]>([
    ['CPI 微降0.1%', 'cpi', 0.1, 'down', false, -0.1],
    ['CPI 持平', 'cpi', 0, 'flat', false, 0],
    ['CPI 上涨2%', 'cpi', 2, 'up', false, 2],
    ['GDP 增长-3.2% (written with its sign)', 'gdp_growth', -3.2, null, false, -3.2],
    ['GDP 下降1.5%', 'gdp_growth', 1.5, 'down', false, -1.5],
    ['energy intensity 下降5.6%', 'energy_intensity_reduction', 5.6, 'down', false, 5.6],
    ['energy intensity 上升2%', 'energy_intensity_reduction', 2, 'up', false, -2],
    ['unemployment 降到5.2% (a level)', 'surveyed_unemployment', 5.2, 'down', true, 5.2],
    ['unemployment 5.5% (a share)', 'surveyed_unemployment', 5.5, null, false, 5.5],
    ['growth 回落至3% (the rate reached)', 'gdp_growth', 3, 'down', true, 3],
    ['jobs 1100万', 'urban_new_jobs', 11000000, null, false, 11000000],
  ])('%s', (_, id, value, direction, level, expected) => {
    expect(valueInIndicatorSense(id, value, direction, { level })).toBe(expected);
  });
});
