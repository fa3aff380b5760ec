/**
 * Which of the reader's tags the card offers. Before typing: the few used last on this report and
 * the most used overall (a short list, not every tag there is); while typing: every tag holding
 * what was typed, those starting with it first. Pure: no DOM.
 */

/** How many tags the card offers before the reader types. */
export const FEW_TAGS = 6;
/** Of those, how many may come from the tags used last. */
const RECENT_TAGS = 3;
/** How many matches it offers while the reader types. */
const MATCHES = 10;

export interface TagChoices {
  /** Tag names, most used first (tags/list). */
  known: readonly string[];
  /** Tag names used last, most recent first. */
  recent: readonly string[];
  /** Tags the item carries already (not offered). */
  onItem: readonly string[];
  typed: string;
}

export function suggestTags({ known, recent, onItem, typed }: TagChoices): string[] {
  const taken = new Set(onItem);
  const query = typed.trim().toLowerCase();
  if (query) {
    const matches = known.filter((k) => !taken.has(k) && k.toLowerCase().includes(query));
    const starting = matches.filter((k) => k.toLowerCase().startsWith(query));
    return [...starting, ...matches.filter((k) => !k.toLowerCase().startsWith(query))].slice(0, MATCHES);
  }
  const out: string[] = [];
  const add = (k: string) => {
    if (!taken.has(k) && !out.includes(k)) out.push(k);
  };
  for (const k of recent) {
    if (out.length >= RECENT_TAGS) break;
    if (known.includes(k)) add(k);
  }
  for (const k of known) {
    if (out.length >= FEW_TAGS) break;
    add(k);
  }
  return out;
}

/** The tags of `records`, the most recently changed record's first, each once. */
export function recentTagsOf(records: readonly { tags: readonly string[]; updatedAt: number }[]): string[] {
  const out = new Set<string>();
  for (const r of [...records].sort((a, b) => b.updatedAt - a.updatedAt)) for (const t of r.tags) out.add(t);
  return [...out];
}
