import type { Box } from '../../lib/page/selection';
import type { Viewport } from './position';
import type { PageTextProps } from './text';
import { trusted } from './trusted';

export interface SelectionButtonProps extends Pick<PageTextProps, 't'> {
  box: Box;
  viewport: Viewport;
  onMark(): void;
}

const WIDTH = 96;

/** "标为条目" next to the end of the reader's selection. */
export function SelectionButton({ box, viewport, onMark, t }: SelectionButtonProps) {
  const left = Math.max(8, Math.min(box.right - WIDTH / 2, viewport.width - WIDTH - 8));
  const below = box.bottom + 40 < viewport.height;
  const style = below ? { left: `${left}px`, top: `${box.bottom + 6}px` } : { left: `${left}px`, bottom: `${viewport.height - box.top + 6}px` };
  return (
    <button
      type="button"
      class="selection-button"
      style={style}
      // Keep the page's selection: a mousedown here would collapse it before the click.
      onMouseDown={(e) => e.preventDefault()}
      onClick={trusted(onMark)}
    >
      ＋ {t('markSelection')}
    </button>
  );
}
