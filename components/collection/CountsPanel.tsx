import { useState } from 'preact/hooks';
import type { CollectionFilter } from '../../lib/collection/filter';
import { toggled } from '../../lib/collection/filter';
import type { NamedCount } from '../../lib/collection/counts';
import { defaultTagColour, type ReportRecord, type TagRecord } from '../../lib/store/records';
import { Icon } from './Icon';
import { ReportCounts } from './ReportCounts';
import { TagChip } from './TagChip';
import { TagManager } from './TagManager';
import { t } from './i18n';

export interface CountsPanelProps {
  id?: string;
  /** False while the counts are still being read (every item is read first). */
  counted?: boolean;
  filter: CollectionFilter;
  onChange: (filter: CollectionFilter) => void;
  reportCounts: NamedCount[];
  tagCounts: NamedCount[];
  reports: ReadonlyMap<string, ReportRecord>;
  tags: ReadonlyMap<string, TagRecord>;
  onResult: (tone: 'success' | 'error', text: string) => void;
}

/** Per-report (with each report's place, year and genre) and per-tag counts; each entry is a toggle that filters by it. */
export function CountsPanel({ id, counted = true, filter, onChange, reportCounts, tagCounts, reports, tags, onResult }: CountsPanelProps) {
  const [managing, setManaging] = useState<string | null>(null);
  return (
    <nav id={id} class="counts-panel" aria-label={`${t('byReport')} / ${t('byTag')}`}>
      <ReportCounts filter={filter} onChange={onChange} reportCounts={reportCounts} reports={reports} />
      <section>
        <div class="counts-head">
          <h2>{t('byTag')}</h2>
          {filter.tags.length > 1 && (
            <button
              type="button"
              class="btn-link"
              onClick={() => onChange({ ...filter, tagMatch: filter.tagMatch === 'all' ? 'any' : 'all' })}
            >
              {filter.tagMatch === 'all' ? t('tagMatchAll') : t('tagMatchAny')}
            </button>
          )}
        </div>
        {tagCounts.length ? (
          <ul>
            {tagCounts.map((c) => (
              <li key={c.key}>
                <div class="count-line">
                  <button
                    type="button"
                    class="count-btn"
                    aria-pressed={filter.tags.includes(c.key)}
                    onClick={() => onChange({ ...filter, tags: toggled(filter.tags, c.key) })}
                  >
                    <TagChip name={c.key} colour={tags.get(c.key)?.colour} />
                    <span class="count-num">{c.count}</span>
                  </button>
                  <button
                    type="button"
                    class="icon-btn manage-btn"
                    aria-expanded={managing === c.key}
                    aria-label={t('manageTag', { tag: c.key })}
                    title={t('manageTag', { tag: c.key })}
                    onClick={() => setManaging(managing === c.key ? null : c.key)}
                  >
                    <Icon name="edit" size={13} />
                  </button>
                </div>
                {managing === c.key && (
                  <TagManager
                    name={c.key}
                    colour={tags.get(c.key)?.colour ?? defaultTagColour(c.key)}
                    count={c.count}
                    onResult={onResult}
                    onClose={() => setManaging(null)}
                  />
                )}
              </li>
            ))}
          </ul>
        ) : (
          <p class="muted">{counted ? t('noTags') : t('loading')}</p>
        )}
      </section>
    </nav>
  );
}
