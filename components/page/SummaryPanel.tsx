import { KIND_COLOURS } from '../../lib/page/highlighter';
import type { PageView } from '../../lib/page/view';
import { ITEM_KINDS } from '../../lib/store/records';
import { NotFoundList } from './NotFoundList';
import type { PageTextProps } from './text';
import { trusted } from './trusted';

export interface SummaryPanelProps extends Pick<PageTextProps, 't'> {
  view: Pick<PageView, 'summary' | 'notFound' | 'site' | 'error' | 'cut'>;
  onCollapse(): void;
  onForgetSite(): void;
}

/** The small on-page summary: counts by kind, collected and tagged, what was not found, the shortcut. */
export function SummaryPanel({ view, onCollapse, onForgetSite, t }: SummaryPanelProps) {
  const { summary, notFound, site, error, cut } = view;
  const phase = summary.state;
  return (
    <section class="summary" aria-label={t('appName')}>
      <header class="summary-head">
        <span class="logo" aria-hidden="true">
          标
        </span>
        <strong>{t('appName')}</strong>
        <button type="button" class="link summary-hide" onClick={trusted(onCollapse)}>
          {t('hideSummary')}
        </button>
      </header>
      {phase === 'running' && <p class="muted">{t('reading')}</p>}
      {phase === 'no-text' && <p>{t('noText')}</p>}
      {error && (
        <p class="error" role="alert">
          {t('failed', { reason: error })}
        </p>
      )}
      {cut && (
        <p class="warn" role="status">
          {t('textCut', { read: cut.read.toLocaleString('en-US'), total: cut.total.toLocaleString('en-US') })}
        </p>
      )}
      {phase === 'ready' && summary.total === 0 && <p>{t('noItems')}</p>}
      {phase === 'ready' && summary.total > 0 && (
        <>
          <div class="counts">
            {ITEM_KINDS.map((k) => (
              <span key={k} class="count" data-kind={k} style={{ '--kind': KIND_COLOURS[k].strong, '--fill': KIND_COLOURS[k].fill }}>
                {t(`kinds_${k}`)} <b>{summary.found[k]}</b>
              </span>
            ))}
          </div>
          <p class="muted stats">
            {t('collectedCount', { count: summary.collected })} · {t('taggedCount', { count: summary.tagged })}
          </p>
        </>
      )}
      <NotFoundList items={notFound} t={t} />
      {phase === 'ready' && summary.total > 0 && <p class="hint">{t('shortcutHint')}</p>}
      {site?.granted && (
        <p class="hint">
          {t('alwaysOnHere')} ·{' '}
          <button type="button" class="link" onClick={trusted(onForgetSite)}>
            {t('stopAlwaysOn')}
          </button>
        </p>
      )}
      {site && !site.builtIn && !site.granted && site.pattern && <p class="hint">{t('alwaysOnHint')}</p>}
    </section>
  );
}
