import { describe, expect, it } from 'vitest';
import { selectorFor } from '../../lib/store/records';
import { placeSaved } from '../../lib/page/reanchor';
import { readCorpus, SEED_FILE } from '../e2e/fixtures/pages';

const TEXT = readCorpus(SEED_FILE).trim();

/** The selector an item gets when stored, for the first occurrence of `quote` in `text`. */
function saved(quote: string, text = TEXT) {
  const start = text.indexOf(quote);
  if (start === -1) throw new Error(`not in the text: ${quote}`);
  return selectorFor(text, start, start + quote.length);
}

const at = (text: string, p: { start: number; end: number } | null) => (p ? text.slice(p.start, p.end) : null);

describe('finding saved items again', () => {
  it('finds an item where it was: same text, same place', () => {
    const selector = saved('新增学位1.85万个');
    expect(placeSaved(selector, TEXT)).toEqual({ ...selector.position, space: 'main' });
  });

  it('finds an item that moved: text added before it', () => {
    const selector = saved('新增学位1.85万个');
    const edited = `本报告根据会议讨论意见作了修改。\n${TEXT}`;
    const found = placeSaved(selector, edited);
    expect(found?.space).toBe('main');
    expect(found!.start).toBe(selector.position.start + '本报告根据会议讨论意见作了修改。\n'.length);
    expect(at(edited, found)).toBe('新增学位1.85万个');
  });

  it('finds an item whose wording changed around the same figure (by its context)', () => {
    const selector = saved('新增学位1.85万个');
    const edited = TEXT.replace('新增学位1.85万个', '新增学位数1.85万个');
    const found = placeSaved(selector, edited);
    expect(at(edited, found)).toContain('1.85万个');
  });

  it('never re-attaches a saved figure to a different one', () => {
    const selector = saved('新增学位1.85万个');
    expect(placeSaved(selector, TEXT.replace('新增学位1.85万个', '新增学位1.86万个'))).toBeNull();
    const air = saved('力争空气质量优良率达到95%');
    expect(placeSaved(air, TEXT.replace('优良率达到95%', '优良率达到96%'))).toBeNull();
    expect(placeSaved(air, TEXT.replace('优良率达到95%', '优良率达到195%'))).toBeNull();
  });

  it('chooses the right one of repeated passages by its context', () => {
    const text = `甲地新增学位1万个，乙地新增学位1万个。\n丙地新增学位1万个。`;
    const second = text.indexOf('新增学位1万个', 5);
    const selector = selectorFor(text, second, second + '新增学位1万个'.length);
    const moved = `前言。\n${text}`;
    expect(placeSaved(selector, moved)!.start).toBe(second + '前言。\n'.length);
  });

  it('does not find an item whose passage is gone', () => {
    const selector = saved('新增学位1.85万个');
    const without = TEXT.split('\n').filter((line) => !line.includes('新增学位')).join('\n');
    expect(placeSaved(selector, without)).toBeNull();
  });

  it('finds an item marked outside the main text in the page text', () => {
    const live = `网站导航 首页\n图片说明：全区新建口袋公园12个\n${TEXT}`;
    const start = live.indexOf('新建口袋公园12个');
    const selector = selectorFor(live, start, start + '新建口袋公园12个'.length);
    expect(placeSaved(selector, TEXT)).toBeNull();
    expect(placeSaved(selector, TEXT, live)).toEqual({ start, end: start + '新建口袋公园12个'.length, space: 'live' });
  });
});
