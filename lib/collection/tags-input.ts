/** Typing tags: "就业, 民生；重点" → ['就业', '民生', '重点']. */

import { LIMITS, normaliseTags } from '../store/records';

/** Commas and semicolons, ASCII or full-width, the ideographic comma, and line breaks separate tags. */
const SEPARATORS = /[,，;；、\n\r]+/;

export function parseTags(input: string): string[] {
  return normaliseTags(input.split(SEPARATORS));
}

/** Tags after adding `input` to `current`; the first problem, if any, as a message key. */
export function addTags(
  current: readonly string[],
  input: string,
): { tags: string[]; problem: 'tooLong' | 'tooMany' | null } {
  const added = parseTags(input);
  if (added.some((t) => t.length > LIMITS.tagLength)) return { tags: [...current], problem: 'tooLong' };
  const tags = normaliseTags([...current, ...added]);
  if (tags.length > LIMITS.tagsPerItem) return { tags: [...current], problem: 'tooMany' };
  return { tags, problem: null };
}
