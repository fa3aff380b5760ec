/**
 * The annotator on one page: reads the page, shows its items, keeps what the reader does with
 * them, and finds them again on the next visit.
 *
 *   read    – main text (Readability on a clone) → items (extracted in the background, off the
 *             page's thread) → does the page read like a report? (report-detect.ts)
 *   reload  – the report's stored items (items/forReport)
 *   layout  – the live page's text map; stored items placed again (reanchor.ts), merged with the
 *             detections (page-items.ts), mapped from main-text to live-text offsets, painted
 *             (highlighter.ts). Every step yields to the page between chunks.
 *
 * When the page changes (mutation-watch.ts), the visible text is compared first, then the main
 * text: a ticker or a clock outside the report changes neither the items nor the store, so nothing
 * is stored, fetched or painted again for it. Changes of class or style are checked on the changed
 * elements alone (live-text.ts).
 *
 * Work is queued: one task at a time, and a task asked for while it is already pending runs once.
 * The DOM events (pointer, keys, selection) and the UI are wired by the content script's entry
 * point; this class only exposes what they call and the view state they render.
 */

import type { TextMap } from '../anchoring/text-map';
import type { ExtractedItem } from '../extract/types';
import type { BackgroundMessageType, PageControlMessageType, Request, Response } from '../messages';
import { isQuotaError } from '../collection/import-file';
import { addTags, parseTags } from '../collection/tags-input';
import { errorText } from '../messages';
import { LIMITS, reportIdFor, type ItemKind, type ItemRecord } from '../store/records';
import type { Highlighter, Pacing, PaintTarget } from './highlighter';
import { liveTextMap, shownTextChanged } from './live-text';
import { mainTextOf, type MainText } from './main-text';
import { watchMutations, type MutationWatch, type PageChange } from './mutation-watch';
import { observable, type Observable } from './observable';
import { draftOf, liveSpans, mergeItems, type PageItem, type PlacedRecord } from './page-items';
import { placeSaved } from './reanchor';
import { runsByItself } from './report-detect';
import { anchorSelection, manualDraft, selectionSpan, type Box, type PageSelection } from './selection';
import { emptyCounts, summarise, type PageState, type PageSummary, type SiteStatus } from './summary';
import { createPacer, yieldToBrowser, type Pacer } from './yielding';

export type SendFn = <K extends BackgroundMessageType | PageControlMessageType>(type: K, payload: Request<K>) => Promise<Response<K>>;

export interface Prefs {
  get(key: string): Promise<unknown>;
  set(key: string, value: unknown): Promise<void>;
}

export interface SessionDeps {
  document_: Document;
  /** The page's address now (single-page sites change it without reloading). */
  url(): string;
  send: SendFn;
  /** Per-site preferences (browser.storage.local). */
  prefs: Prefs;
  highlighter: Highlighter & { dispose(): void };
  /** Called once, when the page is first annotated: wire pointer, keyboard and selection events. */
  onActivate?(): void;
  pacer?(): Pacer;
  setTimer?(fn: () => void, ms: number): unknown;
  clearTimer?(handle: unknown): void;
  now?(): number;
}

export type CardVia = 'pointer' | 'keyboard' | 'new';

export interface CardView {
  key: string;
  item: PageItem;
  /** The item's box in viewport coordinates. */
  box: Box;
  via: CardVia;
  busy: boolean;
}

export type NoticeKey = 'dismissed' | 'deleted' | 'failed' | 'quotaExceeded' | 'tagTooLong' | 'tagTooMany';

/** Notices that say something went wrong (shown as an alert). */
export const isErrorNotice = (key: NoticeKey): boolean => key !== 'dismissed' && key !== 'deleted';

export interface Notice {
  key: NoticeKey;
  params?: Record<string, string | number>;
  undo: boolean;
}

export interface PageView {
  /** The summary is shown: the page was annotated, or the reader asked. */
  visible: boolean;
  /** The reader hid the summary on this site (remembered per site). */
  collapsed: boolean;
  /** What was found; `summary.state` is where the annotator is (idle, running, ready, no-text). */
  summary: PageSummary;
  notFound: { id: string; quote: string }[];
  /** Tag names the reader used before, most used first. */
  tags: string[];
  card: CardView | null;
  /** Where the "mark as item" button goes; null when nothing is selected. */
  selection: { box: Box } | null;
  site: SiteStatus | null;
  notice: Notice | null;
  /** An error to show in the summary (the reader asked and the run failed). */
  error: string | null;
}

/** Hover this long over an item before its card opens (ms). */
export const HOVER_OPEN_MS = 150;
/** Leave an item and its card this long before the card closes (ms). */
export const HOVER_CLOSE_MS = 400;
/** A silent page keeps being watched this long for text that loads late (ms). */
export const IDLE_WATCH_MS = 60_000;
const NOTICE_MS = 8_000;

export const collapsedKey = (hostname: string) => `summaryHidden:${hostname}`;

const signature = (records: readonly ItemRecord[]) => records.map((r) => `${r.id}@${r.updatedAt}`).join(',');

function boxOf(rects: readonly DOMRect[]): Box | null {
  if (rects.length === 0) return null;
  let { top, left, bottom, right } = rects[0];
  for (const r of rects) {
    top = Math.min(top, r.top);
    left = Math.min(left, r.left);
    bottom = Math.max(bottom, r.bottom);
    right = Math.max(right, r.right);
  }
  return { top, left, bottom, right };
}

type Task = 'read' | 'refresh' | 'reload' | 'layout';

export class PageSession {
  readonly view: Observable<PageView>;

  private main: MainText | null = null;
  private detected: ExtractedItem[] = [];
  private reportId: string | null = null;
  private records: ItemRecord[] = [];
  private recordsSig = '';
  private items = new Map<string, PageItem>();
  private live: TextMap | null = null;
  private requested = false;
  private active = false;
  /** The page's events are wired (once: onActivate). */
  private wired = false;
  private watch: MutationWatch | null = null;
  /** When this page was opened (or navigated to, on single-page sites): a silent page is watched for a while. */
  private startedAt: number;
  /** The report id (address without fragment) the page was last read for. */
  private readFor: string | null = null;
  /** The report and title last recorded with report/visit. */
  private visited: string | null = null;
  /** The visible text the page was last read or laid out with (what page changes are compared to). */
  private seen: TextMap | null = null;
  /** The keys painted by the last layout. */
  private painted = new Set<string>();
  /** Bumped on navigation: work begun for the previous page stops at its next step. */
  private generation = 0;
  private focused: string | null = null;
  private selection: PageSelection | null = null;
  private undoAction: (() => Promise<void>) | null = null;
  private cardHeld = false;
  private cardFocused = false;
  private pendingHover: string | null = null;
  private hoverTimer: unknown = null;
  private closeTimer: unknown = null;
  private noticeTimer: unknown = null;
  private readonly pending = new Set<Task>();
  private pump: Promise<void> | null = null;
  private disposed = false;

  constructor(private readonly deps: SessionDeps) {
    this.startedAt = this.now();
    this.view = observable<PageView>({
      visible: false,
      collapsed: false,
      summary: summarise([], { reportId: null, title: '', state: 'idle', notFound: 0 }),
      notFound: [],
      tags: [],
      card: null,
      selection: null,
      site: null,
      notice: null,
      error: null,
    });
  }

  // ------------------------------------------------------------ running

  /** Read the page at document idle; annotate it if it reads like a report. */
  start(): Promise<void> {
    this.startWatching();
    return this.schedule('read');
  }

  private startWatching(): void {
    this.watch ??= watchMutations(this.deps.document_.documentElement, (change) => this.pageChanged(change), {
      setTimer: this.deps.setTimer,
      clearTimer: this.deps.clearTimer,
    });
  }

  /** The reader asked ('page/extractNow'): annotate whatever the page reads like. */
  async request(): Promise<{ reportId: string; found: number; added: number }> {
    this.requested = true;
    this.view.update({ visible: true, error: null });
    if (!this.active) await this.schedule('read');
    else await this.idle();
    const s = this.summary();
    return { reportId: s.reportId ?? this.currentReportId(), found: s.total, added: 0 };
  }

  /** Wait for queued work to finish. */
  async idle(): Promise<void> {
    while (this.pump) await this.pump;
  }

  summary(): PageSummary {
    return this.view.get().summary;
  }

  private schedule(task: Task): Promise<void> {
    if (this.disposed) return Promise.resolve();
    this.pending.add(task);
    this.pump ??= this.drain().finally(() => {
      this.pump = null;
    });
    return this.pump;
  }

  private async drain(): Promise<void> {
    while (this.pending.size > 0 && !this.disposed) {
      const has = (t: Task) => this.pending.has(t);
      try {
        if (has('read')) {
          this.pending.clear();
          await this.read();
        } else if (has('refresh')) {
          this.pending.delete('refresh');
          await this.refresh();
        } else if (has('reload')) {
          this.pending.delete('reload');
          this.pending.delete('layout');
          if ((await this.reload()) || this.pending.has('layout')) await this.layout();
        } else {
          this.pending.delete('layout');
          await this.layout();
        }
      } catch (e) {
        this.view.update({ error: errorText(e), visible: this.view.get().visible || this.requested });
        if (this.phase() === 'running') this.setPhase(this.active ? 'ready' : 'idle');
      }
    }
  }

  private pacer(): Pacer {
    return this.deps.pacer?.() ?? createPacer();
  }

  private now(): number {
    return this.deps.now?.() ?? Date.now();
  }

  private currentReportId(): string {
    return reportIdFor(this.deps.url());
  }

  private phase(): PageState {
    return this.view.get().summary.state;
  }

  private setPhase(phase: PageState): void {
    const s = this.view.get().summary;
    this.view.update({ summary: { ...s, state: phase } });
  }

  /**
   * Read the main text, extract, decide, then (when annotating) load stored items and lay out.
   * `live`: the page's visible text, when a page change brought us here.
   */
  private async read(live: TextMap | null = null): Promise<void> {
    const { document_ } = this.deps;
    const pacer = this.pacer();
    const generation = this.generation;
    const previous = this.main;
    this.readFor = this.currentReportId();
    // A change of the page is read quietly: "reading…" only if the report's text turns out to have changed.
    if (!live && (this.requested || this.active)) this.setPhase('running');
    // Readability gets a task of its own, not the tail of whatever ran before (the script's own start-up).
    await yieldToBrowser();
    if (generation !== this.generation) return;
    const main = timed('main-text', () => mainTextOf(document_));
    await pacer.pause();
    if (generation !== this.generation) return;
    const title = main.title || document_.title || '';
    const sameText = !!main.text && main.text === previous?.text;
    if (sameText && (this.active || (!this.requested && main.title === previous?.title))) {
      // The report reads the same: what changed is elsewhere (a clock, a ticker, a blinking
      // title) or only shows or hides some of it. Nothing to extract, store or fetch; paint again
      // only if other items show. (A silent page whose title changed is asked again below.)
      if (this.active && live) await this.showChanged(live);
      return;
    }
    if (live && (this.requested || this.active)) this.setPhase('running');
    if (!main.text) {
      this.main = main;
      this.detected = [];
      this.items = new Map();
      this.watch?.ours(() => this.deps.highlighter.clear());
      this.setPhase(this.requested || this.active ? 'no-text' : 'idle');
      this.publish();
      return;
    }
    if (main.text !== this.main?.text) {
      const detected = await this.deps.send('page/extract', { text: main.text });
      if (generation !== this.generation) return;
      this.detected = detected;
    }
    this.main = main;
    const hostname = new URL(this.deps.url()).hostname;
    if (!this.active && !this.requested && !runsByItself(hostname, { title, text: main.text, itemCount: this.detected.length })) {
      this.setPhase('idle');
      return;
    }
    const reportId = this.currentReportId();
    if (reportId !== this.reportId) {
      this.reportId = reportId;
      this.records = [];
      this.recordsSig = '';
    }
    // The visit is recorded once per report and title, not again for every change of the page.
    const visit = `${reportId}\n${title}`;
    if (visit !== this.visited) {
      await this.deps.send('report/visit', { url: this.deps.url(), title });
      this.visited = visit;
    }
    const [, tags] = await Promise.all([this.reload(), this.deps.send('tags/list', {})]);
    if (generation !== this.generation) return;
    this.view.update({ tags: tags.map((t) => t.name) });
    if (!this.active) await this.activate(hostname);
    await this.layout();
  }

  /** The main text is unchanged but the visible text is not: lay out again only when other items can be shown. */
  private async showChanged(live: TextMap): Promise<void> {
    const main = this.main;
    if (!main) return;
    const spans = timed('map', () => liveSpans([...this.items.values()], main.text, live.text));
    const showable = [...this.items.keys()].filter((k) => spans.has(k));
    if (showable.length === this.painted.size && showable.every((k) => this.painted.has(k))) {
      // The same items show: their highlights stand on the same text nodes, nothing to paint.
      // Selections are read against the page as it is now (wrappers included, when there are any).
      this.live = live;
      return;
    }
    await this.layout();
  }

  private async activate(hostname: string): Promise<void> {
    this.active = true;
    const [collapsed, site] = await Promise.all([
      this.deps.prefs.get(collapsedKey(hostname)).catch(() => false),
      this.deps.send('site/status', { url: this.deps.url() }).catch(() => null),
    ]);
    this.view.update({ collapsed: collapsed === true, site });
    if (!this.wired) {
      this.wired = true;
      this.deps.onActivate?.();
    }
  }

  /** The page changed (debounced). */
  private pageChanged(change: PageChange): void {
    if (!this.active && this.now() - this.startedAt >= IDLE_WATCH_MS) {
      // A page that stayed silent this long is not a report loading late: stop watching it.
      this.watch?.stop();
      this.watch = null;
      return;
    }
    // Only classes and styles changed: look at those elements alone (carousels, tickers, menus).
    if (!change.text && this.seen && !shownTextChanged(this.seen, change.attributes, this.deps.document_.defaultView)) return;
    void this.schedule('refresh');
  }

  /** Re-read only when the visible text changed (pages that animate styles change nothing). */
  private async refresh(): Promise<void> {
    const live = timed('live-text', () => liveTextMap(this.deps.document_));
    const before = this.seen;
    this.seen = live;
    if (before && live.text === before.text) return;
    await this.read(live);
  }

  /** Fetch the report's stored items; true when they changed. */
  private async reload(): Promise<boolean> {
    const reportId = this.reportId;
    if (!reportId) return false;
    const records = await this.deps.send('items/forReport', { reportId });
    if (reportId !== this.reportId) return false; // the page moved on meanwhile
    const sig = signature(records);
    if (sig === this.recordsSig) return false;
    this.records = records;
    this.recordsSig = sig;
    return true;
  }

  private pacing(pacer: Pacer): Pacing {
    return { ours: (fn) => timed('paint', () => (this.watch ? this.watch.ours(fn) : fn())), pause: () => pacer.pause() };
  }

  /** Place, merge, map and paint. */
  private async layout(): Promise<void> {
    const main = this.main;
    if (!main || !this.active || !main.text) return;
    const { document_, highlighter } = this.deps;
    const pacer = this.pacer();
    const pacing = this.pacing(pacer);
    const previous = this.items;
    const generation = this.generation;
    const stale = () => generation !== this.generation; // navigated away meanwhile
    pacing.ours(() => highlighter.clear()); // wrappers: the text nodes whole again before mapping
    const live = timed('live-text', () => liveTextMap(document_));
    await pacer.pause();

    const placed: PlacedRecord[] = [];
    const notFound: ItemRecord[] = [];
    for (const record of this.records) {
      await pacer.pause();
      const at = placeSaved(record.selector, main.text, live.text);
      if (at) placed.push({ record, at });
      else notFound.push(record);
    }
    const { shown } = mergeItems(this.detected, placed);
    await pacer.pause();
    const spans = timed('map', () => liveSpans(shown, main.text, live.text));
    await pacer.pause();
    if (stale()) return;

    const items = new Map<string, PageItem>();
    const targets: PaintTarget[] = [];
    for (const item of shown) {
      items.set(item.key, item);
      const span = spans.get(item.key);
      if (span) targets.push({ key: item.key, kind: item.kind, tagged: (item.record?.tags.length ?? 0) > 0, ...span });
    }
    await highlighter.paint(targets, live, pacing);
    if (stale()) {
      pacing.ours(() => highlighter.clear());
      return;
    }
    this.live = highlighter.changesNodes ? liveTextMap(document_) : live;
    this.seen = this.live;
    this.painted = new Set(targets.map((t) => t.key));
    this.items = items;
    this.notFoundRecords = notFound.filter((r) => r.status !== 'dismissed');

    // Keep the focus and the card on the same passage when its key changed (it was stored).
    const follow = (key: string | null): string | null => {
      if (key === null || items.has(key)) return key;
      const old = previous.get(key);
      if (!old) return null;
      for (const item of items.values()) if (item.space === old.space && item.start === old.start && item.end === old.end) return item.key;
      return null;
    };
    this.focused = follow(this.focused);
    pacing.ours(() => highlighter.setFocus(this.focused));
    const card = this.view.get().card;
    const cardKey = follow(card?.key ?? null);
    if (card && cardKey) this.view.update({ card: { ...card, key: cardKey, item: items.get(cardKey)!, box: this.boxOf(cardKey) ?? card.box } });
    else if (card) this.view.update({ card: null });

    this.setPhase('ready');
    this.view.update({ visible: true, error: null });
    this.publish();
    markPerformance('report-annotator:highlighted', targets.length);
    await this.fixStatuses(placed, notFound);
  }

  private notFoundRecords: ItemRecord[] = [];

  /** Stored items not found become 'orphaned' (kept); orphans found again become 'active'. */
  private async fixStatuses(placed: PlacedRecord[], notFound: ItemRecord[]): Promise<void> {
    const lost = notFound.filter((r) => r.status === 'active').map((r) => r.id);
    const back = placed.filter((p) => p.record.status === 'orphaned').map((p) => p.record.id);
    if (lost.length) this.applyRecords(await this.deps.send('items/setStatus', { ids: lost, status: 'orphaned' }));
    if (back.length) this.applyRecords(await this.deps.send('items/setStatus', { ids: back, status: 'active' }));
  }

  /** Records the store returned after a change: replace ours, so the echoed 'items/changed' finds nothing new. */
  private applyRecords(updated: readonly ItemRecord[]): void {
    const byId = new Map(updated.map((r) => [r.id, r]));
    this.records = this.records.map((r) => byId.get(r.id) ?? r);
    for (const r of updated) if (!this.records.some((x) => x.id === r.id)) this.records.push(r);
    this.recordsSig = signature(this.records);
    for (const [key, item] of this.items) {
      const r = item.record && byId.get(item.record.id);
      if (r) this.setItem(key, { ...item, record: r, kind: r.kind });
    }
    this.notFoundRecords = this.notFoundRecords.map((r) => byId.get(r.id) ?? r);
    this.publish();
  }

  private publish(): void {
    const phase = this.phase();
    const title = this.main?.title || this.deps.document_.title || '';
    const items = [...this.items.values()];
    this.view.update({
      summary:
        phase === 'idle' && !this.active
          ? { ...summarise([], { reportId: null, title, state: phase, notFound: 0 }), found: emptyCounts() }
          : summarise(items, { reportId: this.reportId, title, state: phase, notFound: this.notFoundRecords.length }),
      notFound: this.notFoundRecords.map((r) => ({ id: r.id, quote: r.selector.quote.exact })),
    });
  }

  /** Another context changed the report's items (the collection page, another tab). */
  itemsChanged(reportId: string | null): void {
    if (this.active && (reportId === null || reportId === this.reportId)) void this.schedule('reload');
  }

  // ------------------------------------------------------------ items

  private setItem(key: string, item: PageItem): void {
    if (key !== item.key) {
      this.items.delete(key);
      this.deps.highlighter.rekey(key, item.key);
      if (this.focused === key) this.focused = item.key;
      if (this.painted.delete(key)) this.painted.add(item.key);
    }
    this.items.set(item.key, item);
    this.watch?.ours(() => this.deps.highlighter.restyle(item.key, { kind: item.kind, tagged: (item.record?.tags.length ?? 0) > 0 }));
    const card = this.view.get().card;
    if (card && card.key === key) this.view.update({ card: { ...card, key: item.key, item } });
  }

  private item(key: string): PageItem {
    const item = this.items.get(key);
    if (!item) throw new Error('这一条已不在页面上 / the item is no longer on the page');
    return item;
  }

  /** Store a detected item (idempotent); returns it with its record. */
  private async stored(key: string, kind?: ItemKind): Promise<PageItem & { record: ItemRecord }> {
    let item = this.item(key);
    if (item.record) return item as PageItem & { record: ItemRecord };
    if (!this.main || !this.reportId) throw new Error('页面尚未读取 / the page was not read yet');
    if (kind) item = { ...item, kind };
    const draft = draftOf(item, this.main.text);
    const { items } = await this.deps.send('items/save', { reportId: this.reportId, items: [draft] });
    const { exact } = draft.selector.quote;
    const { start, end } = draft.selector.position;
    const record = items.find(
      (r) => r.selector.quote.exact === exact && r.selector.position.start === start && r.selector.position.end === end,
    );
    if (!record) throw new Error('保存失败 / the item was not stored');
    this.records = items;
    this.recordsSig = signature(items);
    const next = { ...item, key: record.id, kind: record.kind, record };
    this.setItem(key, next);
    this.publish();
    return next;
  }

  /**
   * Run an action on the card's item, showing it busy and turning failures into a notice. True
   * when it was done; an action that resolves false said itself why not.
   */
  private async act(key: string, action: () => Promise<void | false>): Promise<boolean> {
    const card = this.view.get().card;
    if (card?.key === key) this.view.update({ card: { ...card, busy: true } });
    try {
      return (await action()) !== false;
    } catch (e) {
      this.failed(e);
      return false;
    } finally {
      const now = this.view.get().card;
      if (now?.busy) this.view.update({ card: { ...now, busy: false } });
    }
  }

  private async update(key: string, patch: { tags?: string[]; note?: string; kind?: ItemKind }): Promise<void> {
    const item = await this.stored(key, patch.kind);
    const record = await this.deps.send('items/update', { id: item.record.id, patch });
    this.applyRecords([record]);
  }

  /** Add one tag, or several separated by commas; true once they are stored. */
  addTag(key: string, text: string): Promise<boolean> {
    return this.act(key, async () => {
      if (parseTags(text).length === 0) return;
      // Checked before anything is stored: a tag too long stores nothing.
      const checked = addTags(this.item(key).record?.tags ?? [], text);
      if (checked.problem) {
        this.notify({ key: checked.problem === 'tooLong' ? 'tagTooLong' : 'tagTooMany', params: { max: checked.problem === 'tooLong' ? LIMITS.tagLength : LIMITS.tagsPerItem }, undo: false });
        return false;
      }
      const item = await this.stored(key);
      await this.update(item.key, { tags: addTags(item.record.tags, text).tags });
      const tags = await this.deps.send('tags/list', {});
      this.view.update({ tags: tags.map((t) => t.name) });
    });
  }

  removeTag(key: string, tag: string): Promise<boolean> {
    return this.act(key, async () => {
      const item = this.item(key);
      if (!item.record) return;
      await this.update(key, { tags: item.record.tags.filter((t) => t !== tag) });
    });
  }

  setNote(key: string, note: string): Promise<boolean> {
    return this.act(key, () => this.update(key, { note }));
  }

  setKind(key: string, kind: ItemKind): Promise<boolean> {
    return this.act(key, async () => {
      const item = this.item(key);
      if (!item.record) await this.stored(key, kind);
      else if (item.record.kind !== kind) await this.update(key, { kind });
    });
  }

  collect(key: string): Promise<boolean> {
    return this.act(key, async () => {
      await this.stored(key);
    });
  }

  /** A false detection: stored as dismissed (not shown again); a hand-marked item is deleted. Undoable. */
  dismiss(key: string): Promise<boolean> {
    return this.act(key, async () => {
      const item = this.item(key);
      let notice: NoticeKey;
      let id: string;
      if (item.record?.source === 'manual') {
        id = item.record.id;
        const deleted = await this.deps.send('items/delete', { ids: [id] });
        this.records = this.records.filter((r) => r.id !== id);
        this.undoAction = async () => {
          await this.deps.send('items/restore', { records: deleted });
        };
        notice = 'deleted';
      } else {
        id = (await this.stored(key)).record.id;
        this.applyRecords(await this.deps.send('items/setStatus', { ids: [id], status: 'dismissed' }));
        this.undoAction = async () => {
          await this.deps.send('items/setStatus', { ids: [id], status: 'active' });
        };
        notice = 'dismissed';
      }
      // Stored, the item's key is its record's id.
      this.items.delete(id);
      this.items.delete(key);
      this.painted.delete(id);
      this.painted.delete(key);
      this.watch?.ours(() => {
        this.deps.highlighter.remove(id);
        this.deps.highlighter.remove(key);
      });
      this.recordsSig = signature(this.records);
      this.closeCard();
      this.publish();
      this.notify({ key: notice, undo: true });
    });
  }

  async undo(): Promise<void> {
    const action = this.undoAction;
    this.undoAction = null;
    this.view.update({ notice: null });
    if (!action) return;
    try {
      await action();
      this.recordsSig = ''; // force the layout
      await this.schedule('reload');
    } catch (e) {
      this.failed(e);
    }
  }

  /** 'page/collectAll': store every detected item not stored yet. */
  async collectAll(): Promise<{ added: number; collected: number }> {
    await this.idle();
    if (!this.active || !this.main || !this.reportId) return { added: 0, collected: 0 };
    const drafts = [...this.items.values()].filter((i) => !i.record && i.detected).map((i) => draftOf(i, this.main!.text));
    let added = 0;
    if (drafts.length) {
      const result = await this.deps.send('items/save', { reportId: this.reportId, items: drafts });
      added = result.added.length;
      this.records = result.items;
      this.recordsSig = signature(result.items);
      await this.schedule('layout');
    }
    return { added, collected: this.summary().collected };
  }

  // ------------------------------------------------------------ focus and card

  private boxOf(key: string): Box | null {
    return boxOf(this.deps.highlighter.rectsOf(key));
  }

  /** 'page/focusItem': scroll to an item, mark it and open its card. */
  async focusItem(id: string): Promise<boolean> {
    await this.idle();
    if (!this.items.has(id)) return false;
    this.focus(id, 'keyboard');
    return true;
  }

  /**
   * J / K: the next or previous item in page order (from the viewport when none is focused yet).
   * False when there is nothing to step to (the key was not ours).
   */
  step(direction: 1 | -1): boolean {
    const keys = this.active ? this.deps.highlighter.keys() : [];
    if (keys.length === 0) return false;
    let index = this.focused ? keys.indexOf(this.focused) : -1;
    if (index === -1) {
      const view = this.deps.document_.defaultView;
      const height = view?.innerHeight ?? 0;
      const tops = keys.map((k) => this.deps.highlighter.rectsOf(k)[0]?.top ?? Number.NaN);
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

  private focus(key: string, via: CardVia): void {
    this.focused = key;
    this.watch?.ours(() => this.deps.highlighter.setFocus(key));
    this.scrollTo(key);
    this.openCard(key, via);
  }

  private scrollTo(key: string): void {
    const view = this.deps.document_.defaultView;
    const rect = this.deps.highlighter.rectsOf(key)[0];
    if (!view || !rect) return;
    const margin = 96;
    if (rect.top < margin || rect.bottom > view.innerHeight - margin) {
      view.scrollBy({ top: rect.top - view.innerHeight * 0.3, behavior: 'instant' as ScrollBehavior });
    }
  }

  private openCard(key: string, via: CardVia): void {
    const item = this.items.get(key);
    const box = this.boxOf(key);
    if (!item || !box) return;
    this.clearTimer('closeTimer');
    this.cardHeld = false;
    this.cardFocused = false;
    this.view.update({ card: { key, item, box, via, busy: false }, selection: null });
  }

  closeCard(): void {
    this.clearTimer('closeTimer');
    this.clearTimer('hoverTimer');
    this.pendingHover = null;
    // Neither the pointer nor the focus is in a card that is gone. (Firefox sends no focusout when
    // the focused tag input goes with the card: without this, no hover would open a card again.)
    this.cardHeld = false;
    this.cardFocused = false;
    if (!this.view.get().card) return;
    this.view.update({ card: null });
    this.watch?.ours(() => this.deps.highlighter.setFocus(null));
  }

  /** The card follows its item when the page scrolls or resizes. */
  repositionCard(): void {
    const card = this.view.get().card;
    if (!card) return;
    const box = this.boxOf(card.key);
    if (box) this.view.update({ card: { ...card, box } });
  }

  /** The pointer moved over the page (not our UI): over an item, or not. */
  pointerAt(x: number, y: number): void {
    const key = this.active ? this.deps.highlighter.keyAt(x, y) : null;
    const card = this.view.get().card;
    if (key) {
      this.clearTimer('closeTimer');
      if (card?.key === key || this.pendingHover === key) return;
      this.pendingHover = key;
      this.clearTimer('hoverTimer');
      this.hoverTimer = this.setTimer(() => {
        this.hoverTimer = null;
        if (this.pendingHover !== key) return;
        this.pendingHover = null;
        if (this.cardFocused) return; // the reader is typing in another card
        this.focused = key;
        this.watch?.ours(() => this.deps.highlighter.setFocus(key));
        this.openCard(key, 'pointer');
      }, HOVER_OPEN_MS);
      return;
    }
    this.pendingHover = null;
    this.clearTimer('hoverTimer');
    if (card && card.via === 'pointer') this.scheduleClose();
  }

  /** A click on the page: anywhere but the card's own item closes the card. */
  pointerDown(x: number, y: number): void {
    const card = this.view.get().card;
    if (card && this.deps.highlighter.keyAt(x, y) !== card.key) this.closeCard();
  }

  /** The pointer entered or left the card. */
  cardHover(inside: boolean): void {
    this.cardHeld = inside;
    if (inside) this.clearTimer('closeTimer');
    else if (this.view.get().card?.via === 'pointer') this.scheduleClose();
  }

  /** Focus entered or left the card (the reader is typing: do not close it under them). */
  cardFocus(inside: boolean): void {
    this.cardFocused = inside;
    if (inside) this.clearTimer('closeTimer');
  }

  private scheduleClose(): void {
    if (this.closeTimer !== null || this.cardHeld || this.cardFocused) return;
    this.closeTimer = this.setTimer(() => {
      this.closeTimer = null;
      if (!this.cardHeld && !this.cardFocused) this.closeCard();
    }, HOVER_CLOSE_MS);
  }

  private setTimer(fn: () => void, ms: number): unknown {
    return this.deps.setTimer ? this.deps.setTimer(fn, ms) : setTimeout(fn, ms);
  }

  private clearTimer(which: 'hoverTimer' | 'closeTimer' | 'noticeTimer'): void {
    const handle = this[which];
    if (handle === null) return;
    if (this.deps.clearTimer) this.deps.clearTimer(handle);
    else clearTimeout(handle as ReturnType<typeof setTimeout>);
    this[which] = null;
  }

  // ------------------------------------------------------------ selection

  /** The reader's selection changed. */
  selectionChanged(selection: PageSelection | null): void {
    if (!this.active) return;
    this.selection = selection;
    this.view.update({ selection: selection ? { box: selection.box } : null });
  }

  /** "标为条目": store the selection as a hand-marked item and open its card. */
  async markSelection(): Promise<void> {
    const selection = this.selection;
    this.selection = null;
    this.view.update({ selection: null });
    if (!selection || !this.live || !this.main || !this.reportId) return;
    try {
      const span = selectionSpan(this.live, selection.range);
      if (!span) throw new Error('选区不在页面正文中 / the selection is not in the page text');
      const anchor = anchorSelection(this.live.text, span, this.main.text);
      const parsed = await this.deps.send('page/extract', { text: anchor.selector.quote.exact });
      const record = await this.deps.send('items/addManual', { reportId: this.reportId, item: manualDraft(anchor, parsed) });
      this.records = [...this.records, record];
      this.recordsSig = signature(this.records);
      this.deps.document_.getSelection?.()?.removeAllRanges();
      await this.schedule('layout');
      if (this.items.has(record.id)) this.focus(record.id, 'new');
    } catch (e) {
      this.failed(e);
    }
  }

  // ------------------------------------------------------------ summary

  async setCollapsed(collapsed: boolean): Promise<void> {
    this.view.update({ collapsed });
    const hostname = new URL(this.deps.url()).hostname;
    await this.deps.prefs.set(collapsedKey(hostname), collapsed).catch(() => undefined);
  }

  /** Stop running by itself on this (granted) site. */
  async forgetSite(): Promise<void> {
    try {
      this.view.update({ site: await this.deps.send('site/forget', { url: this.deps.url() }) });
    } catch (e) {
      this.failed(e);
    }
  }

  /** A failure, as the reader should read it: a full disk says so, in words. */
  private failed(e: unknown): void {
    const reason = errorText(e);
    this.notify({ key: isQuotaError(reason) ? 'quotaExceeded' : 'failed', params: { reason }, undo: false });
  }

  private notify(notice: Notice): void {
    this.clearTimer('noticeTimer');
    this.view.update({ notice });
    this.noticeTimer = this.setTimer(() => {
      this.noticeTimer = null;
      this.undoAction = null;
      this.view.update({ notice: null });
    }, NOTICE_MS);
  }

  dismissNotice(): void {
    this.clearTimer('noticeTimer');
    this.undoAction = null;
    this.view.update({ notice: null });
  }

  /**
   * The page's address changed without a reload (single-page sites): start over, as on a page
   * just opened. The new page is annotated only if it reads like a report by itself.
   */
  async navigated(): Promise<void> {
    if (this.readFor === this.currentReportId()) return; // the fragment only
    this.generation++;
    this.closeCard();
    this.active = false;
    this.requested = false;
    this.main = null;
    this.detected = [];
    this.reportId = null;
    this.records = [];
    this.recordsSig = '';
    this.items = new Map();
    this.notFoundRecords = [];
    this.live = null;
    this.seen = null;
    this.painted = new Set();
    this.visited = null;
    this.focused = null;
    this.selection = null;
    this.watch?.ours(() => this.deps.highlighter.clear());
    this.view.update({ visible: false, selection: null, error: null });
    this.setPhase('idle');
    this.publish();
    // Watched again for text that loads late, like a page just opened.
    this.startedAt = this.now();
    this.startWatching();
    await this.schedule('read');
  }

  dispose(): void {
    this.disposed = true;
    this.watch?.stop();
    this.watch = null;
    for (const t of ['hoverTimer', 'closeTimer', 'noticeTimer'] as const) this.clearTimer(t);
    this.deps.highlighter.dispose();
  }
}

/**
 * Run one synchronous step and leave a User Timing measure of it (report-annotator:main-text …):
 * the benchmark (scripts/bench/page.ts) and DevTools' Performance panel show where the time goes.
 */
function timed<T>(step: string, fn: () => T): T {
  const start = performance.now();
  try {
    return fn();
  } finally {
    try {
      performance.measure(`report-annotator:${step}`, { start, end: performance.now() });
    } catch {
      // no User Timing here
    }
  }
}

/** A performance mark the benchmark reads (scripts/bench/page.ts); harmless elsewhere. */
function markPerformance(name: string, items: number): void {
  try {
    performance.mark(name, { detail: { items } });
  } catch {
    // no User Timing here
  }
}
