/** lib/page/mutation-watch.ts: which changes are the page's, and how they are handed on. */
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { isInOwnUi, isOwnRecord, watchMutations, type PageChange } from '../../lib/page/mutation-watch';

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

  // [what, record, ours]
  it.each([
    ['our UI host added to the body', () => record({ target: document.body, addedNodes: [host] as never }), true],
    ['our style added to the head', () => record({ target: document.head ?? document.body, addedNodes: [style] as never }), true],
    ['a highlight wrapper added', () => record({ target: p, addedNodes: [mark] as never }), true],
    ['a highlight wrapper restyled', () => record({ type: 'attributes', target: mark }), true],
    ['text changed inside our UI', () => record({ type: 'characterData', target: host }), true],
    ['a paragraph of the page added', () => record({ target: p, addedNodes: [document.createElement('p')] as never }), false],
    ['our host and a page node added together', () => record({ target: document.body, addedNodes: [host, document.createElement('p')] as never }), false],
    ['a page node removed', () => record({ target: document.body, removedNodes: [document.createElement('div')] as never }), false],
    ['the page’s text changed', () => record({ type: 'characterData', target: p.firstChild! }), false],
    ['a page element’s class changed', () => record({ type: 'attributes', target: p }), false],
  ] as [string, () => MutationRecord, boolean][])('%s: ours %s', (_what, make, ours) => {
    expect(isOwnRecord(make())).toBe(ours);
  });

  it.each([
    [() => host, true],
    [() => mark, true],
    [() => style, true],
    [() => p, false],
    [() => p.firstChild, false],
    [() => null, false],
  ] as [() => Node | null, boolean][])('isInOwnUi #%# is %s', (node, ours) => {
    expect(isInOwnUi(node())).toBe(ours);
  });

  // [records of one burst, the change handed on]
  it.each([
    ['text only', () => [record({ type: 'characterData', target: p.firstChild! })], { text: true, attributes: [] }],
    ['a class only', () => [record({ type: 'attributes', target: p })], { text: false, attributes: ['p'] }],
    [
      'a class twice and a style',
      () => [record({ type: 'attributes', target: p }), record({ type: 'attributes', target: p }), record({ type: 'attributes', target: document.body })],
      { text: false, attributes: ['p', 'body'] },
    ],
    ['a class and a node', () => [record({ type: 'attributes', target: p }), record({ addedNodes: [document.createElement('p')] as never })], { text: true, attributes: ['p'] }],
    ['our own wrapper restyled, and a class', () => [record({ type: 'attributes', target: mark }), record({ type: 'attributes', target: p })], { text: false, attributes: ['p'] }],
  ] as [string, () => MutationRecord[], { text: boolean; attributes: string[] }][])('hands on what changed: %s', (_what, records, expected) => {
    const seen: PageChange[] = [];
    const timers: (() => void)[] = [];
    let callback: (records: MutationRecord[]) => void = () => undefined;
    const saved = (globalThis as { MutationObserver?: unknown }).MutationObserver;
    (globalThis as { MutationObserver?: unknown }).MutationObserver = class {
      constructor(cb: (records: MutationRecord[]) => void) {
        callback = cb;
      }
      observe() {}
      disconnect() {}
      takeRecords() {
        return [];
      }
    };
    try {
      const watch = watchMutations(document, (change) => seen.push(change), { setTimer: (fn) => timers.push(fn), clearTimer: () => undefined });
      callback(records());
      timers.splice(0).forEach((fn) => fn());
      expect(seen.map((c) => ({ text: c.text, attributes: [...c.attributes].map((el) => el.tagName.toLowerCase()) }))).toEqual([expected]);
      // The next burst starts afresh.
      callback([record({ type: 'attributes', target: p })]);
      timers.splice(0).forEach((fn) => fn());
      expect(seen[1]).toMatchObject({ text: false });
      expect([...seen[1].attributes]).toEqual([p]);
      watch.stop();
    } finally {
      (globalThis as { MutationObserver?: unknown }).MutationObserver = saved;
    }
  });
});
