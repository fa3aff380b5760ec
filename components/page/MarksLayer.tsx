import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { ItemMark } from '../../lib/page/marks';

export interface MarksLayerProps {
  marks: readonly ItemMark[];
}

/**
 * What the reader did, drawn over the page inside our closed shadow root (lib/page/marks.ts): an
 * underline under tagged items, a ring around the item whose card is open. The layer sits at the
 * page's origin and scrolls with it; it takes no pointer events, so the page cannot find it by
 * hit-testing either. Boxes come in page coordinates; the layer's own origin is measured, so a
 * positioned <body> or a margin does not shift them.
 */
export function MarksLayer({ marks }: MarksLayerProps) {
  const layer = useRef<HTMLDivElement>(null);
  const [origin, setOrigin] = useState<{ x: number; y: number } | null>(null);
  useLayoutEffect(() => {
    const el = layer.current;
    if (!el) return;
    const r = el.getBoundingClientRect();
    const next = { x: r.left + window.scrollX, y: r.top + window.scrollY };
    setOrigin((now) => (now && now.x === next.x && now.y === next.y ? now : next));
  });
  return (
    <div class="marks-layer" ref={layer} aria-hidden="true">
      {origin &&
        marks.map((m) => (
          <div key={m.key} class="mark" data-quote={m.quote} data-tagged={m.tagged ? '' : undefined} data-focused={m.focused ? '' : undefined}>
            {m.boxes.flatMap((b, i) => [
              m.focused && (
                <span
                  key={`ring${i}`}
                  class="mark-ring"
                  style={{ left: `${b.x - origin.x - 2}px`, top: `${b.y - origin.y - 1}px`, width: `${b.width + 4}px`, height: `${b.height + 2}px` }}
                />
              ),
              m.tagged && (
                <span key={`line${i}`} class="mark-line" style={{ left: `${b.x - origin.x}px`, top: `${b.y - origin.y + b.height - 1}px`, width: `${b.width}px` }} />
              ),
            ])}
          </div>
        ))}
    </div>
  );
}
