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
