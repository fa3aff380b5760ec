import { useMemo, useState } from 'preact/hooks';
import { flattenGroups, groupByReport } from '../../lib/collection/group';
import type { ItemPatch, ItemRecord, ReportRecord, TagRecord } from '../../lib/store/records';
import { GroupHeader } from '../../components/collection/GroupHeader';
import { ItemCard } from '../../components/collection/ItemCard';
import { VirtualList } from '../../components/collection/VirtualList';
import { t } from '../../components/collection/i18n';

/** Row heights, in pixels: CSS gives the rows exactly these (see popup.css). */
export const GROUP_ROW = 40;
export const ITEM_ROW = 100;
export const EDIT_ROW = 264;

export interface PopupListProps {
  /** Filtered items, newest first. */
  items: ItemRecord[];
  /** While only the first screen is loaded: each report's count in the view, where known. */
  partialCounts?: ReadonlyMap<string, number> | null;
  reports: ReadonlyMap<string, ReportRecord>;
  tags: ReadonlyMap<string, TagRecord>;
  openingId: string | null;
  onPatch: (id: string, patch: ItemPatch) => void;
  onDelete: (item: ItemRecord) => void;
  onOpen: (item: ItemRecord) => void;
  onCopy: (item: ItemRecord) => void;
}

/** The popup's list: grouped by report, newest first, virtualised (only rows on screen are in the DOM). */
export function PopupList({ items, partialCounts, reports, tags, openingId, onPatch, onDelete, onOpen, onCopy }: PopupListProps) {
  const [collapsed, setCollapsed] = useState<ReadonlySet<string>>(new Set());
  const [editing, setEditing] = useState<string | null>(null);
  const rows = useMemo(() => flattenGroups(groupByReport(items, reports), collapsed), [items, reports, collapsed]);
  const heights = useMemo(
    () => rows.map((r) => (r.type === 'group' ? GROUP_ROW : r.item.id === editing ? EDIT_ROW : ITEM_ROW)),
    [rows, editing],
  );
  const editIndex = editing === null ? null : rows.findIndex((r) => r.key === editing);

  const toggle = (reportId: string) => {
    const next = new Set(collapsed);
    if (next.has(reportId)) next.delete(reportId);
    else next.add(reportId);
    setCollapsed(next);
  };

  return (
    <VirtualList
      class="popup-list"
      label={t('collectionTitle')}
      heights={heights}
      revealIndex={editIndex !== null && editIndex >= 0 ? editIndex : null}
      renderRow={(i) => {
        const row = rows[i]!;
        if (row.type === 'group') {
          return (
            <GroupHeader
              key={row.key}
              group={row.group}
              count={partialCounts ? (partialCounts.get(row.group.reportId) ?? null) : undefined}
              collapsed={row.collapsed}
              onToggle={() => toggle(row.group.reportId)}
            />
          );
        }
        const { item } = row;
        return (
          <ItemCard
            key={row.key}
            item={item}
            report={reports.get(item.reportId)}
            knownTags={tags}
            editing={editing === item.id}
            opening={openingId === item.id}
            onEdit={(on) => setEditing(on ? item.id : null)}
            onPatch={(p) => onPatch(item.id, p)}
            onDelete={() => onDelete(item)}
            onOpen={() => onOpen(item)}
            onCopy={() => onCopy(item)}
          />
        );
      }}
    />
  );
}
