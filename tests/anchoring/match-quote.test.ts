import { describe, expect, it, test } from 'vitest';
import { matchQuote, type QuoteMatch } from '../../lib/anchoring/match-quote';
import { normalizeString } from '../../lib/anchoring/normalize';
import { describeRange, type TextSelector } from '../../lib/anchoring/selectors';

const REPORT = [
  '一、2024年工作回顾',
  '过去一年，全市地区生产总值增长5.2%，城镇新增就业1.85万人，空气质量优良率达到95%。',
  '二、2025年主要目标',
  '地区生产总值增长5%左右；城镇新增就业1.85万人以上；空气质量优良率保持在95%以上。',
  '三、重点任务',
  '新增学位1.85万个，新建改扩建学校12所，力争单位GDP能耗下降百分之五，确保完成国家下达的目标任务。',
].join('\n');

/** The selector of the n-th occurrence (0-based) of `exact` in `text`. */
function selectorFor(text: string, exact: string, nth = 0): TextSelector {
  let at = -1;
  for (let k = 0; k <= nth; k++) {
    at = text.indexOf(exact, at + 1);
    if (at === -1) throw new Error(`no occurrence ${nth} of ${exact}`);
  }
  return describeRange(text, at, at + exact.length);
}

function nthIndex(text: string, s: string, nth: number): number {
  let at = -1;
  for (let k = 0; k <= nth; k++) at = text.indexOf(s, at + 1);
  return at;
}

function expectFound(m: QuoteMatch | null, text: string, start: number, end: number, how: QuoteMatch['how']): void {
  expect(m, 'a match').not.toBeNull();
  expect({ start: m!.start, end: m!.end, how: m!.how, text: text.slice(m!.start, m!.end) }).toEqual({
    start,
    end,
    how,
    text: text.slice(start, end),
  });
  expect(m!.score).toBeGreaterThan(0);
  expect(m!.score).toBeLessThanOrEqual(1);
}

describe('matchQuote: exact occurrences', () => {
  test.each([
    ['a single occurrence', '新建改扩建学校12所', 0],
    ['a single percentage', '保持在95%以上', 0],
    ['the first of two, told apart by context', '城镇新增就业1.85万人', 0],
    ['the second of two, told apart by context', '城镇新增就业1.85万人', 1],
    ['the first of three "1.85万"', '1.85万', 0],
    ['the third of three "1.85万"', '1.85万', 2],
    ['a Chinese-numeral figure', '下降百分之五', 0],
  ])('%s', (_name, exact, nth) => {
    const sel = selectorFor(REPORT, exact, nth);
    const at = nthIndex(REPORT, exact, nth);
    const m = matchQuote(REPORT, sel);
    expectFound(m, REPORT, at, at + exact.length, 'exact');
    expect(m!.score).toBeCloseTo(1, 5);
  });

  it('tells apart identical passages by context even without a position', () => {
    const sel = selectorFor(REPORT, '城镇新增就业1.85万人', 1);
    const m = matchQuote(REPORT, { quote: sel.quote });
    const at = nthIndex(REPORT, '城镇新增就业1.85万人', 1);
    expectFound(m, REPORT, at, at + '城镇新增就业1.85万人'.length, 'exact');
  });

  // Identical quote AND identical 32-character context: only the saved position can decide.
  const R = '这是一段足够长的重复文字，用于测试上下文完全相同时只能依靠位置来区分的情形；';
  const SAME = R + '优良率达到95%' + R + '优良率达到95%' + R + '优良率达到95%' + R;
  test.each([0, 1, 2])('identical contexts: occurrence %d is chosen by its saved position', (nth) => {
    const sel = selectorFor(SAME, '优良率达到95%', nth);
    const at = nthIndex(SAME, '优良率达到95%', nth);
    expectFound(matchQuote(SAME, sel), SAME, at, at + 8, 'exact');
  });

  test.each([0, 1, 2])('identical contexts and a stale position (text inserted before): occurrence %d', (nth) => {
    const sel = selectorFor(SAME, '优良率达到95%', nth);
    const edited = '新插入的一句话。' + SAME; // a shift smaller than half the spacing of the occurrences
    const at = nthIndex(edited, '优良率达到95%', nth);
    expectFound(matchQuote(edited, sel), edited, at, at + 8, 'exact');
  });

  it('without a position, identical contexts give the first occurrence', () => {
    const sel = selectorFor(SAME, '优良率达到95%', 2);
    const m = matchQuote(SAME, { quote: sel.quote });
    expect(m!.start).toBe(SAME.indexOf('优良率达到95%'));
  });

  it('prefers context over position', () => {
    const sel = selectorFor(REPORT, '城镇新增就业1.85万人', 0);
    const m = matchQuote(REPORT, { quote: sel.quote, position: { start: REPORT.length, end: REPORT.length } });
    expect(m!.start).toBe(REPORT.indexOf('城镇新增就业1.85万人'));
  });
});

describe('matchQuote: text edited around the quote', () => {
  test.each([
    // [name, quote saved from REPORT, REPORT text replaced, replacement, text expected to be found, how]
    ['a paragraph inserted before', '新建改扩建学校12所', '三、重点任务', '三、重点任务\n（一）教育', '新建改扩建学校12所', 'exact'],
    ['the prefix reworded', '城镇新增就业1.85万人以上', '地区生产总值增长5%左右；', '地区生产总值预期增长5%左右；', '城镇新增就业1.85万人以上', 'exact'],
    ['the quote reworded, figures kept', '城镇新增就业1.85万人以上', '城镇新增就业1.85万人以上', '城镇新增就业人数1.85万人以上', '城镇新增就业人数1.85万人以上', 'context'],
    ['the quote shortened, figures kept', '新增学位1.85万个，新建改扩建学校12所', '新建改扩建学校', '新建学校', '新增学位1.85万个，新建学校12所', 'context'],
    ['quote and prefix reworded, suffix kept', '空气质量优良率保持在95%以上', '就业1.85万人以上；空气质量优良率', '就业岗位1.85万人以上；空气质量优良天数比率', '空气质量优良天数比率保持在95%以上', 'context'],
    ['quote and suffix reworded, prefix kept', '新增学位1.85万个', '新增学位1.85万个，新建改扩建', '新增中小学学位1.85万个，另外新建改扩建', '新增中小学学位1.85万个', 'context'],
  ] as const)('%s', (_name, exact, from, to, expected, how) => {
    expect(REPORT.includes(from)).toBe(true);
    const sel = selectorFor(REPORT, exact);
    const edited = REPORT.replace(from, to);
    const m = matchQuote(edited, sel);
    expect(m, 'a match').not.toBeNull();
    expect({ how: m!.how, text: edited.slice(m!.start, m!.end) }).toEqual({ how, text: expected });
  });

  it('finds a reworded quote between its prefix and suffix, exactly', () => {
    const sel = selectorFor(REPORT, '城镇新增就业1.85万人以上');
    const edited = REPORT.replace('城镇新增就业1.85万人以上', '城镇新增就业人数1.85万人以上');
    const m = matchQuote(edited, sel)!;
    expect(edited.slice(m.start, m.end)).toBe('城镇新增就业人数1.85万人以上');
    expect(m.how).toBe('context');
    expect(m.score).toBeLessThan(1);
  });

  it('prefers the saved sentence, lightly edited, to the verbatim quote in an unrelated sentence', () => {
    const sel = selectorFor(REPORT, '空气质量优良率保持在95%以上');
    const edited =
      REPORT.replace('空气质量优良率保持在95%以上', '空气质量优良率稳定保持在95%以上') +
      '\n附：考核说明。各区县空气质量优良率保持在95%以上的，给予通报表扬并在年度考核中加分。';
    const m = matchQuote(edited, sel)!;
    expect(edited.slice(m.start, m.end)).toBe('空气质量优良率稳定保持在95%以上');
  });
});

describe('matchQuote: whitespace, zero-width and full-width differences', () => {
  test.each([
    ['a space inside', '新增学位1.85万个', '新增学位 1.85 万个'],
    ['a line break inside (a <br> became a separator)', '新增学位1.85万个，新建改扩建学校12所', '新增学位1.85万个，\n新建改扩建学校12所'],
    ['a zero-width space inside a figure', '新增学位1.85万个', '新增学位1.\u200B85万个'],
    ['ZWJ, ZWNJ and BOM', '新增学位1.85万个', '新增\u200D学位\uFEFF1.85\u200C万个'],
    ['full-width digits on the page', '空气质量优良率保持在95%以上', '空气质量优良率保持在９５％以上'],
    ['a full-width decimal point on the page', '新增学位1.85万个', '新增学位１．８５万个'],
    ['an ideographic space', '下降百分之五', '下降\u3000百分之五'],
  ])('%s', (_name, exact, variant) => {
    const sel = selectorFor(REPORT, exact);
    const edited = REPORT.replace(exact, variant);
    const m = matchQuote(edited, sel);
    const at = edited.indexOf(variant);
    expectFound(m, edited, at, at + variant.length, 'fuzzy');
  });

  it('works the other way round: full-width quote saved, ASCII page', () => {
    const saved = REPORT.replace('95%以上', '９５％以上');
    const sel = selectorFor(saved, '保持在９５％以上');
    const m = matchQuote(REPORT, sel);
    const at = REPORT.indexOf('保持在95%以上');
    expectFound(m, REPORT, at, at + '保持在95%以上'.length, 'fuzzy');
  });

  it('returns offsets in the original text, not the normalised one', () => {
    const edited = '  \u200B  ' + REPORT.replace('新增学位1.85万个', '新增学位 1 . 85万个');
    const m = matchQuote(edited, selectorFor(REPORT, '新增学位1.85万个'))!;
    expect(edited.slice(m.start, m.end)).toBe('新增学位 1 . 85万个');
  });
});

describe('matchQuote: a figure that changed is never re-attached', () => {
  test.each([
    ['95% → 96%', '空气质量优良率达到95%', '95%', '96%'],
    ['95% → 96% with the whole sentence otherwise identical', '保持在95%以上', '保持在95%以上', '保持在96%以上'],
    ['1.85万个 → 1.86万个', '新增学位1.85万个', '1.85万个', '1.86万个'],
    ['1.85万个 → 1.85亿个', '新增学位1.85万个', '1.85万个', '1.85亿个'],
    ['1.85万个 → 1.85万吨 (unit)', '新增学位1.85万个', '1.85万个', '1.85万吨'],
    ['百分之五 → 百分之六', '能耗下降百分之五', '百分之五', '百分之六'],
    ['12所 → 13所', '新建改扩建学校12所', '12所', '13所'],
    ['95% → 195% (the quote is inside a longer number)', '达到95%', '达到95%', '达到195%'],
    ['95% → 95.5%', '达到95%', '达到95%', '达到95.5%'],
    ['5.2% → 5.2个百分点', '增长5.2%', '增长5.2%', '增长5.2个百分点'],
    ['a figure dropped', '城镇新增就业1.85万人，空气质量', '1.85万人，', '较多，'],
    ['full-width 96 for a saved 95', '空气质量优良率达到95%', '95%', '９６％'],
  ])('%s', (_name, exact, from, to) => {
    const sel = selectorFor(REPORT, exact);
    const i = REPORT.indexOf(exact) + exact.indexOf(from);
    const edited = REPORT.slice(0, i) + to + REPORT.slice(i + from.length);
    expect(matchQuote(edited, sel)).toBeNull();
  });

  it('the number run continues through the saved context: "95" saved before "%" does not match "95个"', () => {
    const t = '比例达到95%以上。';
    const sel = describeRange(t, 4, 6); // "95"
    expect(matchQuote(t, sel)).toMatchObject({ start: 4, end: 6, how: 'exact' });
    expect(matchQuote('比例达到95个以上。', sel)).toBeNull();
  });

  it('a changed figure elsewhere in the sentence does not matter', () => {
    const sel = selectorFor(REPORT, '空气质量优良率达到95%');
    const edited = REPORT.replace('城镇新增就业1.85万人，', '城镇新增就业1.9万人，');
    expect(matchQuote(edited, sel)).not.toBeNull();
  });
});

describe('matchQuote: not found', () => {
  test.each([
    ['an unrelated text', '新增学位1.85万个', '今天天气很好，我们去公园散步。'],
    ['the paragraph removed', '新增学位1.85万个', REPORT.split('\n').slice(0, 5).join('\n')],
    ['an empty text', '新增学位1.85万个', ''],
  ])('%s', (_name, exact, text) => {
    expect(matchQuote(text, selectorFor(REPORT, exact))).toBeNull();
  });

  it('an empty or whitespace-only quote', () => {
    expect(matchQuote(REPORT, { quote: { exact: '', prefix: '', suffix: '' } })).toBeNull();
    expect(matchQuote(REPORT, { quote: { exact: ' \n', prefix: '', suffix: '' } })).toBeNull();
  });

  it('a body between prefix and suffix that is nothing like the quote', () => {
    const sel = selectorFor(REPORT, '城镇新增就业1.85万人以上');
    const edited = REPORT.replace('城镇新增就业1.85万人以上', '外贸进出口总额稳中有升1.85万人以上');
    // same figures, same context, but the body shares too little with the quote
    expect(matchQuote(edited, sel, { minBodySimilarity: 0.9 })).toBeNull();
  });

  it('minScore filters weak candidates', () => {
    const sel = selectorFor(REPORT, '城镇新增就业1.85万人以上');
    const edited = REPORT.replace('城镇新增就业1.85万人以上', '城镇新增就业人数1.85万人以上');
    expect(matchQuote(edited, sel, { minScore: 0.99 })).toBeNull();
    expect(matchQuote(edited, sel, { minScore: 0.5 })).not.toBeNull();
  });
});

describe('matchQuote: edges of the text', () => {
  it('a quote that opened the text, reworded', () => {
    const sel = describeRange(REPORT, 0, '一、2024年工作回顾'.length);
    expect(sel.quote.prefix).toBe('');
    const edited = REPORT.replace('一、2024年工作回顾', '一、2024年政府工作回顾');
    const m = matchQuote(edited, sel)!;
    expect(edited.slice(m.start, m.end)).toBe('一、2024年政府工作回顾');
  });

  it('a quote that closed the text, with whitespace added', () => {
    const tail = '确保完成国家下达的目标任务。';
    const sel = selectorFor(REPORT, tail);
    const m = matchQuote(REPORT.replace(tail, '确保完成 国家下达的目标任务。'), sel)!;
    expect(m.how).toBe('fuzzy');
  });

  it('is not fooled by the normalisation cache when texts alternate', () => {
    const a = REPORT;
    const b = REPORT.replace('新增学位1.85万个', '新增学位 1.85万个');
    const sel = selectorFor(REPORT, '新增学位1.85万个');
    const ma = matchQuote(a, sel)!;
    const mb = matchQuote(b, sel)!;
    const ma2 = matchQuote(a, sel)!;
    expect(normalizeString(a.slice(ma.start, ma.end))).toBe('新增学位1.85万个');
    expect(normalizeString(b.slice(mb.start, mb.end))).toBe('新增学位1.85万个');
    expect(ma2).toEqual(ma);
  });
});

describe('matchQuote: words that merely contain numerals', () => {
  const T = '坚持稳中求进工作总基调。进一步提高城镇新增就业1.85万人以上，千方百计稳定就业。各项工作扎实推进。';
  test.each([
    ['进一步 → 持续', '进一步提高城镇新增就业1.85万人以上', '进一步提高', '持续提高'],
    ['千方百计 dropped from the context', '进一步提高城镇新增就业1.85万人以上', '，千方百计稳定就业', '，稳定就业'],
  ])('%s: still found', (_name, exact, from, to) => {
    const sel = selectorFor(T, exact);
    const edited = T.replace(from, to);
    const m = matchQuote(edited, sel);
    expect(m).not.toBeNull();
    expect(edited.slice(m!.start, m!.end)).toContain('1.85万人以上');
  });
});

describe('matchQuote: cost', () => {
  it('re-anchors 300 items on a 150,000-character page quickly', () => {
    const paras = Array.from({ length: 1500 }, (_, i) =>
      `第${i}项：全市地区生产总值增长${(i % 9) + 1}.${i % 10}%，城镇新增就业${i}人，各项指标稳中向好。`,
    );
    const page = paras.join('\n');
    const edited = paras.map((p, i) => (i % 3 === 0 ? p.replace('，', '， ') : i % 3 === 1 ? p.replace('各项', '多项') : p)).join('\n');
    const items = Array.from({ length: 300 }, (_, k) => {
      const i = k * 5;
      const exact = `城镇新增就业${i}人`;
      const at = page.indexOf(`第${i}项：`) + page.slice(page.indexOf(`第${i}项：`)).indexOf(exact);
      return describeRange(page, at, at + exact.length);
    });
    const t0 = performance.now();
    let found = 0;
    for (const sel of items) {
      const m = matchQuote(edited, sel);
      if (m && edited.slice(m.start, m.end) === sel.quote.exact) found++;
    }
    expect(found).toBe(300);
    expect(performance.now() - t0).toBeLessThan(3000);
  });
});
