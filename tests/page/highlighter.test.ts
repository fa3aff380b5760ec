import { parseHTML } from 'linkedom';
import { describe, expect, it, vi } from 'vitest';
import { buildTextMap } from '../../lib/anchoring/text-map';
import {
  bandsOf,
  CustomHighlighter,
  HIGHLIGHT_NAMES,
  MARK_TAG,
  WrapperHighlighter,
  injectPageStyles,
  pointInRects,
  unwrap,
  withoutOverlaps,
  type PaintTarget,
} from '../../lib/page/highlighter';
import { colourKinds } from '../../lib/page/highlight-styles';

const HTML =
  '<html><head></head><body><article><h1>政府工作报告</h1>' +
  '<p id="a">全年地区生产总值增长<b>5.2%</b>，城镇新增就业86万人。</p>' +
  '<p id="b">地区生产总值增长5%左右；新增学位2万个。</p>' +
  '<p id="c">确保年底前完成老旧小区改造120个。</p></article></body></html>';

function setUp() {
  const { document } = parseHTML(HTML);
  const doc = document as unknown as Document;
  const map = buildTextMap(doc.body);
  const target = (key: string, text: string, kind: PaintTarget['kind'] = 'target'): PaintTarget => {
    const start = map.text.indexOf(text);
    if (start === -1) throw new Error(text);
    return { key, kind, start, end: start + text.length };
  };
  return { doc, map, target };
}

describe('the wrapper highlighter (fallback without the Highlight API)', () => {
  it('wraps each item in our marks without changing the page text, and unwraps to the same DOM', async () => {
    const { doc, map, target } = setUp();
    const before = doc.body.innerHTML;
    const textBefore = doc.body.textContent;
    const h = new WrapperHighlighter(doc);
    await h.paint(
      [
        target('gdp', '地区生产总值增长5.2%', 'result'), // across an element boundary
        target('jobs', '城镇新增就业86万人', 'result'),
        target('places', '新增学位2万个'),
        target('homes', '确保年底前完成老旧小区改造120个', 'commitment'),
      ],
      map,
    );
    const marks = [...doc.querySelectorAll(MARK_TAG)];
    expect(marks.map((m) => m.textContent)).toEqual(['地区生产总值增长', '5.2%', '城镇新增就业86万人', '新增学位2万个', '确保年底前完成老旧小区改造120个']);
    expect(marks.map((m) => m.getAttribute('data-kind'))).toEqual(['result', 'result', 'result', 'target', 'commitment']);
    // One opaque number per item, shared by its pieces; never the item's key.
    const ids = marks.map((m) => m.getAttribute('data-report-annotator-highlight'));
    expect(ids[0]).toBe(ids[1]);
    expect(new Set(ids).size).toBe(4);
    expect(ids).not.toContain('gdp');
    // Two results side by side (，between them): the second takes the other band.
    expect(marks.map((m) => m.getAttribute('data-band'))).toEqual([null, null, '1', null, null]);
    expect(h.textOf('gdp')).toBe('地区生产总值增长5.2%');
    expect(doc.body.textContent).toBe(textBefore);
    // The text map walks through the marks: same text as before.
    expect(buildTextMap(doc.body).text).toBe(map.text);
    expect(h.keys()).toEqual(['gdp', 'jobs', 'places', 'homes']);

    h.clear();
    expect(doc.body.innerHTML).toBe(before);
    expect(doc.querySelectorAll(MARK_TAG)).toHaveLength(0);
  });

  it('changes the kind, rekeys and removes one item; the page sees only the kind change', async () => {
    const { doc, map, target } = setUp();
    const before = doc.body.innerHTML;
    const h = new WrapperHighlighter(doc);
    await h.paint([target('auto:1', '新增学位2万个'), target('homes', '老旧小区改造120个', 'commitment')], map);
    const painted = doc.body.innerHTML;
    h.rekey('auto:1', 'record-1');
    expect(doc.body.innerHTML).toBe(painted); // stored: nothing on the page says so
    h.setKind('record-1', 'result');
    const mark = doc.querySelector(MARK_TAG)!;
    expect(mark.getAttribute('data-kind')).toBe('result');
    expect([...mark.attributes].map((a) => a.name).sort()).toEqual(['data-kind', 'data-report-annotator-highlight']);
    expect(h.keys()).toEqual(['record-1', 'homes']);
    h.showKinds(new Set(['target', 'result']));
    expect(h.keys()).toEqual(['record-1']);
    expect(h.rectsOf('homes')).toEqual([]);
    h.remove('record-1');
    expect(doc.querySelectorAll(MARK_TAG)).toHaveLength(1);
    h.remove('homes');
    expect(doc.body.innerHTML).toBe(before);
  });

  it('paints in chunks, each as our own work, pausing between them', async () => {
    const { document: doc } = parseHTML(`<html><body>${Array.from({ length: 120 }, (_, i) => `<p>第${i}项新增${i}个</p>`).join('')}</body></html>`);
    const d = doc as unknown as Document;
    const map = buildTextMap(d.body);
    const targets = Array.from({ length: 120 }, (_, i) => {
      const start = map.text.indexOf(`新增${i}个`);
      return { key: `k${i}`, kind: 'target' as const, start, end: start + `新增${i}个`.length };
    });
    const ours = vi.fn((fn: () => unknown) => fn());
    const pause = vi.fn(() => Promise.resolve());
    await new WrapperHighlighter(d).paint(targets, map, { ours: ours as never, pause });
    expect(d.querySelectorAll(MARK_TAG)).toHaveLength(120);
    expect(pause.mock.calls.length).toBeGreaterThanOrEqual(2);
    expect(ours.mock.calls.length).toBe(pause.mock.calls.length + 2); // clear + one per chunk
  });

  it('unwraps a mark into the text around it', () => {
    const { document } = parseHTML('<p>前<report-annotator-mark data-report-annotator-highlight="x">中</report-annotator-mark>后</p>');
    const p = document.querySelector('p')!;
    unwrap(p.querySelector(MARK_TAG)!);
    expect(p.childNodes).toHaveLength(1);
    expect(p.textContent).toBe('前中后');
  });
});

describe('the CSS Custom Highlight API highlighter', () => {
  class FakeHighlight extends Set<unknown> {
    priority = 0;
  }
  function fakes() {
    const registry = new Map<string, FakeHighlight>();
    const doc = {
      querySelector: () => null,
      createRange: () => {
        const r = { start: [] as unknown[], end: [] as unknown[], setStart: (n: unknown, o: number) => (r.start = [n, o]), setEnd: (n: unknown, o: number) => (r.end = [n, o]), getClientRects: () => [] };
        return r;
      },
    };
    return { registry, doc };
  }

  it('puts each item in the highlight of its kind and band, and nothing else', async () => {
    const { map, target } = setUp();
    const { registry, doc } = fakes();
    const h = new CustomHighlighter(doc as unknown as Document, registry as unknown as HighlightRegistry, FakeHighlight as unknown as typeof Highlight);
    expect([...registry.keys()].sort()).toEqual(Object.values(HIGHLIGHT_NAMES).flat().sort());
    await h.paint([target('a', '新增学位2万个'), target('b', '城镇新增就业86万人', 'result'), target('c', '老旧小区改造120个', 'commitment')], map);
    const size = (kind: keyof typeof HIGHLIGHT_NAMES) => HIGHLIGHT_NAMES[kind].map((name) => registry.get(name)!.size).reduce((x, y) => x + y);
    expect([size('target'), size('result'), size('commitment')]).toEqual([1, 1, 1]);

    h.setKind('a', 'commitment');
    h.rekey('a', 'rec-a');
    expect([size('target'), size('commitment')]).toEqual([0, 2]);
    expect(h.keys()).toEqual(['b', 'rec-a', 'c']); // page order
    h.showKinds(new Set(['result']));
    expect(h.keys()).toEqual(['b']);
    h.showKinds(new Set(['target', 'result', 'commitment']));
    h.remove('rec-a');
    expect(size('commitment')).toBe(1);
    h.dispose();
    expect(registry.size).toBe(0);
  });
});

describe('helpers', () => {
  it('drops overlapping targets after the first, and empty ones', () => {
    const t = (key: string, start: number, end: number): PaintTarget => ({ key, kind: 'target', start, end });
    expect(withoutOverlaps([t('b', 5, 9), t('a', 0, 6), t('c', 9, 12), t('empty', 3, 3)]).map((x) => x.key)).toEqual(['a', 'c']);
  });

  it.each([
    ['由21%提升至74%', [['result', 0, 3], ['result', 3, 10]], [0, 1]],
    ['增长5%，增长6%、增长7%', [['target', 0, 4], ['target', 5, 9], ['target', 10, 14]], [0, 1, 0]],
    ['增长5%，就业10万人', [['target', 0, 4], ['result', 5, 11]], [0, 0]],
    ['增长5%。另有说明文字。增长6%', [['target', 0, 4], ['target', 12, 16]], [0, 0]],
  ] as const)('alternates the band of adjacent items of one kind (%s)', (text, spans, bands) => {
    const targets = spans.map(([kind, start, end], i) => ({ key: `k${i}`, kind, start, end }));
    expect(bandsOf(targets, text)).toEqual(bands);
  });

  it('hit-tests boxes with a little slack', () => {
    const box = { left: 10, right: 50, top: 100, bottom: 120 } as DOMRect;
    expect(pointInRects([box], 30, 110)).toBe(true);
    expect(pointInRects([box], 50.5, 110)).toBe(true);
    expect(pointInRects([box], 30, 125)).toBe(false);
  });

  it('adds the page styles once, and takes them away', () => {
    const { document } = parseHTML('<html><head></head><body><p>x</p></body></html>');
    const doc = document as unknown as Document;
    const remove = injectPageStyles(doc);
    injectPageStyles(doc);
    const styles = doc.querySelectorAll('style[data-report-annotator]');
    expect(styles).toHaveLength(1);
    expect(styles[0].textContent).toContain('::highlight(report-annotator-target)');
    colourKinds(doc, new Set(['target']));
    expect(styles[0].textContent).not.toContain('::highlight(report-annotator-target)');
    expect(styles[0].textContent).toContain('::highlight(report-annotator-result)');
    remove();
    expect(doc.querySelectorAll('style[data-report-annotator]')).toHaveLength(0);
  });
});
