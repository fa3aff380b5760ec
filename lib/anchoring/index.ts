/** Anchoring: describe a passage of page text, and find it again on a later visit. */
export { CONTEXT_LENGTH, describeRange } from './selectors';
export type { PositionSelector, QuoteSelector, TextSelector } from './selectors';
export { matchQuote, similarity } from './match-quote';
export type { MatchHow, MatchOptions, QuoteMatch } from './match-quote';
export { extractFigures, figureTokens, sameFigures } from './figures';
export { normalizeForMatching, normalizeString } from './normalize';
export type { MatchingText } from './normalize';
export { mapOffsetsBetween } from './map-offsets';
export type { MappedSpan, OffsetMapper } from './map-offsets';
export { buildTextMap, isOwnUi, HIGHLIGHT_ATTR, OWN_UI_ATTR, OWN_UI_TAG_PREFIX } from './text-map';
export type { LocatedRange, NodePiece, TextMap, TextMapOptions, TextSegment } from './text-map';
