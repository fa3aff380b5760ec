import { itemLink } from '../../lib/collection/export';
import { formatDateTime, formatNumber, reportName } from '../../lib/format';
import { directionLabel, fromLabel, genreLabel, indicatorName, periodLabel } from '../../lib/i18n/meaning';
import type { ItemRecord, ReportRecord, TagRecord } from '../../lib/store/records';
import type { SortKey } from '../../lib/collection/sort';
import type { ComponentChildren } from 'preact';
import { ROW_HEIGHT, type Column } from './columns';
import { KindBadge } from './KindBadge';
import { TagChip } from './TagChip';
import { onPlainClick } from './plain-click';
import { language, t } from './i18n';

export interface TableRowProps {
  columns: readonly Column[];
  /** gridTemplate(columns), worked out once for all rows. */
  grid: string;
  item: ItemRecord;
  report: ReportRecord | undefined;
  tags: ReadonlyMap<string, TagRecord>;
  index: number;
  selected: boolean;
  active: boolean;
  onSelect: (shift: boolean) => void;
  onActivate: () => void;
  onOpen: () => void;
}

const CMP_TEXT: Record<string, string> = { '=': '=', '>=': '≥', '>': '>', '<=': '≤', '<': '<', '~': '≈', range: '–' };

function cell(item: ItemRecord, key: SortKey, report: ReportRecord | undefined, tags: ReadonlyMap<string, TagRecord>, onActivate: () => void, onOpen: () => void): ComponentChildren {
  switch (key) {
    case 'kind':
      return <KindBadge kind={item.kind} />;
    case 'metric':
      return (
        <button type="button" class="cell-button" title={t('details')} onClick={onActivate}>
          {item.metric || '—'}
        </button>
      );
    case 'value':
    case 'max':
      return item[key] === null ? '' : formatNumber(item[key]!, language);
    case 'cmp':
      return item.cmp ? CMP_TEXT[item.cmp] : '';
    case 'strength':
      return item.strength ? t(`strength_${item.strength}`) : '';
    case 'quote':
      return (
        <a
          class="cell-link"
          href={itemLink(item, report) || undefined}
          target="_blank"
          rel="noopener"
          title={item.selector.quote.exact}
          onClick={onPlainClick(onOpen)}
        >
          {item.selector.quote.exact}
        </a>
      );
    case 'tags':
      return item.tags.map((tag) => <TagChip key={tag} name={tag} colour={tags.get(tag)?.colour} />);
    case 'report':
      return <span title={report?.url ?? item.reportId}>{reportName(report, item.reportId)}</span>;
    case 'site':
      return report?.site ?? '';
    case 'place':
      return report?.identity.place ?? '';
    case 'year':
      return report?.identity.year ?? '';
    case 'genre':
      return report && report.identity.genre !== 'other' ? genreLabel(report.identity.genre, language) : '';
    case 'indicator':
      return indicatorName(item.indicator, language);
    case 'direction':
      return directionLabel(item.direction, language);
    case 'from':
      return fromLabel(item.from, (n) => formatNumber(n, language));
    case 'period':
      return periodLabel(item.period, language);
    case 'status':
      return <span class={`status status-${item.status}`}>{t(`status_${item.status}`)}</span>;
    case 'createdAt':
    case 'updatedAt':
      return formatDateTime(item[key]);
    case 'note':
      return <span title={item.note}>{item.note}</span>;
    default:
      return item[key] ?? '';
  }
}

/** One item as a table row, every chosen field in its column. Fixed height: the table is virtual. */
export function TableRow({ columns, grid, item, report, tags, index, selected, active, onSelect, onActivate, onOpen }: TableRowProps) {
  return (
    <div
      class={`table-row ${selected ? 'is-selected' : ''} ${active ? 'is-active' : ''} ${index % 2 ? 'is-odd' : ''}`}
      role="row"
      aria-rowindex={index + 2}
      aria-selected={selected}
      data-item-id={item.id}
      style={{ gridTemplateColumns: grid, height: `${ROW_HEIGHT}px` }}
    >
      <div class="cell cell-select" role="gridcell">
        <input
          type="checkbox"
          aria-label={t('selectRow')}
          checked={selected}
          onClick={(e) => onSelect(e.shiftKey)}
        />
      </div>
      {columns.map((c) => (
        <div key={c.key} class={`cell cell-${c.key} ${c.align === 'end' ? 'cell-end' : ''}`} role="gridcell">
          {cell(item, c.key, report, tags, onActivate, onOpen)}
        </div>
      ))}
    </div>
  );
}
