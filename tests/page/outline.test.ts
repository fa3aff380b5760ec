import { describe, expect, it } from 'vitest';
import { outlineOf, outlineSize, searchOutline } from '../../lib/page/outline';
import type { PageItem } from '../../lib/page/page-items';

const item = (key: string, section: string, text: string, kind: PageItem['kind'] = 'target'): PageItem =>
  ({ key, kind, start: 0, end: 1, space: 'main', record: null, detected: { section, text } as never }) as PageItem;

const ITEMS = [
  item('a', '一、工作回顾', '地区生产总值增长5.2%', 'result'),
  item('b', '一、工作回顾', '货物进出口总额9.5万亿元', 'result'),
  item('c', '二、今年目标', '地区生产总值增长5%左右'),
  item('hidden', '二、今年目标', '新增学位2万个'),
  item('d', '', '图片说明：绿道1200公里'),
];

describe('the outline of the items', () => {
  const outline = outlineOf(ITEMS, (key) => key !== 'hidden');

  it('groups the shown items by section, in page order', () => {
    expect(outline.map((s) => [s.title, s.entries.map((e) => e.key)])).toEqual([
      ['一、工作回顾', ['a', 'b']],
      ['二、今年目标', ['c']],
      ['', ['d']],
    ]);
    expect(outlineSize(outline)).toBe(4);
  });

  it.each([
    ['', 4],
    ['地区生产总值', 2],
    ['生产总值 5%', 1],
    ['工作回顾', 2], // a section's title matches all its items
    ['进出口', 1],
    ['没有这个', 0],
  ])('finds %j in %i items', (query, count) => {
    expect(outlineSize(searchOutline(outline, query))).toBe(count);
  });
});
