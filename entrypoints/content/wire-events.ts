import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { isEditable, typedInto } from '../../lib/page/editable';
import { isInOwnUi } from '../../lib/page/mutation-watch';
import { readSelection } from '../../lib/page/selection';
import type { PageSession } from '../../lib/page/session';

const SELECTION_SETTLE_MS = 250;

/** Events on our own UI are the UI's business (the card handles its own hover and keys). */
const onOwnUi = (event: Event) => isInOwnUi(event.target as Node | null);

/**
 * The page's events the annotator listens to, through ctx so that they go away with the script:
 *  - pointer moves hit-test the highlights (there are no elements to hover with the Highlight
 *    API), once per animation frame;
 *  - J / K step through the items, Escape closes the card (not while the reader types in a field);
 *  - the selection offers "标为条目" once it settles;
 *  - scrolling, resizing and reflowing move the card (and the marks) with their items.
 *
 * Only the reader's own input counts: events the page makes up (`dispatchEvent`, `el.click()`:
 * isTrusted false) are ignored, so a page script cannot open cards or step through items.
 */
export function wireEvents(
  ctx: Pick<ContentScriptContext, 'addEventListener' | 'requestAnimationFrame' | 'setTimeout'> & Partial<Pick<ContentScriptContext, 'onInvalidated'>>,
  session: PageSession,
): void {
  let pointer: { x: number; y: number } | null = null;
  let pointerFrame = 0;
  ctx.addEventListener(
    document,
    'mousemove',
    (event) => {
      if (!event.isTrusted || onOwnUi(event)) return;
      pointer = { x: event.clientX, y: event.clientY };
      if (pointerFrame) return;
      pointerFrame = ctx.requestAnimationFrame(() => {
        pointerFrame = 0;
        if (pointer) session.pointerAt(pointer.x, pointer.y);
      });
    },
    { passive: true },
  );
  ctx.addEventListener(document, 'mousedown', (event) => {
    if (event.isTrusted && !onOwnUi(event)) session.pointerDown(event.clientX, event.clientY);
  });

  ctx.addEventListener(window, 'keydown', (event) => {
    if (!event.isTrusted || event.defaultPrevented || event.isComposing || event.ctrlKey || event.metaKey || event.altKey) return;
    // The field typed into, even inside the page's own (open) shadow DOM.
    if (isEditable(typedInto(event))) return;
    if (event.key === 'Escape') return session.closeCard();
    if (event.key !== 'j' && event.key !== 'k' && event.key !== 'J' && event.key !== 'K') return;
    // The key is ours only when there was something to step to; else it stays the page's.
    if (session.step(event.key === 'j' || event.key === 'J' ? 1 : -1)) event.preventDefault();
  });

  let settle: number | null = null;
  ctx.addEventListener(document, 'selectionchange', (event) => {
    if (!event.isTrusted) return;
    if (settle !== null) clearTimeout(settle);
    settle = ctx.setTimeout(() => {
      settle = null;
      session.selectionChanged(readSelection(document));
    }, SELECTION_SETTLE_MS);
  });

  let moveFrame = 0;
  const follow = (event: Event) => {
    if (!event.isTrusted || moveFrame) return;
    moveFrame = ctx.requestAnimationFrame(() => {
      moveFrame = 0;
      session.repositionCard();
      const selection = readSelection(document);
      if (selection) session.selectionChanged(selection);
    });
  };
  ctx.addEventListener(window, 'scroll', follow, { capture: true, passive: true });
  ctx.addEventListener(window, 'resize', follow, { passive: true });

  // The page reflows without scrolling (images and fonts load, a section opens): the marks drawn
  // over tagged items and the card follow their text.
  if (typeof ResizeObserver === 'function' && document.body) {
    const observer = new ResizeObserver(() => {
      if (moveFrame) return;
      moveFrame = ctx.requestAnimationFrame(() => {
        moveFrame = 0;
        session.repositionCard();
      });
    });
    observer.observe(document.body);
    ctx.onInvalidated?.(() => observer.disconnect());
  }
}
