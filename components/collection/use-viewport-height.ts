import type { RefObject } from 'preact';
import { useLayoutEffect, useState } from 'preact/hooks';

/** The scroll container's visible height, kept current as the window resizes: what a virtual list renders. */
export function useViewportHeight(ref: RefObject<HTMLElement>, initial: number): number {
  const [height, setHeight] = useState(initial);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    setHeight(el.clientHeight);
    const observer = new ResizeObserver(() => setHeight(el.clientHeight));
    observer.observe(el);
    return () => observer.disconnect();
  }, [ref]);
  return height;
}
