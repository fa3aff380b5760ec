/**
 * Does a page read like a report, and should the annotator run there by itself?
 *
 * The content script is present on every page of *.gov.cn (manifest) and of the sites the reader
 * granted ("always on this site"); on other pages only when the reader asked. It must stay silent
 * on the news lists, contact pages and notices of those sites, and show itself on reports.
 *
 * Pure: no DOM.
 */

/** Words that name a report in a title or a heading. */
export const REPORT_WORDS = ['政府工作报告', '工作报告', '党代会', '代表大会'] as const;

/** A page with this many detected items is a report whatever it is called (a 规划, a 公报). */
export const MIN_REPORT_ITEMS = 8;

/** How far into the main text a report's name is looked for: its heading, not a passing mention. */
export const HEADING_CHARS = 300;

/** True for gov.cn and its subdomains (any case, a trailing dot allowed). */
export function isGovCnHost(hostname: string): boolean {
  const h = hostname.toLowerCase().replace(/\.$/, '');
  return h === 'gov.cn' || h.endsWith('.gov.cn');
}

export interface PageReading {
  title: string;
  /** The page's main text (lib/page/main-text.ts). */
  text: string;
  /** Items the extractor found in it. */
  itemCount: number;
}

export type ReportEvidence = 'title' | 'heading' | 'items' | null;

/** Why a page reads like a report; null when it does not. */
export function reportEvidence(page: PageReading): ReportEvidence {
  const named = (s: string) => REPORT_WORDS.some((w) => s.includes(w));
  if (named(page.title)) return 'title';
  if (named(page.text.slice(0, HEADING_CHARS))) return 'heading';
  if (page.itemCount >= MIN_REPORT_ITEMS) return 'items';
  return null;
}

/**
 * Whether to highlight a page without being asked.
 *  - *.gov.cn: only pages that read like a report.
 *  - a site the reader asked to always run on: pages that read like a report, or have any item
 *    (the reader chose the site; a page with nothing to show stays silent).
 * Anywhere else the content script is only present because the reader asked, and then it runs
 * whatever this says.
 */
export function runsByItself(hostname: string, page: PageReading): boolean {
  if (isGovCnHost(hostname)) return reportEvidence(page) !== null;
  return reportEvidence(page) !== null || page.itemCount > 0;
}
