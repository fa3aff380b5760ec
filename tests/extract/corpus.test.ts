import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, test } from 'vitest';
import { extractItems } from '../../lib/extract';

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
