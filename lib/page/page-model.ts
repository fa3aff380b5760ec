/**
 * The page's lasting state, in one place: what was read (main text, detections), what the store
 * holds for the report (records), what is shown (items, their keys, what was painted), and where
 * the session stands (asked, active, the report last visited). The modules that read the page,
 * write through the background and drive the card change it; none keeps state of its own.
 *
 * Pure: no DOM (the text maps are values).
 */

import type { TextMap } from '../anchoring/text-map';
import type { ExtractedItem } from '../extract/types';
import type { PageReading } from '../messages';
import type { ItemRecord } from '../store/records';
import type { MainText } from './main-text';
import type { PageItem } from './page-items';
import { emptyCounts, summarise, type PageState, type PageSummary } from './summary';

const signature = (records: readonly ItemRecord[]) => records.map((r) => `${r.id}@${r.updatedAt}`).join(',');

export class PageModel {
  main: MainText | null = null;
  detected: ExtractedItem[] = [];
  /** What the background read in the text beside its items: which report it is, its headline figures. */
  reading: Omit<PageReading, 'items'> | null = null;
  reportId: string | null = null;
  /** The report's stored records, as the store last returned them. */
  records: ItemRecord[] = [];
  private recordsSig = '';
  /** What the page shows, by key (a record's id once stored). */
  items = new Map<string, PageItem>();
  /** Stored records not found on the page (not dismissed ones). */
  notFound: ItemRecord[] = [];
  /** The live page's text map the items were painted on (selections are read against it). */
  live: TextMap | null = null;
  /** The visible text the page was last read or laid out with (what page changes are compared to). */
  seen: TextMap | null = null;
  /** The keys painted by the last layout. */
  painted = new Set<string>();
  /** The item the reader stepped to or hovered last. */
  focused: string | null = null;
  /** The reader asked ('page/extractNow'). */
  requested = false;
  /** The page is annotated. */
  active = false;
  /** The report id (address without fragment) the page was last read for. */
  readFor: string | null = null;
  /** The report and title last recorded with report/visit. */
  visited: string | null = null;
  /** Bumped on navigation: work begun for the previous page stops at its next step. */
  generation = 0;

  /** A new report id: its records are not known yet. */
  enterReport(reportId: string): void {
    if (reportId === this.reportId) return;
    this.reportId = reportId;
    this.records = [];
    this.recordsSig = '';
  }

  /** Take the store's records; false when they are the ones already held. */
  setRecords(records: ItemRecord[]): boolean {
    const sig = signature(records);
    if (sig === this.recordsSig) return false;
    this.records = records;
    this.recordsSig = sig;
    return true;
  }

  /** The next reload lays out again, whatever the store returns. */
  forgetRecords(): void {
    this.recordsSig = '';
  }

  /**
   * Records the store returned after a change replace ours (so the echoed 'items/changed' finds
   * nothing new). Returns the shown items whose record changed, by their key before the change.
   */
  applyRecords(updated: readonly ItemRecord[]): { key: string; item: PageItem }[] {
    const byId = new Map(updated.map((r) => [r.id, r]));
    const ids = new Set(this.records.map((r) => r.id));
    const records = this.records.map((r) => byId.get(r.id) ?? r);
    for (const r of updated) if (!ids.has(r.id)) records.push(r);
    this.setRecords(records);
    this.notFound = this.notFound.map((r) => byId.get(r.id) ?? r);
    const changed: { key: string; item: PageItem }[] = [];
    for (const [key, item] of this.items) {
      const r = item.record && byId.get(item.record.id);
      if (r) changed.push({ key, item: { ...item, record: r, kind: r.kind } });
    }
    for (const { key, item } of changed) this.setItem(key, item);
    return changed;
  }

  /** Replace the item shown under `key` (it may come with a new key: it was stored). */
  setItem(key: string, item: PageItem): void {
    if (key !== item.key) {
      this.items.delete(key);
      if (this.focused === key) this.focused = item.key;
      if (this.painted.delete(key)) this.painted.add(item.key);
    }
    this.items.set(item.key, item);
  }

  /** The item is no longer shown (dismissed, deleted). */
  dropItem(...keys: string[]): void {
    for (const key of keys) {
      this.items.delete(key);
      this.painted.delete(key);
    }
  }

  /** A record the store no longer holds (deleted). */
  removeRecord(id: string): void {
    this.setRecords(this.records.filter((r) => r.id !== id));
  }

  /** A record the store just added. */
  addRecord(record: ItemRecord): void {
    this.setRecords([...this.records, record]);
  }

  /** Start over for a page just opened (single-page sites navigate without reloading). */
  reset(): void {
    this.generation++;
    this.active = false;
    this.requested = false;
    this.main = null;
    this.detected = [];
    this.reading = null;
    this.reportId = null;
    this.records = [];
    this.recordsSig = '';
    this.items = new Map();
    this.notFound = [];
    this.live = null;
    this.seen = null;
    this.painted = new Set();
    this.visited = null;
    this.focused = null;
  }

  title(document_: Document): string {
    return this.main?.title || document_.title || '';
  }

  /** What the summary shows in `phase`. */
  summary(title: string, phase: PageState): PageSummary {
    if (phase === 'idle' && !this.active) return { ...summarise([], { reportId: null, title, state: phase, notFound: 0 }), found: emptyCounts() };
    return summarise([...this.items.values()], { reportId: this.reportId, title, state: phase, notFound: this.notFound.length });
  }
}
