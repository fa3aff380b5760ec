/**
 * Stored items read again: an item collected under an older extractor keeps the metric and figure
 * that extractor read (schema v4's upgrade leaves them as they were). When the page is visited
 * again and the stored item stands exactly on a detection, the store takes the extractor's new
 * reading of the passage ('items/reparse'), so old items gain the clean metric, the indicator,
 * direction, from-value and period. Never for an item the reader marked by hand or whose meaning
 * the reader corrected (parsedByReader), and never to blank a metric: a reading without one keeps
 * the stored metric.
 *
 * Pure: no DOM.
 */

import { parsedFieldsOf, rereadFields, sameParsedFields, type ParsedFields } from '../store/records';
import type { PageItem } from './page-items';

export interface Reparse {
  id: string;
  fields: ParsedFields;
}

/** The shown items whose stored reading is older than the detection they stand on. */
export function staleReadings(shown: Iterable<PageItem>): Reparse[] {
  const out: Reparse[] = [];
  for (const item of shown) {
    const { record, detected } = item;
    if (!record || !detected || record.source !== 'auto' || record.parsedByReader) continue;
    const stored = parsedFieldsOf(record);
    const fields = rereadFields(stored, parsedFieldsOf(detected));
    if (!sameParsedFields(stored, fields)) out.push({ id: record.id, fields });
  }
  return out;
}
