/** The store's refusals: one Error type, every message in Chinese and English. */

import { formatProblem, type Problem } from '../backup/problems';

/** An Error whose message says, in Chinese and English, what was refused and why. */
export class StoreError extends Error {
  override name = 'StoreError';
}

/** Throw a StoreError reading "中文 / English". */
export const fail = (zh: string, en: string): never => {
  throw new StoreError(`${zh} / ${en}`);
};

/** A StoreError listing a record's problems, one line each, under its label. */
export const problemsError = (label: string, problems: readonly Problem[]) =>
  new StoreError(problems.map((p) => formatProblem(label, p)).join('\n'));
