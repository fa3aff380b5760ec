import { render } from 'preact';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import type { Language, Translator } from '../../lib/i18n';
import type { PAGE_TEXT } from '../../lib/i18n/page';
import type { PageSession } from '../../lib/page/session';
import type { PageView } from '../../lib/page/view';
import { PageApp } from '../../components/page/PageApp';
import { pageUiStyles } from '../../components/page/styles';

/** Our UI's host element; the report-annotator- prefix keeps it out of the text map. */
export const UI_TAG = 'report-annotator-ui';

/**
 * Events that leave our UI carrying what the reader types (keys, text input, IME composition,
 * pasted text): stopped at the root of our shadow tree, after our own handlers ran, so that the
 * page's listeners never see notes and tags being typed. Also keeps the page's shortcuts off our inputs.
 */
export const ISOLATED_EVENTS = [
  'keydown',
  'keyup',
  'keypress',
  'beforeinput',
  'input',
  'textInput',
  'compositionstart',
  'compositionupdate',
  'compositionend',
  'paste',
  'copy',
  'cut',
];

const hasSomethingToShow = (v: PageView) => v.visible || v.card !== null || v.selection !== null || v.notice !== null;

/**
 * Mount the shadow-root UI the first time the session has something to show: silent pages get
 * no element of ours at all.
 *
 * The shadow root is closed: `host.shadowRoot` is null to the page's scripts, which therefore can
 * neither read the card (the reader's notes, tags and tag list) nor reach its buttons, nor see
 * which passages are tagged or focused (drawn here too, lib/page/marks.ts). Our content
 * script keeps the root WXT hands to onMount; the browser tests reach it from the content script's
 * own world (chrome.dom.openOrClosedShadowRoot, tests/e2e/fixtures/page-helpers.ts), which no page
 * can enter. Every handler also ignores events a script made up (components/page/trusted.ts).
 */
export function mountWhenShown(ctx: ContentScriptContext, session: PageSession, t: Translator<typeof PAGE_TEXT>, language: Language): void {
  let mounting = false;
  const mount = async () => {
    mounting = true;
    unsubscribe();
    const ui = await createShadowRootUi(ctx, {
      name: UI_TAG,
      position: 'inline',
      anchor: 'body',
      append: 'last',
      css: pageUiStyles(),
      mode: 'closed',
      isolateEvents: ISOLATED_EVENTS,
      onMount: (container) => {
        render(<PageApp session={session} t={t} language={language} />, container);
        return container;
      },
      onRemove: (container) => {
        if (container) render(null, container);
      },
    });
    if (ctx.isValid) ui.mount();
  };
  const check = (view: PageView) => {
    if (!mounting && hasSomethingToShow(view)) void mount();
  };
  const unsubscribe = session.view.subscribe(check);
  ctx.onInvalidated(unsubscribe);
  check(session.view.get());
}
