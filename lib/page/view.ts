/**
 * The view state the on-page UI renders (components/page/PageApp.tsx): summary, card, selection
 * button, notice. The session's modules update it; the UI only reads it and calls back.
 */

import type { Highlighter } from './highlighter';
import type { ItemKind } from '../store/records';
import { readMarks, sameMarks, type ItemMark } from './marks';
import { outlineOf, type OutlineSection } from './outline';
import { recentTagsOf } from './tag-suggestions';
import type { PageItem } from './page-items';
import type { PageModel } from './page-model';
import type { Observable } from './observable';
import type { Box } from './selection';
import { summarise, type PageState, type PageSummary, type SiteStatus } from './summary';

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

/** Where the summary stands. */
export type Corner = 'bottom-right' | 'bottom-left' | 'top-right' | 'top-left';
export const CORNERS: readonly Corner[] = ['bottom-right', 'bottom-left', 'top-right', 'top-left'];

/** How the reader left the summary on a site (remembered per site): a badge or open, and its corner. */
export interface SummaryLayout {
  expanded: boolean;
  corner: Corner;
}

export const DEFAULT_LAYOUT: SummaryLayout = { expanded: false, corner: 'bottom-right' };

export const layoutKey = (hostname: string) => `summaryLayout:${hostname}`;

/** A stored layout, or the default for anything else. */
export function readLayout(stored: unknown): SummaryLayout {
  const s = (typeof stored === 'object' && stored !== null ? stored : {}) as Partial<Record<keyof SummaryLayout, unknown>>;
  return {
    expanded: s.expanded === true,
    corner: CORNERS.includes(s.corner as Corner) ? (s.corner as Corner) : DEFAULT_LAYOUT.corner,
  };
}

export interface PageView {
  /** The summary is shown: the page was annotated, or the reader asked. */
  visible: boolean;
  /** A badge with the counts, or open; and in which corner (remembered per site). */
  layout: SummaryLayout;
  /** Kinds the reader hid on the page (the summary's kind toggles). */
  hiddenKinds: ItemKind[];
  /** The items shown, by section, for the outline. */
  outline: OutlineSection[];
  /** What was found; `summary.state` is where the annotator is (idle, running, ready, no-text). */
  summary: PageSummary;
  notFound: { id: string; quote: string }[];
  /** Tag names the reader used before, most used first. */
  tags: string[];
  /** Tag names used last on this report, most recent first. */
  recentTags: string[];
  card: CardView | null;
  /** Where the "mark as item" button goes; null when nothing is selected. */
  selection: { box: Box } | null;
  site: SiteStatus | null;
  /** The reader asked to always run on this site; the window asking the browser is open. */
  siteAsked: boolean;
  notice: Notice | null;
  /** An error to show in the summary (the reader asked and the run failed). */
  error: string | null;
  /** The page's text was too long to read whole: how much was read (extract-budget.ts). */
  cut: { read: number; total: number } | null;
  /** Tagged items and the card's item, drawn in our shadow root (marks.ts). */
  marks: ItemMark[];
  /**
   * Counts the changes to the tracker's records of this report's place ('tracker/changed': a report
   * of the place stored in another tab, an identity corrected): an open card asks for its other
   * years again when it moves.
   */
  trackerVersion: number;
}

/** Hover this long over an item before its card opens (ms). */
export const HOVER_OPEN_MS = 150;
/** Leave an item and its card this long before the card closes (ms). */
export const HOVER_CLOSE_MS = 400;
/** A silent page keeps being watched this long for text that loads late (ms). */
export const IDLE_WATCH_MS = 60_000;
/** A notice (and its undo offer) stays this long (ms). */
export const NOTICE_MS = 8_000;


export function initialView(): PageView {
  return {
    visible: false,
    layout: DEFAULT_LAYOUT,
    hiddenKinds: [],
    outline: [],
    summary: summarise([], { reportId: null, title: '', state: 'idle', notFound: 0 }),
    notFound: [],
    tags: [],
    recentTags: [],
    card: null,
    selection: null,
    site: null,
    siteAsked: false,
    notice: null,
    error: null,
    cut: null,
    marks: [],
    trackerVersion: 0,
  };
}

export const phaseOf = (view: Observable<PageView>): PageState => view.get().summary.state;

export function setPhase(view: Observable<PageView>, phase: PageState): void {
  view.update({ summary: { ...view.get().summary, state: phase } });
}

export interface Painting {
  document_: Document;
  highlighter: Pick<Highlighter, 'rectsOf' | 'textOf'>;
}

/** Draw the marks where the items stand now (tagged ones, the card's). */
export function showMarks(view: Observable<PageView>, model: PageModel, { document_, highlighter }: Painting): void {
  const w = document_.defaultView;
  const marks = readMarks(model, highlighter, view.get().card?.key ?? null, { x: w?.scrollX ?? 0, y: w?.scrollY ?? 0 });
  if (!sameMarks(marks, view.get().marks)) view.update({ marks });
}

/** Show what the model holds now: the summary's counts, the items not found, the marks. */
export function publish(view: Observable<PageView>, model: PageModel, painting: Painting): void {
  const hidden = new Set(view.get().hiddenKinds);
  view.update({
    summary: model.summary(model.title(painting.document_), phaseOf(view)),
    notFound: model.notFound.map((r) => ({ id: r.id, quote: r.selector.quote.exact })),
    outline: outlineOf(model.items.values(), (key) => model.painted.has(key) && !hidden.has(model.items.get(key)!.kind)),
    recentTags: recentTagsOf(model.records),
  });
  showMarks(view, model, painting);
}

/** The box around some rectangles (an item's lines). */
export function boxOf(rects: readonly DOMRect[]): Box | null {
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
