import { describe, expect, it } from 'vitest';
import type { ExtractedItem } from '../../lib/extract/types';
import { autoKey, draftOf, mergeItems, NO_PARSED_FIELDS, readingOf, type PlacedRecord } from '../../lib/page/page-items';
import { summarise } from '../../lib/page/summary';
import { selectorFor, type ItemRecord } from '../../lib/store/records';

const TEXT = '新增学位1.85万个，新建学校12所。确保年底前完成老旧小区改造120个。';

function detected(text: string, kind: ExtractedItem['kind'] = 'target', extra: Partial<ExtractedItem> = {}): ExtractedItem {
  const start = TEXT.indexOf(text);
  return { start, end: start + text.length, kind, text, metric: '', value: null, max: null, unit: '', cmp: null, strength: null, deadline: null, section: '', indicator: null, direction: null, from: null, period: null, ...extra } as ExtractedItem;
}

function record(id: string, text: string, extra: Partial<ItemRecord> = {}): PlacedRecord {
  const start = TEXT.indexOf(text);
  const r: ItemRecord = {
    id,
    reportId: 'https://www.example.gov.cn/r',
    kind: 'target',
    selector: selectorFor(TEXT, start, start + text.length),
    ...NO_PARSED_FIELDS,
    tags: [],
    note: '',
    source: 'auto',
    status: 'active',
    parsedByReader: false,
    createdAt: 1,
    updatedAt: 1,
    ...extra,
  };
  return { record: r, at: { start, end: start + text.length, space: 'main' } };
}

const PLACES = detected('新增学位1.85万个', 'target', { metric: '学位', value: 18500, unit: '个' });
const SCHOOLS = detected('新建学校12所');
const HOMES = detected('确保年底前完成老旧小区改造120个', 'commitment');

describe('merging detections with stored items', () => {
  it('shows detections not stored under an auto key, stored ones under their record', () => {
    const stored = record('r1', '新建学校12所', { tags: ['教育'], kind: 'result' });
    const { shown } = mergeItems([HOMES, PLACES, SCHOOLS], [stored]);
    expect(shown.map((i) => [i.key, i.kind, i.record?.id ?? null])).toEqual([
      [autoKey(PLACES), 'target', null],
      ['r1', 'result', 'r1'], // the reader's kind wins over the detector's
      [autoKey(HOMES), 'commitment', null],
    ]);
    expect(shown[1].detected).toBe(SCHOOLS);
  });

  it('hides a dismissed detection, and one a stored item overlaps', () => {
    const dismissed = record('r1', '新增学位1.85万个', { status: 'dismissed' });
    const manual = record('r2', '老旧小区改造120个', { source: 'manual' });
    const merged = mergeItems([PLACES, SCHOOLS, HOMES], [dismissed, manual]);
    expect(merged.shown.map((i) => i.key)).toEqual([autoKey(SCHOOLS), 'r2']);
  });

  it('shows items placed in the page text after the main-text ones', () => {
    const live: PlacedRecord = { ...record('r3', '新建学校12所', { source: 'manual' }), at: { start: 2, end: 8, space: 'live' } };
    expect(mergeItems([PLACES], [live]).shown.map((i) => [i.key, i.space])).toEqual([
      [autoKey(PLACES), 'main'],
      ['r3', 'live'],
    ]);
  });

  it('reads an item from its record when stored, from the detector when not', () => {
    const [item] = mergeItems([PLACES], []).shown;
    expect(readingOf(item)).toMatchObject({ kind: 'target', quote: '新增学位1.85万个', metric: '学位', value: 18500, unit: '个', stored: false, tags: [] });
    const stored = mergeItems([PLACES], [record('r1', '新增学位1.85万个', { tags: ['教育'], note: '好', metric: '学位' })]).shown[0];
    expect(readingOf(stored)).toMatchObject({ stored: true, manual: false, tags: ['教育'], note: '好' });
  });

  it('drafts a detected item anchored in the main text, with the kind shown', () => {
    const [item] = mergeItems([PLACES], []).shown;
    const draft = draftOf({ ...item, kind: 'result' }, TEXT);
    expect(draft).toMatchObject({ kind: 'result', metric: '学位', value: 18500, unit: '个' });
    expect(draft.selector.quote).toEqual({ exact: '新增学位1.85万个', prefix: '', suffix: '，新建学校12所。确保年底前完成老旧小区改造120个。' });
    expect(draft.selector.position).toEqual({ start: 0, end: 10 });
  });
});

describe('the summary', () => {
  it('counts shown items by kind, collected and tagged', () => {
    const { shown } = mergeItems([PLACES, SCHOOLS, HOMES], [record('r1', '新建学校12所', { tags: ['教育'] }), record('r2', '确保年底前完成老旧小区改造120个', { kind: 'commitment' })]);
    expect(summarise(shown, { reportId: 'r', title: 't', state: 'ready', notFound: 2 })).toEqual({
      reportId: 'r',
      title: 't',
      state: 'ready',
      found: { target: 2, result: 0, commitment: 1 },
      total: 3,
      collected: 2,
      tagged: 1,
      notFound: 2,
    });
  });
});
