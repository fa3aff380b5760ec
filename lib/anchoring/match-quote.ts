/**
 * Find a saved quote again in (possibly edited) text.
 *
 * Strategy, in order:
 *  1. exact   – occurrences of `quote.exact` verbatim. One: take it. Several:
 *               the best agreement of prefix/suffix, then the nearest to the
 *               saved position.
 *  2. fuzzy   – occurrences of the quote after normalisation (whitespace and
 *               zero-width characters dropped, full-width digits/．/％ folded;
 *               see normalize.ts), reported in offsets of the original text.
 *  3. context – the saved prefix and suffix found with a body of similar
 *               length (and similar text) in between: the quote was edited
 *               but its surroundings were not. Also tried with only one side.
 *
 * Whatever the tier, a candidate whose FIGURES differ from the quote's is
 * rejected (see figures.ts): a saved "95%" never re-attaches to "96%", even
 * when the context matches perfectly. `null` means "not found": the caller
 * marks the item orphaned and keeps it.
 *
 * Pure: no DOM. Cost: linear in the text per call, plus a bounded amount of
 * work per candidate.
 */

import { figureRunAfter, figureRunBefore, figuresInContext, sameFigures } from './figures';
import { normalizeString, normalizeForMatching, toOriginalRange, type MatchingText } from './normalize';
import type { PositionSelector, QuoteSelector } from './selectors';

export type MatchHow = 'exact' | 'context' | 'fuzzy';

export interface QuoteMatch {
  /** Offsets in the text searched (the original, not normalised, text). */
  start: number;
  end: number;
  /** 0..1: 1 = the quote verbatim, with its full context, at its saved position. */
  score: number;
  how: MatchHow;
}

export interface MatchOptions {
  /** Candidates scoring below this are ignored. Default 0 (any candidate that passes the checks). */
  minScore?: number;
  /** Context tier: minimum similarity (0..1, bigram Dice) between the body found and the quote. Default 0.5. */
  minBodySimilarity?: number;
  /** At most this many candidates are examined per tier. Default 200. */
  maxCandidates?: number;
}

/** Weights of the score. The position only breaks ties between similar candidates. */
const W_QUOTE = 50;
const W_PREFIX = 20;
const W_SUFFIX = 20;
const W_POS = 10;
const W_TOTAL = W_QUOTE + W_PREFIX + W_SUFFIX + W_POS;

/** An exact occurrence scoring at least this (its context agrees) is taken without looking further. */
const EARLY_ACCEPT = 0.9;

/** Shorter context anchors, tried when the full prefix/suffix is not found (it was edited far from the quote). */
const SHORT_ANCHOR = 10;

// One-entry cache: a page's items are matched one after the other against the same text.
let cachedText: string | null = null;
let cachedNorm: MatchingText | null = null;
function normalized(text: string): MatchingText {
  if (cachedText !== text || cachedNorm === null) {
    cachedNorm = normalizeForMatching(text);
    cachedText = text;
  }
  return cachedNorm;
}

/** Every occurrence of `needle` in `hay` from `from` on (overlapping), at most `cap` of them. */
function occurrences(hay: string, needle: string, cap: number, from = 0): number[] {
  const out: number[] = [];
  if (needle.length === 0) return out;
  for (let i = hay.indexOf(needle, from); i !== -1 && out.length < cap; i = hay.indexOf(needle, i + 1)) out.push(i);
  return out;
}

function bigrams(s: string): Map<string, number> {
  const m = new Map<string, number>();
  for (let i = 0; i + 1 < s.length; i++) {
    const g = s.slice(i, i + 2);
    m.set(g, (m.get(g) ?? 0) + 1);
  }
  return m;
}

/** Bigram Dice coefficient, 0..1. */
export function similarity(a: string, b: string): number {
  if (a === b) return 1;
  if (a.length < 2 || b.length < 2) return 0;
  const ga = bigrams(a);
  const gb = bigrams(b);
  let common = 0;
  for (const [g, n] of ga) common += Math.min(n, gb.get(g) ?? 0);
  return (2 * common) / (a.length - 1 + b.length - 1);
}

function commonSuffixLength(a: string, b: string): number {
  let k = 0;
  while (k < a.length && k < b.length && a[a.length - 1 - k] === b[b.length - 1 - k]) k++;
  return k;
}

function commonPrefixLength(a: string, b: string): number {
  let k = 0;
  while (k < a.length && k < b.length && a[k] === b[k]) k++;
  return k;
}

/** Agreement of the text found before a candidate with the saved prefix (both normalised), 0..1. */
function prefixAgreement(actual: string, saved: string): number {
  if (saved.length === 0) return actual.length === 0 ? 1 : 0.5;
  return Math.max(commonSuffixLength(actual, saved) / saved.length, similarity(actual, saved));
}

function suffixAgreement(actual: string, saved: string): number {
  if (saved.length === 0) return actual.length === 0 ? 1 : 0.5;
  return Math.max(commonPrefixLength(actual, saved) / saved.length, similarity(actual, saved));
}

interface Candidate {
  start: number;
  end: number;
  quoteSim: number;
  how: MatchHow;
}

/**
 * Find `selector.quote` in `text`. Returns offsets in `text`, or null when no
 * candidate passes (not found, or only found with different figures).
 */
export function matchQuote(
  text: string,
  selector: { quote: QuoteSelector; position?: PositionSelector },
  options: MatchOptions = {},
): QuoteMatch | null {
  const { exact, prefix, suffix } = selector.quote;
  const minScore = options.minScore ?? 0;
  const minBodySimilarity = options.minBodySimilarity ?? 0.5;
  const cap = Math.max(1, options.maxCandidates ?? 200);

  const nq = normalizeString(exact);
  if (nq.length === 0) return null;
  const np = normalizeString(prefix);
  const ns = normalizeString(suffix);
  const norm = normalized(text);
  const hint = selector.position?.start;

  const quoteFigures = figuresInContext(nq, figureRunBefore(prefix, prefix.length), figureRunAfter(suffix, 0));
  const figuresAgree = (start: number, end: number): boolean =>
    sameFigures(
      figuresInContext(normalizeString(text.slice(start, end)), figureRunBefore(text, start), figureRunAfter(text, end)),
      quoteFigures,
    );

  const score = (c: Candidate): number => {
    const a = norm.fromOriginal[c.start];
    const b = norm.fromOriginal[c.end];
    const p = prefixAgreement(norm.text.slice(Math.max(0, a - np.length), a), np);
    const s = suffixAgreement(norm.text.slice(b, b + ns.length), ns);
    const pos = hint === undefined ? 1 : 1 - Math.min(1, Math.abs(c.start - hint) / Math.max(1, text.length));
    return (W_QUOTE * c.quoteSim + W_PREFIX * p + W_SUFFIX * s + W_POS * pos) / W_TOTAL;
  };

  const best = (cands: Candidate[]): QuoteMatch | null => {
    let top: QuoteMatch | null = null;
    for (const c of cands) {
      const sc = score(c);
      if (sc >= minScore && (top === null || sc > top.score)) top = { start: c.start, end: c.end, score: sc, how: c.how };
    }
    return top;
  };

  // 1. Exact occurrences. If there are too many, keep those nearest the saved position.
  let starts = occurrences(text, exact, Number.MAX_SAFE_INTEGER);
  if (starts.length > cap) {
    if (hint !== undefined) starts.sort((x, y) => Math.abs(x - hint) - Math.abs(y - hint));
    starts = starts.slice(0, cap);
  }
  const exactCands: Candidate[] = [];
  for (const s of starts) {
    if (figuresAgree(s, s + exact.length)) exactCands.push({ start: s, end: s + exact.length, quoteSim: 1, how: 'exact' });
  }
  const exactMatch = best(exactCands);
  if (exactMatch && exactMatch.score >= EARLY_ACCEPT) return exactMatch;

  // 2 and 3 compete with each other and with a poorly placed exact occurrence:
  // the quote verbatim in an unrelated sentence loses to the same figures
  // lightly edited in the saved sentence.
  const cands: Candidate[] = [];
  const seen = new Set<string>(starts.map((s) => `${s}:${s + exact.length}`));
  const consider = (ns0: number, ne0: number, quoteSim: number, how: MatchHow): void => {
    const { start, end } = toOriginalRange(norm, ns0, ne0);
    const key = `${start}:${end}`;
    if (end <= start || seen.has(key)) return;
    seen.add(key);
    if (figuresAgree(start, end)) cands.push({ start, end, quoteSim, how });
  };

  // 2. Fuzzy: the normalised quote in the normalised text.
  for (const i of occurrences(norm.text, nq, cap)) consider(i, i + nq.length, 1, 'fuzzy');

  // 3. Context: prefix … body … suffix, body of similar length and text.
  const L = nq.length;
  const minBody = Math.max(1, Math.ceil(L / 2));
  const maxBody = Math.ceil(L * 1.5) + 8;
  const body = (a: number, b: number): void => {
    const sim = similarity(norm.text.slice(a, b), nq);
    if (sim >= minBodySimilarity) consider(a, b, sim, 'context');
  };
  const prefixEnds = (): number[] => {
    if (np.length === 0) return [0]; // the quote opened the text
    let ends = occurrences(norm.text, np, cap).map((i) => i + np.length);
    if (ends.length === 0 && np.length > SHORT_ANCHOR) {
      const tail = np.slice(-SHORT_ANCHOR);
      ends = occurrences(norm.text, tail, cap).map((i) => i + tail.length);
    }
    return ends;
  };
  const suffixNeedles = ns.length > SHORT_ANCHOR ? [ns, ns.slice(0, SHORT_ANCHOR)] : [ns];
  let twoSided = 0;
  for (const pe of prefixEnds()) {
    for (const needle of suffixNeedles) {
      let sf: number;
      if (needle.length === 0) sf = norm.text.length; // the quote closed the text
      else {
        sf = norm.text.indexOf(needle, pe + minBody);
        if (sf === -1) continue;
      }
      if (sf - pe < minBody || sf - pe > maxBody) continue;
      body(pe, sf);
      twoSided++;
      break;
    }
  }
  if (twoSided === 0) {
    // One side only: next to the surviving context, the body of the most
    // quote-like length (ties: the length closest to the quote's).
    const oneSided = (anchor: number, after: boolean): void => {
      let bestLen = 0;
      let bestSim = -1;
      const step = Math.max(1, Math.floor((maxBody - minBody) / 64));
      for (let len = minBody; len <= maxBody; len += step) {
        const a = after ? anchor : anchor - len;
        const b = after ? anchor + len : anchor;
        if (a < 0 || b > norm.text.length) break;
        const sim = similarity(norm.text.slice(a, b), nq);
        if (sim > bestSim || (sim === bestSim && Math.abs(len - L) < Math.abs(bestLen - L))) {
          bestSim = sim;
          bestLen = len;
        }
      }
      if (bestSim >= 0) body(after ? anchor : anchor - bestLen, after ? anchor + bestLen : anchor);
    };
    if (np.length > 0) for (const pe of prefixEnds()) oneSided(pe, true);
    if (ns.length > 0) {
      for (const needle of suffixNeedles) {
        const found = occurrences(norm.text, needle, cap);
        for (const sf of found) oneSided(sf, false);
        if (found.length > 0) break;
      }
    }
  }

  const other = best(cands);
  if (exactMatch && (!other || exactMatch.score >= other.score)) return exactMatch;
  return other;
}
