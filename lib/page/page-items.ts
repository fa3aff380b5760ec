/**
 * The items of a page: what the extractor detected, merged with what the reader stored.
 *
 * Which items are stored: a detected item is NOT stored when it is merely shown. It is stored
 * (items/save, idempotent) the first time the reader acts on it: tags it, writes a note, changes
 * its kind, dismisses it (stored as status 'dismissed', so it is not highlighted again), or
 * collects it ("收藏", or "collect all" from the popup). Items the reader marks by hand are
 * stored at once (source 'manual'). The report itself is recorded on every visit (report/visit).
 *
 * Pure: no DOM.
 */

import { mapOffsetsBetween } from '../anchoring/map-offsets';
import type { ExtractedItem } from '../extract/types';
import { draftFromExtracted, parsedFieldsOf, type ItemDraft, type ItemKind, type ItemRecord, type ParsedFields } from '../store/records';
import type { Placement, TextSpace } from './reanchor';

export interface PageItem {
  /** Stable while the page is open: the record's id once stored, else derived from the offsets. */
  key: string;
  /** The record's kind when stored (the reader may have changed it), else the detector's. */
  kind: ItemKind;
  /** Offsets in `space`: the main text, or (items marked outside it) the page's visible text. */
  start: number;
  end: number;
  space: TextSpace;
  /** The detector's reading of this passage; null for items only the store knows (manual ones). */
  detected: ExtractedItem | null;
  /** The stored record; null while the item is only detected. */
  record: ItemRecord | null;
}

export interface PlacedRecord {
  record: ItemRecord;
  at: Placement;
}

export const autoKey = (item: Pick<ExtractedItem, 'start' | 'end'>): string => `auto:${item.start}-${item.end}`;

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start < b.end && b.start < a.end;

export interface MergedItems {
  /** What the page shows, in text order (main-text items first, then live-text ones). */
  shown: PageItem[];
}

/**
 * Merge detections with placed records. A record standing exactly on a detection takes it over
 * (it keeps the detector's reading for display). A record overlapping a detection without matching
 * it exactly (the extractor changed its span since) hides that detection, so a passage is never
 * highlighted twice. Dismissed records show nothing (and so hide the detection they stand on).
 */
export function mergeItems(detections: readonly ExtractedItem[], placed: readonly PlacedRecord[]): MergedItems {
  const detected = [...detections].sort((a, b) => a.start - b.start || a.end - b.end);
  const inMain = placed.filter((p) => p.at.space === 'main').sort((a, b) => a.at.start - b.at.start);
  const claimedBy = new Map<number, PlacedRecord>(); // detection index → record standing exactly on it
  const hidden = new Set<number>();
  // Detections and main-text records are both sorted: sweep them together.
  let j = 0;
  detected.forEach((d, i) => {
    while (j < inMain.length && inMain[j].at.end <= d.start) j++;
    for (let k = j; k < inMain.length && inMain[k].at.start < d.end; k++) {
      const p = inMain[k];
      if (p.at.start === d.start && p.at.end === d.end && !claimedBy.has(i)) claimedBy.set(i, p);
      else if (overlaps(p.at, d)) hidden.add(i);
    }
  });
  const claimed = new Set([...claimedBy.values()].map((p) => p.record.id));

  const shown: PageItem[] = [];
  const fromRecord = (p: PlacedRecord, d: ExtractedItem | null): void => {
    if (p.record.status === 'dismissed') return;
    shown.push({ key: p.record.id, kind: p.record.kind, start: p.at.start, end: p.at.end, space: p.at.space, detected: d, record: p.record });
  };
  detected.forEach((d, i) => {
    const p = claimedBy.get(i);
    if (p) fromRecord(p, d);
    else if (!hidden.has(i)) shown.push({ key: autoKey(d), kind: d.kind, start: d.start, end: d.end, space: 'main', detected: d, record: null });
  });
  for (const p of placed) if (!claimed.has(p.record.id)) fromRecord(p, null);
  shown.sort((a, b) => (a.space === b.space ? a.start - b.start || a.end - b.end : a.space === 'main' ? -1 : 1));
  return { shown };
}

/** The draft that stores a detected item, anchored in the main text it was found in. */
export function draftOf(item: PageItem, mainText: string): ItemDraft {
  if (item.detected) return { ...draftFromExtracted(item.detected, mainText), kind: item.kind };
  throw new Error('draftOf: only detected items have drafts; stored items have records');
}

/** The parsed fields of a passage the extractor read nothing in (a hand-marked commitment). */
export const NO_PARSED_FIELDS: Readonly<ParsedFields> = {
  metric: '',
  indicator: null,
  value: null,
  max: null,
  unit: '',
  cmp: null,
  direction: null,
  from: null,
  period: null,
  strength: null,
  strengthCue: null,
  deadline: null,
  section: '',
};

/** What to show about an item: the record's reading when stored, else the detector's. */
export interface ItemReading extends ParsedFields {
  kind: ItemKind;
  quote: string;
  tags: string[];
  note: string;
  stored: boolean;
  manual: boolean;
}

export function readingOf(item: PageItem): ItemReading {
  const r = item.record;
  const d = item.detected;
  return {
    ...parsedFieldsOf(r ?? d ?? NO_PARSED_FIELDS),
    kind: item.kind,
    quote: r?.selector.quote.exact ?? d?.text ?? '',
    tags: r?.tags ?? [],
    note: r?.note ?? '',
    stored: r !== null,
    manual: r?.source === 'manual',
  };
}

/**
 * Where the items stand in the live page's text: main-text offsets mapped paragraph by paragraph
 * (lib/anchoring/map-offsets.ts), live-text ones as they are. Items whose passage is not on the
 * live page (hidden, or dropped by the page since) are left out.
 */
export function liveSpans(items: readonly PageItem[], mainText: string, liveText: string): Map<string, { start: number; end: number }> {
  const mapper = mapOffsetsBetween(mainText, liveText);
  const out = new Map<string, { start: number; end: number }>();
  for (const item of items) {
    const span = item.space === 'live' ? { start: item.start, end: item.end } : mapper.mapRange(item.start, item.end);
    if (span && span.end <= liveText.length) out.set(item.key, span);
  }
  return out;
}
