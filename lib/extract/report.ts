/**
 * A whole report: which report it is (place, level, year, genre) and its items, read together so
 * that what an item means can depend on the report (a target in report Y's plan is for year Y).
 */

import { extractItems, type ExtractOptions } from './extract';
import { reportIdentityOf, type IdentityHints } from './identity';
import type { ExtractedItem, ReportIdentity } from './types';

export interface ReportOptions extends ExtractOptions, IdentityHints {}

export interface ExtractedReport {
  report: ReportIdentity;
  items: ExtractedItem[];
}

export function extractReport(input: string, options: ReportOptions = {}): ExtractedReport {
  const { title, url, ...extractOptions } = options;
  const report = reportIdentityOf(input, { title, url });
  return { report, items: extractItems(input, { ...extractOptions, report }) };
}
