/**
 * Stored record types and the pure helpers around them.
 *
 * This module has no Dexie import and touches no browser API, so content scripts,
 * extension pages and Node tests may import it freely. Only the background writes
 * the database (lib/store/schema.ts); everyone else writes through lib/messages.ts.
 */

import { CONTEXT_LENGTH, describeRange, type PositionSelector, type QuoteSelector } from '../anchoring/selectors';
import type { Comparator, ExtractedItem, ItemKind, Strength } from '../extract/types';

export type { PositionSelector, QuoteSelector } from '../anchoring/selectors';

export type { Comparator, ItemKind, Strength } from '../extract/types';

export const ITEM_KINDS: readonly ItemKind[] = ['target', 'result', 'commitment'];
export const COMPARATORS: readonly Comparator[] = ['=', '>=', '>', '<=', '<', '~', 'range'];
export const STRENGTHS: readonly Strength[] = ['binding', 'aspirational'];
export const ITEM_SOURCES = ['auto', 'manual'] as const;
export const ITEM_STATUSES = ['active', 'dismissed', 'orphaned'] as const;

export type ItemSource = (typeof ITEM_SOURCES)[number];
/** `orphaned`: could not be re-found on the page; kept, never deleted automatically. */
export type ItemStatus = (typeof ITEM_STATUSES)[number];

/** One report page. `id` is the normalised URL (see {@link reportIdFor}). */
export interface ReportRecord {
  id: string;
  url: string;
  title: string;
  /** Hostname, e.g. www.gov.cn */
  site: string;
  firstVisit: number;
  lastVisit: number;
}

export interface ItemSelector {
  quote: QuoteSelector;
  position: PositionSelector;
}

/** What the extractor read from the passage (metric, figure, comparator…), stored as read. */
export type ParsedFields = Pick<ExtractedItem, 'metric' | 'value' | 'max' | 'unit' | 'cmp' | 'strength' | 'deadline' | 'section'>;

/** Just the parsed fields of an extracted item or a record (nothing else is copied along). */
export function parsedFieldsOf(item: ParsedFields): ParsedFields {
  const { metric, value, max, unit, cmp, strength, deadline, section } = item;
  return { metric, value, max, unit, cmp, strength, deadline, section };
}

export interface ItemRecord extends ParsedFields {
  /** uuid */
  id: string;
  reportId: string;
  kind: ItemKind;
  selector: ItemSelector;
  tags: string[];
  note: string;
  source: ItemSource;
  status: ItemStatus;
  createdAt: number;
  updatedAt: number;
}

export interface TagRecord {
  name: string;
  colour: string;
}

/** What a caller supplies to create an item; ids, timestamps, source and status are the store's. */
export interface ItemDraft {
  kind: ItemKind;
  selector: ItemSelector;
  metric?: string;
  value?: number | null;
  max?: number | null;
  unit?: string;
  cmp?: Comparator | null;
  strength?: Strength | null;
  deadline?: string | null;
  section?: string;
  tags?: string[];
  note?: string;
}

/** The user-editable part of an item. */
export interface ItemPatch {
  tags?: string[];
  note?: string;
  kind?: ItemKind;
  status?: ItemStatus;
}

/**
 * Size limits shared by the store (what it accepts) and the backup validator
 * (what it imports), so anything the store holds can always be re-imported.
 */
export const LIMITS = {
  idLength: 200,
  urlLength: 8_192,
  titleLength: 2_000,
  siteLength: 500,
  quoteLength: 10_000,
  contextLength: 1_000,
  metricLength: 1_000,
  unitLength: 100,
  deadlineLength: 200,
  sectionLength: 1_000,
  noteLength: 10_000,
  tagLength: 100,
  tagsPerItem: 100,
  colourLength: 50,
  reports: 100_000,
  items: 200_000,
  tags: 10_000,
} as const;

/**
 * The stable id of a report: its URL without the fragment (the query stays:
 * many government sites address documents by `?id=`). Throws on a non-URL.
 */
export function reportIdFor(url: string): string {
  const u = new URL(url);
  u.hash = '';
  return u.href;
}

/** The schemes a report's address may have: pages a browser fetches, and local files. */
export const REPORT_URL_SCHEMES: readonly string[] = ['http:', 'https:', 'file:'];

/** An address a report may have (see {@link REPORT_URL_SCHEMES}); false for javascript:, data:, chrome: or a non-URL. */
export function isReportUrl(url: string): boolean {
  try {
    return REPORT_URL_SCHEMES.includes(new URL(url).protocol);
  } catch {
    return false;
  }
}

/** Hostname of a URL, '' when it has none (file:, about:). */
export function siteOf(url: string): string {
  try {
    return new URL(url).hostname;
  } catch {
    return '';
  }
}

/**
 * The stored selector of [start, end) of `text`: lib/anchoring's describeRange, the one
 * description every saved item is found again by.
 */
export function selectorFor(text: string, start: number, end: number, context: number = CONTEXT_LENGTH): ItemSelector {
  return describeRange(text, start, end, context);
}

/** Turn an extractor result into a draft, anchored in `mainText` (the text given to the extractor). */
export function draftFromExtracted(
  item: ExtractedItem,
  mainText: string,
  context: number = CONTEXT_LENGTH,
): ItemDraft {
  const selector = selectorFor(mainText, item.start, item.end, context);
  // Fall back on the extractor's own text if the offsets and the text disagree.
  if (selector.quote.exact === '' && item.text) selector.quote.exact = item.text;
  return { kind: item.kind, selector, ...parsedFieldsOf(item) };
}

/**
 * Normalise a tag list: trim, drop empties, drop duplicates (first wins, order kept).
 * Does not enforce limits; see {@link checkTags}.
 */
export function normaliseTags(tags: readonly string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const raw of tags) {
    const t = String(raw).trim();
    if (t && !seen.has(t)) {
      seen.add(t);
      out.push(t);
    }
  }
  return out;
}

/** Colours handed to tags that have none yet; chosen by a hash of the name, so stable. */
export const TAG_PALETTE = [
  '#fde047', // yellow
  '#86efac', // green
  '#93c5fd', // blue
  '#f9a8d4', // pink
  '#fdba74', // orange
  '#c4b5fd', // violet
  '#5eead4', // teal
  '#fca5a5', // red
] as const;

export function defaultTagColour(name: string): string {
  let h = 0;
  for (let i = 0; i < name.length; i++) h = (h * 31 + name.charCodeAt(i)) >>> 0;
  return TAG_PALETTE[h % TAG_PALETTE.length]!;
}

/** CSS hex colour (#rgb, #rrggbb, #rrggbbaa). */
export function isColour(s: string): boolean {
  return /^#(?:[0-9a-f]{3}|[0-9a-f]{6}|[0-9a-f]{8})$/i.test(s);
}

/** Same anchor (same report, same quote, same offsets) ⇔ same key: for maps. */
export function anchorKey(a: Pick<ItemRecord, 'reportId' | 'selector'>): string {
  const { quote, position } = a.selector;
  return JSON.stringify([a.reportId, position.start, position.end, quote.exact]);
}
