import { useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { Translator } from '../../lib/i18n';
import type { PAGE_TEXT } from '../../lib/i18n/page';
import { sendMessage } from '../../lib/messages';
import { grantSite, hostOfPattern, isGrantablePattern, type GrantApi } from '../../lib/page/site-access';

export interface GrantPageProps {
  /** The site's match pattern (https://www.example.org/*). */
  site: string;
  /** The tab whose summary asked: told the answer ('page/siteChanged'). */
  tabId: number | null;
  t: Translator<typeof PAGE_TEXT>;
  /** Test seams. */
  api?: GrantApi;
  close?: () => void;
}

const browserApi: GrantApi = {
  request: (origins) => browser.permissions.request({ origins }),
  tell: (id) => sendMessage('page/siteChanged', {}, (m) => browser.tabs.sendMessage(id, m)),
};

const CLOSE_AFTER_MS = 1500;

/**
 * "Always run on this site", asked where the browser lets us ask: a page of the extension (a
 * content script cannot call permissions.request, in Chrome or Firefox). The request is made in
 * the click's own handler, with nothing awaited before it, as Firefox requires.
 */
export function GrantPage({
  site,
  tabId,
  t,
  api = browserApi,
  close = () => window.close(),
}: GrantPageProps) {
  const [outcome, setOutcome] = useState<'granted' | 'refused' | null>(null);
  if (!isGrantablePattern(site)) return <p role="alert">{t('grantBadSite')}</p>;
  const allow = () => {
    void grantSite(site, tabId, api).then((granted) => {
      setOutcome(granted ? 'granted' : 'refused');
      setTimeout(close, CLOSE_AFTER_MS);
    });
  };
  return (
    <>
      <h1>{t('grantTitle')}</h1>
      <p>{t('grantText', { site: hostOfPattern(site) })}</p>
      {outcome === null ? (
        <div class="actions">
          <button type="button" class="primary" onClick={allow}>
            {t('grantAllow')}
          </button>
          <button type="button" onClick={() => close()}>
            {t('grantCancel')}
          </button>
        </div>
      ) : (
        <p role="status">{outcome === 'granted' ? t('grantDone') : t('grantRefused')}</p>
      )}
    </>
  );
}
