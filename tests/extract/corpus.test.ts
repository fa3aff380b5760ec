import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, test } from 'vitest';
import { extractItems, reportIdentityOf } from '../../lib/extract';

const CORPUS = join(__dirname, '../fixtures/corpus');

function textFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? textFiles(path) : name.endsWith('.txt') ? [path] : [];
  });
}

describe('every real report in the corpus', () => {
  const files = textFiles(CORPUS);

  test('the corpus is there', () => {
    expect(files.length).toBeGreaterThanOrEqual(59);
  });

  test.each(files.map((f) => [relative(CORPUS, f), f]))('%s', (_, path) => {
    const text = readFileSync(path, 'utf8').replace(/^\uFEFF/, '');
    const items = extractItems(text);
    // Whole reports always promise something; a passage may be all glossary (jiangxi-2026-list).
    if (/\/(national|provincial-2026)\//.test(path)) expect(items.length).toBeGreaterThan(20);
    if (path.includes('/seeds/')) expect(items.length).toBeGreaterThan(5);
    let previous = -1;
    for (const item of items) {
      // Offsets index the input as read, and the item's text is what stands there.
      expect(item.start).toBeGreaterThanOrEqual(0);
      expect(item.end).toBeLessThanOrEqual(text.length);
      expect(item.start).toBeLessThan(item.end);
      expect(text.slice(item.start, item.end)).toBe(item.text);
      expect(item.start).toBeGreaterThanOrEqual(previous);
      previous = item.start;
      if (item.kind === 'commitment') expect(item.value).toBeNull();
      else expect(Number.isFinite(item.value)).toBe(true);
    }
  });
});

describe('the review part of every provincial report', () => {
  const dir = join(CORPUS, 'provincial-2026');
  const reports = readdirSync(dir).filter((name) => name.endsWith('.txt'));

  // From 一、…回顾 to the next numbered part: what it reports was done, so nothing in it is a plan.
  test.each(reports)('%s: its review holds results only', (name) => {
    const text = readFileSync(join(dir, name), 'utf8');
    const opening = /^一、[^\n]*回顾[^\n]*$/m.exec(text);
    if (!opening || /目标|任务/.test(opening[0])) return;
    const next = /^二、/m.exec(text.slice(opening.index));
    const end = next ? opening.index + next.index : text.length;
    const planned = extractItems(text)
      .filter((item) => item.start >= opening.index && item.start < end && item.kind !== 'result')
      .map((item) => `${item.kind}: ${item.text}`);
    expect(planned).toEqual([]);
  });
});

describe('the genre of every corpus file decides what its figures are', () => {
  const files = textFiles(CORPUS).map((f) => {
    const text = readFileSync(f, 'utf8').replace(/^\uFEFF/, '');
    return { name: relative(CORPUS, f), text, genre: reportIdentityOf(text, { title: f }).genre };
  });

  test('every genre of issue 9 is in the corpus', () => {
    const genres = new Set(files.map((f) => f.genre));
    for (const genre of ['statistical_communique', 'plan', 'livelihood_projects', 'government_work_report'] as const) expect(genres).toContain(genre);
  });

  const kindsIn = (text: string) => new Set(extractItems(text).filter((item) => item.kind !== 'commitment').map((item) => item.kind));
  const inGenre = (...genres: string[]) => files.filter((f) => genres.includes(f.genre)).map((f) => [f.name, f.text] as const);

  // A communiqué or a statistics analysis reports what happened: results only, and no deliverable.
  test.each(inGenre('statistical_communique'))('%s: a communiqué yields results only', (_, text) => {
    expect(extractItems(text).filter((item) => item.kind !== 'result').map((item) => `${item.kind}: ${item.text}`)).toEqual([]);
  });

  // An action plan, a plan outline, a list of 民生实事: every figure is a target.
  // (A news item on a plan may state no figure at all: then it yields none.)
  test.each(inGenre('plan', 'livelihood_projects'))('%s: a plan yields targets only', (_, text) => {
    expect([...kindsIn(text)].filter((kind) => kind !== 'target')).toEqual([]);
  });

  // Whole government work reports review the past year and plan the next: both.
  test.each(inGenre('government_work_report').filter(([name]) => /^(?:national|provincial-2026)\//.test(name)))(
    '%s: a government work report still has both',
    (_, text) => {
      expect([...kindsIn(text)].sort()).toEqual(['result', 'target']);
    },
  );
});
