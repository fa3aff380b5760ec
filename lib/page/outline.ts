/**
 * The outline of a report's items: grouped by the section they stand in, in page order, and
 * searchable. Pure: no DOM.
 */

import type { ItemKind } from '../store/records';
import type { PageItem } from './page-items';

export interface OutlineEntry {
  key: string;
  kind: ItemKind;
  quote: string;
}

export interface OutlineSection {
  /** The section's heading as the extractor read it; '' for items under no heading. */
  title: string;
  entries: OutlineEntry[];
}

/** The shown items (in page order) grouped by section; a section met again later starts a new group. */
export function outlineOf(items: Iterable<PageItem>, isShown: (key: string) => boolean): OutlineSection[] {
  const sections: OutlineSection[] = [];
  for (const item of items) {
    if (!isShown(item.key)) continue;
    const title = item.record?.section ?? item.detected?.section ?? '';
    const quote = item.record?.selector.quote.exact ?? item.detected?.text ?? '';
    const last = sections[sections.length - 1];
    const section = last && last.title === title ? last : { title, entries: [] };
    if (section !== last) sections.push(section);
    section.entries.push({ key: item.key, kind: item.kind, quote });
  }
  return sections;
}

const fold = (s: string) => s.toLowerCase().replace(/\s+/g, '');

/**
 * The entries whose passage or section holds every word of `query` (spaces separate words;
 * case and spaces do not count). A section whose title matches keeps all its entries.
 */
export function searchOutline(sections: readonly OutlineSection[], query: string): OutlineSection[] {
  const words = query.split(/\s+/).map(fold).filter(Boolean);
  if (words.length === 0) return [...sections];
  const out: OutlineSection[] = [];
  for (const section of sections) {
    const title = fold(section.title);
    const entries = section.entries.filter((e) => {
      const text = `${title}\n${fold(e.quote)}`;
      return words.every((w) => text.includes(w));
    });
    if (entries.length) out.push({ title: section.title, entries });
  }
  return out;
}

export const outlineSize = (sections: readonly OutlineSection[]): number => sections.reduce((n, s) => n + s.entries.length, 0);
