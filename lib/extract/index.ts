export { extractItems, type ExtractOptions } from './extract';
export type {
  Comparator, Direction, ExtractedItem, FromFigure, ItemKind, Period, ReportGenre, ReportIdentity, ReportLevel, Strength,
} from './types';
export { INDICATORS, INDICATOR_IDS, type Indicator, type IndicatorId } from './indicators';
