import type { ComponentChildren } from 'preact';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { rowOffsets, scrollToReveal, variableWindow } from '../../lib/collection/virtual';
import { useViewportHeight } from './use-viewport-height';

export interface VirtualListProps {
  /** Height of each row, in pixels; only the rows in view are rendered. */
  heights: readonly number[];
  renderRow: (index: number) => ComponentChildren;
  class?: string;
  label: string;
  /** Bring this row into view when it changes. */
  revealIndex?: number | null;
  role?: 'list' | 'rowgroup' | 'presentation';
}

/** A scrolling list that renders only the rows on screen, between two spacers. */
export function VirtualList({ heights, renderRow, class: className, label, revealIndex, role = 'list' }: VirtualListProps) {
  const ref = useRef<HTMLDivElement>(null);
  const [scrollTop, setScrollTop] = useState(0);
  const viewport = useViewportHeight(ref, 600);
  const offsets = useMemo(() => rowOffsets(heights), [heights]);
  const w = variableWindow(offsets, scrollTop, viewport);

  useEffect(() => {
    const el = ref.current;
    if (!el || revealIndex === null || revealIndex === undefined) return;
    const top = scrollToReveal(offsets, revealIndex, el.scrollTop, el.clientHeight);
    if (top !== null) el.scrollTop = top;
  }, [revealIndex, offsets]);

  const rows: ComponentChildren[] = [];
  for (let i = w.start; i < w.end; i++) rows.push(renderRow(i));

  return (
    <div ref={ref} class={`virtual-list ${className ?? ''}`} role={role} aria-label={label} onScroll={(e) => setScrollTop(e.currentTarget.scrollTop)}>
      <div style={{ height: `${w.before}px` }} aria-hidden="true" />
      {rows}
      <div style={{ height: `${w.after}px` }} aria-hidden="true" />
    </div>
  );
}
