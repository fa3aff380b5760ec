import { describe, expect, test } from 'vitest';
import {
  EMPTY_FILTER,
  applyFilter,
  isFiltering,
  pruneFilter,
  toItemFilter,
  toggled,
  type CollectionFilter,
} from '../../lib/collection/filter';
import { REPORT_B, item } from './fixtures';

const gdp = item({ id: 'gdp', tags: ['经济', '重点'], note: '与去年持平' });
const jobs = item({ id: 'jobs', quote: '城镇新增就业1200万人以上', metric: '城镇新增就业', tags: ['就业'] });
const grain = item({ id: 'grain', kind: 'result', quote: '粮食产量1.4万亿斤', metric: '粮食产量', reportId: REPORT_B.id });
const promise = item({ id: 'promise', kind: 'commitment', quote: '确保完成全年目标任务', metric: '', status: 'orphaned', tags: ['重点'] });
const hidden = item({ id: 'hidden', status: 'dismissed', tags: ['经济'] });
const ALL = [gdp, jobs, grain, promise, hidden];

const f = (over: Partial<CollectionFilter>): CollectionFilter => ({ ...EMPTY_FILTER, ...over });

describe('applyFilter', () => {
  test.each<[string, Partial<CollectionFilter>, string[]]>([
    ['nothing: every item but the dismissed', {}, ['gdp', 'jobs', 'grain', 'promise']],
    ['every status', { status: 'all' }, ['gdp', 'jobs', 'grain', 'promise', 'hidden']],
    ['dismissed only', { status: 'dismissed' }, ['hidden']],
    ['orphaned only', { status: 'orphaned' }, ['promise']],
    ['one tag', { tags: ['重点'] }, ['gdp', 'promise']],
    ['all of two tags', { tags: ['重点', '经济'] }, ['gdp']],
    ['any of two tags', { tags: ['就业', '经济'], tagMatch: 'any' }, ['gdp', 'jobs']],
    ['a kind', { kinds: ['result'] }, ['grain']],
    ['two kinds', { kinds: ['result', 'commitment'] }, ['grain', 'promise']],
    ['a report', { reportId: REPORT_B.id }, ['grain']],
    ['text in the quote', { text: '1200万' }, ['jobs']],
    ['text in the metric', { text: '粮食' }, ['grain']],
    ['text in the note', { text: '去年' }, ['gdp']],
    ['two terms, each somewhere', { text: '国内 去年' }, ['gdp']],
    ['blank text is no filter', { text: '   ' }, ['gdp', 'jobs', 'grain', 'promise']],
    ['case-insensitive', { text: 'GDP' }, []],
    ['combined', { kinds: ['target'], tags: ['重点'], text: '增长' }, ['gdp']],
  ])('%s', (_, filter, ids) => {
    expect(applyFilter(ALL, f(filter)).map((i) => i.id)).toEqual(ids);
  });

  test('Latin text matches whatever its case', () => {
    const x = item({ id: 'x', note: 'Check GDP source' });
    expect(applyFilter([x], f({ text: 'gdp' })).map((i) => i.id)).toEqual(['x']);
  });
});

describe('toItemFilter', () => {
  test.each<[Partial<CollectionFilter>, object]>([
    [{}, { status: ['active', 'orphaned'] }],
    [{ status: 'all' }, {}],
    [{ tags: ['a'], tagMatch: 'any', kinds: ['target'], text: 'x', reportId: 'r' }, { reportId: 'r', tags: ['a'], tagMatch: 'any', kinds: ['target'], text: 'x', status: ['active', 'orphaned'] }],
  ])('%j → %j', (filter, expected) => {
    expect(toItemFilter(f(filter))).toEqual(expected);
  });
});

describe('helpers', () => {
  test.each<[Partial<CollectionFilter>, boolean]>([
    [{}, false],
    [{ status: 'all' }, false],
    [{ text: ' ' }, false],
    [{ text: 'x' }, true],
    [{ kinds: ['target'] }, true],
    [{ tags: ['a'] }, true],
    [{ reportId: 'r' }, true],
  ])('isFiltering(%j) = %s', (filter, expected) => {
    expect(isFiltering(f(filter))).toBe(expected);
  });

  test.each([
    [['a', 'b'], 'a', ['b']],
    [['a'], 'b', ['a', 'b']],
    [[], 'a', ['a']],
  ])('toggled(%j, %s) = %j', (list, v, expected) => {
    expect(toggled(list, v)).toEqual(expected);
  });

  test('pruneFilter drops tags and reports that are gone, else keeps the object', () => {
    const known = { tags: new Set(['a']), reports: new Set(['r1']) };
    const keep = f({ tags: ['a'], reportId: 'r1' });
    expect(pruneFilter(keep, known)).toBe(keep);
    expect(pruneFilter(f({ tags: ['a', 'gone'], reportId: 'r2' }), known)).toEqual(f({ tags: ['a'], reportId: null }));
  });
});
