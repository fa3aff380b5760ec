/**
 * Headline indicators: the figures every report states in its own words and a reader follows
 * across places and years (地区生产总值增长 · 生产总值增长 · GDP增长 · 经济增长 are all `gdp_growth`).
 * One fixed list, with Chinese and English names, how reports write each, and which way is
 * better, so that the extractor, the tracker, the UI and the exports agree on what an id means.
 */

export const INDICATOR_IDS = [
  'gdp_growth', 'gdp', 'cpi', 'urban_new_jobs', 'surveyed_unemployment', 'registered_unemployment',
  'budget_revenue_growth', 'budget_revenue', 'disposable_income_growth', 'grain_output',
  'energy_intensity_reduction', 'co2_intensity_reduction', 'deficit_ratio', 'fixed_asset_investment_growth',
  'retail_sales_growth', 'foreign_trade_growth', 'industrial_value_added_growth', 'rd_intensity',
  'urbanization_rate', 'pm25', 'good_air_days', 'forest_coverage',
] as const;

export type IndicatorId = (typeof INDICATOR_IDS)[number];

/**
 * What the value of an indicator is: a rate of change in % (a fall is negative), a level, a share
 * or ratio in %, or a reduction (the fall itself, positive: 能耗下降5.6% → 5.6).
 */
export type IndicatorMeasure = 'rate' | 'level' | 'share' | 'reduction';

export interface Indicator {
  id: IndicatorId;
  zh: string;
  en: string;
  measure: IndicatorMeasure;
  /** Which way is good: a target for an indicator that should fall (unemployment, PM2.5, CPI as a ceiling) is met from below. */
  better: 'higher' | 'lower';
}

export const INDICATORS: Readonly<Record<IndicatorId, Indicator>> = {
  gdp_growth: { id: 'gdp_growth', zh: '地区生产总值增长', en: 'GDP growth', measure: 'rate', better: 'higher' },
  gdp: { id: 'gdp', zh: '地区生产总值', en: 'GDP', measure: 'level', better: 'higher' },
  cpi: { id: 'cpi', zh: '居民消费价格涨幅', en: 'Consumer price inflation', measure: 'rate', better: 'lower' },
  urban_new_jobs: { id: 'urban_new_jobs', zh: '城镇新增就业', en: 'New urban jobs', measure: 'level', better: 'higher' },
  surveyed_unemployment: { id: 'surveyed_unemployment', zh: '城镇调查失业率', en: 'Surveyed urban unemployment rate', measure: 'share', better: 'lower' },
  registered_unemployment: { id: 'registered_unemployment', zh: '城镇登记失业率', en: 'Registered urban unemployment rate', measure: 'share', better: 'lower' },
  budget_revenue_growth: { id: 'budget_revenue_growth', zh: '一般公共预算收入增长', en: 'General budget revenue growth', measure: 'rate', better: 'higher' },
  budget_revenue: { id: 'budget_revenue', zh: '一般公共预算收入', en: 'General budget revenue', measure: 'level', better: 'higher' },
  disposable_income_growth: { id: 'disposable_income_growth', zh: '居民人均可支配收入增长', en: 'Per-capita disposable income growth', measure: 'rate', better: 'higher' },
  grain_output: { id: 'grain_output', zh: '粮食产量', en: 'Grain output', measure: 'level', better: 'higher' },
  energy_intensity_reduction: { id: 'energy_intensity_reduction', zh: '单位地区生产总值能耗降低', en: 'Energy intensity reduction', measure: 'reduction', better: 'higher' },
  co2_intensity_reduction: { id: 'co2_intensity_reduction', zh: '单位地区生产总值二氧化碳排放降低', en: 'CO₂ intensity reduction', measure: 'reduction', better: 'higher' },
  deficit_ratio: { id: 'deficit_ratio', zh: '赤字率', en: 'Deficit ratio', measure: 'share', better: 'lower' },
  fixed_asset_investment_growth: { id: 'fixed_asset_investment_growth', zh: '固定资产投资增长', en: 'Fixed-asset investment growth', measure: 'rate', better: 'higher' },
  retail_sales_growth: { id: 'retail_sales_growth', zh: '社会消费品零售总额增长', en: 'Retail sales growth', measure: 'rate', better: 'higher' },
  foreign_trade_growth: { id: 'foreign_trade_growth', zh: '进出口总额增长', en: 'Foreign trade growth', measure: 'rate', better: 'higher' },
  industrial_value_added_growth: { id: 'industrial_value_added_growth', zh: '规模以上工业增加值增长', en: 'Industrial value added growth', measure: 'rate', better: 'higher' },
  rd_intensity: { id: 'rd_intensity', zh: '研发经费投入强度', en: 'R&D intensity', measure: 'share', better: 'higher' },
  urbanization_rate: { id: 'urbanization_rate', zh: '常住人口城镇化率', en: 'Urbanisation rate', measure: 'share', better: 'higher' },
  pm25: { id: 'pm25', zh: '细颗粒物(PM2.5)浓度', en: 'PM2.5 concentration', measure: 'level', better: 'lower' },
  good_air_days: { id: 'good_air_days', zh: '空气质量优良天数比例', en: 'Share of good-air days', measure: 'share', better: 'higher' },
  forest_coverage: { id: 'forest_coverage', zh: '森林覆盖率', en: 'Forest coverage', measure: 'share', better: 'higher' },
};
