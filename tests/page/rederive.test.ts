/** Stored items read again when found on a detection (lib/page/rederive.ts). */
import { describe, expect, test } from 'vitest';
import type { ExtractedItem } from '../../lib/extract/types';
import { NO_PARSED_FIELDS, type PageItem } from '../../lib/page/page-items';
import { staleReadings } from '../../lib/page/rederive';
import type { ItemRecord } from '../../lib/store/records';

const QUOTE = '城镇新增就业从1100万人提高到1200万人以上';

/** What the extractor reads in QUOTE today. */
const NEW_READING = {
  ...NO_PARSED_FIELDS,
  metric: '城镇新增就业',
  indicator: 'urban_new_jobs',
  value: 12_000_000,
  unit: '人',
  cmp: '>=',
  direction: 'up',
  from: { value: 11_000_000, unit: '人' },
  period: { kind: 'year', year: 2026 },
  strength: 'binding',
  strengthCue: '确保',
} as const;

const detected: ExtractedItem = { start: 0, end: QUOTE.length, kind: 'target', text: QUOTE, ...NEW_READING };

/** A record stored under an older extractor: a poor metric, none of the new fields. */
function record(over: Partial<ItemRecord> = {}): ItemRecord {
  return {
    id: 'r1',
    reportId: 'https://www.gov.cn/r',
    kind: 'target',
    selector: { quote: { exact: QUOTE, prefix: '', suffix: '' }, position: { start: 0, end: QUOTE.length } },
    ...NO_PARSED_FIELDS,
    metric: '、从',
    value: 12_000_000,
    unit: '人',
    cmp: '>=',
    strength: 'binding',
    tags: ['就业'],
    note: '',
    source: 'auto',
    status: 'active',
    parsedByReader: false,
    createdAt: 1,
    updatedAt: 1,
    ...over,
  };
}

const shown = (r: ItemRecord | null, d: ExtractedItem | null): PageItem => ({ key: r?.id ?? 'auto:0-1', kind: 'target', start: 0, end: QUOTE.length, space: 'main', detected: d, record: r });

describe('staleReadings', () => {
  test('an old record on a detection takes the detection’s whole reading', () => {
    expect(staleReadings([shown(record(), detected)])).toEqual([
      {
        id: 'r1',
        fields: NEW_READING,
      },
    ]);
  });

  test('a detection without a metric never blanks the stored one', () => {
    const [update] = staleReadings([shown(record({ metric: '城镇新增就业' }), { ...detected, metric: '' })]);
    expect(update!.fields).toMatchObject({ metric: '城镇新增就业', indicator: 'urban_new_jobs' });
  });

  test.each<[string, PageItem]>([
    ['a record the reader corrected', shown(record({ parsedByReader: true }), detected)],
    ['an item marked by hand', shown(record({ source: 'manual' }), detected)],
    ['a record found on no detection', shown(record(), null)],
    ['a detection not stored', shown(null, detected)],
    ['a record that already reads the same', shown(record({ ...detected, id: 'r1', selector: record().selector }), detected)],
  ])('%s: nothing to read again', (_name, item) => {
    expect(staleReadings([item])).toEqual([]);
  });
});
