import { describe, expect, it } from 'vitest';
import { extractItems } from '../../lib/extract';
import { createMessageRouter } from '../../lib/messages';
import { capForExtraction, extractForPage, LONG_LINE_CHARS, MAX_EXTRACT_CHARS, PIECE_CHARS, piecesOf } from '../../lib/page/extract-budget';
import { largestProvincialFile, readCorpus } from '../e2e/fixtures/pages';

const REPORT = readCorpus(largestProvincialFile());
/** A whole report in one line, as pages that put it in one <p> with <br> or none give it. */
const ONE_LINE = REPORT.replace(/\n/g, '');

describe('how much of a page is extracted', () => {
  it('reads a report whole, and a text over the cap up to a paragraph end before it', () => {
    expect(capForExtraction(REPORT)).toEqual({ text: REPORT, total: REPORT.length, cut: false });
    const huge = Array.from({ length: 12 }, () => REPORT).join('\n');
    const capped = capForExtraction(huge);
    expect(capped.cut).toBe(true);
    expect(capped.total).toBe(huge.length);
    expect(capped.text.length).toBeLessThanOrEqual(MAX_EXTRACT_CHARS);
    expect(capped.text.length).toBeGreaterThan(MAX_EXTRACT_CHARS - 5_000);
    expect(capped.text.endsWith('\n')).toBe(true);
    expect(huge.startsWith(capped.text)).toBe(true);
  });

  it('cuts a text without line breaks at a sentence end', () => {
    const capped = capForExtraction(ONE_LINE, 10_000);
    expect(capped.text.length).toBeLessThanOrEqual(10_000);
    expect(capped.text).toMatch(/[。！？；]$/);
  });

  it('extracts a report with ordinary paragraphs in one piece, exactly as the command line does', async () => {
    expect(piecesOf(REPORT)).toEqual([{ start: 0, end: REPORT.length }]);
    expect(await extractForPage(REPORT, extractItems)).toEqual(extractItems(REPORT));
  });

  it('cuts a text with long lines into pieces at sentence ends', () => {
    const pieces = piecesOf(ONE_LINE);
    expect(ONE_LINE.length).toBeGreaterThan(LONG_LINE_CHARS);
    expect(pieces.length).toBeGreaterThan(5);
    expect(pieces.map((p) => ONE_LINE.slice(p.start, p.end)).join('')).toBe(ONE_LINE);
    for (const p of pieces) expect(p.end - p.start).toBeLessThanOrEqual(PIECE_CHARS);
    for (const p of pieces.slice(0, -1)) expect(ONE_LINE[p.end - 1]).toMatch(/[。！？；;!?]/);
  });

  it('finds the same items in a one-line report piece by piece, at the right offsets', async () => {
    const whole = extractItems(ONE_LINE);
    const pieces = await extractForPage(ONE_LINE, extractItems, async () => undefined);
    for (const item of pieces) expect(ONE_LINE.slice(item.start, item.end)).toBe(item.text);
    const key = (i: { start: number; end: number; kind: string }) => `${i.start}-${i.end}-${i.kind}`;
    const found = new Set(pieces.map(key));
    const same = whole.filter((i) => found.has(key(i))).length;
    expect(same / whole.length).toBeGreaterThan(0.95);
  });

  it('answers the worker’s other messages while a 150,000-character one-line page is extracted', async () => {
    const page = ONE_LINE.repeat(5).slice(0, 150_000);
    const router = createMessageRouter({
      'page/extract': (p: { text: string }) => extractForPage(p.text, extractItems),
      'tags/list': async () => [],
    });
    const answered: string[] = [];
    const extraction = router({ type: 'page/extract', payload: { text: page } }, {})!.then((reply) => {
      answered.push('page/extract');
      return reply;
    });
    // The popup asks for the tags just after: answered between two pieces, not after the whole page.
    const tags = router({ type: 'tags/list', payload: {} }, {})!.then(() => answered.push('tags/list'));
    const [reply] = await Promise.all([extraction, tags]);
    expect(answered).toEqual(['tags/list', 'page/extract']);
    expect(reply).toMatchObject({ ok: true });
    expect((reply as { value: unknown[] }).value.length).toBeGreaterThan(500);
  }, 60_000);
});
