/**
 * The unit lexicon: what may follow a number as its unit, for the extractor and for re-anchoring
 * alike, so that a figure the extractor reads (12吨标准煤, 500千伏) is the same figure when a saved
 * passage is found again. Lexicons, not strings lifted from one report.
 */

/** Counters: they count the noun that follows (10个 示范村, 600个以上亿元级项目). */
export const COUNTER_UNITS = [
  '个', '人', '名', '家', '所', '条', '座', '处', '项', '户', '件', '台', '辆', '套', '艘', '架', '列',
  '班', '架次', '人次', '次', '批', '场', '场次', '支', '只', '头', '株', '棵', '张', '床', '间', '栋',
  '幢', '部', '种', '宗', '起', '层', '孔', '颗', '枚', '册', '份', '块', '片', '笔', '例', '位', '对',
  '根', '眼', '口', '道', '款', '盏', '家庭', '户次', '吨次', '车次', '标准箱', '标箱', '批次', '课时', '学时',
] as const;

/** Measures: a quantity of something (元, 吨, %). */
export const MEASURE_UNITS = [
  // shares and ratios
  '%', '‰', '个百分点', '百分点', '个千分点', '千分点', '倍',
  // money
  '元', '美元', '欧元', '港元', '日元',
  // weight
  '吨', '公斤', '千克', '克', '斤', '吨标准煤', '吨标煤', '吨二氧化碳',
  // length, area, volume
  '吨公里', '人公里', '公里', '千米', '米', '海里', '厘米', '毫米', '平方公里', '平方千米', '平方米', '亩', '公顷', '立方米', '升',
  '标准立方米', '方', 'km', 'm2', 'm²', 'm3', 'm³',
  // energy and power
  '千瓦时', '千瓦', '瓦', '兆瓦', '吉瓦', '千伏安', '兆伏安', '伏安', '千伏', '伏', '度', 'kW', 'kWh', 'MW', 'GW', 'kVA', 'kV',
  // concentration
  '微克/立方米', '毫克/立方米', '毫克/升', '分贝',
  // time
  '岁', '天', '个工作日', '工作日', '小时', '分钟', '秒', '个月', '个季度',
  // computing and data
  'P', 'PB', 'EB', 'TB', 'EFLOPS', 'PFLOPS', 'Gbps', 'Mbps', 'TEU',
] as const;

/** What may stand after a slash in a compound unit (元/年, 吨/日, 元/人, 万元/亩). */
export const PER_UNITS = ['日', '天', '年', '月', '人', '户', '亩', '吨', '小时', '时', '秒', '公里', '平方米', '立方米', '千瓦时', '度', '公斤', '人次', '床', '头'];

const longestFirst = (units: Iterable<string>): readonly string[] => [...new Set(units)].sort((a, b) => b.length - a.length);

/** Every unit of a figure the extractor reads, longest first. */
export const ALL_UNITS: readonly string[] = longestFirst([...COUNTER_UNITS, ...MEASURE_UNITS]);
export const COUNTER_SET: ReadonlySet<string> = new Set(COUNTER_UNITS);

/** Units that are words of their own when a magnitude word stands alone (千瓦: 千 is the unit's). */
export const UNITS_STARTING_WITH_QIAN = ['千瓦时', '千瓦', '千克', '千米', '千伏安', '千伏'];

/**
 * Words after a number that the extractor reads as dates, durations or ordinals and leaves out
 * (2027年, 3月, 第十届, 两期, 一周), and a few counts it does not read (篇, 家次, ‱, 标准煤).
 * A saved passage's figures include them, so "到2027年" never re-attaches to "到2028年".
 */
export const PASSAGE_ONLY_UNITS = ['年', '月', '日', '周', '期', '届', '篇', '家次', '‱', '标准煤'];

/**
 * Units that, after a single numeral character, mostly make a word and no count: 一起, 一道,
 * 一部分, 一片, 一方面, 千方百计, 一对一, 更上一层, 一块儿, 一口气, 统一升级, 统一克服. Re-anchoring
 * reads no figure there, so rewording such a word does not orphan a saved passage.
 */
export const WORD_FORMING_UNITS: ReadonlySet<string> = new Set(['方', '起', '道', '部', '片', '对', '层', '块', '口', '升', '克']);

/** Finds units in text: the longest of a list at an offset, looked up by first character. */
export class UnitLexicon {
  private readonly byFirst = new Map<string, string[]>();

  constructor(units: Iterable<string>) {
    for (const unit of longestFirst(units)) this.byFirst.set(unit[0], [...(this.byFirst.get(unit[0]) ?? []), unit]);
  }

  /**
   * The longest unit at `at`, with a per-unit after a slash (元/年, 吨/日); '' when none. A unit
   * in Latin letters must not run into more letters or digits (P of PM, G of 5G-A).
   */
  at(text: string, at: number): string {
    for (const unit of this.byFirst.get(text[at]) ?? []) {
      if (!text.startsWith(unit, at)) continue;
      if (/^[A-Za-z]/.test(unit) && /[A-Za-z0-9]/.test(text[at + unit.length] ?? '')) continue;
      const after = at + unit.length;
      if (text[after] === '/') {
        const per = PER_UNITS.find((p) => text.startsWith(p, after + 1));
        if (per) return `${unit}/${per}`;
      }
      return unit;
    }
    return '';
  }
}

/** The units of a figure the extractor reads. */
export const FIGURE_UNITS = new UnitLexicon(ALL_UNITS);

/** The units of the figures of a saved passage: the extractor's and the words it reads as dates. */
export const PASSAGE_UNITS = new UnitLexicon([...ALL_UNITS, ...PASSAGE_ONLY_UNITS]);
