import { describe, expect, test } from 'vitest';
import { FIGURE_UNITS, PASSAGE_UNITS } from '../../lib/text/units';

describe('the unit lexicon', () => {
  test.each([
    ['12吨标准煤', 2, '吨标准煤'],
    ['300万标准箱', 4, '标准箱'],
    ['500千伏', 3, '千伏'],
    ['1.32万元/年', 5, '元/年'],
    ['达到2个百分点', 3, '个百分点'],
    ['PM2.5', 0, ''], // a letter unit must not run into letters: P of PM
    ['算力达到10P以上', 6, 'P'],
    ['2027年', 4, ''],
  ])('%s at %d: the figure unit is "%s"', (text, at, unit) => {
    expect(FIGURE_UNITS.at(text, at)).toBe(unit);
  });

  test('a passage also counts the words the extractor reads as dates', () => {
    expect(PASSAGE_UNITS.at('2027年', 4)).toBe('年');
    expect(PASSAGE_UNITS.at('第十四届', 3)).toBe('届');
    expect(PASSAGE_UNITS.at('12吨标准煤', 2)).toBe('吨标准煤');
  });
});
