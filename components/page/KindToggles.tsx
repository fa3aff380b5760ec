import { KIND_COLOURS } from '../../lib/page/highlighter';
import type { PageSummary } from '../../lib/page/summary';
import { ITEM_KINDS, type ItemKind } from '../../lib/store/records';
import type { PageTextProps } from './text';
import { trusted } from './trusted';

export interface KindTogglesProps extends Pick<PageTextProps, 't'> {
  found: PageSummary['found'];
  hidden: readonly ItemKind[];
  onToggle(kind: ItemKind, shown: boolean): void;
}

/** The counts by kind, each a toggle button that shows or hides that kind's items on the page. */
export function KindToggles({ found, hidden, onToggle, t }: KindTogglesProps) {
  return (
    <div class="counts" role="group" aria-label={t('kindsShown')}>
      {ITEM_KINDS.map((k) => {
        const shown = !hidden.includes(k);
        return (
          <button
            key={k}
            type="button"
            class="count"
            data-kind={k}
            aria-pressed={shown}
            title={t('kindToggleTitle', { kind: t(`kinds_${k}`) })}
            style={{ '--kind': KIND_COLOURS[k].strong, '--fill': KIND_COLOURS[k].fill }}
            onClick={trusted(() => onToggle(k, !shown))}
          >
            <span class="count-box" aria-hidden="true">
              {shown ? '✓' : ''}
            </span>
            {t(`kinds_${k}`)} <b>{found[k]}</b>
          </button>
        );
      })}
    </div>
  );
}
