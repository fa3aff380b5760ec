import { describe, expect, test } from 'vitest';
import { extractItems } from '../../lib/extract';

/** The item whose text holds `figure`. */
function itemWith(text: string, figure: string) {
  const item = extractItems(text).find((it) => it.text.includes(figure));
  expect(item, `an item with ${figure} in ${text}`).toBeDefined();
  return item!;
}

// Issue 12: a cue governs the clause it stands in, and what that clause leads into; the card
// names the cue that was read (strengthCue), as the report writes it.
describe('which strength cue governs a figure', () => {
  test.each([
    ['the cue in the figure’s own clause', '力争空气质量优良率达到95%。', '95%', 'aspirational', '力争'],
    ['an adverb before the verb', '城镇调查失业率严格控制在5.5%以内。', '5.5%', 'binding', '严格'],
    [
      'a cue in an earlier clause with its own verb governs that verb only',
      '坚决落实耕地保护和粮食安全党政同责，推进撂荒耕地复耕复种，实现粮食播种面积3320万亩、产量1285万吨以上。',
      '1285万吨', null, null,
    ],
    [
      'a cue whose clause states a figure leads the list of figures after it',
      '确保粮食产量稳定在1.3万亿斤以上，城镇新增就业1200万人左右。',
      '1200万人', 'binding', '确保',
    ],
    [
      'a cue whose clause states a target without a figure leads the list too',
      '力争人均预期寿命接近全国平均水平，人均受教育年限达到11.7年。',
      '11.7年', 'aspirational', '力争',
    ],
    [
      'a cue that only leads in (力争到2030年，) governs its whole segment',
      '力争到2030年，全体居民人均可支配收入达到全国平均水平，常住人口城镇化率达到75%左右。',
      '75%', 'aspirational', '力争',
    ],
    ['a cue before a colon leads in', '确保：粮食产量1.3万亿斤以上，城镇新增就业1200万人左右。', '1200万人', 'binding', '确保'],
    [
      'a clause that states no target ends the list',
      '确保粮食产量稳定在1.3万亿斤以上，加强耕地保护，城镇新增就业1200万人左右。',
      '1200万人', null, null,
    ],
    [
      '“争取更好结果” qualifies the figure before it, not the list after it',
      '地区生产总值增长5%左右，在实际工作中努力争取更好结果，城镇新增就业45万人以上。',
      '45万人', null, null,
    ],
    ['a cue does not reach past ；', '确保粮食产量1.3万亿斤以上；城镇新增就业1200万人左右。', '1200万人', null, null],
    [
      'a later cue takes over the list',
      '力争研发投入强度达到3.35%，确保财政科技资金增幅高于经常性收入增幅，研发费用与营收之比达到3.25%左右。',
      '3.25%', 'binding', '确保',
    ],
    ['a cue before a pause is a noun', '做了很大努力，城镇新增就业1100万人以上。', '1100万人', null, null],
    ['the cue as the report writes it', '確保糧食產量1.3萬億斤以上。', '1.3萬億斤', 'binding', '確保'],
  ])('%s', (_, text, figure, strength, cue) => {
    expect(itemWith(text, figure)).toMatchObject({ strength, strengthCue: cue });
  });
});

describe('which strength cue governs a commitment', () => {
  test.each([
    ['its own clause', '争创法治浙江建设示范区。', '示范区', 'aspirational', '争创'],
    ['a cue whose clause has its own verb', '坚决落实耕地保护责任，建成高标准农田示范区。', '建成', null, null],
    ['a cue that leads in', '确保：建成高标准农田示范区，完成老旧小区改造任务。', '完成', 'binding', '确保'],
  ])('%s', (_, text, words, strength, cue) => {
    expect(itemWith(text, words)).toMatchObject({ kind: 'commitment', strength, strengthCue: cue });
  });
});

test('every item with a strength names its cue, and only those', () => {
  const text = '力争地区生产总值增长5%左右，确保粮食产量1.3万亿斤以上，新增学位1.85万个。过去一年增长5.2%。';
  for (const item of extractItems(text)) expect(item.strengthCue === null).toBe(item.strength === null);
});
