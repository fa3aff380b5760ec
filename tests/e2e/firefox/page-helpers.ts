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
import { UI_WAIT_MS, UiPart } from '../fixtures/ui-part';
import { bidi, contextOf, jsonResult } from './harness';

export const UI_HOST = 'report-annotator-ui';
/** Our highlights' names: one per kind and band (lib/page/highlight-styles.ts). */
export const HIGHLIGHT_NAMES = ['target', 'result', 'commitment'].flatMap((k) => [`report-annotator-${k}`, `report-annotator-${k}-2`]);

/** The text of every range in our highlights (the page sees the same highlight registry). */
export function highlightTexts(page: Page): Promise<string[]> {
  return page.evaluate((names) => names.flatMap((name) => [...(CSS.highlights.get(name) ?? [])].map((r) => String(r))), [...HIGHLIGHT_NAMES]);
}

/** The passages drawn as tagged (underlined) inside our closed shadow root: the page cannot read them. */
export const taggedTexts = (page: Page): Promise<string[]> =>
  inUi(page, (root) => [...(root?.querySelectorAll('.mark[data-tagged]') ?? [])].map((m) => m.getAttribute('data-quote') ?? ''));
/** The passage drawn as focused (its card is open), inside our closed shadow root. */
export const focusedTexts = (page: Page): Promise<string[]> =>
  inUi(page, (root) => [...(root?.querySelectorAll('.mark[data-focused]') ?? [])].map((m) => m.getAttribute('data-quote') ?? ''));

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

/** Parts of our UI in Firefox, reached over WebDriver BiDi. */
export const inUiPart = (page: Page, selector: string): UiPart => new UiPart((fn, arg) => inUi(page, fn, arg), page, selector);
export const card = (page: Page): UiPart => inUiPart(page, '.card');
export const summary = (page: Page): UiPart => inUiPart(page, '.summary');

/** Open the summary (it starts as a badge; open stays open on the site, remembered). */
export async function openSummary(page: Page): Promise<void> {
  const deadline = Date.now() + UI_WAIT_MS;
  for (;;) {
    if ((await summary(page).count()) > 0) return;
    if ((await inUiPart(page, '.summary-badge').count()) > 0) {
      await inUiPart(page, '.summary-badge').click();
      continue;
    }
    if (Date.now() > deadline) throw new Error('no summary and no badge shown');
    await new Promise((r) => setTimeout(r, 100));
  }
}
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
