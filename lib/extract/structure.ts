/**
 * The layout of a report as the rules need it: paragraphs, sentences, section headings and
 * whether a section reviews the past or plans the future; quoted names and book titles.
 */

import { tenseCues, type Tense } from './tense-cues';
import { voiceOf } from './voice';

export type { Tense } from './tense-cues';

export interface Paragraph {
  start: number;
  end: number;
  /** The heading this paragraph stands under (its own text when it is a heading). */
  section: string;
  /** Tense of the section, from its heading. */
  sectionTense: Tense;
  /** Tense the paragraph's opening sets for all its sentences (过去五年，…), if any. */
  openingTense: Tense;
  /** In the glossary at the end (名词解释): entries define terms; they promise no deliverable. */
  glossary: boolean;
  /**
   * The voice of the whole text (voice.ts), the same for every paragraph: 'result' when a text no
   * heading divides tells only of work done, else null. Its figures take it as their section's tense
   * (framingTense); a deliverable in it is done unless its own sentence plans.
   */
  voice: Tense;
}

/** The tense that frames a paragraph's figures where no cue of their own decides: its section's, else the text's voice. */
export const framingTense = (paragraph: Paragraph): Tense => paragraph.sectionTense ?? paragraph.voice;

const TOP_HEADING = /^\s*(?:[一二三四五六七八九十]+、|第[一二三四五六七八九十]+(?:部分|章|篇)|[一二三四五六七八九十]+是)/;
const SUB_HEADING = /^\s*(?:[（(][一二三四五六七八九十]+[）)]|——)/;
const REVIEW_WORDS =
  /回顾|过去|成就|成绩|工作总结|以来的工作|一年来|五年来|(?:完成|进展|落实|执行)情况|取得[^，。]{0,6}(?:进展|成效|成果|突破)|成效(?:明显|显著)|(?:明显|显著|持续|稳步)(?:增强|提升|提高|改善|加快|加强)$/;
// 决策部署 is what every review says it carried out, not a plan of its own.
const PLAN_WORDS = /目标|任务|安排|要求|重点工作|(?<!决策)部署|展望|思路|建议|今年|今后|政策取向|主要工作安排/;
const GLOSSARY_HEADING = /^\s*(?:《[^》]{0,20}》)?(?:有关)?(?:内容)?名词(?:解释|注释)\s*$|^\s*(?:注释|注解|名词解释)\s*$/;
const OPENING_RESULT =
  /^\s*(?:——)?\s*(?:过去一年|过去五年|过去的一年|过去的五年|一年来|五年来|十年来|去年|回顾过去|这是|这五年|这一年|五年间|“十[一二三四五六七八九]五”以来)/;
const OPENING_TARGET = /^\s*(?:——)?\s*(?:今年|明年|今后五年|未来五年|到20\d\d年|奋斗目标|主要预期目标)/;

/** What a heading says of its section: past, plan, both (mixed), or nothing (null). */
function headingTense(text: string, reportYear: number | null = null): Tense | 'mixed' {
  // 一年来，我们…主要做了以下工作： opens like a review paragraph, whatever else it names.
  if (OPENING_RESULT.test(text)) return 'result';
  const review = REVIEW_WORDS.test(text);
  const plan = PLAN_WORDS.test(text);
  if (review && plan) return 'mixed';
  if (review) return 'result';
  if (plan) return 'target';
  // 2025年主要工作 reviews and 2026年主要工作 plans: the report's own year tells them apart.
  const year = /((?:19|20)\d\d)年/.exec(text);
  if (year && reportYear && /工作/.test(text)) return Number(year[1]) < reportYear ? 'result' : 'target';
  return null;
}

/** 今年, 明年 or the report's own year or later: a sub-heading of a review that plans after all. */
function namesThePlanYear(text: string, reportYear: number | null): boolean {
  if (/今年|明年/.test(text)) return true;
  const year = /((?:19|20)\d\d)年/.exec(text);
  return !!(year && reportYear && Number(year[1]) >= reportYear);
}

/**
 * A sub-heading's tense. Within a review, （一）圆满完成峰会服务保障任务 still reviews (任务 is no
 * plan there); within a plan, only a heading that plainly reviews turns back to the past.
 */
function subHeadingTense(text: string, topTense: Tense, reportYear: number | null): Tense {
  const reading = headingTense(text, reportYear);
  if (topTense === 'result') return namesThePlanYear(text, reportYear) ? 'target' : 'result';
  if (topTense === 'target') return reading === 'result' ? 'result' : 'target';
  return reading === 'mixed' ? null : reading;
}

/** The year a report is given in (2026年浙江省政府工作报告, 2026年1月14日在…会议上), from its first lines. */
export function reportYearOf(text: string): number | null {
  const head = text.slice(0, 600);
  const match = /((?:19|20)\d\d)年[^\n。]{0,16}(?:政府工作报告|工作报告)|((?:19|20)\d\d)年\d{1,2}月\d{1,2}日在/.exec(head);
  return match ? Number(match[1] ?? match[2]) : null;
}

function headingLabel(text: string): string {
  const trimmed = text.trim();
  const stop = trimmed.search(/[。！？]/);
  const label = stop >= 0 ? trimmed.slice(0, stop) : trimmed;
  return label.length > 60 ? label.slice(0, 60) + '…' : label;
}

/**
 * A sentence a PDF copy wrapped at the page's width (2024 年,是实现“十四五”规划目标任务的关键之年,是):
 * it ends on a comma, or holds one, runs near a full line and goes on in the next line. It is no title.
 */
function isWrappedLine(line: string, text: string, end: number): boolean {
  const trimmed = line.trim();
  if (/[，,、]$/.test(trimmed)) return true;
  if (trimmed.length < 24 || !/[，,]/.test(trimmed) || /[：:]$/.test(trimmed)) return false;
  const next = text.slice(end + 1, end + 8);
  return /^[^\s\n]/.test(next) && !TOP_HEADING.test(next) && !SUB_HEADING.test(next);
}

/** A label opening a line (3年目标：, 截至目前：), short and before any pause. */
const LINE_LABEL = /^\s*([^，,。；;：:\n]{1,14})[：:]/;
/** A line of a fact box: short, with no full stop. */
const isBoxLine = (line: string): boolean => line.trim().length <= 40 && !/[。；;！!？?]/.test(line);

/** Splits normalised text into paragraphs (lines) and reads their headings. */
export function readParagraphs(text: string): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  let section = '';
  let sectionTense: Tense = null;
  let topTense: Tense = null;
  let topIndex = 0;
  let bulletTense: Tense = null;
  let boxTense: Tense = null;
  let glossary = false;
  const reportYear = reportYearOf(text);
  let start = 0;
  while (start <= text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    const line = text.slice(start, end);
    if (line.trim()) {
      if (GLOSSARY_HEADING.test(line)) {
        glossary = true;
        section = headingLabel(line);
      }
      const isTop = TOP_HEADING.test(line) && !/^\s*[一二三四五六七八九十]+是/.test(line);
      // A short line with no full stop is a title; it sets the tense when it names one
      // (一、2025年工作回顾, or a digest's 李克强在报告中指出，过去一年是…).
      const isSub = !isTop && SUB_HEADING.test(line) && /^\s*[（(]/.test(line);
      const isShortHeading =
        // A row of a table (序号 | 项目名称 | 完成情况) is no title either.
        !isTop && !isSub && line.trim().length <= 60 && !/[。；;！!？?|｜]/.test(line) && !isWrappedLine(line, text, end) &&
        headingTense(line, reportYear) !== null;
      if (isTop || isShortHeading) {
        topIndex++;
        section = headingLabel(line);
        const reading = headingTense(section, reportYear);
        // Reports review first and plan after: a later numbered part with no cue is a plan. A
        // heading naming both (“十四五”时期发展成就和“十五五”时期主要目标任务) leaves it to the sentences.
        topTense = reading === 'mixed' ? null : reading ?? (isTop && topIndex > 1 && topTense ? 'target' : null);
        sectionTense = topTense;
      } else if (isSub) {
        section = headingLabel(line);
        sectionTense = subHeadingTense(section, topTense, reportYear);
      }
      let openingTense: Tense = OPENING_RESULT.test(line) ? 'result' : OPENING_TARGET.test(line) ? 'target' : null;
      // ——bullets continue the paragraph that opened them (十年来，… then ——我们…).
      if (openingTense || isTop || isShortHeading || isSub) bulletTense = openingTense;
      else if (/^\s*——/.test(line)) openingTense = bulletTense;
      else bulletTense = null;
      // A fact box's label stands for the short lines under it, until the next label or a sentence.
      const boxLine = isBoxLine(line);
      // Any label opens a box of its own (下步打算： after 截至目前：), with its own tense or none.
      const label = boxLine && !isTop && !isSub ? LINE_LABEL.exec(line) : null;
      if (label) boxTense = tenseCues(label[1]).strong;
      else if (!boxLine || isTop || isSub || isShortHeading) boxTense = null;
      else openingTense ??= boxTense;
      paragraphs.push({ start, end, section, sectionTense, openingTense, glossary, voice: null });
    }
    start = end + 1;
  }
  const voice = voiceOf(text, paragraphs);
  if (voice) for (const paragraph of paragraphs) paragraph.voice = voice;
  return paragraphs;
}

/** Spans [start, end) of short quoted names (“四个意识”, "5+1") and book titles (《…》). */
export function quotedSpans(text: string, maxQuoteLength = 30): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  let asciiOpen = -1;
  const stack: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '\n') {
      asciiOpen = -1;
      stack.length = 0;
    } else if (ch === '“' || ch === '「' || ch === '《' || ch === '『') {
      stack.push(i);
    } else if (ch === '”' || ch === '」' || ch === '》' || ch === '』') {
      const open = stack.pop();
      if (open !== undefined && (text[open] === '《' || i - open <= maxQuoteLength)) spans.push([open, i + 1]);
    } else if (ch === '"') {
      if (asciiOpen < 0) asciiOpen = i;
      else {
        if (i - asciiOpen <= maxQuoteLength) spans.push([asciiOpen, i + 1]);
        asciiOpen = -1;
      }
    }
  }
  return spans.sort((a, b) => a[0] - b[0]);
}
