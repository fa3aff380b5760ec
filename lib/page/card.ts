/**
 * The card and the focus: which item the reader looks at, how they got there (pointer, J / K, a
 * new hand-marked item), and the hover timing that opens and closes the card. Also the reader's
 * selection, which the "标为条目" button stands next to. View state only: nothing is stored.
 */

import type { Highlighter } from './highlighter';
import { timerSlot, type SessionDeps, type TimerSlot } from './deps';
import type { Observable } from './observable';
import type { PageItem } from './page-items';
import type { PageModel } from './page-model';
import type { Box, PageSelection } from './selection';
import { boxOf, HOVER_CLOSE_MS, HOVER_OPEN_MS, showMarks, type CardVia, type PageView } from './view';

export class CardController {
  private selection: PageSelection | null = null;
  /** The pointer is over the card. */
  private held = false;
  /** The focus is in the card (the reader is typing: do not close it under them). */
  private focusedIn = false;
  private pendingHover: string | null = null;
  private readonly hoverTimer: TimerSlot;
  private readonly closeTimer: TimerSlot;

  constructor(
    private readonly model: PageModel,
    private readonly view: Observable<PageView>,
    private readonly deps: Pick<SessionDeps, 'document_' | 'highlighter' | 'setTimer' | 'clearTimer'>,
  ) {
    this.hoverTimer = timerSlot(deps);
    this.closeTimer = timerSlot(deps);
  }

  private get highlighter(): Highlighter {
    return this.deps.highlighter;
  }

  private boxOf(key: string): Box | null {
    return boxOf(this.highlighter.rectsOf(key));
  }

  /** Mark the item, scroll to it and open its card. */
  focus(key: string, via: CardVia): void {
    this.setFocus(key);
    this.scrollTo(key);
    this.open(key, via);
  }

  private setFocus(key: string | null): void {
    this.model.focused = key;
  }

  /** The ring follows the card (marks.ts). */
  private showMarks(): void {
    showMarks(this.view, this.model, this.deps);
  }

  /**
   * J / K: the next or previous item in page order (from the viewport when none is focused yet).
   * False when there is nothing to step to (the key was not ours).
   */
  step(direction: 1 | -1): boolean {
    const keys = this.model.active ? this.highlighter.keys() : [];
    if (keys.length === 0) return false;
    const focused = this.model.focused;
    let index = focused ? keys.indexOf(focused) : -1;
    if (index === -1) {
      const height = this.deps.document_.defaultView?.innerHeight ?? 0;
      const tops = keys.map((k) => this.highlighter.rectsOf(k)[0]?.top ?? Number.NaN);
      if (direction === 1) {
        index = tops.findIndex((t) => t >= 0);
        if (index === -1) index = keys.length - 1;
      } else {
        index = tops.findLastIndex((t) => t < height);
        if (index === -1) index = 0;
      }
    } else {
      index = Math.max(0, Math.min(keys.length - 1, index + direction));
    }
    this.focus(keys[index], 'keyboard');
    return true;
  }

  private scrollTo(key: string): void {
    const view = this.deps.document_.defaultView;
    const rect = this.highlighter.rectsOf(key)[0];
    if (!view || !rect) return;
    const margin = 96;
    if (rect.top < margin || rect.bottom > view.innerHeight - margin) {
      view.scrollBy({ top: rect.top - view.innerHeight * 0.3, behavior: 'instant' as ScrollBehavior });
    }
  }

  private open(key: string, via: CardVia): void {
    const item = this.model.items.get(key);
    const box = this.boxOf(key);
    if (!item || !box) return;
    this.closeTimer.clear();
    this.held = false;
    this.focusedIn = false;
    this.view.update({ card: { key, item, box, via, busy: false }, selection: null });
    this.showMarks();
  }

  close(): void {
    this.closeTimer.clear();
    this.hoverTimer.clear();
    this.pendingHover = null;
    // Neither the pointer nor the focus is in a card that is gone. (Firefox sends no focusout when
    // the focused tag input goes with the card: without this, no hover would open a card again.)
    this.held = false;
    this.focusedIn = false;
    if (!this.view.get().card) return;
    this.view.update({ card: null });
    this.showMarks();
  }

  /** The card and the marks follow their items when the page scrolls, resizes or reflows. */
  reposition(): void {
    this.showMarks();
    const card = this.view.get().card;
    if (!card) return;
    const box = this.boxOf(card.key);
    if (box) this.view.update({ card: { ...card, box } });
  }

  /** The item under `key` changed (stored: a new key; a new kind or tags): the card shows it. */
  itemChanged(key: string, item: PageItem): void {
    const card = this.view.get().card;
    if (card && card.key === key) this.view.update({ card: { ...card, key: item.key, item } });
  }

  /** Show the card busy while an action on its item runs. */
  setBusy(key: string | null): void {
    const card = this.view.get().card;
    if (key !== null && card?.key === key) this.view.update({ card: { ...card, busy: true } });
    else if (key === null && card?.busy) this.view.update({ card: { ...card, busy: false } });
  }

  /**
   * After a layout: keep the focus and the card on the same passage when its key changed (it was
   * stored meanwhile), else let them go.
   */
  follow(previous: ReadonlyMap<string, PageItem>): void {
    const items = this.model.items;
    const follow = (key: string | null): string | null => {
      if (key === null || items.has(key)) return key;
      const old = previous.get(key);
      if (!old) return null;
      for (const item of items.values()) if (item.space === old.space && item.start === old.start && item.end === old.end) return item.key;
      return null;
    };
    this.setFocus(follow(this.model.focused));
    const card = this.view.get().card;
    const cardKey = follow(card?.key ?? null);
    if (card && cardKey) this.view.update({ card: { ...card, key: cardKey, item: items.get(cardKey)!, box: this.boxOf(cardKey) ?? card.box } });
    else if (card) this.view.update({ card: null });
    this.showMarks();
  }

  /** The pointer moved over the page (not our UI): over an item, or not. */
  pointerAt(x: number, y: number): void {
    const key = this.model.active ? this.highlighter.keyAt(x, y) : null;
    const card = this.view.get().card;
    if (key) {
      this.closeTimer.clear();
      if (card?.key === key || this.pendingHover === key) return;
      this.pendingHover = key;
      this.hoverTimer.set(() => {
        if (this.pendingHover !== key) return;
        this.pendingHover = null;
        if (this.focusedIn) return; // the reader is typing in another card
        this.setFocus(key);
        this.open(key, 'pointer');
      }, HOVER_OPEN_MS);
      return;
    }
    this.pendingHover = null;
    this.hoverTimer.clear();
    if (card && card.via === 'pointer') this.scheduleClose();
  }

  /** A click on the page: anywhere but the card's own item closes the card. */
  pointerDown(x: number, y: number): void {
    const card = this.view.get().card;
    if (card && this.highlighter.keyAt(x, y) !== card.key) this.close();
  }

  /** The pointer entered or left the card. */
  hover(inside: boolean): void {
    this.held = inside;
    if (inside) this.closeTimer.clear();
    else if (this.view.get().card?.via === 'pointer') this.scheduleClose();
  }

  /** Focus entered or left the card. */
  focusWithin(inside: boolean): void {
    this.focusedIn = inside;
    if (inside) this.closeTimer.clear();
  }

  private scheduleClose(): void {
    if (this.closeTimer.pending || this.held || this.focusedIn) return;
    this.closeTimer.set(() => {
      if (!this.held && !this.focusedIn) this.close();
    }, HOVER_CLOSE_MS);
  }

  /** The reader's selection changed. */
  selectionChanged(selection: PageSelection | null): void {
    if (!this.model.active) return;
    this.selection = selection;
    this.view.update({ selection: selection ? { box: selection.box } : null });
  }

  /** The selection to mark, taken: its button goes. */
  takeSelection(): PageSelection | null {
    const selection = this.selection;
    this.selection = null;
    this.view.update({ selection: null });
    return selection;
  }

  /** A page just opened: nothing focused, selected or open. */
  reset(): void {
    this.close();
    this.selection = null;
    this.view.update({ selection: null });
  }

  dispose(): void {
    this.hoverTimer.clear();
    this.closeTimer.clear();
  }
}
