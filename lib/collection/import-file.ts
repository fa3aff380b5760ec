/** Checks on a backup file before its text is read and sent to the background. */

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
