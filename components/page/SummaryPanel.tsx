import { useEffect, useRef, useState } from 'preact/hooks';
import type { ItemKind } from '../../lib/store/records';
import type { Corner, PageView } from '../../lib/page/view';
import { CornerPicker } from './CornerPicker';
import { KindToggles } from './KindToggles';
import { NotFoundList } from './NotFoundList';
import { OutlineList } from './OutlineList';
import { SiteOffer } from './SiteOffer';
import type { PageTextProps } from './text';
import { trusted } from './trusted';

export interface SummaryActions {
  collapse(): void;
  /** Escape with a card open closes the card first. */
  closeCard(): void;
  move(corner: Corner): void;
  toggleKind(kind: ItemKind, shown: boolean): void;
  showItem(key: string): void;
  forgetSite(): void;
  askAlways(): void;
}

export interface SummaryPanelProps extends Pick<PageTextProps, 't'> {
  view: Pick<PageView, 'summary' | 'notFound' | 'site' | 'siteAsked' | 'error' | 'cut' | 'hiddenKinds' | 'outline' | 'layout'>;
  actions: SummaryActions;
  /** Opened from its badge: the focus moves in (not when the page opens with it open). */
  takeFocus: boolean;
  cardOpen: boolean;
}

/** Below this width the outline covers the report: it closes once the reader picked an item. */
const WIDE_ENOUGH_FOR_OUTLINE = 1100;

/**
 * The summary, open: counts by kind (toggles that show or hide a kind on the page), collected and
 * tagged, the outline of the items, what was not found, the site's setting, and where it stands.
 * Escape shrinks it back to its badge.
 */
export function SummaryPanel({ view, actions, takeFocus, cardOpen, t }: SummaryPanelProps) {
  const { summary, notFound, error, cut } = view;
  const [outlineOpen, setOutlineOpen] = useState(false);
  const root = useRef<HTMLElement>(null);
  const outlineButton = useRef<HTMLButtonElement>(null);
  const closeOutline = () => {
    setOutlineOpen(false);
    outlineButton.current?.focus();
  };
  useEffect(() => {
    if (takeFocus) root.current?.focus();
  }, [takeFocus]);
  const show = (key: string) => {
    if (window.innerWidth < WIDE_ENOUGH_FOR_OUTLINE) setOutlineOpen(false);
    actions.showItem(key);
  };
  const phase = summary.state;
  const ready = phase === 'ready' && summary.total > 0;
  return (
    <section
      ref={root}
      class="summary"
      tabIndex={-1}
      aria-label={t('summaryLabel')}
      onKeyDown={trusted((e) => {
        if (e.key !== 'Escape') return;
        e.preventDefault();
        if (cardOpen) actions.closeCard();
        else if (outlineOpen) closeOutline();
        else actions.collapse();
      })}
    >
      <header class="summary-head">
        <span class="logo" aria-hidden="true">
          标
        </span>
        <h2 class="summary-title">{t('appName')}</h2>
        {ready && (
          <button
            ref={outlineButton}
            type="button"
            class="link outline-toggle"
            aria-expanded={outlineOpen}
            aria-controls="report-annotator-outline"
            onClick={trusted(() => setOutlineOpen(!outlineOpen))}
          >
            {t('outline')}
          </button>
        )}
        <button type="button" class="link summary-hide" aria-expanded="true" onClick={trusted(actions.collapse)}>
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
      {ready && (
        <>
          <KindToggles found={summary.found} hidden={view.hiddenKinds} onToggle={actions.toggleKind} t={t} />
          <p class="muted stats">
            {t('collectedCount', { count: summary.collected })} · {t('taggedCount', { count: summary.tagged })}
          </p>
        </>
      )}
      {ready && outlineOpen && <OutlineList sections={view.outline} onShow={show} t={t} />}
      <NotFoundList items={notFound} t={t} />
      {ready && <p class="hint">{t('shortcutHint')}</p>}
      <SiteOffer site={view.site} asked={view.siteAsked} onForget={actions.forgetSite} onAsk={actions.askAlways} t={t} />
      <CornerPicker corner={view.layout.corner} onMove={actions.move} t={t} />
    </section>
  );
}
