import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { describe, expect, test } from 'vitest';
import { extractItems } from '../../lib/extract';
import { isCommitmentClause } from '../../lib/extract/commitments';
import { WordLists } from '../../lib/extract/word-lists';
import { CORPUS, textFiles } from './corpus-texts';

// The gate open: every rule is tried on every clause, as if RULE_WORDS held each rule's every word.
const everyRuleTried = (clause: string) => isCommitmentClause(clause, { foundIn: () => WordLists.ALL });

/** Every clause the commitment finder reads in `text`, in order (the gate shut, as it runs). */
function clausesRead(text: string): string[] {
  const clauses: string[] = [];
  extractItems(text, {}, (clause) => {
    clauses.push(clause);
    return isCommitmentClause(clause);
  });
  return clauses;
}

// RULE_WORDS is a hand-kept copy of each rule's verbs: a word a rule reads and RULE_WORDS lacks
// loses that rule's commitments, silently. Over every text of the corpus (the eval dev texts are
// among them), each clause the finder reads must be a commitment with the gate as without it, so
// the commitments found are the same; a failure names the clauses the gate wrongly let go.
describe('the rule words let through every commitment the rules find', () => {
  const files = textFiles();

  test('the corpus is there', () => {
    expect(files.length).toBeGreaterThanOrEqual(100);
  });

  test.each(files.map((path) => [relative(CORPUS, path), path]))('%s', (_, path) => {
    const clauses = clausesRead(readFileSync(path, 'utf8').replace(/^\uFEFF/, ''));
    // A communiqué or a review promises nothing and is not read; a whole report is, clause by clause.
    if (/\/(national|provincial-2026)\//.test(path)) expect(clauses.length).toBeGreaterThan(300);
    expect(clauses.filter((clause) => isCommitmentClause(clause) !== everyRuleTried(clause))).toEqual([]);
  });
});
