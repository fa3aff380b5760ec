/**
 * The page annotator's browser-test helpers for Firefox (the Chromium ones are
 * ../fixtures/page-helpers.ts): our highlights, our UI in its closed shadow root, the store.
 *
 * The closed shadow root: Firefox gives the tests no way into a content script's world, but BiDi
 * serialises a host's closed shadow root (includeShadowTree: 'all'), and the node it names can be
 * passed back into a function evaluated in the page. The page's own scripts still see
 * `shadowRoot === null`; only the test holds the reference. What the tests do to the UI goes
 * through BiDi's mouse and keyboard, which are the browser's own (trusted) input.
 */
import type { Page } from 'puppeteer-core';
import { bidi, contextOf, jsonResult } from './harness';

export const UI_HOST = 'report-annotator-ui';
export const HIGHLIGHT_NAMES = ['report-annotator-target', 'report-annotator-result', 'report-annotator-commitment'] as const;

/** The text of every range in our highlights (the page sees the same highlight registry). */
export function highlightTexts(page: Page): Promise<string[]> {
  return page.evaluate((names) => names.flatMap((name) => [...(CSS.highlights.get(name) ?? [])].map((r) => String(r))), [...HIGHLIGHT_NAMES]);
}

/** Texts in one named highlight (e.g. report-annotator-tagged). */
export function highlightTextsOf(page: Page, name: string): Promise<string[]> {
  return page.evaluate((n) => [...(CSS.highlights.get(n) ?? [])].map((r) => String(r)), name);
}

/** Scroll the highlighted passage `text` to the middle of the viewport; the middle of its first box. */
export async function pointAtHighlight(page: Page, text: string): Promise<{ x: number; y: number }> {
  const point = await page.evaluate(
    (names, wanted) => {
      for (const name of names) {
        for (const r of CSS.highlights.get(name) ?? []) {
          const range = r as Range;
          if (String(range) !== wanted) continue;
          (range.startContainer.parentElement ?? document.body).scrollIntoView({ block: 'center' });
          const box = range.getClientRects()[0]!;
          return { x: box.left + Math.min(box.width / 2, 20), y: box.top + box.height / 2 };
        }
      }
      return null;
    },
    [...HIGHLIGHT_NAMES],
    text,
  );
  if (!point) throw new Error(`no highlight reads ${text}`);
  return point;
}

/**
 * Evaluate `fn(root, arg)` in `page`, `root` being our UI's closed shadow root (null when the UI is
 * not mounted). `fn` is serialised: it must use only its arguments; what it returns, as JSON.
 */
export async function inUi<T, A = null>(page: Page, fn: (root: ShadowRoot | null, arg: A) => T, arg?: A): Promise<T> {
  const connection = bidi(page.browser());
  const target = { context: contextOf(page) };
  const { result: host } = await connection.send('script.callFunction', {
    functionDeclaration: `() => document.querySelector(${JSON.stringify(UI_HOST)})`,
    target,
    awaitPromise: false,
    serializationOptions: { maxDomDepth: 0, includeShadowTree: 'all' },
  });
  const shadowRoot = (host as { result?: { value?: { shadowRoot?: { sharedId?: string } } } }).result?.value?.shadowRoot;
  const { result } = await connection.send('script.callFunction', {
    functionDeclaration: `async (root, arg) => JSON.stringify(await (${fn.toString()})(root, JSON.parse(arg)))`,
    target,
    arguments: [shadowRoot?.sharedId ? { sharedId: shadowRoot.sharedId } : { type: 'null' }, { type: 'string', value: JSON.stringify(arg ?? null) }],
    awaitPromise: true,
  });
  return jsonResult<T>(result);
}

const WAIT_MS = 15_000;

/** Part of our UI, found by a CSS selector inside the shadow root. Reads answer at once; actions wait, then use the mouse. */
export class UiPart {
  constructor(
    private readonly page: Page,
    readonly selector: string,
  ) {}

  locator(selector: string): UiPart {
    return new UiPart(this.page, `${this.selector} ${selector}`);
  }

  count(): Promise<number> {
    return inUi(this.page, (root, sel) => root?.querySelectorAll(sel).length ?? 0, this.selector);
  }

  textContent(): Promise<string | null> {
    return inUi(this.page, (root, sel) => root?.querySelector(sel)?.textContent ?? null, this.selector);
  }

  allTextContents(): Promise<string[]> {
    return inUi(this.page, (root, sel) => [...(root?.querySelectorAll(sel) ?? [])].map((el) => el.textContent ?? ''), this.selector);
  }

  getAttribute(name: string): Promise<string | null> {
    return inUi(this.page, (root, a) => root?.querySelector(a.sel)?.getAttribute(a.name) ?? null, { sel: this.selector, name });
  }

  /** The value of an input or textarea. */
  inputValue(): Promise<string | null> {
    return inUi(this.page, (root, sel) => (root?.querySelector(sel) as HTMLInputElement | null)?.value ?? null, this.selector);
  }

  /** Click its middle with the mouse, once nothing of ours covers it there. */
  async click(): Promise<void> {
    const deadline = Date.now() + WAIT_MS;
    for (;;) {
      const point = await inUi(
        this.page,
        (root, sel) => {
          const el = root?.querySelector(sel);
          const box = el?.getBoundingClientRect();
          if (!el || !box || box.width === 0 || box.height === 0) return null;
          const x = box.left + box.width / 2;
          const y = box.top + box.height / 2;
          const hit = root!.elementFromPoint(x, y);
          return hit && (hit === el || el.contains(hit)) ? { x, y } : null;
        },
        this.selector,
      );
      if (point) return this.page.mouse.click(point.x, point.y);
      if (Date.now() > deadline) throw new Error(`${this.selector}: not shown in our UI`);
      await new Promise((r) => setTimeout(r, 100));
    }
  }
}

export const inUiPart = (page: Page, selector: string): UiPart => new UiPart(page, selector);
export const card = (page: Page): UiPart => inUiPart(page, '.card');
export const summary = (page: Page): UiPart => inUiPart(page, '.summary');
/** Our UI's host element in the page (the page sees that much). */
export const uiHostCount = (page: Page): Promise<number> => page.evaluate((host) => document.querySelectorAll(host).length, UI_HOST);

/**
 * Send one background message from an extension page (`messenger`: popup.html or collection.html),
 * as the popup and the collection page do ({type, payload} → {ok, value}).
 */
export async function askBackground<T>(messenger: Page, type: string, payload: unknown): Promise<T> {
  const reply = (await messenger.evaluate(
    (t, p) => (globalThis as unknown as { browser: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }).browser.runtime.sendMessage({ type: t, payload: p }),
    type,
    payload,
  )) as { ok: boolean; value?: T; error?: string } | undefined;
  if (!reply?.ok) throw new Error(`${type}: ${reply?.error ?? 'no answer'}`);
  return reply.value as T;
}
