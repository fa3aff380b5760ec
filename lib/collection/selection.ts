/** Row selection in the collection table (for bulk tagging and bulk delete). */

/** Toggle one id. */
export function toggleSelected(selected: ReadonlySet<string>, id: string): Set<string> {
  const next = new Set(selected);
  if (next.has(id)) next.delete(id);
  else next.add(id);
  return next;
}

/**
 * Shift-click: select every id between the anchor and `id` in the visible
 * order (both included), added to what is selected.
 */
export function selectRange(
  selected: ReadonlySet<string>,
  visibleIds: readonly string[],
  anchor: string | null,
  id: string,
): Set<string> {
  const to = visibleIds.indexOf(id);
  const from = anchor === null ? -1 : visibleIds.indexOf(anchor);
  if (to < 0) return new Set(selected);
  if (from < 0) return toggleSelected(selected, id);
  const next = new Set(selected);
  for (let i = Math.min(from, to); i <= Math.max(from, to); i++) next.add(visibleIds[i]!);
  return next;
}

/** The selected ids that the current view shows, in its order: bulk actions act on these only. */
export function visibleSelection(selected: ReadonlySet<string>, visibleIds: readonly string[]): string[] {
  if (!selected.size) return [];
  return visibleIds.filter((id) => selected.has(id));
}

/** The header checkbox: all visible selected, some, or none. */
export function selectionState(selected: ReadonlySet<string>, visibleIds: readonly string[]): 'all' | 'some' | 'none' {
  const n = visibleSelection(selected, visibleIds).length;
  if (n === 0) return 'none';
  return n === visibleIds.length ? 'all' : 'some';
}
