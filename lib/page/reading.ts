/**
 * The reading pipeline: from the page to its highlights.
 *
 *   read    – main text (Readability on a clone) → items (extracted in the background, off the
 *             page's thread) → does the page read like a report? (report-detect.ts)
 *   reload  – the report's stored items (items/forReport)
 *   layout  – the live page's text map; stored items placed again (reanchor.ts), merged with the
 *             detections (page-items.ts), mapped from main-text to live-text offsets, painted
 *             (highlighter.ts); stored items found again on a detection read again (rederive.ts).
 *             Every step yields to the page between chunks.
 *
 * When the page changes (mutation-watch.ts), the visible text is compared first, then the main
 * text: a ticker or a clock outside the report changes neither the items nor the store, so nothing
 * is stored, fetched or painted again for it. Changes of class or style are checked on the changed
 * elements alone (live-text.ts).
 *
 * The state it reads and writes is the model's (page-model.ts); the order of its steps is the
 * session's task queue (task-queue.ts).
 */

import type { TextMap } from '../anchoring/text-map';
import { reportIdFor, type ItemRecord } from '../store/records';
import { nowOf, pacerOf, type SessionDeps } from './deps';
import { capForExtraction } from './extract-budget';
import type { CardController } from './card';
import type { Pacing, PaintTarget } from './highlighter';
import { liveTextMap, shownTextChanged } from './live-text';
import { mainTextOf } from './main-text';
import { watchMutations, type MutationWatch, type PageChange } from './mutation-watch';
import type { Observable } from './observable';
import { liveSpans, mergeItems, type PageItem, type PlacedRecord } from './page-items';
import type { PageModel } from './page-model';
import { placeSaved } from './reanchor';
import { staleReadings } from './rederive';
import { reportEvidence, runsByItself } from './report-detect';
import { markPerformance, timed } from './timing';
import { IDLE_WATCH_MS, layoutKey, phaseOf, publish, readLayout, setPhase, type PageView } from './view';
import { yieldToBrowser, type Pacer } from './yielding';

export type Task = 'read' | 'refresh' | 'reload' | 'layout';

export class ReadingPipeline {
  private watch: MutationWatch | null = null;
  /** When this page was opened (or navigated to, on single-page sites): a silent page is watched for a while. */
  private startedAt: number;
  /** The page's events are wired (once: onActivate). */
  private wired = false;

  constructor(
    private readonly model: PageModel,
    private readonly view: Observable<PageView>,
    private readonly deps: SessionDeps,
    private readonly card: CardController,
    private readonly schedule: (task: Task) => Promise<void>,
  ) {
    this.startedAt = nowOf(deps);
  }

  /** Our own DOM work, kept out of the page-change watch. */
  readonly quietly = <T>(fn: () => T): T => (this.watch ? this.watch.ours(fn) : fn());

  /** Watch the page for changes (again, after a navigation: text may load late). */
  startWatching(): void {
    this.startedAt = nowOf(this.deps);
    this.watch ??= watchMutations(this.deps.document_.documentElement, (change) => this.pageChanged(change), {
      setTimer: this.deps.setTimer,
      clearTimer: this.deps.clearTimer,
    });
  }

  stopWatching(): void {
    this.watch?.stop();
    this.watch = null;
  }

  /** One step of the queue: the most thorough pending task (a read makes the others needless). */
  async run(pending: Set<Task>): Promise<void> {
    if (pending.has('read')) {
      pending.clear();
      await this.read();
    } else if (pending.has('refresh')) {
      pending.delete('refresh');
      await this.refresh();
    } else if (pending.has('reload')) {
      pending.delete('reload');
      pending.delete('layout');
      if ((await this.reload()) || pending.has('layout')) await this.layout();
    } else {
      pending.delete('layout');
      await this.layout();
    }
  }

  /** A step failed: say so in the summary, and leave "reading…". */
  failed(error: string): void {
    this.view.update({ error, visible: this.view.get().visible || this.model.requested });
    if (phaseOf(this.view) === 'running') setPhase(this.view, this.model.active ? 'ready' : 'idle');
  }

  private currentReportId(): string {
    return reportIdFor(this.deps.url());
  }

  private publish(): void {
    publish(this.view, this.model, this.deps);
  }

  /**
   * Read the main text, extract, decide, then (when annotating) load stored items and lay out.
   * `live`: the page's visible text, when a page change brought us here.
   */
  private async read(live: TextMap | null = null): Promise<void> {
    const { model, view } = this;
    const { document_ } = this.deps;
    const pacer = pacerOf(this.deps);
    const generation = model.generation;
    const previous = model.main;
    model.readFor = this.currentReportId();
    // A change of the page is read quietly: "reading…" only if the report's text turns out to have changed.
    if (!live && (model.requested || model.active)) setPhase(view, 'running');
    // Readability gets a task of its own, not the tail of whatever ran before (the script's own start-up).
    await yieldToBrowser();
    if (generation !== model.generation) return;
    const main = timed('main-text', () => mainTextOf(document_));
    await pacer.pause();
    if (generation !== model.generation) return;
    const title = main.title || document_.title || '';
    const sameText = !!main.text && main.text === previous?.text;
    if (sameText && (model.active || (!model.requested && main.title === previous?.title))) {
      // The report reads the same: what changed is elsewhere (a clock, a ticker, a blinking
      // title) or only shows or hides some of it. Nothing to extract, store or fetch; paint again
      // only if other items show. (A silent page whose title changed is asked again below.)
      if (model.active && live) await this.showChanged(live);
      return;
    }
    if (live && (model.requested || model.active)) setPhase(view, 'running');
    if (!main.text) {
      model.main = main;
      model.detected = [];
      model.reading = null;
      model.items = new Map();
      this.quietly(() => this.deps.highlighter.clear());
      setPhase(view, model.requested || model.active ? 'no-text' : 'idle');
      this.publish();
      return;
    }
    if (main.text !== model.main?.text) {
      // A very long text is read only so far, and the summary says so.
      const capped = capForExtraction(main.text);
      // Read where the extractor is: the items, which report it is, its headline figures.
      const { items, ...reading } = await this.deps.send('page/read', { text: capped.text, title, url: this.deps.url() });
      if (generation !== model.generation) return;
      model.detected = items;
      model.reading = reading;
      view.update({ cut: capped.cut ? { read: capped.text.length, total: capped.total } : null });
    }
    model.main = main;
    const hostname = new URL(this.deps.url()).hostname;
    if (!model.active && !model.requested && !runsByItself(hostname, { title, text: main.text, itemCount: model.detected.length })) {
      setPhase(view, 'idle');
      return;
    }
    const reportId = this.currentReportId();
    model.enterReport(reportId);
    // The visit is recorded once per report, title and reading, not again for every change of the
    // page. It leaves the report's identity, and its headline figures when it reads like a report.
    const readsLikeReport = reportEvidence({ title, text: main.text, itemCount: model.detected.length }) !== null;
    const identity = model.reading?.report;
    const headlines = readsLikeReport ? model.reading?.headlines : undefined;
    const visit = JSON.stringify([reportId, title, identity ?? null, headlines ?? null]);
    if (visit !== model.visited) {
      await this.deps.send('report/visit', { url: this.deps.url(), title, ...(identity ? { identity } : {}), ...(headlines ? { headlines } : {}) });
      model.visited = visit;
    }
    const [, tags] = await Promise.all([this.reload(), this.deps.send('tags/list', {})]);
    if (generation !== model.generation) return;
    view.update({ tags: tags.map((t) => t.name) });
    if (!model.active) await this.activate(hostname);
    await this.layout();
  }

  /** The main text is unchanged but the visible text is not: lay out again only when other items can be shown. */
  private async showChanged(live: TextMap): Promise<void> {
    const { model } = this;
    const main = model.main;
    if (!main) return;
    const spans = timed('map', () => liveSpans([...model.items.values()], main.text, live.text));
    const showable = [...model.items.keys()].filter((k) => spans.has(k));
    if (showable.length === model.painted.size && showable.every((k) => model.painted.has(k))) {
      // The same items show: their highlights stand on the same text nodes, nothing to paint.
      // Selections are read against the page as it is now (wrappers included, when there are any).
      model.live = live;
      return;
    }
    await this.layout();
  }

  private async activate(hostname: string): Promise<void> {
    this.model.active = true;
    const [layout, site] = await Promise.all([
      this.deps.prefs.get(layoutKey(hostname)).catch(() => null),
      this.deps.send('site/status', { url: this.deps.url() }).catch(() => null),
    ]);
    this.view.update({ layout: readLayout(layout), site });
    if (!this.wired) {
      this.wired = true;
      this.deps.onActivate?.();
    }
  }

  /** The page changed (debounced). */
  private pageChanged(change: PageChange): void {
    if (!this.model.active && nowOf(this.deps) - this.startedAt >= IDLE_WATCH_MS) {
      // A page that stayed silent this long is not a report loading late: stop watching it.
      this.stopWatching();
      return;
    }
    // Only classes and styles changed: look at those elements alone (carousels, tickers, menus).
    if (!change.text && this.model.seen && !shownTextChanged(this.model.seen, change.attributes, this.deps.document_.defaultView)) return;
    void this.schedule('refresh');
  }

  /** Re-read only when the visible text changed (pages that animate styles change nothing). */
  private async refresh(): Promise<void> {
    const live = timed('live-text', () => liveTextMap(this.deps.document_));
    const before = this.model.seen;
    this.model.seen = live;
    if (before && live.text === before.text) return;
    await this.read(live);
  }

  /** Fetch the report's stored items; true when they changed. */
  private async reload(): Promise<boolean> {
    const reportId = this.model.reportId;
    if (!reportId) return false;
    const records = await this.deps.send('items/forReport', { reportId });
    if (reportId !== this.model.reportId) return false; // the page moved on meanwhile
    return this.model.setRecords(records);
  }

  private pacing(pacer: Pacer): Pacing {
    return { ours: (fn) => timed('paint', () => this.quietly(fn)), pause: () => pacer.pause() };
  }

  /** Place, merge, map and paint. */
  private async layout(): Promise<void> {
    const { model } = this;
    const main = model.main;
    if (!main || !model.active || !main.text) return;
    const { document_, highlighter } = this.deps;
    const pacer = pacerOf(this.deps);
    const pacing = this.pacing(pacer);
    const previous = model.items;
    const generation = model.generation;
    const stale = () => generation !== model.generation; // navigated away meanwhile
    pacing.ours(() => highlighter.clear()); // wrappers: the text nodes whole again before mapping
    const live = timed('live-text', () => liveTextMap(document_));
    await pacer.pause();

    const placed: PlacedRecord[] = [];
    const notFound: ItemRecord[] = [];
    for (const record of model.records) {
      await pacer.pause();
      const at = placeSaved(record.selector, main.text, live.text);
      if (at) placed.push({ record, at });
      else notFound.push(record);
    }
    const { shown } = mergeItems(model.detected, placed);
    await pacer.pause();
    const spans = timed('map', () => liveSpans(shown, main.text, live.text));
    await pacer.pause();
    if (stale()) return;

    const items = new Map<string, PageItem>();
    const targets: PaintTarget[] = [];
    for (const item of shown) {
      items.set(item.key, item);
      const span = spans.get(item.key);
      if (span) targets.push({ key: item.key, kind: item.kind, ...span });
    }
    await highlighter.paint(targets, live, pacing);
    if (stale()) {
      pacing.ours(() => highlighter.clear());
      return;
    }
    model.live = highlighter.changesNodes ? liveTextMap(document_) : live;
    model.seen = model.live;
    model.painted = new Set(targets.map((t) => t.key));
    model.items = items;
    model.notFound = notFound.filter((r) => r.status !== 'dismissed');
    this.card.follow(previous);

    setPhase(this.view, 'ready');
    this.view.update({ visible: true, error: null });
    this.publish();
    markPerformance('report-annotator:highlighted', targets.length);
    await this.fixStatuses(placed, notFound);
    await this.reread(shown);
  }

  /**
   * Stored auto items found again on a detection take the extractor's reading of today (an item
   * collected under an older extractor gains its clean metric, indicator, period…; rederive.ts).
   */
  private async reread(shown: readonly PageItem[]): Promise<void> {
    const reportId = this.model.reportId;
    const stale = staleReadings(shown);
    if (!stale.length || !reportId) return;
    this.applyRecords(await this.deps.send('items/reparse', { reportId, items: stale }));
  }

  /** Stored items not found become 'orphaned' (kept); orphans found again become 'active'. */
  private async fixStatuses(placed: PlacedRecord[], notFound: ItemRecord[]): Promise<void> {
    const lost = notFound.filter((r) => r.status === 'active').map((r) => r.id);
    const back = placed.filter((p) => p.record.status === 'orphaned').map((p) => p.record.id);
    if (lost.length) this.applyRecords(await this.deps.send('items/setStatus', { ids: lost, status: 'orphaned' }));
    if (back.length) this.applyRecords(await this.deps.send('items/setStatus', { ids: back, status: 'active' }));
  }

  /** Records the store returned after a change: the model takes them, the highlights and the card show them. */
  applyRecords(updated: readonly ItemRecord[]): void {
    for (const { key, item } of this.model.applyRecords(updated)) this.repaint(key, item);
    this.publish();
  }

  /** The item shown under `key` changed (a new key once stored, a new kind, tags): the model takes it, the page shows it. */
  showItem(key: string, item: PageItem): void {
    this.model.setItem(key, item);
    this.repaint(key, item);
  }

  private repaint(key: string, item: PageItem): void {
    const { highlighter } = this.deps;
    if (key !== item.key) highlighter.rekey(key, item.key);
    this.quietly(() => highlighter.setKind(item.key, item.kind));
    this.card.itemChanged(key, item);
  }

  /** Items no longer shown (dismissed, deleted): unpainted. */
  hideItems(...keys: string[]): void {
    this.model.dropItem(...keys);
    this.quietly(() => {
      for (const key of keys) this.deps.highlighter.remove(key);
    });
  }

  dispose(): void {
    this.stopWatching();
  }
}
