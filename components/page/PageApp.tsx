import { useEffect, useState } from 'preact/hooks';
import type { PageSession } from '../../lib/page/session';
import { ItemCard, type CardActions } from './ItemCard';
import { MarksLayer } from './MarksLayer';
import { NoticeBar } from './NoticeBar';
import type { Viewport } from './position';
import { SelectionButton } from './SelectionButton';
import { SummaryPanel } from './SummaryPanel';
import type { PageTextProps } from './text';
import { trusted } from './trusted';
import { useObservable } from './use-observable';

export interface PageAppProps extends PageTextProps {
  session: PageSession;
}

function useViewport(): Viewport {
  const read = () => ({ width: window.innerWidth, height: window.innerHeight });
  const [viewport, setViewport] = useState(read);
  useEffect(() => {
    const onResize = () => setViewport(read());
    window.addEventListener('resize', onResize);
    return () => window.removeEventListener('resize', onResize);
  }, []);
  return viewport;
}

/** Everything the annotator shows on a page, in its shadow root: summary, card, selection button, notices. */
export function PageApp({ session, t, language }: PageAppProps) {
  const view = useObservable(session.view);
  const viewport = useViewport();
  const actions: CardActions = {
    addTag: (key, text) => session.addTag(key, text),
    removeTag: (key, tag) => void session.removeTag(key, tag),
    setNote: (key, note) => void session.setNote(key, note),
    setKind: (key, kind) => void session.setKind(key, kind),
    collect: (key) => void session.collect(key),
    dismiss: (key) => void session.dismiss(key),
    close: () => session.closeCard(),
    step: (direction) => session.step(direction),
    hover: (inside) => session.cardHover(inside),
    focusWithin: (inside) => session.cardFocus(inside),
  };
  return (
    <>
      <MarksLayer marks={view.marks} />
      {view.card && <ItemCard card={view.card} knownTags={view.tags} viewport={viewport} actions={actions} t={t} language={language} />}
      {view.selection && <SelectionButton box={view.selection.box} viewport={viewport} onMark={() => void session.markSelection()} t={t} />}
      <div class="corner">
        {view.notice && <NoticeBar notice={view.notice} onUndo={() => void session.undo()} onClose={() => session.dismissNotice()} t={t} />}
        {view.visible && !view.collapsed && (
          <SummaryPanel view={view} onCollapse={() => void session.setCollapsed(true)} onForgetSite={() => void session.forgetSite()} t={t} />
        )}
        {view.visible && view.collapsed && (
          <button type="button" class="pill" onClick={trusted(() => void session.setCollapsed(false))}>
            <span class="logo" aria-hidden="true">
              标
            </span>
            {t('showSummary', { count: view.summary.total })}
          </button>
        )}
      </div>
    </>
  );
}
