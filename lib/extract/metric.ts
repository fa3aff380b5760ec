/**
 * What each figure measures (GUIDELINE.md, "Metric: what a figure measures"), read while the
 * extractor walks a paragraph's figures in order:
 * - the figure's own words (its clause, or its part of a 、 list): the noun with its change word,
 *   without cues, list marks, other figures or leading verbs (metric-words.ts);
 * - the object after the figure where the words before it are only a verb (建成19个…基地);
 * - the subject carried into a clause that leaves it out (国内生产总值超过126万亿元，增长5.2%): from
 *   the figure before in the clause, then in the sentence, then the clause before, then the
 *   sentence before;
 * - each noun of a 分别 list for its own figure, with the head they share;
 * - 新增 placed once before a 、 list, and before 其中, for every figure of it.
 * What it remembers (the last nouns of the sentence, the 分别 list) is constant per figure, so a
 * sentence of many figures stays linear; each figure's words are read from its own clause only.
 */

import {
  directionOfChange, isEmpty, keptVerbs, nounAfter, nounBeforeChange, readWords, respectiveNouns, span, subjectOfClause,
  withoutExamples, withoutOtherFigures, type Span, type Words,
} from './metric-words';
import { endsClause } from './stops';
import type { Direction } from './types';

export type { Span } from './metric-words';

/** One figure's metric: the pieces of the text it is made of, in order, and what it tells. */
export interface MetricReading {
  spans: Span[];
  /** What is measured without its change word: what a later figure may carry. */
  noun: Span[];
  /** Which way the change word goes (增长 up, 下降 down, 持平 flat), null for a level or 新增. */
  direction: Direction | null;
}

/** Where one figure stands, as the extractor has found it. */
export interface FigureAt {
  start: number;
  end: number;
  /** The start of its words: its clause, or after the figure before it in a 、 list. */
  itemStart: number;
  /** Where its words end: the figure's start, or 从/由 for the figure reached in 从X提高到Y. */
  wordsEnd: number;
  clauseStart: number;
  clauseEnd: number;
  sentenceStart: number;
  paragraphStart: number;
  /**
   * The figures of its paragraph, in order, and its index among them: how many of its clause stand
   * from this one on is counted only when a 分别 list asks (counted for every figure, a clause of
   * many figures would be quadratic).
   */
  paragraphFigures: readonly { start: number }[];
  index: number;
}

/** How many figures of its clause stand from this one on (itself included), for a 分别 list. */
function figuresLeftInClause(at: FigureAt): number {
  const figures = at.paragraphFigures;
  let count = 1;
  while (at.index + count < figures.length && figures[at.index + count].start < at.clauseEnd) count++;
  return count;
}

interface Respectively {
  clauseStart: number;
  nouns: Span[][];
  change: Span[];
  direction: Direction | null;
  next: number;
}

/** A noun that is a share, rate or price of something named before it (占全国比重, 在北方地区占比, 占比, 成交价). */
const RELATIVE_NOUN = /^(?:占|在[^，。；]{1,8}占|(?:占比|比重|增速|增幅|成交价|成交额|成交金额)$)/;

/** Lines a page broke a sentence into, and how long each may be, for {@link MetricReader.brokenLineBefore}. */
const BROKEN_LINES = 4;
const BROKEN_LINE_LONGEST = 16;

/** How far back a figure looks for the clause before it, when nothing else names its subject. */
const CLAUSE_BEFORE_REACH = 80;

export class MetricReader {
  private paragraph = -1;
  private sentence = -1;
  private clause = -1;
  /** The nouns of this sentence's figures, in order (null where a figure named none). */
  private sentenceNouns: Array<Span[] | null> = [];
  private lastSentenceNoun: Span[] | null = null;
  private previousSentenceNoun: Span[] | null = null;
  private clauseNoun: Span[] | null = null;
  /** 新增 of the clause's first figure, for the rest of its 、 list; and of the sentence's last, for 其中. */
  private clausePrefix: Span | null = null;
  private sentencePrefix: Span | null = null;
  private respectively: Respectively | null = null;
  /** The noun the last figure counted after it, where its words ended: a predicate may go on from there. */
  private afterNoun: { span: Span; end: number; clause: number } | null = null;

  constructor(private readonly text: string) {}

  read(at: FigureAt): MetricReading {
    this.moveTo(at);
    const { text } = this;
    const words = readWords(text, at.itemStart, at.wordsEnd);
    let reading = this.respectiveReading(at, words);
    if (!reading) reading = this.ownReading(at, words);
    reading = { ...reading, spans: withoutOtherFigures(text, reading.spans) };
    this.remember(reading);
    return reading;
  }

  private moveTo(at: FigureAt): void {
    if (at.paragraphStart !== this.paragraph) {
      this.paragraph = at.paragraphStart;
      this.sentence = -1;
      this.lastSentenceNoun = null;
      this.previousSentenceNoun = null;
    }
    if (at.sentenceStart !== this.sentence) {
      if (this.sentence >= 0) this.previousSentenceNoun = this.lastSentenceNoun ?? this.previousSentenceNoun;
      this.sentence = at.sentenceStart;
      this.sentenceNouns = [];
      this.lastSentenceNoun = null;
      this.sentencePrefix = null;
    }
    if (at.clauseStart !== this.clause) {
      this.clause = at.clauseStart;
      this.clauseNoun = null;
      this.clausePrefix = null;
    }
  }

  private remember(reading: MetricReading & { prefix?: Span | null; firstInClause?: boolean }): void {
    const noun = reading.noun.length ? reading.noun : null;
    this.sentenceNouns.push(noun);
    if (noun) {
      this.lastSentenceNoun = noun;
      this.clauseNoun = noun;
    }
  }

  /** A figure of a 分别 list: the list's noun in its place. */
  private respectiveReading(at: FigureAt, words: Words): MetricReading | null {
    const { text } = this;
    if (words.respectively >= 0) {
      const figures = figuresLeftInClause(at);
      // 产业园、产业集群、示范区分别增加2个: one figure for the whole list.
      if (figures === 1 && words.noun) return null;
      const nouns = words.noun ? respectiveNouns(text, words.noun) : this.lastNouns(figures);
      if (!nouns.length) return null;
      this.respectively = { clauseStart: at.clauseStart, nouns, change: words.change, direction: directionOfChange(words.changeWord ?? ''), next: 0 };
    } else if (!this.respectively || this.respectively.clauseStart !== at.clauseStart || !isBare(words)) {
      if (this.respectively?.clauseStart !== at.clauseStart) this.respectively = null;
      return null;
    }
    const list = this.respectively!;
    const noun = list.nouns[Math.min(list.next++, list.nouns.length - 1)];
    return { spans: [...noun, ...list.change], noun, direction: list.direction };
  }

  /** The nouns of the last `count` figures of the sentence that named one: what 分别 refers back to. */
  private lastNouns(count: number): Span[][] {
    const nouns = this.sentenceNouns.filter((noun): noun is Span[] => !!noun);
    return nouns.slice(Math.max(0, nouns.length - count));
  }

  private ownReading(at: FigureAt, words: Words): MetricReading {
    const { text } = this;
    const direction = directionOfChange(words.changeWord ?? '');
    let noun: Span[] = [];
    let verbs: Span[] = [];
    let after: Span | null = null;
    const own = words.noun ? withoutExamples(text, words.noun) : null;
    if (own && !isEmpty(own)) noun = [own];
    const examplesOnly = !!words.noun && !own;
    const opensClause = at.itemStart === at.clauseStart && at.wordsEnd === at.start && words.end <= words.start;
    if (!noun.length && (words.verbs || examplesOnly || !words.change.length)) {
      // 建成19个…基地, 覆盖95%以上行政村, “手撕镍”等353项技术和产品: the object follows the figure.
      after = nounAfter(text, at.end, at.clauseEnd, opensClause);
      if (after) {
        noun = [after];
        verbs = words.verbs ? keptVerbs(text, words.verbs) : [];
      }
    } else if (noun.length === 1 && words.leadingVerb && !/[、，]/.test(text.slice(noun[0].start, noun[0].end))) {
      // 建成王江泾镇5万吨/日工业污水处理厂: the verb's object runs on after the figure.
      after = nounAfter(text, at.end, at.clauseEnd);
      if (after) {
        verbs = keptVerbs(text, [words.leadingVerb]);
        noun = [span(words.leadingVerb.end, noun[0].end), after];
      }
    }
    // 3920个新投产项目增加产值5100多亿元: the thing the figure before counted goes on as the subject.
    const continued = this.afterNoun && this.afterNoun.end === at.itemStart && this.afterNoun.clause === at.clauseStart ? this.afterNoun.span : null;
    let change = words.change;
    if (!noun.length && change.length && !words.verbs && !continued && !this.clauseNoun && !this.lastSentenceNoun) {
      // 增加1万个普惠性学前教育学位: a change word alone before the figure, nothing of its sentence to carry,
      // and the thing counted after it: the change word is the verb of that object.
      const object = nounAfter(text, at.end, at.clauseEnd, opensClause);
      if (object) {
        after = object;
        noun = [object];
        verbs = change;
        change = [];
      }
    }
    this.afterNoun = after ? { span: after, end: Math.max(after.end, at.end), clause: at.clauseStart } : null;
    let carried = false;
    if (!noun.length) {
      const subject = continued ? [continued] : this.subject(at);
      if (subject) {
        noun = change.length ? [...subject.slice(0, -1), nounBeforeChange(text, subject[subject.length - 1])] : subject;
        carried = true;
      }
    } else if (continued && !words.verbs) {
      noun = [continued, ...noun];
    } else if (RELATIVE_NOUN.test(text.slice(noun[0].start, noun[0].end))) {
      // 占世界经济比重从11.4%提高到15%左右: a share of the subject the sentence named before; a later
      // figure carries the subject, not the share (在北方地区占比由20.5%提升至21.1%).
      const subject = this.subject(at);
      if (subject) {
        const base = subjectHead(text, subject);
        const spans = [...base, ...noun, ...words.change];
        return { spans, noun: base, direction };
      }
    }
    let prefix = words.prefix;
    const { listed, subset } = this.openingOf(at);
    if (!prefix && !carried && !words.verbs && noun.length) {
      if (listed && this.clausePrefix) prefix = this.clausePrefix;
      else if (subset && this.sentencePrefix) prefix = this.sentencePrefix;
    }
    if (words.prefix) {
      if (!listed || !this.clausePrefix) this.clausePrefix = words.prefix;
      this.sentencePrefix = words.prefix;
    }
    if (!noun.length && !verbs.length && !prefix && (change.length || !this.wordsAfter(at))) {
      // 新建改建\n高速公路\n6700多公里: a page broke the sentence into lines before the figure.
      const broken = this.brokenLineBefore(at);
      if (broken) noun = [broken];
    }
    const spans = [...verbs, ...(prefix ? [prefix] : []), ...noun, ...change];
    if (!spans.length) spans.push(...this.fallback(at, words));
    return { spans, noun, direction };
  }

  /** Whether a figure's words follow a 、 of its clause's list, and whether they open with 其中 (a part of the figure before). */
  private openingOf(at: FigureAt): { listed: boolean; subset: boolean } {
    const { text } = this;
    let k = at.itemStart;
    while (k > at.clauseStart && /\s/.test(text[k - 1])) k--;
    const subset = text.startsWith('其中', k - 2) || text.startsWith('其中', at.itemStart);
    if (text.startsWith('其中', k - 2)) k -= 2;
    return { listed: k > at.clauseStart && text[k - 1] === '、', subset };
  }

  /**
   * The subject of a figure whose words name none (增长5.2%, 累计达到46个, 等于一九四九年的二點五倍):
   * the figure before it in its clause or sentence, else the clause before it, else the sentence before.
   */
  private subject(at: FigureAt): Span[] | null {
    if (this.clauseNoun) return this.clauseNoun;
    if (this.lastSentenceNoun) return this.lastSentenceNoun;
    const before = this.clauseBefore(at);
    if (before) return [before];
    return this.previousSentenceNoun;
  }

  /** The subject named by the figureless clause just before this one in its sentence, if any. */
  private clauseBefore(at: FigureAt): Span | null {
    const { text } = this;
    const end = at.clauseStart - 1;
    if (end <= at.sentenceStart) return null;
    let start = end;
    const floor = Math.max(at.sentenceStart, end - CLAUSE_BEFORE_REACH);
    while (start > floor && !endsClause(text, start - 1)) start--;
    if (start === floor && start > at.sentenceStart) return null;
    return subjectOfClause(text, start, end);
  }

  /** Never empty: the words themselves, else what follows the figure in its clause, else the figure. */
  private fallback(at: FigureAt, words: Words): Span[] {
    if (words.verbs?.length) return words.verbs;
    if (words.end > words.start) return [span(words.start, words.end)];
    return [this.wordsAfter(at) ?? span(at.start, at.end)];
  }

  /** What follows the figure in its clause, up to the next item's words (a 、 or ，), or null. */
  private wordsAfter(at: FigureAt): Span | null {
    let end = Math.min(at.clauseEnd, at.end + 20);
    const list = this.text.slice(at.end, end).search(/[、，,]/);
    if (list >= 0) end = at.end + list;
    return end > at.end ? span(at.end, end) : null;
  }

  /**
   * The words before a figure's paragraph when a page broke its sentence into short lines
   * (新建改建\n高速公路\n6700多公里, 广义货币M\n2\n增长11.3%): back over lines of a few characters with
   * no stop, to the clause mark before them; null at a heading (（一）…) or a line that ends a sentence.
   */
  private brokenLineBefore(at: FigureAt): Span | null {
    const { text } = this;
    if (at.itemStart > at.clauseStart || at.clauseStart > at.paragraphStart || at.paragraphStart === 0) return null;
    let start = at.paragraphStart;
    for (let lines = 0; lines < BROKEN_LINES; lines++) {
      let k = start;
      while (k > 0 && /\s|\u200b/.test(text[k - 1])) k--;
      const lineEnd = k;
      while (k > 0 && text[k - 1] !== '\n' && lineEnd - k <= BROKEN_LINE_LONGEST) k--;
      const line = text.slice(k, lineEnd);
      if (!line) break;
      // The line just before is a whole line of its own (a list entry, a sentence): no break in mid-sentence.
      if (lines === 0 && (lineEnd - k > BROKEN_LINE_LONGEST || text[k - 1] !== '\n')) return null;
      const stop = Math.max(...[...'，,：:、'].map((mark) => line.lastIndexOf(mark)));
      if (/[。；;！？!?]/.test(line.slice(stop + 1)) || /^(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十\d]+[）)]|第[一二三四五六七八九十]+)/.test(line)) break;
      if (stop >= 0) {
        start = k + stop + 1;
        break;
      }
      if (lineEnd - k > BROKEN_LINE_LONGEST) return null;
      start = k;
    }
    if (start >= at.paragraphStart) return null;
    const words = readWords(text, start, at.paragraphStart);
    const noun = words.end > words.start ? span(words.start, words.end) : null;
    return noun && /[\u4e00-\u9fff]/.test(text.slice(noun.start, noun.end)) ? noun : null;
  }
}

/** A carried subject without the verb it went on with (经济总量连续跨过 → 经济总量). */
function subjectHead(text: string, subject: Span[]): Span[] {
  const last = subject[subject.length - 1];
  const verb = SUBJECT_VERB.exec(text.slice(last.start, last.end));
  return verb && verb.index >= 2 ? [...subject.slice(0, -1), span(last.start, last.start + verb.index)] : subject;
}

const SUBJECT_VERB = /连续|保持|实现|达到|跨过|突破|迈上|稳居|居|位居|跃居/;

/** Words that name nothing of their own: empty, or only a change word (增长, 分别增长). */
function isBare(words: Words): boolean {
  return !words.noun && !words.verbs && !words.prefix;
}

/** Verbs that, standing alone, say a change or an act but not of what (issue 7's "lone change verb"). */
const LONE_VERBS = new Set(['增长', '下降', '提高', '降低', '增加', '减少', '上升', '扩大', '新增', '达到', '完成', '实现']);

/**
 * A metric no reader can use: empty, opening with punctuation, holding another figure (a digit and a
 * unit), or a lone change verb. The quality bar of issue 7, held by a test over the corpus and
 * printed by `npm run bench`.
 */
export function isUnusableMetric(metric: string): boolean {
  const m = metric.trim();
  return !m || /^[、，,。；;：:）)”"]/.test(m) || /[0-9][0-9.]*\s*(?:%|万|亿|个|人|元|吨)/.test(m) || LONE_VERBS.has(m);
}
