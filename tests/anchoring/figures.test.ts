import { describe, expect, test } from 'vitest';
import { extractFigures, figureRunAfter, figureRunBefore, figuresInContext } from '../../lib/anchoring/figures';

describe('extractFigures', () => {
  test.each([
    ['空气质量优良率达到95%', ['95%']],
    ['新增学位1.85万个', ['1.85万个']],
    ['新增学位１．８５万个', ['1.85万个']],
    ['增长 5 . 2 ％', ['5.2%']],
    ['单位GDP能耗下降百分之五', ['百分之五']],
    ['达到百分之百，千分之三', ['百分之百', '千分之三']],
    ['进一步统一规划，千方百计，万众一心，十分重要', []],
    ['发展第三产业，建设一批项目，用二十天', ['第三', '一批', '二十天']],
    ['二〇二五年', ['二〇二五年']],
    ['提高2个百分点', ['2个百分点']],
    ['到2027年建成12所学校', ['2027年', '12所']],
    ['投资1,234.5亿元', ['1234.5亿元']],
    ['两年内完成三千万吨', ['两年', '三千万吨']],
    ['没有数字的句子', []],
    ['1.\u200B85万', ['1.85万']],
    // The extractor's units (one lexicon, lib/text/units.ts): the same figure to re-anchoring.
    ['节能12吨标准煤', ['12吨标准煤']],
    ['集装箱吞吐量300万标准箱', ['300万标准箱']],
    ['建成500千伏变电站', ['500千伏']],
    ['低保标准1.32万元/年', ['1.32万元/年']],
    // Folded as the extractor folds: Traditional characters and the word joiner.
    ['電力一百零八億度', ['一百零八亿度']],
    ['1.\u206085萬個', ['1.85万个']],
    // A single numeral that makes a word with what follows is no figure.
    ['一起建设，一方面，一部分', []],
  ])('%s', (text, figures) => {
    expect(extractFigures(text)).toEqual(figures);
  });
});

describe('figures read in context', () => {
  test.each([
    // [text, offset, before, after]
    ['达到195%以上', 4, '19', '5%'],
    ['达到95%以上', 2, '', '95%'],
    ['共1.85万个学位', 3, '1.', '85万个'],
    ['共５万\u200B个', 2, '5', '万个'],
    ['第一\n2', 3, '', '2'],
    ['12\n34', 3, '', '34'],
  ])('%s at %d', (text, offset, before, after) => {
    expect(figureRunBefore(text, offset)).toBe(before);
    expect(figureRunAfter(text, offset)).toBe(after);
  });

  test.each([
    ['95%', '1', '', ['195%']],
    ['95', '', '%', ['95%']],
    ['学位', '12', '个', []],
    ['1.85万', '', '个', ['1.85万个']],
  ])('%s between %s and %s', (body, before, after, figures) => {
    expect(figuresInContext(body, before, after)).toEqual(figures);
  });
});
