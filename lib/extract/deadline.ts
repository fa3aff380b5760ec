/**
 * When an item is due, as the report writes it (到2027年, 年底前, 今年, “十四五”时期), and which of
 * the deadlines written before an item governs it, a target's or a commitment's alike (one path,
 * DeadlineScopes.forItem). Deadlines nest like the text does:
 * - the item's own sentence, then its paragraph so far (a nearer deadline wins);
 * - its section: what its heading and the section's earlier paragraphs dated (到2027年具体目标：),
 *   and for a sub-section (（一）…) what its numbered part dated before its first sub-heading;
 * - the plan's stated horizon: the year a plan, a 民生实事 list or a task list names itself for
 *   (2018年民生基础设施补短板实施方案, 确定2024年10项重点民生实事, 2025年县政府工作报告任务清单),
 *   from the document's opening or a title line (or, in a plan that states none there, what its
 *   goals part dates: 一、总体要求 … 到2027年), for every item nothing nearer dates. A headline's
 *   今年, or a lead-in's when the opening states the year, reads as the year the plan states.
 * In one sentence, 今年 after the year it means (一九五四年预计…，那么今年的…) is that year.
 * A year already past when the report was written, and a period named only to compare with
 * (高于“十三五”时期实际), are no deadline.
 */

import type { DeadlineReader } from './cues';
import { searchedByFirstChars } from './first-chars';
import { framingTense, type Paragraph } from './structure';
import type { ReportIdentity } from './types';

/** Nouns a plan names itself by, after the year it is for (2024年为民办实事项目, 2018年…实施方案). */
const PLAN_NOUNS = [
  '实施方案', '行动方案', '工作方案', '行动计划', '工作计划', '工作要点', '民生实事', '办实事', '实事项目', '民生工程',
  '任务清单', '任务分解', '重点任务', '目标任务', '重点工作', '工作安排', '重点项目', '计划草案',
];

const YEAR = '(?:[一二三四五六七八九〇零]{4}|(?:19|20)\\d\\d)年';
/** Where a clause opens: a stop or a space before it (a headline's 纲要 2025年地区生产总值将…). */
const CLAUSE_OPENS = '(?<=^|[\\s。！？!?；;，,：:])';

const DEADLINE_WORDS = [
  // 到2027年, 至2030年底, 在2025年前, 不晚于2025年; not 高于2020年 (a comparison), 截至2017年 (a review's date).
  '(?:(?<!截止)到|(?<!截)至|在|(?<![高低快慢大小多少等])于)(?:19|20)\\d\\d年(?:底|末)?(?:前|以前)?',
  '(?:19|20)\\d\\d年(?:底|末)?(?:前|以前)',
  // The end of a plan's span: 三年行动方案（2025—2027年）.
  '(?<=(?:19|20)\\d\\d年?[—–－-])(?:19|20)\\d\\d年(?=[）)])',
  // A bare year before a plan word (一九五四年预计, 2030年发展主要预期目标).
  `${YEAR}(?=预计|计划|要|将|力争|确保|的?目标|发展主要预期目标)`,
  // A bare year a plan names itself for: 2018年民生基础设施补短板实施方案, 确定2024年10项重点民生实事.
  `(?<![比较从由自])${YEAR}(?=[^，。；,;：:！？!?\\n]{0,12}?(?:${PLAN_NOUNS.join('|')}))`,
  // A year a clause of a plan is for: 2018年，城乡民生基础设施…; 看看2018年，我们身边将…; 2023年启动育才高中迁建;
  // a headline's 2025年地区生产总值将达到…. Not 截至2017年， (a review), 2025年是 (a year described).
  `(?<![比较从由自至到于])(?:19|20)\\d\\d年(?=[，,])`,
  `${CLAUSE_OPENS}(?:19|20)\\d\\d年(?=(?:启动|开工|建成|完成|实施|新建|新增|开展|推进|实现)|(?!以来|以后|起|开始|[\\d一二三四五六七八九十]+月)[^\\s，。；,;：:！？!?\\n]{1,16}?(?:将|力争|确保|预计|争取))`,
  '年底前|本年内|年内|今年|明年|今后五年|未来五年',
  // “十四五”时期, 到“十五五”末; not 高于“十三五”时期实际 (a comparison).
  '(?<!(?:高于|低于|超过|快于|慢于|比|较|同|与)[“"]?)(?<![“"])(?:到|至)?[“"]?十[一二三四五六七八九]五[”"]?(?:期末|末|期间|时期)',
  '本世纪中叶',
];

/**
 * When an item is due, as reports write it. A bare year counts only before a plan word or opening a plan's clause.
 * Searched only where one of its first characters stands (first-chars.ts): its lookbehinds made V8 try
 * every branch at every character of a report.
 */
export const DEADLINE_PATTERN = searchedByFirstChars(new RegExp(DEADLINE_WORDS.join('|'), 'g'));

const DIGITS = '〇一二三四五六七八九';

/** The year a deadline falls in (到2027年 → 2027, 一九五四年 → 1954, “十四五”末 → 2025), or null (今年, 年内). */
export function deadlineYear(deadline: string): number | null {
  const digits = /((?:19|20)\d\d)年/.exec(deadline);
  if (digits) return Number(digits[1]);
  const chinese = /([一二三四五六七八九〇零]{4})年/.exec(deadline);
  if (chinese) return Number([...chinese[1]].map((c) => (c === '零' ? 0 : DIGITS.indexOf(c))).join(''));
  const plan = /十([一二三四五六七八九])五/.exec(deadline);
  if (plan) return 2010 + 5 * '一二三四五六七八九'.indexOf(plan[1]);
  return /本世纪中叶/.test(deadline) ? 2050 : null;
}

/** A deadline that names no year, only the report's own (今年, 本年内, 年内). */
const THIS_YEAR = /^(?:今年|本年内|年内)$/;
/** A year written alone (2024年, 一九五四年), neither a deadline before it (到) nor after (年底前). */
const BARE_YEAR = /^(?:[一二三四五六七八九〇零]{4}|(?:19|20)\d\d)年$/;

/** A short line with no sentence in it and no list or section number: a document's or a list's title. */
function isTitleLine(line: string): boolean {
  const trimmed = line.trim();
  return trimmed.length > 0 && trimmed.length <= 40 && !/[。；;！？!?]/.test(trimmed) && !/^(?:[一二三四五六七八九十]+、|[（(]|\d+[.．、]|——|第)/.test(trimmed);
}

const SUB_HEADING = /^\s*[（(][一二三四五六七八九十]+[）)]/;

/** How far into a document its opening may state the plan's horizon, before its first numbered part. */
const OPENING_LENGTH = 600;
const FIRST_PART = /(?:^|\n)\s*[一二三四五六七八九十]+、/;
/** A plan's part that sets its goals (一、总体要求, 一、主要目标). */
const GOALS_PART = /目标|总体要求/;

/**
 * A deadline, and whether a heading, a title line or the document's opening wrote it rather than
 * the item's own words or a paragraph leading into it (see period.ts: such a year is the report's).
 */
export interface Dated {
  deadline: string;
  byTitle: boolean;
}

/**
 * The deadlines that stand for what follows them, read paragraph by paragraph in one forward
 * pass: `enter` a paragraph, ask `forItem` for each of its items, then `leave` it.
 */
export class DeadlineScopes {
  /** The plan's stated horizon: what its opening or the last title line dated. */
  private horizon: string | null;
  /** The year the document's opening states it is for (2025年重庆将接续办好15件重点民生实事), if any. */
  private readonly openingYear: string | null;
  private section: string | null = null;
  /** What the current section's heading and earlier paragraphs dated. */
  private inherited: Dated | null = null;
  /** What the current numbered part dated before its first sub-heading, for its sub-sections. */
  private partLead: Dated | null = null;
  private inSubSection = false;
  /** The paragraph being read is a heading or a title line. */
  private inTitle = false;
  private readonly reportYear: number | null;
  private readonly isPlan: boolean;

  constructor(
    private readonly text: string,
    private readonly deadlines: DeadlineReader,
    report: Pick<ReportIdentity, 'year' | 'genre'>,
  ) {
    this.reportYear = report.year;
    this.isPlan = report.genre === 'plan';
    const opening = text.slice(0, OPENING_LENGTH);
    const firstPart = FIRST_PART.exec(opening);
    const stated = deadlines.allIn(0, firstPart ? firstPart.index : opening.length);
    // A plan that names its year (2024年) and calls it 今年 as well is dated by the year.
    this.horizon = stated.find((d) => deadlineYear(d) !== null) ?? stated[0] ?? null;
    this.openingYear = this.horizon && BARE_YEAR.test(this.horizon) && this.isReportYear(this.horizon) ? this.horizon : null;
  }

  /** Called for each paragraph before its items are read. */
  enter(paragraph: Paragraph): void {
    const line = this.text.slice(paragraph.start, paragraph.end);
    this.inTitle = paragraph.section !== this.section || isTitleLine(line);
    if (paragraph.section !== this.section) {
      this.section = paragraph.section;
      // A sub-section inherits what its part dated; a new part starts afresh.
      if (SUB_HEADING.test(line)) {
        if (!this.inSubSection) this.partLead = this.inherited;
        this.inSubSection = true;
        this.inherited = this.partLead;
      } else {
        this.inSubSection = false;
        this.partLead = null;
        this.inherited = null;
      }
    }
    if (isTitleLine(line)) {
      // A list's title (2025年县政府工作报告任务清单) dates the list that follows it.
      const dated = this.deadlines.between(paragraph.start, paragraph.end);
      if (dated && deadlineYear(dated) !== null) this.horizon = dated;
    }
  }

  /** The deadline of an item at `at`: its sentence's, else its paragraph's so far, else what its section or plan set. */
  forItem(paragraphStart: number, sentenceStart: number, at: number): Dated | null {
    const own = this.ownDeadline(sentenceStart, at) ?? this.deadlines.between(paragraphStart, sentenceStart);
    return own ? { deadline: own, byTitle: false } : this.inherited_();
  }

  /**
   * The sentence's last deadline before `at`. 今年 or 本年内 after the year it means, written in
   * the same sentence (一九五四年预计…，那么今年的…), is that year.
   */
  private ownDeadline(sentenceStart: number, at: number): string | null {
    const own = this.deadlines.lastIn(sentenceStart, at);
    if (!own || !THIS_YEAR.test(own.deadline)) return own?.deadline ?? null;
    const before = this.deadlines.between(sentenceStart, own.start);
    return before && BARE_YEAR.test(before) && this.isReportYear(before) ? before : own.deadline;
  }

  private inherited_(): Dated | null {
    const { inherited, horizon } = this;
    const plan = horizon ? { deadline: horizon, byTitle: true } : null;
    if (!inherited) return plan;
    if (!THIS_YEAR.test(inherited.deadline)) return inherited;
    // 今年 of a headline, or of any line when the document's opening states the year it means
    // (2025年重庆将接续办好15件重点民生实事 … 今年，重庆将…), reads as that year.
    if (this.openingYear) return { deadline: this.openingYear, byTitle: true };
    if (inherited.byTitle && horizon && BARE_YEAR.test(horizon) && this.isReportYear(horizon)) return plan;
    return inherited;
  }

  /** Whether a year may be the report's 今年: it is the report's year, or that is unknown. */
  private isReportYear(deadline: string): boolean {
    return this.reportYear === null || deadlineYear(deadline) === this.reportYear;
  }

  /** Called after a paragraph's items: what it dated stands for the rest of its section, unless it reviews. */
  leave(paragraph: Paragraph): void {
    if (framingTense(paragraph) === 'result') return;
    const dated = this.deadlines.between(paragraph.start, paragraph.end);
    if (!dated) return;
    this.inherited = { deadline: dated, byTitle: this.inTitle };
    // A plan's goals part dates the whole plan when its opening did not (一、总体要求 … 到2027年).
    if (this.isPlan && !this.horizon && GOALS_PART.test(paragraph.section) && deadlineYear(dated) !== null) this.horizon = dated;
  }
}
