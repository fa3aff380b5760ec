import { CORNERS, type Corner } from '../../lib/page/view';
import type { PageTextProps } from './text';
import { trusted } from './trusted';

export interface CornerPickerProps extends Pick<PageTextProps, 't'> {
  corner: Corner;
  onMove(corner: Corner): void;
}

const ARROWS: Record<Corner, string> = { 'top-left': '↖', 'top-right': '↗', 'bottom-left': '↙', 'bottom-right': '↘' };
const KEYS = { 'top-left': 'moveTo_top_left', 'top-right': 'moveTo_top_right', 'bottom-left': 'moveTo_bottom_left', 'bottom-right': 'moveTo_bottom_right' } as const;

/** Move the summary to another corner of the window (remembered per site). */
export function CornerPicker({ corner, onMove, t }: CornerPickerProps) {
  return (
    <div class="corners" role="group" aria-label={t('moveLabel')}>
      <span class="muted" aria-hidden="true">
        {t('moveLabel')}
      </span>
      {CORNERS.filter((c) => c !== corner).map((c) => (
        <button key={c} type="button" class="icon-button corner-button" aria-label={t(KEYS[c])} title={t(KEYS[c])} onClick={trusted(() => onMove(c))}>
          {ARROWS[c]}
        </button>
      ))}
    </div>
  );
}
