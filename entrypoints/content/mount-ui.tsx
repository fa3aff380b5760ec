import { render } from 'preact';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import type { Language, Translator } from '../../lib/i18n';
import type { PAGE_TEXT } from '../../lib/i18n/page';
import type { PageSession, PageView } from '../../lib/page/session';
import { PageApp } from '../../components/page/PageApp';
import { pageUiStyles } from '../../components/page/styles';

/** Our UI's host element; the report-annotator- prefix keeps it out of the text map. */
export const UI_TAG = 'report-annotator-ui';

const hasSomethingToShow = (v: PageView) => v.visible || v.card !== null || v.selection !== null || v.notice !== null;

/**
 * Mount the shadow-root UI the first time the session has something to show: silent pages get
 * no element of ours at all.
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
      // Keys typed in our inputs stay ours: the page's shortcuts do not see them.
      isolateEvents: true,
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
