import { useState } from 'preact/hooks';
import type { PageTextProps } from './text';
import { trusted } from './trusted';

export interface NotFoundListProps extends Pick<PageTextProps, 't'> {
  items: readonly { id: string; quote: string }[];
}

/** Saved items the page no longer shows: counted, and listed on demand. They stay in the collection. */
export function NotFoundList({ items, t }: NotFoundListProps) {
  const [open, setOpen] = useState(false);
  if (items.length === 0) return null;
  return (
    <div class="not-found">
      <button type="button" class="link warn" aria-expanded={open} onClick={trusted(() => setOpen(!open))}>
        {open ? '▾' : '▸'} {t('notFoundCount', { count: items.length })}
      </button>
      {open && (
        <>
          <p class="muted">{t('notFoundHint')}</p>
          <ul class="not-found-list">
            {items.map((item) => (
              <li key={item.id}>{item.quote}</li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
