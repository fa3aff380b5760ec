/**
 * "Copy as citation": an item as a journalist quotes it, the quote, the report's title, its
 * place and year when known, and the link that opens the report at the passage.
 *
 *   “城镇新增就业1200万人以上”——《2025年政府工作报告》（全国）。https://www.gov.cn/…#:~:text=…
 *   “城镇新增就业1200万人以上” — 2025年政府工作报告 (全国). https://www.gov.cn/…#:~:text=…
 */

import type { Language } from '../i18n';
import type { ItemRecord, ReportRecord } from '../store/records';
import { itemLink } from './export';

/** Where and when a report was given, as far as it is known. */
export interface CitedReport {
  place: string | null;
  year: number | null;
}

/** A place name as a title writes it first: a province, region, city, prefecture, county or district. */
const PLACE_FIRST = /^(?:\s*(?:19|20)\d{2}\s*年)?\s*([\u4e00-\u9fff]{2,12}?(?:省|自治区|特别行政区|市|自治州|地区|盟|州|县|区|旗))/;
/** Names a national report goes by. */
const NATIONAL = /国务院|全国人民代表大会|全国人大/;
/** Words that start a title's clause, not a place (关于做好全市…, 中共…委员会关于…). */
const NOT_A_PLACE = /关于|印发|通知|做好|全[省市区县]|中共/;
const YEAR_IN_TITLE = /((?:19|20)\d{2})\s*年/;
/** gov.cn addresses file documents under the month they were published: /202503/ or /t20250305_… */
const YEAR_IN_URL = /\/t?((?:19|20)\d{2})(?:0[1-9]|1[0-2])(?:[0-3]\d)?(?:[/_]|$)/;

/**
 * Place and year of a report: its stored identity (read from its text at the last visit, or as
 * the reader corrected it); what that leaves unknown, as the title (and, for the year, the
 * address) say it plainly. A title that names neither leaves them unknown rather than guessed.
 */
export function citedReportOf(report: (Pick<ReportRecord, 'title' | 'url'> & Partial<Pick<ReportRecord, 'identity'>>) | undefined): CitedReport {
  const title = report?.title ?? '';
  const identity = report?.identity;
  const first = PLACE_FIRST.exec(title)?.[1] ?? null;
  const titlePlace = NATIONAL.test(title) ? '全国' : first && !NOT_A_PLACE.test(first) ? first : null;
  const titleYear = YEAR_IN_TITLE.exec(title)?.[1] ?? YEAR_IN_URL.exec(report?.url ?? '')?.[1] ?? null;
  return {
    place: identity?.place ?? titlePlace,
    year: identity?.year ?? (titleYear === null ? null : Number(titleYear)),
  };
}

/** The citation of `item`, in the UI's language; what the title already says is not repeated. */
export function citationOf(
  item: ItemRecord,
  report: ReportRecord | undefined,
  language: Language,
  cited: CitedReport = citedReportOf(report),
): string {
  const quote = item.selector.quote.exact.replace(/\s+/g, ' ').trim();
  const title = report?.title.trim() || report?.site || report?.url || item.reportId;
  const known = [
    cited.place && !title.includes(cited.place) ? cited.place : null,
    cited.year !== null && !title.includes(String(cited.year)) ? (language === 'zh' ? `${cited.year}年` : String(cited.year)) : null,
  ].filter((x): x is string => x !== null);
  const link = itemLink(item, report);
  if (language === 'zh') {
    const extra = known.length ? `（${known.join('，')}）` : '';
    return `“${quote}”——《${title}》${extra}。${link}`.trim();
  }
  const extra = known.length ? ` (${known.join(', ')})` : '';
  return `“${quote}” — ${title}${extra}. ${link}`.trim();
}
