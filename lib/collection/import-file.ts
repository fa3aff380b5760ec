/**
 * Checks on a backup file before its text is read and sent to the background,
 * and the one message its import ends with: what happened and, when something
 * went wrong, what to do, in the UI's language only.
 */

import type { ImportSummary } from '../backup/import';
import type { Bilingual } from '../backup/problems';
import type { Language, Translator } from '../i18n';
import type { CollectionMessages } from '../i18n/collection';

/**
 * Larger files are refused before reading. The text goes to the background in parts
 * ({@link textParts}): a runtime message carries at most 64 MiB, a full collection's backup more.
 */
export const MAX_IMPORT_BYTES = 400 * 1024 * 1024;

/** Characters per part: at most 3 bytes each in UTF-8, well under a message's 64 MiB. */
export const PART_CHARS = 8 * 1024 * 1024;

/** The text in parts of at most `size` characters, never splitting a surrogate pair. */
export function textParts(text: string, size: number = PART_CHARS): string[] {
  const parts: string[] = [];
  for (let i = 0; i < text.length; ) {
    let end = Math.min(text.length, i + size);
    const last = text.charCodeAt(end - 1);
    if (end < text.length && last >= 0xd800 && last <= 0xdbff) end--; // keep a pair whole
    parts.push(text.slice(i, end));
    i = end;
  }
  return parts.length ? parts : [''];
}

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

export interface ImportMessage {
  /** success: all imported; warning: imported, but records were left out; error: nothing changed. */
  tone: 'success' | 'warning' | 'error';
  text: string;
  /** The lines under the message: each record left out, what a merge could not hold, what to do. */
  details: string[];
}

/** The message an import ends with, and the lines naming what was left out (none if nothing was). */
export function importResult(s: ImportSummary, t: Translator<CollectionMessages>, language: Language): ImportMessage {
  const sentences = [
    t('importDone', {
      added: s.items.added,
      updated: s.items.updated,
      merged: s.items.merged,
      unchanged: s.items.unchanged,
      reports: s.reports.added,
    }),
  ];
  const details: string[] = [];
  const skipped = s.skipped.reports + s.skipped.items + s.skipped.tags + s.skipped.headlines;
  if (skipped) {
    sentences.push(t('importSkipped', { count: skipped }));
    details.push(...s.skipped.problems.map((m) => m[language]));
  }
  if (s.truncated.length) {
    sentences.push(t('importTruncated', { count: s.truncated.length }));
    details.push(
      ...s.truncated.slice(0, MAX_LISTED_TRUNCATIONS).map((x) => {
        const what = [
          ...(x.tags.length ? [t('importTruncatedTags', { tags: x.tags.join(t('listSeparator')) })] : []),
          ...(x.note ? [t('importTruncatedNote')] : []),
        ];
        const quote = x.quote.length > 30 ? `${x.quote.slice(0, 30)}…` : x.quote;
        return t('importTruncatedItem', { quote, what: what.join(t('clauseSeparator')) });
      }),
    );
    const more = s.truncated.length - MAX_LISTED_TRUNCATIONS;
    if (more > 0) details.push(t('importTruncatedMore', { count: more }));
  }
  if (skipped) details.push(t('importSkippedAdvice'));
  return { tone: skipped || s.truncated.length ? 'warning' : 'success', text: sentences.join(t('sentenceSeparator')), details };
}

/** A file refused whole: nothing changed, and why (each reason says what to do where there is something to do). */
export function importRefused(reasons: readonly (Bilingual | string)[], t: Translator<CollectionMessages>, language: Language): ImportMessage {
  return { tone: 'error', text: t('importRefused'), details: reasons.map((r) => (typeof r === 'string' ? r : r[language])) };
}
