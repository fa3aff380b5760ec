import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { buildTextMap } from '../../lib/anchoring/text-map';
import { extractItems } from '../../lib/extract';
import { isOwnRecord, watchMutations } from '../../lib/page/mutation-watch';
import { anchorSelection, manualDraft, selectionSpan } from '../../lib/page/selection';

const MAIN = '一、工作回顾\n全年新增城镇就业86万人，新建口袋公园12个。\n二、今年目标\n加快建设数字政府，推进“一网通办”。';
const LIVE = `首页 政务公开\n${MAIN}\n相关链接 图片说明：全市绿道总长达到1200公里`;

const span = (text: string, inText = LIVE) => {
  const start = inText.indexOf(text);
  return { start, end: start + text.length };
};

describe('marking a selection as an item', () => {
  it('anchors a selection in the main text and parses its figure', () => {
    const anchor = anchorSelection(LIVE, span('新建口袋公园12个'), MAIN);
    expect(anchor.space).toBe('main');
    expect(MAIN.slice(anchor.start, anchor.end)).toBe('新建口袋公园12个');
    expect(anchor.selector.position).toEqual({ start: anchor.start, end: anchor.end });
    expect(anchor.selector.quote.prefix).toBe(MAIN.slice(0, anchor.start).slice(-32));
    expect(manualDraft(anchor, extractItems(anchor.selector.quote.exact))).toMatchObject({ value: 12, unit: '个' });
  });

  it('keeps a selection outside the main text anchored in the page text', () => {
    const anchor = anchorSelection(LIVE, span('全市绿道总长达到1200公里'), MAIN);
    expect(anchor.space).toBe('live');
    expect(LIVE.slice(anchor.start, anchor.end)).toBe('全市绿道总长达到1200公里');
    expect(manualDraft(anchor, extractItems(anchor.selector.quote.exact)).value).toBe(1200);
  });

  it('makes a selection without a figure a commitment the reader can re-kind', () => {
    expect(manualDraft(anchorSelection(LIVE, span('推进“一网通办”'), MAIN), [])).toMatchObject({ kind: 'commitment', value: null, metric: '' });
    expect(manualDraft(anchorSelection(LIVE, span('新建口袋公园12个'), MAIN), []).kind).toBe('target');
  });

  it('reads a DOM selection as trimmed offsets of the page text', () => {
    const { document } = parseHTML('<html><body><p id="a">全年新增城镇就业<b>86万人</b>，</p><p id="b"> 新建口袋公园12个。</p></body></html>');
    const map = buildTextMap(document.body);
    const a = document.querySelector('#a')!.firstChild!;
    const b = document.querySelector('#b')!.firstChild!;
    const s = selectionSpan(map, { startContainer: a, startOffset: 4, endContainer: document.querySelector('b')!.firstChild!, endOffset: 4 });
    expect(map.text.slice(s!.start, s!.end)).toBe('城镇就业86万人');
    const padded = selectionSpan(map, { startContainer: b, startOffset: 0, endContainer: b, endOffset: 3 });
    expect(map.text.slice(padded!.start, padded!.end)).toBe('新建');
    expect(selectionSpan(map, { startContainer: b, startOffset: 0, endContainer: b, endOffset: 1 })).toBeNull();
  });
});

describe('watching the page for late text', () => {
  const { document } = parseHTML('<html><body><p id="p">正文</p><report-annotator-ui></report-annotator-ui></body></html>');
  const p = document.querySelector('#p')!;
  const host = document.querySelector('report-annotator-ui')!;
  const mark = document.createElement('report-annotator-mark');
  mark.setAttribute('data-report-annotator-highlight', 'k');
  const style = document.createElement('style');
  style.setAttribute('data-report-annotator', 'page-styles');
  const record = (r: Partial<MutationRecord>) => ({ type: 'childList', addedNodes: [], removedNodes: [], target: p, ...r }) as unknown as MutationRecord;

  it('ignores our own changes and notices the page’s', () => {
    expect(isOwnRecord(record({ target: document.body, addedNodes: [host] as never }))).toBe(true);
    expect(isOwnRecord(record({ target: document.head ?? document.body, addedNodes: [style] as never }))).toBe(true);
    expect(isOwnRecord(record({ type: 'attributes', target: mark }))).toBe(true);
    expect(isOwnRecord(record({ target: p, addedNodes: [document.createElement('p')] as never }))).toBe(false);
    expect(isOwnRecord(record({ type: 'characterData', target: p.firstChild! }))).toBe(false);
    expect(isOwnRecord(record({ type: 'attributes', target: p }))).toBe(false);
  });

  it('debounces the page’s changes, with a longest wait, and drops the records of our own work', () => {
    let now = 0;
    const timers: { fn: () => void; at: number }[] = [];
    const run = (until: number) => {
      now = until;
      for (const t of [...timers].sort((a, b) => a.at - b.at)) {
        if (t.at <= until && timers.includes(t)) {
          timers.splice(timers.indexOf(t), 1);
          t.fn();
        }
      }
    };
    let callback: (records: MutationRecord[]) => void = () => undefined;
    let queued: MutationRecord[] = [];
    const saved = (globalThis as { MutationObserver?: unknown }).MutationObserver;
    (globalThis as { MutationObserver?: unknown }).MutationObserver = class {
      constructor(cb: (records: MutationRecord[]) => void) {
        callback = cb;
      }
      observe() {}
      disconnect() {}
      takeRecords() {
        const r = queued;
        queued = [];
        return r;
      }
    };
    try {
      let changes = 0;
      const watch = watchMutations(document, () => changes++, {
        delayMs: 500,
        maxWaitMs: 2000,
        now: () => now,
        setTimer: (fn, ms) => {
          const t = { fn, at: now + ms };
          timers.push(t);
          return t;
        },
        clearTimer: (t) => timers.includes(t as never) && timers.splice(timers.indexOf(t as never), 1),
      });
      // A burst of page changes: one call, after the quiet time.
      callback([record({ addedNodes: [document.createElement('p')] as never })]);
      run(300);
      callback([record({ type: 'characterData', target: p.firstChild! })]);
      run(700);
      expect(changes).toBe(0);
      run(800);
      expect(changes).toBe(1);
      // A page that never stops changing still gets called after the longest wait.
      for (let t = 1000; t <= 3200; t += 200) {
        callback([record({ type: 'attributes', target: p })]);
        run(t);
      }
      expect(changes).toBe(2);
      // Our own work: its records are taken and dropped before the observer can deliver them.
      run(10_000);
      const before = changes;
      watch.ours(() => {
        queued.push(record({ type: 'characterData', target: p.firstChild! }));
      });
      expect(queued).toEqual([]);
      run(20_000);
      expect(changes).toBe(before);
      watch.stop();
    } finally {
      (globalThis as { MutationObserver?: unknown }).MutationObserver = saved;
    }
  });
});
