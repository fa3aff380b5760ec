import { useMemo, useState } from 'preact/hooks';
import { KIND_COLOURS } from '../../lib/page/highlighter';
import { outlineSize, searchOutline, type OutlineSection } from '../../lib/page/outline';
import type { PageTextProps } from './text';
import { trusted } from './trusted';

export interface OutlineListProps extends Pick<PageTextProps, 't'> {
  sections: readonly OutlineSection[];
  onShow(key: string): void;
}

/** The report's items by section, searchable; choosing one scrolls to it and opens its card. */
export function OutlineList({ sections, onShow, t }: OutlineListProps) {
  const [query, setQuery] = useState('');
  const shown = useMemo(() => searchOutline(sections, query), [sections, query]);
  const total = outlineSize(sections);
  return (
    <div class="outline" id="report-annotator-outline">
      <input
        class="outline-search"
        type="search"
        value={query}
        placeholder={t('outlineSearch')}
        aria-label={t('outlineSearch')}
        onInput={trusted((e) => setQuery(e.currentTarget.value))}
      />
      <p class="muted outline-count" role="status">
        {t('outlineCount', { shown: outlineSize(shown), total })}
      </p>
      {shown.length === 0 ? (
        <p class="muted">{t('outlineEmpty')}</p>
      ) : (
        <div class="outline-list">
          {shown.map((section, i) => (
            <section key={`${i}:${section.title}`} class="outline-section" aria-label={section.title || t('noSection')}>
              <h3 class="outline-heading">{section.title || t('noSection')}</h3>
              <ul>
                {section.entries.map((e) => (
                  <li key={e.key}>
                    <button
                      type="button"
                      class="outline-item"
                      data-key={e.key}
                      style={{ '--kind': KIND_COLOURS[e.kind].strong }}
                      onClick={trusted(() => onShow(e.key))}
                    >
                      <span class="outline-kind">{t(`kind_${e.kind}`)}</span> {e.quote}
                    </button>
                  </li>
                ))}
              </ul>
            </section>
          ))}
        </div>
      )}
    </div>
  );
}
