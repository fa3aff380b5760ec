/** What an extracted item is; the contract shared by the extractor, the CLI, storage and export. */

import type { IndicatorId } from './indicators';

export type ItemKind = 'target' | 'result' | 'commitment';

/** How the stated figure relates to the real one (see GUIDELINE.md, "Comparator"). */
export type Comparator = '=' | '>=' | '>' | '<=' | '<' | '~' | 'range';

/** Which cue governs the item: 确保/必须 (binding) or 力争/争取 (aspirational). */
export type Strength = 'binding' | 'aspirational';

/** Which way a change goes: 增长/提高 up, 下降/收窄 down, 持平 flat (value 0). A level has none. */
export type Direction = 'up' | 'down' | 'flat';

/**
 * What span of time a figure covers: one year (year: the year it is for, when the report says or
 * implies it), a yearly average (年均), a sum over years (累计, 五年共), or a level due by a
 * deadline (到2027年 → year 2027).
 */
export interface Period {
  kind: 'year' | 'average' | 'cumulative' | 'by';
  year: number | null;
  /**
   * With a year: true when the figure's own words name it (2025年，…; 到2027年; “十四五”), false
   * when the report's identity implies it (今年; the year a review looks back on), so a corrected
   * identity moves it. Absent on items from before it was read.
   */
  stated?: boolean;
}

/** The starting figure of 从X提高到Y / 由X增加到Y, which belongs to Y's item. */
export interface FromFigure {
  value: number;
  unit: string;
}

/** Which tier of government a report speaks for. */
export type ReportLevel = 'national' | 'province' | 'city' | 'county';

/** What kind of document a report is; it sets the default tense of its figures. */
export type ReportGenre =
  | 'government_work_report' // 政府工作报告
  | 'party_congress_report' // 党代会报告
  | 'statistical_communique' // 统计公报, a statistics bureau's analysis: results only
  | 'plan' // 规划纲要, 行动方案, 实施方案: plans only, but for a stated base
  | 'livelihood_projects' // 民生实事: plans only
  | 'other';

/** Which report an item comes from, read from its own text, title and address. */
export interface ReportIdentity {
  /** 全国, 安徽省, 杭州市, 秀洲区; null when the report does not say. */
  place: string | null;
  level: ReportLevel | null;
  /** The year the report was given in (2026年政府工作报告 → 2026). */
  year: number | null;
  genre: ReportGenre;
}

export interface ExtractedItem {
  /** UTF-16 offsets into the text as given to the extractor: [start, end). */
  start: number;
  end: number;
  kind: ItemKind;
  /** The span's text, as it stands in the input. */
  text: string;
  /** What is measured, as written (新增学位, 地区生产总值增长); see GUIDELINE.md, "Metric". */
  metric: string;
  /** The headline indicator the metric is (lib/extract/indicators.ts), or null. */
  indicator: IndicatorId | null;
  /** Which way a change goes; null for a level and for a commitment. */
  direction: Direction | null;
  /** The starting figure of 从X提高到Y, else null. */
  from: FromFigure | null;
  /** The span of time the figure covers; null for a commitment or when nothing tells. */
  period: Period | null;
  /** The figure with 万/亿 folded in; null for a commitment. */
  value: number | null;
  /** Upper bound of a range (cmp 'range'), else null. */
  max: number | null;
  /** Unit as written after the magnitude word (个, 元/年, %, 个百分点); '' when there is none. */
  unit: string;
  cmp: Comparator | null;
  /** A ratio's terms as written (2.27:1 → [2.27, 1], 12.89：56.87：30.24 → three); `value` is its first term. Only on ratios. */
  ratio?: number[];
  strength: Strength | null;
  /** The cue that sets the strength, as written (力争, 确保, 坚决), so the card names what it read; null with no strength. */
  strengthCue: string | null;
  /** When it is due, as written (到2027年, 今年, 年底前), or null. */
  deadline: string | null;
  /** The heading of the section the item stands in, or '' before any heading. */
  section: string;
}
