/**
 * Headline indicators: the figures every report states in its own words and a reader follows
 * across places and years (地区生产总值增长 · 生产总值增长 · GDP增长 · 经济增长 are all `gdp_growth`).
 * One fixed list, with Chinese and English names, how reports write each, and which way is
 * better, so that the extractor, the tracker, the UI and the exports agree on what an id means.
 */

import type { Direction } from './types';

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

// ---------------------------------------------------------------- how reports write each

/**
 * The noun phrase (with its change word, for a rate) that names each indicator, as regular
 * expression sources matched at the start of a metric once its place and cue words are off.
 * A qualifier in front (人均, 海洋, 县域, 户籍人口, 城镇居民) makes it another quantity, so the
 * forms are anchored: 服务业增加值占国内生产总值比重 is not GDP, 人均地区生产总值 is not GDP.
 */
const GDP_NOUN = '(?:国内|地区)?生产总值|GDP';
const YEAR_ON_YEAR = '(?:比上年|同比|实际|预计|按可比价格计算|扣除价格因素)?';
const UP_OR_DOWN = '(?:增长|增速|增幅|增长速度|增长率|下降|回落)';

export const INDICATOR_FORMS: Readonly<Record<IndicatorId, readonly string[]>> = {
  gdp_growth: [
    `(?:${GDP_NOUN})${YEAR_ON_YEAR}(?:年均|平均)?(?:按)?${UP_OR_DOWN}`,
    `经济(?:总量)?${YEAR_ON_YEAR}(?:年均|平均)?(?:增长|增速|增长速度)`,
  ],
  gdp: [`(?:${GDP_NOUN})(?:总量)?`, '经济总量'],
  cpi: [
    '(?:居民)?消费价格(?:总水平)?(?:指数)?(?:比上年|同比)?(?:涨幅|上涨|增长|增幅|上升|下降|微降|回落|持平|涨跌幅)',
    'CPI(?:比上年|同比)?(?:涨幅|上涨|增长|下降|持平)',
    '物价(?:总水平)?(?:涨幅|上涨幅度)',
  ],
  urban_new_jobs: ['城镇新增就业(?:人数|岗位)?', '新增城镇就业(?:人数|岗位)?'],
  surveyed_unemployment: ['(?:城镇)?调查失业率'],
  registered_unemployment: ['(?:城镇)?登记失业率'],
  budget_revenue_growth: [`(?:地方)?(?:一般公共预算收入|一般预算收入)${YEAR_ON_YEAR}(?:年均)?(?:增长|增速|增幅|下降)`],
  budget_revenue: ['(?:地方)?(?:一般公共预算收入|一般预算收入)(?:总量|规模)?'],
  disposable_income_growth: [
    `(?:全体)?(?:常住)?居民人均可支配收入${YEAR_ON_YEAR}(?:年均)?(?:增长|增速|增幅)`,
    `居民收入${YEAR_ON_YEAR}(?:年均)?(?:增长|增速)`,
  ],
  grain_output: ['粮食(?:总)?产量', '粮食(?:生产)?总产'],
  energy_intensity_reduction: [
    `单位(?:${GDP_NOUN})(?:的)?能耗(?:累计)?(?:下降|降低)`,
    `万元(?:${GDP_NOUN})(?:的)?能耗(?:累计)?(?:下降|降低)`,
    '能耗强度(?:累计)?(?:下降|降低)',
  ],
  co2_intensity_reduction: [
    `单位(?:${GDP_NOUN})(?:的)?二氧化碳排放(?:量)?(?:累计)?(?:下降|降低)`,
    '(?:二氧化碳|碳)排放强度(?:累计)?(?:下降|降低)',
  ],
  deficit_ratio: ['(?:财政)?赤字率'],
  fixed_asset_investment_growth: [`(?:全社会)?固定资产投资(?:总额)?${YEAR_ON_YEAR}(?:年均)?(?:增长|增速|增幅|下降)`],
  retail_sales_growth: [`社会消费品零售总额${YEAR_ON_YEAR}(?:年均)?(?:增长|增速|增幅|下降)`],
  foreign_trade_growth: [
    `(?:货物)?(?:外贸)?进出口(?:贸易)?(?:总额|总值|总量)?${YEAR_ON_YEAR}(?:年均)?(?:增长|增速|增幅|下降)`,
    `对外贸易(?:总额|总值)?${YEAR_ON_YEAR}(?:增长|增速|下降)`,
  ],
  industrial_value_added_growth: [
    `(?:规模以上|规上|规模)工业(?:企业)?增加值${YEAR_ON_YEAR}(?:年均)?(?:增长|增速|增幅|下降)`,
  ],
  rd_intensity: [
    '(?:全社会)?(?:研发|R&D|研究与试验发展(?:[（(]R&D[)）])?)(?:经费)?(?:投入)?强度',
    `(?:全社会)?(?:研发|R&D)(?:经费)?(?:投入|支出)(?:相当于|占|与)(?:全省|全市|全区|全国)?(?:${GDP_NOUN})(?:的)?(?:比重|比例|之比)`,
  ],
  urbanization_rate: ['(?:常住人口)?城镇化率'],
  pm25: [
    '(?:地级及以上城市|设区市|城市)?(?:细颗粒物|PM2\\.5)(?:[（(]PM2\\.5[)）])?(?:年)?(?:平均|年均)?浓度',
  ],
  good_air_days: [
    '(?:地级及以上城市|设区市|城市)?(?:环境)?空气(?:质量)?优良(?:天数)?(?:比例|比率|率)?',
    '优良天数(?:比例|比率)',
  ],
  forest_coverage: ['森林覆盖率'],
};

/** Words before the quantity that do not change what it is (全年, 全省, 年末, 确保, 今年). */
const LEADING_NOISE =
  /^(?:全年|全省|全市|全区|全县|全州|全国|我国|我省|我市|我区|我县|本市|年末|年底|今年|去年|上年|当年|初步核算|预计|实现|完成|力争|确保|其中|全面|累计|20\d\d年(?:度)?|[,，、;；:：\s])+/;

/** Words after it that only lead to the figure (达到, 控制在, 保持在, 预期目标为). */
const TRAILING_CUES = '(?:的)?(?:平均|全年|年均)?(?:预期目标|目标|预期)?(?:分别)?(?:拟按|按)?(?:为|是|达|达到|保持|保持在|稳定在|控制在|提高到|提高至|提升到|提升至|上升到|上升至|降到|降至|下降到|下降至|回落到|回落至|增加到|增至|突破|超过|在|了|总体)?$';

const FORM_PATTERNS: ReadonlyArray<readonly [IndicatorId, RegExp, RegExp]> = INDICATOR_IDS.map((id) => {
  const forms = INDICATOR_FORMS[id].join('|');
  return [id, new RegExp(`^(?:${forms})${TRAILING_CUES}`), new RegExp(`^(?:${forms})`)] as const;
});

/** Change words a metric may be alone with when the clause left its subject out (…，增长6.9%). */
const BARE_CHANGE = /^(?:比上年|同比|实际|预计)?(?:增长|增速|增幅|下降|降低|上涨|回落|微降|持平)$/;

export interface IndicatorContext {
  /** The text of the sentence before the figure, whose subject a clause without one carries on. */
  before?: string;
  /** The figure's unit: a rate or share is in %, a level is not. */
  unit?: string;
  /** The report's own place (安徽省), which may stand in front of its indicators. */
  place?: string | null;
}

const PERCENT = /^[%％]$/;

/**
 * A word every form contains: text without one names no indicator, which most metrics are, so
 * they are turned away with one test instead of one per indicator.
 */
const ANY_INDICATOR_WORD =
  /生产总值|GDP|经济|价格|CPI|物价|就业|失业率|预算收入|收入|粮食|能耗|二氧化碳|碳排放|赤字率|固定资产投资|零售总额|进出口|对外贸易|增加值|研发|R&D|研究与试验|城镇化率|细颗粒物|PM2|优良|森林覆盖率/;

const FULL_WIDTH = /[\uff01-\uff5e\u3000]/;

/** 安徽省 → 安徽: remembered for the last place asked, since every figure of a report asks for its own. */
let lastPlace: { place: string; short: string } | null = null;
function shortPlace(place: string): string {
  if (lastPlace?.place !== place) lastPlace = { place, short: place.replace(/(?:特别行政区|维吾尔自治区|壮族自治区|回族自治区|自治区|省|市|区|县)$/, '') };
  return lastPlace.short;
}

function clean(metric: string, place: string | null | undefined): string {
  let text = (FULL_WIDTH.test(metric) ? metric.normalize('NFKC') : metric).replace(/[\s\u200b\u00a0"“”‘’'《》]/g, '');
  const short = place ? shortPlace(place) : '';
  for (let i = 0; i < 3; i++) {
    text = text.replace(LEADING_NOISE, '');
    if (place) {
      if (text.startsWith(place)) text = text.slice(place.length);
      else if (short.length >= 2 && text.startsWith(short)) text = text.slice(short.length);
    }
  }
  return text;
}

function unitFits(id: IndicatorId, unit: string | undefined): boolean {
  if (unit === undefined) return true;
  const percent = PERCENT.test(unit.trim());
  return INDICATORS[id].measure === 'level' ? !percent && !/百分点/.test(unit) : percent;
}

function classify(text: string, unit: string | undefined): IndicatorId | null {
  if (!ANY_INDICATOR_WORD.test(text)) return null;
  for (const [id, whole] of FORM_PATTERNS) if (whole.test(text) && unitFits(id, unit)) return id;
  return null;
}

const LEADING_YEAR = /^(?:19|20)\d\d年(?:度)?/;

/**
 * The noun a clause opens with, before its verb and figure (国内生产总值达到67.7万亿元 → 国内生产总值),
 * or before 从/由 in 从X提高到Y (赤字率从去年的2.1% → 赤字率).
 */
function subjectOf(clause: string): string {
  return clause
    .replace(LEADING_YEAR, '')
    .replace(/(?:从|由)[^从由]*$/, '')
    .replace(/(?:达到|达|突破|超过|为|迈上|跨越|完成|实现|增加到|增至)?[\d.]+.*$/, '');
}

/**
 * The clauses whose subject a clause without one carries on: the nearest one before it that
 * states a figure of its own (国内生产总值达到5.53万亿元、稳居全国前十强、增长4.8%: not the
 * clause without a figure), else the one just before it, else the sentence's first.
 */
function subjectsBefore(before: string): string[] {
  const flat = (FULL_WIDTH.test(before) ? before.normalize('NFKC') : before).replace(/[\s\u200b\u00a0]+/g, '');
  const sentence = flat.slice(Math.max(flat.search(/[。；;！？!?][^。；;！？!?]*$/) + 1, 0));
  const clauses = sentence.split(/[，,、：:]/).filter(Boolean);
  const withFigure = clauses.findLast((clause) => /\d/.test(clause.replace(LEADING_YEAR, '')));
  return [...new Set([withFigure, clauses.at(-1), clauses[0]])].filter((c): c is string => !!c).map(subjectOf);
}

/**
 * The headline indicator a metric names, or null. `context.before` lets a bare change word
 * (增长) take the sentence's subject; `context.unit` rules out a level where a rate is meant and
 * back (城镇化率提高1.2个百分点 is a change of the rate, not the rate).
 */
export function indicatorOf(metric: string, context: IndicatorContext = {}): IndicatorId | null {
  const whole = clean(metric, context.place);
  const named = whole ? classify(whole, context.unit) : null;
  if (named) return named;
  // Without the sentence before, nothing else can name it (asked first: most metrics end here).
  if (!context.before) return null;
  // 稳居全国前十强、增长: a list of the subject's feats, the figure's own clause a bare 增长.
  const text = whole.split(/[、，,]/).at(-1) ?? '';
  if (text && !BARE_CHANGE.test(text)) return null;
  for (const raw of subjectsBefore(context.before)) {
    const subject = clean(raw, context.place);
    // An empty metric (提高到2.3% after 赤字率从去年的2.1%) may name a level; a bare 增长 names a change.
    const id = subject ? (text ? null : classify(subject, context.unit)) ?? classify(subject + (text || '增长'), context.unit) : null;
    if (id) return id;
  }
  return null;
}

/**
 * The nouns of the indicators that are changes, as a clause names them when it states the change
 * in words (进出口回稳向好, 单位国内生产总值能耗和主要污染物排放量继续下降). GDP and the economy are
 * left out: 经济运行保持在合理区间 speaks of the economy, not of its growth rate.
 */
const CHANGE_NOUNS: Partial<Record<IndicatorId, string>> = {
  cpi: '(?:居民)?消费价格(?:总水平)?|物价(?:总水平)?',
  budget_revenue_growth: '(?:地方)?一般公共预算收入',
  disposable_income_growth: '(?:全体)?(?:常住)?居民(?:人均可支配)?收入',
  energy_intensity_reduction: `单位(?:${GDP_NOUN})(?:的)?能耗|能耗强度`,
  co2_intensity_reduction: `单位(?:${GDP_NOUN})(?:的)?二氧化碳排放(?:量)?|(?:二氧化碳|碳)排放强度`,
  fixed_asset_investment_growth: '(?:全社会)?固定资产投资',
  retail_sales_growth: '社会消费品零售总额',
  foreign_trade_growth: '(?:货物)?(?:外贸)?进出口(?:贸易)?(?:总额|总值)?|对外贸易',
  industrial_value_added_growth: '(?:规模以上|规上|规模)工业(?:企业)?增加值',
};

const MENTION_PATTERNS: ReadonlyArray<readonly [IndicatorId, RegExp]> = [
  ...FORM_PATTERNS.map(([id, , start]) => [id, start] as const),
  ...Object.entries(CHANGE_NOUNS).map(([id, noun]) => [id as IndicatorId, new RegExp(`^(?:${noun})`)] as const),
];

/**
 * Where an indicator is named at the start of a clause, for clauses that state it in words only
 * (居民收入增长与经济增长同步, 进出口回稳向好): the id and how many characters name it.
 */
export function indicatorAtStart(clause: string, place?: string | null): { id: IndicatorId; length: number } | null {
  if (!ANY_INDICATOR_WORD.test(clause)) return null;
  const text = clean(clause, place);
  const offset = clause.length - text.length;
  for (const [id, start] of MENTION_PATTERNS) {
    const match = start.exec(text);
    if (match) return { id, length: offset + match[0].length };
  }
  return null;
}

/**
 * A figure's value in its indicator's own sense: for a rate of change a fall is negative
 * (居民消费价格微降0.1% → -0.1, 持平 → 0); for an indicator that is itself a reduction a fall is
 * positive (能耗下降5.6% → 5.6, and a rise is negative); levels and shares stay as written. A
 * figure that is the level reached (降至5.2%, 回落到3%) is no change, so it keeps its sign.
 */
export function valueInIndicatorSense(
  id: IndicatorId,
  value: number,
  direction: Direction | null,
  options: { level?: boolean } = {},
): number {
  const { measure } = INDICATORS[id];
  if (direction === 'flat') return measure === 'rate' || measure === 'reduction' ? 0 : value;
  if (options.level || direction === null) return value;
  if (measure === 'rate') return direction === 'down' ? -Math.abs(value) : value;
  if (measure === 'reduction') return direction === 'up' ? -Math.abs(value) : Math.abs(value);
  return value;
}
