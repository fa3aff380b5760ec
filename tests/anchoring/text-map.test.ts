import { parseHTML } from 'linkedom';
import { describe, expect, it, test } from 'vitest';
import { buildTextMap, type TextMap } from '../../lib/anchoring/text-map';

// One line, no whitespace between tags: the expected text is then exact.
const HTML =
  '<!doctype html><html><head><title>标题不应出现</title><style>p{color:red}</style></head><body>' +
  '<nav data-report-annotator="toolbar">工具栏</nav>' +
  '<report-annotator-panel>面板<p>面板段落</p></report-annotator-panel>' +
  '<h1 id="h">政府工作报告</h1>' +
  '<p id="p1">地区生产总值增长<b>5%</b>左右<br>城镇新增就业<span>1.85万人</span>。</p>' +
  '<script>var x = "脚本";</script><noscript>无脚本</noscript><template><p>模板</p></template>' +
  '<div hidden>隐藏</div><div aria-hidden="true">读屏隐藏</div><div class="invisible">样式隐藏</div>' +
  '<ul><li>一</li><li>二<em>三</em></li></ul>' +
  '<table><tr><td>甲</td><td>乙</td></tr></table>' +
  '<p id="p2">新增学位<mark data-report-annotator-highlight="7">1.85万个</mark>，<report-annotator-hl data-report-annotator-highlight="8">新建学校12所</report-annotator-hl>。</p>' +
  '<textarea>文本框</textarea><div><span>行内</span>文字<div>嵌套块</div>尾</div>' +
  '</body></html>';

const EXPECTED =
  '政府工作报告\n地区生产总值增长5%左右\n城镇新增就业1.85万人。\n一\n二三\n甲\n乙\n新增学位1.85万个，新建学校12所。\n行内文字\n嵌套块\n尾';

const SKIPPED_WORDS = ['标题不应出现', 'color', '工具栏', '面板', '脚本', '无脚本', '模板', '隐藏', '读屏隐藏', '样式隐藏', '文本框'];

function load() {
  const { document } = parseHTML(HTML);
  const skip = (el: Element) => el.getAttribute('class') === 'invisible'; // stands in for a computed-style check
  const map = buildTextMap(document, { skip });
  return { document, map };
}

/** Text under `root` between two DOM points, gathered by an independent walk (visible text nodes only). */
function textBetween(root: Node, map: TextMap, a: Text, ao: number, b: Text, bo: number): string {
  const visible = new Set(map.segments.map((s) => s.node as Node));
  let out = '';
  let on = false;
  const walk = (n: Node): boolean => {
    if (n.nodeType === 3 && visible.has(n)) {
      const data = (n as Text).data;
      const from = n === a ? ao : 0;
      if (n === a) on = true;
      if (on) out += n === b ? data.slice(from, bo) : data.slice(from);
      if (n === b) return true;
    }
    for (const c of Array.from(n.childNodes)) if (walk(c)) return true; // (linkedom: a doctype has no nextSibling)
    return false;
  };
  walk(root);
  return out;
}

describe('buildTextMap', () => {
  it('joins visible text in document order with a separator at block boundaries', () => {
    const { map } = load();
    expect(map.text).toBe(EXPECTED);
  });

  test.each(SKIPPED_WORDS)('leaves out %s', (word) => {
    const { map } = load();
    expect(map.text.replace('新建学校', '')).not.toContain(word);
  });

  it('keeps the text inside highlight wrappers, even ones named like our UI', () => {
    const { map } = load();
    expect(map.text).toContain('新增学位1.85万个，新建学校12所。');
  });

  it('maps every segment to exactly its node\'s text', () => {
    const { map } = load();
    for (const s of map.segments) expect(map.text.slice(s.start, s.end)).toBe(s.node.data);
    // and everything outside the segments is a separator
    let covered = 0;
    for (const s of map.segments) covered += s.end - s.start;
    const separators = [...map.text].filter((c) => c === '\n').length;
    expect(covered + separators).toBe(map.text.length);
  });

  it('never lets two blocks run together, never doubles a separator, never starts or ends with one', () => {
    const { map } = load();
    expect(map.text).not.toMatch(/\n\n/);
    expect(map.text.startsWith('\n')).toBe(false);
    expect(map.text.endsWith('\n')).toBe(false);
  });

  it('accepts an element as root, and an isBlock hook', () => {
    const { document } = parseHTML('<html><body><div id="r"><span>甲</span><span class="b">乙</span>丙</div><p>外</p></body></html>');
    const root = document.getElementById('r')!;
    expect(buildTextMap(root).text).toBe('甲乙丙');
    expect(buildTextMap(root, { isBlock: (el) => el.getAttribute('class') === 'b' }).text).toBe('甲\n乙\n丙');
  });

  it('lets a transparent hook open our own wrappers', () => {
    const { document } = parseHTML('<html><body><p>甲<report-annotator-x>乙</report-annotator-x>丙</p></body></html>');
    expect(buildTextMap(document).text).toBe('甲丙');
    expect(buildTextMap(document, { transparent: (el) => el.tagName.toLowerCase() === 'report-annotator-x' }).text).toBe('甲乙丙');
  });

  it('does not break when the document is empty', () => {
    const { document } = parseHTML('<html><body></body></html>');
    const map = buildTextMap(document);
    expect(map.text).toBe('');
    expect(map.locate(0, 0)).toBeNull();
    expect(map.pieces(0, 1)).toEqual([]);
  });
});

describe('locate', () => {
  it('round-trips every range: the text between the located points is the substring, separators aside', () => {
    const { document, map } = load();
    const n = map.text.length;
    let checked = 0;
    for (let start = 0; start < n; start++) {
      for (let end = start + 1; end <= n; end++) {
        const want = map.text.slice(start, end).replace(/\n/g, '');
        const r = map.locate(start, end);
        if (want === '') {
          expect(r, `[${start}, ${end}) covers separators only`).toBeNull();
          continue;
        }
        expect(r).not.toBeNull();
        expect(textBetween(document, map, r!.startNode, r!.startOffset, r!.endNode, r!.endOffset)).toBe(want);
        const viaPieces = map.pieces(start, end).map((p) => p.node.data.slice(p.start, p.end)).join('');
        expect(viaPieces).toBe(want);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(1000);
  });

  test.each([
    ['a figure inside one node', '1.85万人'],
    ['across inline elements', '增长5%左右'],
    ['across a <br>', '左右\n城镇'],
    ['across blocks', '报告\n地区'],
    ['across a highlight wrapper', '学位1.85万个，新建'],
  ])('%s', (_name, sub) => {
    const { document, map } = load();
    const start = map.text.indexOf(sub);
    const r = map.locate(start, start + sub.length)!;
    expect(textBetween(document, map, r.startNode, r.startOffset, r.endNode, r.endOffset)).toBe(sub.replace(/\n/g, ''));
  });

  it('moves ends that fall on separators inwards', () => {
    const { map } = load();
    const sep = map.text.indexOf('\n'); // after 政府工作报告
    const r = map.locate(sep, sep + 3)!; // "\n地区"
    expect(r.startNode.data).toBe('地区生产总值增长');
    expect(r.startOffset).toBe(0);
    const r2 = map.locate(0, sep + 1)!; // "政府工作报告\n"
    expect(r2.endNode.data).toBe('政府工作报告');
    expect(r2.endOffset).toBe(6);
  });

  test.each([
    [-1, 2],
    [3, 3],
    [5, 2],
    [0, 10_000],
  ])('rejects [%d, %d)', (start, end) => {
    expect(load().map.locate(start, end)).toBeNull();
  });
});

describe('offsetOf', () => {
  it('maps a text-node point to its offset in the text', () => {
    const { document, map } = load();
    const span = document.querySelector('#p1 span')!;
    const t = span.firstChild as Text;
    expect(map.offsetOf(t, 2)).toBe(map.text.indexOf('1.85万人') + 2);
  });

  it('round-trips with locate', () => {
    const { map } = load();
    const start = map.text.indexOf('5%左右');
    const r = map.locate(start, start + 4)!;
    expect(map.offsetOf(r.startNode, r.startOffset)).toBe(start);
    expect(map.offsetOf(r.endNode, r.endOffset)).toBe(start + 4);
  });

  it('maps element points to the next mapped text', () => {
    const { document, map } = load();
    const p1 = document.getElementById('p1')!;
    expect(map.offsetOf(p1, 0)).toBe(map.text.indexOf('地区'));
    expect(map.offsetOf(p1, 1)).toBe(map.text.indexOf('5%'));
    // after the whole of p1: the first text after it is in the <ul>
    expect(map.offsetOf(p1, p1.childNodes.length)).toBe(map.text.indexOf('一\n二'));
  });

  it('maps points in skipped nodes to the next mapped text', () => {
    const { document, map } = load();
    const script = document.querySelector('script')!;
    expect(map.offsetOf(script.firstChild!, 3)).toBe(map.text.indexOf('一\n二'));
    const title = document.querySelector('title')!;
    expect(map.offsetOf(title.firstChild!, 0)).toBe(0);
  });

  it('returns null for nodes outside the root', () => {
    const { document } = load();
    const other = parseHTML('<html><body><p>外</p></body></html>').document;
    const map = buildTextMap(document.getElementById('p1')!);
    expect(map.offsetOf(document.getElementById('h')!.firstChild!, 0)).toBeNull();
    expect(map.offsetOf(other.querySelector('p')!.firstChild!, 0)).toBeNull();
  });
});
