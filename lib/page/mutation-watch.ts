/**
 * Noticing when the page changes its text after we read it: reports loaded by script, tabs that
 * open, "load more" buttons. A debounced MutationObserver that ignores our own changes.
 *
 * Our own changes are of two sorts. Our UI (the shadow host, our <style>, highlight wrappers and
 * their attributes) is recognised by name and attribute. The wrappers' text splitting changes the
 * page's own text nodes, which nothing distinguishes from the page's changes, so that work is done
 * inside `ours(fn)`: records already queued are handed on first (they are the page's), then `fn`
 * runs, then the records it caused are taken and dropped before the observer's callback can see them.
 *
 * What changed is handed on with the callback: whether any text or node changed, and which
 * elements only changed an attribute (a class, a style), so that the session can check those few
 * elements instead of reading the whole page again (pages that animate styles change no text).
 */

import { isOwnUi } from '../anchoring/text-map';

export interface MutationWatch {
  /** Run our own DOM work so that the mutations it causes are ignored. */
  ours<T>(fn: () => T): T;
  stop(): void;
}

/** The page's changes since the last callback. */
export interface PageChange {
  /** Text or nodes were added, removed or changed. */
  text: boolean;
  /** Elements of which only a watched attribute changed (when `text` is false, nothing else changed). */
  attributes: Set<Element>;
}

export interface WatchOptions {
  /** Quiet time after the last change before `onChange` (ms). */
  delayMs?: number;
  /** Longest wait after the first change, for pages that never stop changing (ms). */
  maxWaitMs?: number;
  setTimer?: (fn: () => void, ms: number) => unknown;
  clearTimer?: (handle: unknown) => void;
  now?: () => number;
}

/** Attributes whose change can show or hide text. */
export const WATCHED_ATTRIBUTES = ['class', 'style', 'hidden', 'open', 'aria-hidden'];

const ELEMENT_NODE = 1;

/** Inside our UI or a highlight wrapper (the node itself or an ancestor). */
export function isInOwnUi(node: Node | null): boolean {
  for (let n = node; n; n = n.parentNode) {
    if (n.nodeType === ELEMENT_NODE) {
      const el = n as Element;
      if (isOwnUi(el) || el.hasAttribute('data-report-annotator-highlight')) return true;
    }
  }
  return false;
}

const isOwnElement = (n: Node) =>
  n.nodeType === ELEMENT_NODE && (isOwnUi(n as Element) || (n as Element).hasAttribute('data-report-annotator-highlight'));

/** A record caused by our UI rather than the page. */
export function isOwnRecord(record: MutationRecord): boolean {
  if (record.type === 'childList') {
    const nodes = [...Array.from(record.addedNodes), ...Array.from(record.removedNodes)];
    if (nodes.length > 0 && nodes.every(isOwnElement)) return true;
  }
  return isInOwnUi(record.target);
}

export function watchMutations(root: Node, onChange: (change: PageChange) => void, options: WatchOptions = {}): MutationWatch {
  const delay = options.delayMs ?? 600;
  const maxWait = options.maxWaitMs ?? 2500;
  const setTimer = options.setTimer ?? ((fn, ms) => setTimeout(fn, ms));
  const clearTimer = options.clearTimer ?? ((h) => clearTimeout(h as ReturnType<typeof setTimeout>));
  const now = options.now ?? (() => Date.now());

  let timer: unknown = null;
  let firstChange = 0;
  let change: PageChange = { text: false, attributes: new Set() };
  const fire = () => {
    timer = null;
    firstChange = 0;
    const done = change;
    change = { text: false, attributes: new Set() };
    onChange(done);
  };
  const changed = () => {
    const t = now();
    if (timer !== null) clearTimer(timer);
    if (firstChange === 0) firstChange = t;
    timer = setTimer(fire, Math.max(0, Math.min(delay, firstChange + maxWait - t)));
  };
  const handle = (records: MutationRecord[]) => {
    let theirs = false;
    for (const r of records) {
      if (isOwnRecord(r)) continue;
      theirs = true;
      if (r.type === 'attributes' && r.target.nodeType === ELEMENT_NODE) change.attributes.add(r.target as Element);
      else change.text = true;
    }
    if (theirs) changed();
  };

  const observer = new MutationObserver(handle);
  observer.observe(root, {
    childList: true,
    subtree: true,
    characterData: true,
    attributes: true,
    attributeFilter: WATCHED_ATTRIBUTES,
  });

  return {
    ours(fn) {
      handle(observer.takeRecords());
      try {
        return fn();
      } finally {
        observer.takeRecords();
      }
    },
    stop() {
      observer.disconnect();
      if (timer !== null) clearTimer(timer);
      timer = null;
      change = { text: false, attributes: new Set() };
    },
  };
}
