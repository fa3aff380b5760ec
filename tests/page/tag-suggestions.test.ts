import { describe, expect, it } from 'vitest';
import { FEW_TAGS, recentTagsOf, suggestTags } from '../../lib/page/tag-suggestions';

const KNOWN = ['民生', '教育', '就业', '交通', '环保', '医疗', '住房', '养老', '农业', '科技', '就业质量', '教育公平'];

describe('the tags a card offers', () => {
  it.each([
    ['nothing typed: the last used first, then the most used, a few only', { recent: ['农业', '科技'], onItem: [], typed: '' }, ['农业', '科技', '民生', '教育', '就业', '交通']],
    ['tags on the item are not offered', { recent: ['农业'], onItem: ['民生', '农业'], typed: '' }, ['教育', '就业', '交通', '环保', '医疗', '住房']],
    ['a recent tag no longer in the store is left out', { recent: ['已删除的'], onItem: [], typed: '' }, ['民生', '教育', '就业', '交通', '环保', '医疗']],
    ['typed: every match, those starting with it first', { recent: [], onItem: [], typed: '教育' }, ['教育', '教育公平']],
    ['typed: matches anywhere in the name, not only at its start', { recent: [], onItem: ['就业'], typed: '质量' }, ['就业质量']],
  ])('%s', (_, choices, expected) => {
    const offered = suggestTags({ known: KNOWN, ...choices });
    expect(offered).toEqual(expected);
    if (!choices.typed) expect(offered.length).toBeLessThanOrEqual(FEW_TAGS);
  });

  it('reads the tags used last from the records, the latest change first', () => {
    expect(
      recentTagsOf([
        { tags: ['a', 'b'], updatedAt: 1 },
        { tags: ['c', 'a'], updatedAt: 3 },
        { tags: [], updatedAt: 5 },
      ]),
    ).toEqual(['c', 'a', 'b']);
  });
});
