/**
 * The annotator on one page: the coordinator. It holds no algorithm and no lasting state; it
 * builds the parts, runs their work one task at a time, and answers the content script.
 *
 *   page-model.ts    the lasting state: what was read, stored, shown
 *   reading.ts       the reading pipeline: main text → extraction → layout → paint, page changes
 *   item-actions.ts  what the reader does with items, written through the background; undo
 *   card.ts          the card, the focus, hover timing, the selection (view state)
 *   notices.ts       the notice after an action, and its undo offer
 *   view.ts          the view state the UI renders
 *
 * The DOM events (pointer, keys, selection) and the UI are wired by the content script's entry
 * point; this class only exposes what they call and the view state they render.
 */

import { errorText } from '../messages';
import { ITEM_KINDS, reportIdFor, type IndicatorId, type ItemKind } from '../store/records';
import type { FigureHistory } from '../store/tracker-history';
import { CardController } from './card';
import type { SessionDeps } from './deps';
import { ItemActions } from './item-actions';
import { Notices } from './notices';
import { observable, type Observable } from './observable';
import { PageModel } from './page-model';
import { ReadingPipeline, type Task } from './reading';
import type { PageSelection } from './selection';
import type { PageSummary } from './summary';
import { taskQueue, type TaskQueue } from './task-queue';
import { initialView, layoutKey, publish, setPhase, type PageView, type SummaryLayout } from './view';

export type { Prefs, SendFn, SessionDeps } from './deps';

export class PageSession {
  readonly view: Observable<PageView> = observable(initialView());

  private readonly model = new PageModel();
  private readonly queue: TaskQueue<Task>;
  private readonly pipeline: ReadingPipeline;
  private readonly card: CardController;
  private readonly notices: Notices;
  private readonly actions: ItemActions;

  constructor(private readonly deps: SessionDeps) {
    const schedule = (task: Task) => this.queue.schedule(task);
    this.queue = taskQueue<Task>(
      (pending) => this.pipeline.run(pending),
      (e) => this.pipeline.failed(errorText(e)),
    );
    this.card = new CardController(this.model, this.view, deps);
    this.pipeline = new ReadingPipeline(this.model, this.view, deps, this.card, schedule);
    this.notices = new Notices(this.view, deps);
    this.actions = new ItemActions(this.model, this.view, deps, this.pipeline, this.card, this.notices, schedule);
  }

  // ------------------------------------------------------------ running

  /** Read the page at document idle; annotate it if it reads like a report. */
  start(): Promise<void> {
    this.pipeline.startWatching();
    return this.queue.schedule('read');
  }

  /** The reader asked ('page/extractNow'): annotate whatever the page reads like. */
  async request(): Promise<{ reportId: string; found: number; added: number }> {
    this.model.requested = true;
    this.view.update({ visible: true, error: null });
    if (!this.model.active) await this.queue.schedule('read');
    else await this.idle();
    const s = this.summary();
    return { reportId: s.reportId ?? reportIdFor(this.deps.url()), found: s.total, added: 0 };
  }

  /** Wait for queued work to finish. */
  idle(): Promise<void> {
    return this.queue.idle();
  }

  summary(): PageSummary {
    return this.view.get().summary;
  }

  /** Another context changed the report's items (the collection page, another tab). */
  itemsChanged(reportId: string | null): void {
    if (this.model.active && (reportId === null || reportId === this.model.reportId)) void this.queue.schedule('reload');
  }

  // ------------------------------------------------------------ items

  addTag(key: string, text: string): Promise<boolean> {
    return this.actions.addTag(key, text);
  }

  removeTag(key: string, tag: string): Promise<boolean> {
    return this.actions.removeTag(key, tag);
  }

  setNote(key: string, note: string): Promise<boolean> {
    return this.actions.setNote(key, note);
  }

  setKind(key: string, kind: ItemKind): Promise<boolean> {
    return this.actions.setKind(key, kind);
  }

  /** The reader's correction of what the item measures (kept over later readings: parsedByReader). */
  setMeaning(key: string, meaning: { metric?: string; indicator?: IndicatorId | null }): Promise<boolean> {
    return this.actions.setMeaning(key, meaning);
  }

  /** The tracker's records of this report's place changed ('tracker/changed'): an open card asks for its years again. */
  trackerChanged(): void {
    this.view.update({ trackerVersion: this.view.get().trackerVersion + 1 });
  }

  /** A headline figure's other years, for its card (null before the page is read). */
  history(indicator: IndicatorId): Promise<FigureHistory | null> {
    const { reportId } = this.model;
    return reportId ? this.deps.send('tracker/history', { reportId, indicator }) : Promise.resolve(null);
  }

  collect(key: string): Promise<boolean> {
    return this.actions.collect(key);
  }

  dismiss(key: string): Promise<boolean> {
    return this.actions.dismiss(key);
  }

  undo(): Promise<void> {
    return this.actions.undo();
  }

  /** 'page/collectAll': store every detected item not stored yet. */
  async collectAll(): Promise<{ added: number; collected: number; ids: string[] }> {
    await this.idle();
    return this.actions.collectAll();
  }

  // ------------------------------------------------------------ focus, card, selection

  /** 'page/focusItem': scroll to an item, mark it and open its card. */
  async focusItem(id: string): Promise<boolean> {
    await this.idle();
    if (!this.model.items.has(id)) return false;
    this.card.focus(id, 'keyboard');
    return true;
  }

  step(direction: 1 | -1): boolean {
    return this.card.step(direction);
  }

  closeCard(): void {
    this.card.close();
  }

  repositionCard(): void {
    this.card.reposition();
  }

  pointerAt(x: number, y: number): void {
    this.card.pointerAt(x, y);
  }

  pointerDown(x: number, y: number): void {
    this.card.pointerDown(x, y);
  }

  cardHover(inside: boolean): void {
    this.card.hover(inside);
  }

  cardFocus(inside: boolean): void {
    this.card.focusWithin(inside);
  }

  selectionChanged(selection: PageSelection | null): void {
    this.card.selectionChanged(selection);
  }

  markSelection(): Promise<void> {
    return this.actions.markSelection();
  }

  // ------------------------------------------------------------ summary and notices

  /** Open the summary or shrink it to its badge; move it to another corner. Remembered per site. */
  async setLayout(patch: Partial<SummaryLayout>): Promise<void> {
    const layout = { ...this.view.get().layout, ...patch };
    this.view.update({ layout });
    const hostname = new URL(this.deps.url()).hostname;
    await this.deps.prefs.set(layoutKey(hostname), layout).catch(() => undefined);
  }

  /** The summary's kind toggles: show or hide the items of a kind on the page. */
  setKindShown(kind: ItemKind, shown: boolean): void {
    const hidden = new Set(this.view.get().hiddenKinds);
    if (shown) hidden.delete(kind);
    else hidden.add(kind);
    this.view.update({ hiddenKinds: ITEM_KINDS.filter((k) => hidden.has(k)) });
    this.pipeline.quietly(() => this.deps.highlighter.showKinds(new Set(ITEM_KINDS.filter((k) => !hidden.has(k)))));
    if (hidden.has(this.view.get().card?.item.kind as ItemKind)) this.card.close();
    publish(this.view, this.model, this.deps);
  }

  /** The outline: scroll to an item and open its card (with the focus, as J / K do). */
  showItem(key: string): void {
    if (this.model.items.has(key)) this.card.focus(key, 'keyboard');
  }

  /**
   * "Always run on this site": a content script cannot ask the browser for a site, so the
   * background opens a small page of ours that asks (entrypoints/grant), which tells us after.
   */
  async askAlways(): Promise<void> {
    try {
      await this.deps.send('site/askAlways', { url: this.deps.url() });
      this.view.update({ siteAsked: true });
    } catch (e) {
      this.notices.failed(e);
    }
  }

  /** 'page/siteChanged': the reader granted or refused the site meanwhile. */
  async siteChanged(): Promise<void> {
    const site = await this.deps.send('site/status', { url: this.deps.url() }).catch(() => null);
    this.view.update({ site, siteAsked: false });
  }

  /** Stop running by itself on this (granted) site. */
  async forgetSite(): Promise<void> {
    try {
      this.view.update({ site: await this.deps.send('site/forget', { url: this.deps.url() }) });
    } catch (e) {
      this.notices.failed(e);
    }
  }

  dismissNotice(): void {
    this.notices.dismiss();
  }

  /**
   * The page's address changed without a reload (single-page sites): start over, as on a page
   * just opened. The new page is annotated only if it reads like a report by itself.
   */
  async navigated(): Promise<void> {
    if (this.model.readFor === reportIdFor(this.deps.url())) return; // the fragment only
    this.card.reset();
    this.model.reset();
    this.pipeline.quietly(() => this.deps.highlighter.clear());
    this.view.update({ visible: false, error: null, cut: null, hiddenKinds: [] });
    this.pipeline.quietly(() => this.deps.highlighter.showKinds(new Set(ITEM_KINDS)));
    setPhase(this.view, 'idle');
    publish(this.view, this.model, this.deps);
    // Watched again for text that loads late, like a page just opened.
    this.pipeline.startWatching();
    await this.queue.schedule('read');
  }

  dispose(): void {
    this.queue.dispose();
    this.pipeline.dispose();
    this.card.dispose();
    this.notices.dispose();
    this.deps.highlighter.dispose();
  }
}
