/**
 * The extractor: from a report's plain text to its targets, results and commitments
 * (see tests/fixtures/eval/GUIDELINE.md). Pure: no DOM, no I/O.
 */

import { isCommitmentClause } from './commitments';
import { scanFigures, quotedLookup, type Figure } from './figures';
import { ASPIRATIONAL_CUES, BINDING_CUES, DEADLINE_PATTERN } from './lexicon';
import { normalizeText } from './normalize';
import { quotedSpans, readParagraphs, tenseCues, type Paragraph, type Tense } from './structure';
import type { ExtractedItem, ItemKind, Strength } from './types';

const SENTENCE_STOP = '。！？!?\n';
const SEGMENT_STOP = '。！？!?；;\n';
const CLAUSE_STOP = '。！？!?；;，,：:\n';
const LIST_JOINERS = '、和与及以并 ';

function lastStopBefore(text: string, at: number, floor: number, stops: string): number {
  for (let i = at - 1; i >= floor; i--) if (stops.includes(text[i])) return i + 1;
  return floor;
}

function nextStopAfter(text: string, at: number, ceiling: number, stops: string): number {
  for (let i = at; i < ceiling; i++) if (stops.includes(text[i])) return i;
  return ceiling;
}

/** What may open a clause without belonging to it: dashes, spaces, list joiners, 一是/其中. */
const CLAUSE_OPENER = /^(?:[\s—\-·、]+|[一二三四五六七八九十]+是|其中|同时|此外|另外)+/;

function skipOpeners(text: string, from: number, to: number): number {
  const opener = CLAUSE_OPENER.exec(text.slice(from, Math.min(to, from + 12)));
  return opener ? Math.min(to, from + opener[0].length) : from;
}

const METRIC_LEAD =
  /^(?:其中|同时|力争|确保|争取|努力|今年|全年|明年|到20\d\d年(?:底|末)?|20\d\d年|主要预期目标(?:是|为)?|预期目标(?:是|为)?|具体目标|目标(?:是|为)|新增|新建|累计|实现|全省|全市|全国|全区)+/;
const METRIC_TAIL =
  /(?:达到|达|为|是|提升至|提升到|提高到|提高至|增至|降至|降到|保持在|控制在|稳定在|缩小到|缩小至|扩大到|扩大至|超过|突破|不低于|不少于|不超过|不高于|低于|高于|多于|少于|至少|约|近|将近|接近|在|到|至|了|按|拟按|拟)+$/;

function metricOf(text: string, clauseStart: number, figure: Figure, clauseEnd: number): string {
  const before = text.slice(clauseStart, figure.start).trim();
  let metric = before.replace(METRIC_LEAD, '').replace(METRIC_TAIL, '').trim();
  if (!metric) {
    // 6600多万纳税人受益: the figure opens the clause and the noun follows it.
    metric = text.slice(figure.end, clauseEnd).replace(/^[的\s]+/, '').trim();
  }
  return metric.length > 40 ? metric.slice(-40) : metric;
}

/** 做了很大努力，: a cue word standing before a pause is a noun, and governs nothing. */
const governs = (text: string, at: number, cue: string) => at >= 0 && !/[，。；、,;]/.test(text[at + cue.length] ?? '');

function strengthOf(before: string): Strength | null {
  let best = -1;
  let strength: Strength | null = null;
  for (const [cues, kind] of [[BINDING_CUES, 'binding'], [ASPIRATIONAL_CUES, 'aspirational']] as const) {
    for (const cue of cues) {
      const at = before.lastIndexOf(cue);
      if (at > best && governs(before, at, cue)) [best, strength] = [at, kind];
    }
  }
  return strength;
}

function lastDeadline(text: string): string | null {
  let found: string | null = null;
  DEADLINE_PATTERN.lastIndex = 0;
  for (const m of text.matchAll(DEADLINE_PATTERN)) found = m[0];
  return found;
}

/**
 * The unit as the report writes it (噸 stays 噸), with full-width forms folded to ASCII
 * (％ → %, ／ → /) and invisible characters left out, as the guideline reads units.
 */
function unitAsWritten(input: string, origin: Int32Array, figure: Figure): string {
  if (figure.unitStart < 0) return figure.unit;
  let unit = '';
  for (let k = figure.unitStart; k < figure.unitStart + figure.unit.length; k++) {
    const code = input.charCodeAt(origin[k]);
    unit += String.fromCharCode(code >= 0xff01 && code <= 0xff5e ? code - 0xfee0 : code);
  }
  return unit;
}

/** The sentence's own deadline, else the paragraph's so far, else the one its section set. */
function deadlineFor(text: string, paragraphStart: number, sentenceStart: number, at: number, context: ParagraphContext): string | null {
  return lastDeadline(text.slice(sentenceStart, at)) ?? lastDeadline(text.slice(paragraphStart, sentenceStart)) ?? context.inheritedDeadline;
}

/** 包括A、B、C等6个工程; 东南西北4个方向: in a glossary entry, a count that only sums up its own list. */
function countsAnEnumeration(text: string, figure: Figure, paragraphStart: number): boolean {
  const clause = text.slice(lastStopBefore(text, figure.start, paragraphStart, CLAUSE_STOP), figure.start);
  return /^(?:包括|包含|涵盖|即|指|分别为|分别是)/.test(clause) || /^[东南西北中上下左右]{2,}$/.test(clause);
}

interface ParagraphContext {
  paragraph: Paragraph;
  /** The tense last decided by a cue in this paragraph; later sentences without cues follow it. */
  runningTense: Tense;
  /** A deadline announced by a lead-in line (到2027年具体目标：) for what follows. */
  inheritedDeadline: string | null;
}

function decideTense(text: string, sentenceStart: number, at: number, sentenceEnd: number, context: ParagraphContext): ItemKind {
  const { strong, weak } = tenseCues(text.slice(sentenceStart, at));
  const { paragraph } = context;
  let tense = strong ?? paragraph.openingTense ?? paragraph.sectionTense ?? weak ?? context.runningTense;
  if (!tense) {
    // Nothing before the figure tells: the rest of its sentence may (达到1220元，比上年增长5%).
    const rest = tenseCues(text.slice(sentenceStart, sentenceEnd));
    tense = rest.strong ?? rest.weak ?? 'target';
  }
  if (strong || weak) context.runningTense = tense;
  return tense === 'result' ? 'result' : 'target';
}

export interface ExtractOptions {
  /** Leave out commitments (the command line's --no-commitments, a reader's setting). */
  commitments?: boolean;
}

export function extractItems(input: string, options: ExtractOptions = {}): ExtractedItem[] {
  const { text, origin } = normalizeText(input);
  const paragraphs = readParagraphs(text);
  const quoted = quotedLookup(quotedSpans(text));
  const figures = scanFigures(text, { quoted });
  const items: Array<{ start: number; end: number; item: Omit<ExtractedItem, 'start' | 'end' | 'text'> }> = [];

  let f = 0;
  let inheritedDeadline: string | null = null;
  let lastSection = '';
  for (const paragraph of paragraphs) {
    if (paragraph.section !== lastSection) {
      inheritedDeadline = null;
      lastSection = paragraph.section;
    }
    const context: ParagraphContext = { paragraph, runningTense: null, inheritedDeadline };
    const { start: pStart, end: pEnd } = paragraph;
    while (f < figures.length && figures[f].start < pStart) f++;
    const mine: Figure[] = [];
    while (f < figures.length && figures[f].start < pEnd) mine.push(figures[f++]);

    let previousEnd = pStart;
    const figureClauses = new Set<number>();
    for (const figure of mine) {
      if (paragraph.glossary && countsAnEnumeration(text, figure, pStart)) continue;
      const sentenceStart = lastStopBefore(text, figure.start, pStart, SENTENCE_STOP);
      const segmentStart = lastStopBefore(text, figure.start, pStart, SEGMENT_STOP);
      let clauseStart = lastStopBefore(text, figure.start, pStart, CLAUSE_STOP);
      const clauseEnd = nextStopAfter(text, figure.end, pEnd, CLAUSE_STOP);
      figureClauses.add(clauseStart);
      if (previousEnd > clauseStart) {
        // A list in one clause (示范村10个、示范线5条): each figure starts after the one before.
        clauseStart = previousEnd;
        while (clauseStart < figure.start && LIST_JOINERS.includes(text[clauseStart])) clauseStart++;
      }
      clauseStart = skipOpeners(text, clauseStart, figure.start);
      previousEnd = figure.end;
      const sentenceEnd = nextStopAfter(text, figure.end, pEnd, SENTENCE_STOP);
      const kind = decideTense(text, segmentStart, figure.start, sentenceEnd, context);
      const before = text.slice(segmentStart, figure.start);
      items.push({
        start: clauseStart,
        end: figure.end,
        item: {
          kind,
          metric: metricOf(text, clauseStart, figure, clauseEnd),
          indicator: null,
          direction: null,
          from: null,
          period: null,
          value: figure.value,
          max: figure.max,
          unit: unitAsWritten(input, origin, figure),
          cmp: figure.cmp,
          strength: kind === 'target' ? strengthOf(before) : null,
          deadline: kind === 'target' ? deadlineFor(text, pStart, sentenceStart, figure.start, context) : null,
          section: paragraph.section,
        },
      });
    }

    // A glossary entry defines a term: its planned figures count, but it promises no deliverable.
    if (options.commitments !== false && !paragraph.glossary) {
      findCommitments(text, paragraph, figureClauses, context, items);
    }
    // What a paragraph dates (到2027年具体目标：, 今年发展主要预期目标是…) stands for the rest of its section.
    if (paragraph.sectionTense !== 'result') inheritedDeadline = lastDeadline(text.slice(pStart, pEnd)) ?? inheritedDeadline;
  }

  items.sort((a, b) => a.start - b.start || a.end - b.end);
  return items.map(({ start, end, item }) => {
    const s = origin[start];
    const e = origin[end - 1] + 1;
    return { start: s, end: e, text: input.slice(s, e), ...item };
  });
}

function findCommitments(
  text: string,
  paragraph: Paragraph,
  figureClauses: Set<number>,
  context: ParagraphContext,
  items: Array<{ start: number; end: number; item: Omit<ExtractedItem, 'start' | 'end' | 'text'> }>,
): void {
  const { start: pStart, end: pEnd } = paragraph;
  if (paragraph.sectionTense === 'result' && paragraph.openingTense !== 'target') return;
  if (paragraph.openingTense === 'result') return;
  let clauseStart = pStart;
  for (let i = pStart; i <= pEnd; i++) {
    if (i < pEnd && !CLAUSE_STOP.includes(text[i])) continue;
    const start = skipOpeners(text, clauseStart, i);
    const clause = text.slice(start, i);
    // A numbered term being defined (10.“六个一”全覆盖：…) is a glossary entry, not a promise.
    const definesTerm = /^\d+[.、．]/.test(clause) || text[i] === '：' || text[i] === ':';
    if (!figureClauses.has(clauseStart) && !definesTerm && isCommitmentClause(clause)) {
      const sentenceStart = lastStopBefore(text, start, pStart, SENTENCE_STOP);
      const segmentStart = lastStopBefore(text, start, pStart, SEGMENT_STOP);
      const { strong, weak } = tenseCues(text.slice(sentenceStart, i));
      const past = strong === 'result' || (!strong && weak === 'result' && paragraph.sectionTense !== 'target');
      if (!past) {
        let end = i;
        while (end > start && /\s/.test(text[end - 1])) end--;
        items.push({
          start,
          end,
          item: {
            kind: 'commitment',
            metric: '',
            indicator: null,
            direction: null,
            from: null,
            period: null,
            value: null,
            max: null,
            unit: '',
            cmp: null,
            strength: strengthOf(text.slice(segmentStart, i)),
            deadline: deadlineFor(text, pStart, sentenceStart, i, context),
            section: paragraph.section,
          },
        });
      }
    }
    clauseStart = i + 1;
  }
}
