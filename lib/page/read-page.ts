/**
 * The background's reading of a report page ('page/read'): where the text is, everything that is
 * read from it at once. The items (extracted in slices, lib/page/extract-budget.ts), which report
 * it is (place, level, year, genre: from the text, with the page's title and address as hints),
 * and its headline figures for the tracker (lib/tracker/stored.ts). The content script decides
 * whether the page reads like a report and records identity and figures with its visit.
 *
 * Pure but for the yield between slices; the extractor is passed in.
 */

import { reportIdentityOf } from '../extract/identity';
import type { PageReading } from '../messages';
import { headlineFiguresOf } from '../tracker/stored';
import { capForExtraction, extractForPage, nextTask, type Extract } from './extract-budget';

export interface PageToRead {
  text: string;
  title: string;
  url: string;
}

export async function readPage(page: PageToRead, extract: Extract, yield_: () => Promise<void> = nextTask): Promise<PageReading> {
  // The items' offsets are into the text as far as it is read; identity and figures read the same.
  const text = capForExtraction(String(page.text ?? '')).text;
  const title = typeof page.title === 'string' ? page.title : '';
  const url = typeof page.url === 'string' ? page.url : '';
  const items = await extractForPage(text, extract, yield_);
  const report = reportIdentityOf(text, { title, url });
  return { items, report, headlines: headlineFiguresOf({ text, identity: report, items }) };
}
