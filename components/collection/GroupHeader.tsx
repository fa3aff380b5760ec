import { reportName } from '../../lib/format';
import type { ReportGroup } from '../../lib/collection/group';
import { t } from './i18n';
import { ReportIdentityLine } from './ReportIdentityLine';

export interface GroupHeaderProps {
  group: ReportGroup;
  /** The group's item count when not all its items are loaded yet (null: not known yet, not shown). */
  count?: number | null;
  collapsed: boolean;
  onToggle: () => void;
}

/** A report's heading in the popup list: its title, site and count; toggles its items. */
export function GroupHeader({ group, count, collapsed, onToggle }: GroupHeaderProps) {
  const name = reportName(group.report, group.reportId);
  return (
    <div class="group-header" role="listitem">
      <button type="button" class="group-toggle" aria-expanded={!collapsed} title={collapsed ? t('expand') : t('collapse')} onClick={onToggle}>
        <span class={`chevron ${collapsed ? 'chevron-closed' : ''}`} aria-hidden="true">
          ▾
        </span>
        <span class="group-title" title={name}>
          {name}
        </span>
        {/* Which report it is says more than its site, when it is known. */}
        {!(group.report?.identity.place || group.report?.identity.year) && <span class="group-site">{group.report?.site}</span>}
        {count !== null && <span class="group-count">{count ?? group.items.length}</span>}
      </button>
      {group.report && <ReportIdentityLine report={group.report} compact />}
    </div>
  );
}
