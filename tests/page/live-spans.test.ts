import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { normalizeString } from '../../lib/anchoring/normalize';
import { extractItems } from '../../lib/extract';
import { liveTextMap } from '../../lib/page/live-text';
import { mainTextOf } from '../../lib/page/main-text';
import { liveSpans, mergeItems } from '../../lib/page/page-items';
import { readCorpus, SCHOOL_FILE, seedReportPage } from '../e2e/fixtures/pages';

/** The page as the content script sees it: main text → items → live-page offsets. */
function read(html: string) {
  const { document } = parseHTML(html);
  const doc = document as unknown as Document;
  const main = mainTextOf(doc);
  const detected = extractItems(main.text);
  const live = liveTextMap(doc);
  const { shown } = mergeItems(detected, []);
  return { main, detected, live, shown, spans: liveSpans(shown, main.text, live.text) };
}

describe('mapping extracted items to the live page', () => {
  it('places every item of the real school page on the text it was read from', () => {
    const { detected, live, shown, spans } = read(readCorpus(SCHOOL_FILE));
    expect(detected.length).toBeGreaterThan(100);
    expect(spans.size).toBe(shown.length);
    for (const item of shown) {
      const span = spans.get(item.key)!;
      const onPage = live.text.slice(span.start, span.end);
      expect(normalizeString(onPage), item.detected!.text).toBe(normalizeString(item.detected!.text));
      // And the DOM range holds that text.
      const pieces = live.pieces(span.start, span.end);
      expect(pieces.map((p) => p.node.data.slice(p.start, p.end)).join('')).toBe(onPage);
    }
  });

  it('leaves the page furniture out: navigation and scripts of the school page hold no item', () => {
    const { live, spans } = read(readCorpus(SCHOOL_FILE));
    const nav = live.text.indexOf('学习专栏');
    expect(nav).toBeGreaterThanOrEqual(0);
    expect(live.text).not.toContain('siteSetup');
    const first = Math.min(...[...spans.values()].map((s) => s.start));
    expect(first).toBeGreaterThan(nav);
  });

  it('maps the seed report page exactly (one <p> per paragraph)', () => {
    const { live, shown, spans } = read(seedReportPage());
    const texts = shown.map((i) => live.text.slice(spans.get(i.key)!.start, spans.get(i.key)!.end));
    expect(texts).toEqual(shown.map((i) => i.detected!.text));
    expect(texts).toContain('新增学位1.85万个');
  });

  it('skips an item whose passage is no longer on the live page', () => {
    const { document } = parseHTML(seedReportPage());
    const doc = document as unknown as Document;
    const main = mainTextOf(doc);
    const { shown } = mergeItems(extractItems(main.text), []);
    // The page drops the paragraph after it was read (a tab closed, a list replaced).
    [...doc.querySelectorAll('p')].find((p) => p.textContent!.includes('新增学位1.85万个'))!.remove();
    const live = liveTextMap(doc);
    const spans = liveSpans(shown, main.text, live.text);
    const gone = shown.find((i) => i.detected?.text === '新增学位1.85万个')!;
    const kept = shown.find((i) => i.detected?.text === '复垦建设用地1万亩')!;
    expect(spans.has(gone.key)).toBe(false);
    expect(live.text.slice(spans.get(kept.key)!.start, spans.get(kept.key)!.end)).toBe('复垦建设用地1万亩');
  });
});
