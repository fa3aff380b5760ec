import type { SiteStatus } from '../../lib/page/summary';
import type { PageTextProps } from './text';
import { trusted } from './trusted';

export interface SiteOfferProps extends Pick<PageTextProps, 't'> {
  site: SiteStatus | null;
  /** The reader asked; the confirmation window is open. */
  asked: boolean;
  onForget(): void;
  onAsk(): void;
}

/**
 * Whether the annotator runs by itself on this site: "runs by itself · stop" on a granted site,
 * and, after the reader ran it on request elsewhere, the offer to always run here.
 */
export function SiteOffer({ site, asked, onForget, onAsk, t }: SiteOfferProps) {
  if (!site || site.builtIn || !site.pattern) return null;
  if (site.granted) {
    return (
      <p class="hint site-status">
        {t('alwaysOnHere')} ·{' '}
        <button type="button" class="link" onClick={trusted(onForget)}>
          {t('stopAlwaysOn')}
        </button>
      </p>
    );
  }
  return (
    <div class="site-offer">
      <button type="button" class="btn btn-small always-on" disabled={asked} onClick={trusted(onAsk)}>
        {t('alwaysOnOffer')}
      </button>
      <p class="hint" role="status">
        {asked ? t('alwaysOnAsked') : t('alwaysOnOfferHint')}
      </p>
    </div>
  );
}
