import type { TrackerTableRow } from '../../lib/collection/tracker-view';
import { SideCell } from './SideCell';
import { StatusBadge } from './StatusBadge';
import { tt } from './i18n';

export interface TrackerTableProps {
  rows: readonly TrackerTableRow[];
  /** The indicator's name, for the caption. */
  indicatorName: string;
}

/** Places × years: target, result and status, each side linked to its passage. */
export function TrackerTable({ rows, indicatorName }: TrackerTableProps) {
  return (
    <div class="tracker-table-wrap">
      <table class="tracker-table">
        <caption>{tt('tableCaption', { indicator: indicatorName })}</caption>
        <thead>
          <tr>
            <th scope="col">{tt('colPlace')}</th>
            <th scope="col">{tt('colYear')}</th>
            <th scope="col">{tt('colTarget')}</th>
            <th scope="col">{tt('colResult')}</th>
            <th scope="col">{tt('colStatus')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.key} class={r.firstOfPlace ? 'is-first-of-place' : undefined} data-status={r.status}>
              <th scope="row" class={`tracker-place${r.firstOfPlace ? '' : ' is-repeat'}`}>
                {r.place}
              </th>
              <td class="tracker-year">{r.year}</td>
              <SideCell cell={r.target} kind="target" year={r.year} />
              <SideCell cell={r.result} kind="result" year={r.year} />
              <td class="tracker-status">
                <StatusBadge status={r.status} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
