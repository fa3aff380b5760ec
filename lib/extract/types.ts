/** What an extracted item is; the contract shared by the extractor, the CLI, storage and export. */

export type ItemKind = 'target' | 'result' | 'commitment';

/** How the stated figure relates to the real one (see GUIDELINE.md, "Comparator"). */
export type Comparator = '=' | '>=' | '>' | '<=' | '<' | '~' | 'range';

/** Which cue governs the item: 确保/必须 (binding) or 力争/争取 (aspirational). */
export type Strength = 'binding' | 'aspirational';

export interface ExtractedItem {
  /** UTF-16 offsets into the text as given to the extractor: [start, end). */
  start: number;
  end: number;
  kind: ItemKind;
  /** The span's text, as it stands in the input. */
  text: string;
  /** What is measured, as written (学位, 空气质量优良率); '' when the clause names nothing. */
  metric: string;
  /** The figure with 万/亿 folded in; null for a commitment. */
  value: number | null;
  /** Upper bound of a range (cmp 'range'), else null. */
  max: number | null;
  /** Unit as written after the magnitude word (个, 元/年, %, 个百分点); '' when there is none. */
  unit: string;
  cmp: Comparator | null;
  strength: Strength | null;
  /** When it is due, as written (到2027年, 今年, 年底前), or null. */
  deadline: string | null;
  /** The heading of the section the item stands in, or '' before any heading. */
  section: string;
}
