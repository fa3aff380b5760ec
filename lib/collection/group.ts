/**
 * The popup's list: items grouped by report, each group in the order of its
 * newest item, then flattened into rows for a virtual list.
 */

import type { ItemRecord, ReportRecord } from '../store/records';

export interface ReportGroup {
  reportId: string;
  report: ReportRecord | undefined;
  items: ItemRecord[];
}

/** Groups in order of first appearance; items keep their order. Give it items newest first. */
export function groupByReport(items: readonly ItemRecord[], reports: ReadonlyMap<string, ReportRecord>): ReportGroup[] {
  const groups = new Map<string, ReportGroup>();
  for (const item of items) {
    let g = groups.get(item.reportId);
    if (!g) {
      g = { reportId: item.reportId, report: reports.get(item.reportId), items: [] };
      groups.set(item.reportId, g);
    }
    g.items.push(item);
  }
  return [...groups.values()];
}

export type ListRow =
  | { type: 'group'; key: string; group: ReportGroup; collapsed: boolean }
  | { type: 'item'; key: string; item: ItemRecord };

/** One row per group header, then its items unless the group is collapsed. */
export function flattenGroups(groups: readonly ReportGroup[], collapsed: ReadonlySet<string> = new Set()): ListRow[] {
  const rows: ListRow[] = [];
  for (const group of groups) {
    const isCollapsed = collapsed.has(group.reportId);
    rows.push({ type: 'group', key: `g:${group.reportId}`, group, collapsed: isCollapsed });
    if (!isCollapsed) for (const item of group.items) rows.push({ type: 'item', key: item.id, item });
  }
  return rows;
}
