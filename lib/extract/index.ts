export { extractItems, type ExtractOptions } from './extract';
export { extractReport, type ExtractedReport, type ReportOptions } from './report';
export { reportIdentityOf, type IdentityHints } from './identity';
export type {
  Comparator, Direction, ExtractedItem, FromFigure, ItemKind, Period, ReportGenre, ReportIdentity, ReportLevel, Strength,
} from './types';
export {
  INDICATORS, INDICATOR_IDS, indicatorOf, valueInIndicatorSense, type Indicator, type IndicatorContext, type IndicatorId,
} from './indicators';
