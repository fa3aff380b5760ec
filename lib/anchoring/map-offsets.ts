/**
 * Map offsets found in one text to a larger text that contains it, paragraph
 * by paragraph.
 *
 * The extractor runs on the main text of a cloned page (Readability); the
 * highlights go to the live page, whose text map (text-map.ts) holds the same
 * paragraphs in the same order, with navigation, share buttons and other noise
 * around and between them, and with small differences (a <br> that became
 * "\n", collapsed whitespace, zero-width characters).
 *
 * How: the source is cut into paragraphs (lines). Long paragraphs are found
 * first, in order, each searched from a cursor that only moves forward
 * (`indexOf`, then the same on normalised text; a paragraph that is not found
 * whole is tried sentence by sentence; one that is not found after the cursor
 * is looked for from the start). Short paragraphs – headings, "（一）" – are
 * ambiguous on their own, so they are then looked for only between the places
 * of their mapped neighbours. Roughly linear in practice.
 *
 * Pure: no DOM.
 */

import { normalizeForMatching, type MatchingText } from './normalize';

/** Paragraphs shorter than this (normalised) are placed between their neighbours only. */
const MIN_LONG = 20;

export interface MappedSpan {
  /** Source offsets (a paragraph, or a sentence of one, trimmed). */
  sourceStart: number;
  sourceEnd: number;
  /** Where it was found in the target. */
  targetStart: number;
  targetEnd: number;
  /** 'exact': verbatim, offsets map one to one; 'normalized': found after normalisation. */
  how: 'exact' | 'normalized';
}

export interface OffsetMapper {
  /** The mapped pieces of the source, ordered by source offset. */
  readonly spans: readonly MappedSpan[];
  /**
   * The target offset of a source offset. `bias` 'start' for the start of a
   * range (an offset at a character), 'end' for an exclusive end (an offset
   * after a character). null when the offset lies outside every mapped span.
   */
  mapOffset(offset: number, bias?: 'start' | 'end'): number | null;
  /** Both ends of a source range; null when either is unmapped or they come out reversed. */
  mapRange(start: number, end: number): { start: number; end: number } | null;
}

interface Unit {
  start: number;
  end: number;
  str: string;
  norm: MatchingText;
}

interface Span extends MappedSpan {
  /** For 'normalized' spans: the source unit normalised, and its start in the normalised target. */
  unitNorm?: MatchingText;
  targetNormStart?: number;
}

function makeUnit(source: string, start: number, end: number): Unit | null {
  while (start < end && /\s/.test(source[start])) start++;
  while (end > start && /\s/.test(source[end - 1])) end--;
  if (start >= end) return null;
  const str = source.slice(start, end);
  const norm = normalizeForMatching(str);
  return norm.text.length > 0 ? { start, end, str, norm } : null;
}

function lines(source: string): Unit[] {
  const out: Unit[] = [];
  let from = 0;
  for (;;) {
    const nl = source.indexOf('\n', from);
    const to = nl === -1 ? source.length : nl;
    const u = makeUnit(source, from, to);
    if (u) out.push(u);
    if (nl === -1) return out;
    from = nl + 1;
  }
}

function sentences(source: string, unit: Unit): Unit[] {
  const out: Unit[] = [];
  for (const m of unit.str.matchAll(/[^。！？；!?;]+[。！？；!?;]*/g)) {
    const s = unit.start + (m.index ?? 0);
    const u = makeUnit(source, s, s + m[0].length);
    if (u) out.push(u);
  }
  return out;
}

export function mapOffsetsBetween(sourceText: string, targetText: string): OffsetMapper {
  const T = targetText.length;
  let targetNorm: MatchingText | null = null;
  const tNorm = (): MatchingText => (targetNorm ??= normalizeForMatching(targetText));

  /**
   * Find `u` in target[from, to): verbatim, else normalised. `backward`: the
   * last occurrence in the window rather than the first.
   */
  const find = (u: Unit, from: number, to: number, backward = false): Span | null => {
    to = Math.min(to, T);
    if (to - from < u.norm.text.length) return null;
    const i = backward ? targetText.lastIndexOf(u.str, to - u.str.length) : targetText.indexOf(u.str, from);
    if (i !== -1 && i >= from && i + u.str.length <= to) {
      return { sourceStart: u.start, sourceEnd: u.end, targetStart: i, targetEnd: i + u.str.length, how: 'exact' };
    }
    const tn = tNorm();
    const nFrom = tn.fromOriginal[from];
    const nTo = tn.fromOriginal[to];
    const len = u.norm.text.length;
    const k = backward ? tn.text.lastIndexOf(u.norm.text, nTo - len) : tn.text.indexOf(u.norm.text, nFrom);
    if (k === -1 || k < nFrom || k + len > nTo) return null;
    return {
      sourceStart: u.start,
      sourceEnd: u.end,
      targetStart: tn.toOriginal[k],
      targetEnd: tn.toOriginal[k + len - 1] + 1,
      how: 'normalized',
      unitNorm: u.norm,
      targetNormStart: k,
    };
  };

  const units = lines(sourceText);
  const found: (Span[] | null)[] = units.map(() => null);
  const isLong = (u: Unit): boolean => u.norm.text.length >= MIN_LONG;

  // Pass 1: long paragraphs, in order, from a forward-moving cursor.
  let cursor = 0;
  units.forEach((u, idx) => {
    if (!isLong(u)) return;
    const whole = find(u, cursor, T);
    if (whole) {
      found[idx] = [whole];
      cursor = whole.targetEnd;
      return;
    }
    // Sentence by sentence (Readability may have dropped or re-flowed part of the paragraph).
    const parts: Span[] = [];
    let c = cursor;
    for (const s of sentences(sourceText, u)) {
      // The first sentence found fixes the place: it must be long enough not to be found by chance;
      // the following ones are only looked for close after it.
      if (parts.length === 0 && !isLong(s)) continue;
      const sp = find(s, c, parts.length === 0 ? T : Math.min(T, c + 2 * s.str.length + 200));
      if (sp) {
        parts.push(sp);
        c = sp.targetEnd;
      }
    }
    if (parts.length > 0) {
      found[idx] = parts;
      cursor = c;
      return;
    }
    // Out of order: anywhere before the cursor; the cursor stays.
    const early = find(u, 0, cursor + u.str.length);
    if (early) found[idx] = [early];
  });

  // Pass 2: short paragraphs, between the target places of their mapped
  // neighbours. A run of them before a mapped paragraph (a title, a heading)
  // is placed backwards from it – the copy nearest the text it introduces,
  // not the one in the navigation; a run after the last mapped paragraph is
  // placed forwards.
  const prevEnd: number[] = new Array<number>(units.length);
  let end = 0;
  units.forEach((_u, idx) => {
    prevEnd[idx] = end;
    const f = found[idx];
    if (f) end = Math.max(end, f[f.length - 1].targetEnd);
  });
  const lastAnchored = found.reduce((last, f, idx) => (f ? idx : last), -1);
  let hi = T;
  for (let idx = lastAnchored - 1; idx >= 0; idx--) {
    const f = found[idx];
    const after = found[idx + 1];
    if (after) hi = after[0].targetStart;
    if (f || isLong(units[idx])) continue;
    const lo = Math.min(prevEnd[idx], hi);
    const sp = find(units[idx], lo, hi, true);
    if (sp) found[idx] = [sp];
  }
  let lo = lastAnchored >= 0 ? prevEnd[lastAnchored] : 0;
  for (let idx = Math.max(0, lastAnchored); idx < units.length; idx++) {
    const f = found[idx];
    if (f) {
      lo = Math.max(lo, f[f.length - 1].targetEnd);
      continue;
    }
    if (isLong(units[idx])) continue; // a long paragraph that is not on the page
    const sp = find(units[idx], lo, T);
    if (sp) {
      found[idx] = [sp];
      lo = sp.targetEnd;
    }
  }

  const spans: Span[] = [];
  for (const f of found) if (f) spans.push(...f);
  spans.sort((a, b) => a.sourceStart - b.sourceStart);

  /** The span holding `offset`: start bias needs sourceStart <= offset < sourceEnd; end bias sourceStart < offset <= sourceEnd. */
  const spanAt = (offset: number, bias: 'start' | 'end'): Span | null => {
    let lo2 = 0;
    let hi2 = spans.length;
    while (lo2 < hi2) {
      const mid = (lo2 + hi2) >>> 1;
      const s = spans[mid];
      if (bias === 'start' ? s.sourceEnd <= offset : s.sourceEnd < offset) lo2 = mid + 1;
      else hi2 = mid;
    }
    const s = spans[lo2];
    if (!s) return null;
    return (bias === 'start' ? s.sourceStart <= offset : s.sourceStart < offset) ? s : null;
  };

  const mapOffset = (offset: number, bias: 'start' | 'end' = 'start'): number | null => {
    const s = spanAt(offset, bias);
    if (!s) return null;
    const un = s.unitNorm;
    const k0 = s.targetNormStart;
    if (s.how === 'exact' || un === undefined || k0 === undefined) return s.targetStart + (offset - s.sourceStart);
    const tn = tNorm();
    const kept = un.fromOriginal[offset - s.sourceStart]; // kept characters before the offset
    if (bias === 'start') return kept < un.text.length ? tn.toOriginal[k0 + kept] : s.targetEnd;
    return kept === 0 ? s.targetStart : tn.toOriginal[k0 + kept - 1] + 1;
  };

  const mapRange = (start: number, end: number): { start: number; end: number } | null => {
    if (end <= start) return null;
    const a = mapOffset(start, 'start');
    const b = mapOffset(end, 'end');
    return a === null || b === null || b < a ? null : { start: a, end: b };
  };

  const publicSpans: MappedSpan[] = spans.map(({ sourceStart, sourceEnd, targetStart, targetEnd, how }) => ({
    sourceStart,
    sourceEnd,
    targetStart,
    targetEnd,
    how,
  }));
  return { spans: publicSpans, mapOffset, mapRange };
}
