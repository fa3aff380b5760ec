import type { SideCell as Side } from '../../lib/collection/tracker-view';
import { tt } from './i18n';
import { onPlainClick } from '../collection/plain-click';
import { askBackgroundToShowPassage } from '../collection/show-passage';

export interface SideCellProps {
  cell: Side | null;
  kind: 'target' | 'result';
  year: number;
}

/**
 * One side of a row: the figure with its comparator, or the report's words in quotes. It links to
 * the passage (a text fragment the browser scrolls to and highlights, with or without the extension);
 * a plain click shows it in an open tab of the report when there is one, by the one path every passage
 * click takes (../collection/show-passage.ts).
 */
export function SideCell({ cell, kind, year }: SideCellProps) {
  if (!cell) {
    return (
      <td class={`tracker-side tracker-${kind} is-none`}>
        <span aria-hidden="true">{tt('none')}</span>
        <span class="visually-hidden">{tt('noneLabel')}</span>
      </td>
    );
  }
  const text = cell.words ? `“${cell.text}”` : cell.text;
  const title = tt(kind === 'target' ? 'openTarget' : 'openResult', { year, quote: cell.side.quote });
  return (
    <td class={`tracker-side tracker-${kind}${cell.words ? ' is-words' : ''}`}>
      {cell.link ? (
        <a
          class="side-link"
          href={cell.link}
          target="_blank"
          rel="noopener"
          title={title}
          onClick={onPlainClick(() => void askBackgroundToShowPassage({ link: cell.link, start: cell.side.start, end: cell.side.end }))}
        >
          {text}
        </a>
      ) : (
        <span title={cell.side.quote}>{text}</span>
      )}
      {cell.words && <span class="visually-hidden"> ({tt('inWords')})</span>}
    </td>
  );
}
