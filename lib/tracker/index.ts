export { buildLedger, ledgerOfCandidates } from './ledger';
export { ABOUT_TOLERANCE, JUDGEMENT_RULE, STATUS_LABELS, aboutTolerance, reaches, statusBySense, statusOf, type Better } from './judge';
export { LEDGER_STATUSES, type LedgerRow, type LedgerSide, type LedgerStatus, type TrackerReport } from './types';
export { LEDGER_CSV_HEADER, indicatorSubject, ledgerCsvRow, ledgerToCsv, ledgerToJson, type LedgerCsvSubject, type LedgerJson, type TrackedReport } from './export';
export { headlineFiguresOf, ledgerFromStored, readingOfHeadline, type HeadlineFigure, type StoredTrackerReport } from './stored';
export type { ClauseTime, FigureReading, ParagraphCues } from './sides';
