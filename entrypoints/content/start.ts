import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { detectLanguage } from '../../lib/i18n';
import { pageText } from '../../lib/i18n/page';
import { createMessageRouter, sendMessage, toCallbackListener, type ContentMessageType, type MessageHandlers } from '../../lib/messages';
import { createHighlighter, injectPageStyles } from '../../lib/page/highlighter';
import { PageSession } from '../../lib/page/session';
import { mountWhenShown } from './mount-ui';
import { wireEvents } from './wire-events';

/** Build the session, answer the extension's messages, show the UI when there is something to show. */
export async function startAnnotator(ctx: ContentScriptContext): Promise<void> {
  // Document idle, as the benchmark measures from (scripts/bench/page.ts).
  performance.mark('report-annotator:start');
  const language = detectLanguage();
  const session: PageSession = new PageSession({
    document_: document,
    url: () => location.href,
    send: (type, payload) => sendMessage(type, payload),
    prefs: {
      get: async (key) => (await browser.storage.local.get(key))[key],
      set: (key, value) => browser.storage.local.set({ [key]: value }),
    },
    highlighter: createHighlighter(document),
    onActivate: () => {
      ctx.onInvalidated(injectPageStyles(document));
      wireEvents(ctx, session);
    },
    setTimer: (fn, ms) => ctx.setTimeout(fn, ms),
    clearTimer: (handle) => clearTimeout(handle as number),
  });
  ctx.onInvalidated(() => session.dispose());

  // Installed before anything is awaited: the background asks 'page/extractNow' right after injecting us.
  const handlers: MessageHandlers<ContentMessageType | 'items/changed' | 'tracker/changed'> = {
    'page/extractNow': () => session.request(),
    'page/focusItem': async ({ id }) => ({ found: await session.focusItem(id) }),
    'page/summary': async () => session.summary(),
    'page/collectAll': () => session.collectAll(),
    'page/siteChanged': async () => {
      await session.siteChanged();
      return null;
    },
    'items/changed': async ({ reportId }) => {
      session.itemsChanged(reportId);
      return null;
    },
    'tracker/changed': async () => {
      session.trackerChanged();
      return null;
    },
  };
  const listener = toCallbackListener(createMessageRouter(handlers));
  browser.runtime.onMessage.addListener(listener);
  ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(listener));

  mountWhenShown(ctx, session, pageText(language), language);
  ctx.addEventListener(window, 'wxt:locationchange', () => void session.navigated());
  await session.start();
}
