/**
 * Stored record types and the pure helpers around them.
 *
 * This module has no Dexie import and touches no browser API, so content scripts,
 * extension pages and Node tests may import it freely. Only the background writes
 * the database (lib/store/schema.ts); everyone else writes through lib/messages.ts.
 */

import { CONTEXT_LENGTH, describeRange, type PositionSelector, type QuoteSelector } from '../anchoring/selectors';
import type { IndicatorId } from '../extract/indicators';
import type { HeadlineFigure } from '../tracker/stored';
import type {
  Comparator,
  Direction,
  ExtractedItem,
  FromFigure,
  ItemKind,
  Period,
  ReportGenre,
  ReportIdentity,
  ReportLevel,
  Strength,
} from '../extract/types';

export type { PositionSelector, QuoteSelector } from '../anchoring/selectors';

export type { Comparator, Direction, FromFigure, ItemKind, Period, ReportGenre, ReportIdentity, ReportLevel, Strength } from '../extract/types';
export { INDICATOR_IDS, type IndicatorId } from '../extract/indicators';
export type { HeadlineFigure } from '../tracker/stored';

export const ITEM_KINDS: readonly ItemKind[] = ['target', 'result', 'commitment'];
export const COMPARATORS: readonly Comparator[] = ['=', '>=', '>', '<=', '<', '~', 'range'];
export const STRENGTHS: readonly Strength[] = ['binding', 'aspirational'];
export const DIRECTIONS: readonly Direction[] = ['up', 'down', 'flat'];
export const PERIOD_KINDS: readonly Period['kind'][] = ['year', 'average', 'cumulative', 'by'];
export const REPORT_LEVELS: readonly ReportLevel[] = ['national', 'province', 'city', 'county'];
export const REPORT_GENRES: readonly ReportGenre[] = [
  'government_work_report',
  'party_congress_report',
  'statistical_communique',
  'plan',
  'livelihood_projects',
  'other',
];
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
  /**
   * Which report it is (place, level, year, genre): read from its main text, title and address
   * at each visit (the background's page/read), or the reader's correction.
   */
  identity: ReportIdentity;
  /** The reader corrected the identity: later visits leave it as the reader set it. */
  identityCorrected: boolean;
}

/** An identity that says nothing: no place, level or year known, genre other. */
export const UNKNOWN_IDENTITY: Readonly<ReportIdentity> = { place: null, level: null, year: null, genre: 'other' };

export interface ItemSelector {
  quote: QuoteSelector;
  position: PositionSelector;
}

/**
 * What the extractor read from the passage, stored as read: what is measured (metric, and the
 * headline indicator it is), the figure (value, max, unit, comparator), which way it goes, where
 * it starts (从X提高到Y), the span of time it covers, how strongly it is put and by which cue
 * (确保, 力争), its deadline and section.
 */
export interface ParsedFields {
  metric: string;
  indicator: IndicatorId | null;
  value: number | null;
  max: number | null;
  unit: string;
  cmp: Comparator | null;
  direction: Direction | null;
  from: FromFigure | null;
  period: Period | null;
  strength: Strength | null;
  /** The cue word that sets the strength, as found (确保, 力争); null when none was. */
  strengthCue: string | null;
  deadline: string | null;
  section: string;
}

/** The names of the parsed fields, in display order. */
export const PARSED_FIELD_NAMES: readonly (keyof ParsedFields)[] = [
  'metric', 'indicator', 'value', 'max', 'unit', 'cmp', 'direction', 'from', 'period', 'strength', 'strengthCue', 'deadline', 'section',
];

/**
 * What parsedFieldsOf reads: an extracted item or a record, old ones included (a field an older
 * extractor or record lacks reads as null).
 */
export type ParsedFieldsSource = Pick<ParsedFields, 'metric' | 'value' | 'max' | 'unit' | 'cmp' | 'strength' | 'deadline' | 'section'> &
  Partial<Pick<ParsedFields, 'indicator' | 'direction' | 'from' | 'period' | 'strengthCue'>>;

/** Just the parsed fields of an extracted item or a record (nothing else is copied along; from and period copied). */
export function parsedFieldsOf(item: ParsedFieldsSource): ParsedFields {
  const { metric, value, max, unit, cmp, strength, deadline, section } = item;
  return {
    metric,
    indicator: item.indicator ?? null,
    value,
    max,
    unit,
    cmp,
    direction: item.direction ?? null,
    from: item.from ? { value: item.from.value, unit: item.from.unit } : null,
    period: item.period ? { kind: item.period.kind, year: item.period.year } : null,
    strength,
    strengthCue: item.strengthCue ?? null,
    deadline,
    section,
  };
}

/** The extractor's new reading of a stored item, as the store takes it: a metric it did not find stays as stored (never blanked). */
export function rereadFields(stored: ParsedFields, reread: ParsedFieldsSource): ParsedFields {
  const fields = parsedFieldsOf(reread);
  if (!fields.metric.trim() && stored.metric.trim()) fields.metric = stored.metric;
  return fields;
}

/** The same parsed fields (from and period compared by value). */
export function sameParsedFields(a: ParsedFields, b: ParsedFields): boolean {
  return PARSED_FIELD_NAMES.every((name) => JSON.stringify(a[name]) === JSON.stringify(b[name]));
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
  /**
   * The reader corrected what the item measures (metric, indicator): the extractor's later
   * readings of the passage leave its parsed fields as they are.
   */
  parsedByReader: boolean;
  createdAt: number;
  updatedAt: number;
}

/**
 * A report's headline figures, for the tracker (issue 8): the targets and results that name a
 * headline indicator, each with the tracker's reading of the words around it
 * (lib/tracker/stored.ts), left by each visit of a page that reads like a report. One per report
 * (keyed by its id); the report's identity is on its record, so a correction applies here too.
 */
export interface HeadlineRecord {
  reportId: string;
  figures: HeadlineFigure[];
  /**
   * The reader removed the report from the tracker: its rows are left out, and visits keep it out
   * (its figures are still updated, so adding it back shows the latest).
   */
  removed: boolean;
  updatedAt: number;
}

export interface TagRecord {
  name: string;
  colour: string;
}

/** What a caller supplies to create an item; ids, timestamps, source and status are the store's. */
export interface ItemDraft extends Partial<ParsedFields> {
  kind: ItemKind;
  selector: ItemSelector;
  tags?: string[];
  note?: string;
}

/**
 * The user-editable part of an item. A metric or indicator set here is the reader's correction:
 * the record is then `parsedByReader`, and the extractor no longer rewrites its parsed fields.
 */
export interface ItemPatch {
  tags?: string[];
  note?: string;
  kind?: ItemKind;
  status?: ItemStatus;
  metric?: string;
  indicator?: IndicatorId | null;
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
  placeLength: 100,
  strengthCueLength: 100,
  deadlineLength: 200,
  sectionLength: 1_000,
  noteLength: 10_000,
  tagLength: 100,
  tagsPerItem: 100,
  /** Headline figures kept per report (the largest report of the corpus has 28). */
  headlinesPerReport: 500,
  /** Years a headline figure's paragraph may name. */
  yearsPerParagraph: 100,
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
