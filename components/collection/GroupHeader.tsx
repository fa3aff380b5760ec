import { reportName } from '../../lib/format';
import type { ReportGroup } from '../../lib/collection/group';
import { t } from './i18n';

export interface GroupHeaderProps {
  group: ReportGroup;
  collapsed: boolean;
  onToggle: () => void;
}

/** A report's heading in the popup list: its title, site and count; toggles its items. */
export function GroupHeader({ group, collapsed, onToggle }: GroupHeaderProps) {
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
        <span class="group-site">{group.report?.site}</span>
        <span class="group-count">{group.items.length}</span>
      </button>
    </div>
  );
}
