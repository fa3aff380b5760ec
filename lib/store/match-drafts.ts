/**
 * Which of a report's freshly extracted items are already stored: the matching
 * behind AnnotatorService.saveItems. Pure (no database), so it is read and
 * tested on its own.
 *
 * - Same anchor (quote and offsets): the same item; an `orphaned` one becomes
 *   `active` again, `dismissed` stays dismissed.
 * - The same quote elsewhere with the same prefix or suffix: the same item after
 *   the page shifted; its selector moves (both sides alike first, then the nearest).
 * - Anything else is new; a duplicate within the batch is stored once.
 */

import { anchorKey, type ItemRecord } from './records';

export interface DraftMatch {
  /** New items to store. */
  added: ItemRecord[];
  /** Stored items to rewrite (re-found orphans, moved items), by id. */
  changed: Map<string, ItemRecord>;
}

/** Match `built` (validated, not yet stored) against the report's `existing` items. */
export function matchDrafts(existing: readonly ItemRecord[], built: readonly ItemRecord[], now: number): DraftMatch {
  const byAnchor = new Map(existing.map((i) => [anchorKey(i), i]));
  const claimed = new Set<string>();
  const added: ItemRecord[] = [];
  const changed = new Map<string, ItemRecord>();
  const pending: ItemRecord[] = [];

  // Pass 1: exact anchor (same quote, same offsets).
  for (const item of built) {
    const match = byAnchor.get(anchorKey(item));
    if (!match) {
      pending.push(item);
      continue;
    }
    claimed.add(match.id);
    if (match.status === 'orphaned') {
      changed.set(match.id, { ...match, status: 'active', updatedAt: now });
    }
  }

  // Pass 2: the same quote elsewhere with the same context on at least one side
  // is the same item after the page shifted (both sides alike first, then the nearest); else new.
  const byExact = new Map<string, ItemRecord[]>();
  for (const i of existing) {
    if (claimed.has(i.id)) continue;
    const k = i.selector.quote.exact;
    const list = byExact.get(k);
    if (list) list.push(i);
    else byExact.set(k, [i]);
  }
  const movedMatch = (item: ItemRecord): ItemRecord | undefined => {
    const { prefix, suffix } = item.selector.quote;
    let best: ItemRecord | undefined;
    let bestScore = -Infinity;
    for (const c of byExact.get(item.selector.quote.exact) ?? []) {
      if (claimed.has(c.id)) continue;
      const sides = Number(c.selector.quote.prefix === prefix) + Number(c.selector.quote.suffix === suffix);
      if (!sides) continue;
      const score = sides * 1e9 - Math.abs(c.selector.position.start - item.selector.position.start);
      if (score > bestScore) [best, bestScore] = [c, score];
    }
    return best;
  };
  for (const item of pending) {
    const key = anchorKey(item);
    if (byAnchor.has(key)) continue; // a duplicate within this batch
    const match = movedMatch(item);
    if (match) {
      claimed.add(match.id);
      const moved: ItemRecord = {
        ...match,
        selector: { quote: { ...item.selector.quote }, position: { ...item.selector.position } },
        status: match.status === 'orphaned' ? 'active' : match.status,
        updatedAt: now,
      };
      changed.set(match.id, moved);
      byAnchor.set(key, moved);
      continue;
    }
    byAnchor.set(key, item);
    added.push(item);
  }
  return { added, changed };
}
