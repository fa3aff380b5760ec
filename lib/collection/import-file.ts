/** Checks on a backup file before its text is read and sent to the background, and what its import says. */

import type { ImportSummary } from '../backup/import';
import type { Translator } from '../i18n';
import type { CollectionMessages } from '../i18n/collection';

/** Larger files are refused before reading: a runtime message carries at most 64 MiB. */
export const MAX_IMPORT_BYTES = 60 * 1024 * 1024;

export type ImportFileProblem = 'empty' | 'tooLarge' | null;

export function importFileProblem(file: { size: number }): ImportFileProblem {
  if (file.size === 0) return 'empty';
  if (file.size > MAX_IMPORT_BYTES) return 'tooLarge';
  return null;
}

/** A storage quota error from the background, whatever browser worded it. */
export function isQuotaError(message: string): boolean {
  return /QuotaExceeded|quota/i.test(message);
}

/** At most this many items are named under an import's message; the rest are counted. */
export const MAX_LISTED_TRUNCATIONS = 20;

/** The message an import ends with, and the lines naming what a merge left out (empty if nothing was). */
export function importResult(s: ImportSummary, t: Translator<CollectionMessages>): { text: string; details: string[] } {
  let text = t('importDone', {
    added: s.items.added,
    updated: s.items.updated,
    merged: s.items.merged,
    unchanged: s.items.unchanged,
    reports: s.reports.added,
  });
  if (!s.truncated.length) return { text, details: [] };
  text += t('sentenceSeparator') + t('importTruncated', { count: s.truncated.length });
  const details = s.truncated.slice(0, MAX_LISTED_TRUNCATIONS).map((x) => {
    const what = [
      ...(x.tags.length ? [t('importTruncatedTags', { tags: x.tags.join(t('listSeparator')) })] : []),
      ...(x.note ? [t('importTruncatedNote')] : []),
    ];
    const quote = x.quote.length > 30 ? `${x.quote.slice(0, 30)}…` : x.quote;
    return t('importTruncatedItem', { quote, what: what.join(t('clauseSeparator')) });
  });
  const more = s.truncated.length - MAX_LISTED_TRUNCATIONS;
  if (more > 0) details.push(t('importTruncatedMore', { count: more }));
  return { text, details };
}
