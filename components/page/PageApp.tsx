import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { IndicatorId } from '../../lib/store/records';
import type { PageSession } from '../../lib/page/session';
import type { Box } from '../../lib/page/selection';
import { ItemCard, type CardActions } from './ItemCard';
import { MarksLayer } from './MarksLayer';
import { NoticeBar } from './NoticeBar';
import type { Viewport } from './position';
import { SelectionButton } from './SelectionButton';
import { SummaryBadge } from './SummaryBadge';
import { SummaryPanel, type SummaryActions } from './SummaryPanel';
import type { PageTextProps } from './text';
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

/** Everything the annotator shows on a page, in its shadow root: marks, card, selection button, summary, notices. */
export function PageApp({ session, t, language }: PageAppProps) {
  const view = useObservable(session.view);
  const viewport = useViewport();
  const corner = useRef<HTMLDivElement>(null);
  // What the card must not cover: our own summary and notices.
  const obstacles = (): Box[] => {
    const r = corner.current?.getBoundingClientRect();
    return r && r.width > 0 ? [{ top: r.top, left: r.left, bottom: r.bottom, right: r.right }] : [];
  };
  const card: CardActions = {
    addTag: (key, text) => session.addTag(key, text),
    removeTag: (key, tag) => void session.removeTag(key, tag),
    setNote: (key, note) => void session.setNote(key, note),
    setKind: (key, kind) => void session.setKind(key, kind),
    setMeaning: (key, meaning) => void session.setMeaning(key, meaning),
    collect: (key) => void session.collect(key),
    dismiss: (key) => void session.dismiss(key),
    close: () => session.closeCard(),
    step: (direction) => session.step(direction),
    hover: (inside) => session.cardHover(inside),
    focusWithin: (inside) => session.cardFocus(inside),
  };
  // A new function when the tracker's records of the place change: an open card asks again.
  const { trackerVersion } = view;
  const loadHistory = useCallback((indicator: IndicatorId) => session.history(indicator), [session, trackerVersion]);
  // The focus follows the reader between the badge and the open summary (not on page load).
  const [moved, setMoved] = useState<'panel' | 'badge' | null>(null);
  const summary: SummaryActions = {
    collapse: () => {
      setMoved('badge');
      void session.setLayout({ expanded: false });
    },
    closeCard: () => session.closeCard(),
    move: (to) => void session.setLayout({ corner: to }),
    toggleKind: (kind, shown) => session.setKindShown(kind, shown),
    showItem: (key) => session.showItem(key),
    forgetSite: () => void session.forgetSite(),
    askAlways: () => void session.askAlways(),
  };
  const { layout } = view;
  return (
    <>
      <MarksLayer marks={view.marks} />
      {view.selection && <SelectionButton box={view.selection.box} viewport={viewport} onMark={() => void session.markSelection()} t={t} />}
      <div class={`corner corner-${layout.corner}`} ref={corner}>
        {view.notice && <NoticeBar notice={view.notice} onUndo={() => void session.undo()} onClose={() => session.dismissNotice()} t={t} />}
        {view.visible && layout.expanded && <SummaryPanel view={view} actions={summary} takeFocus={moved === 'panel'} cardOpen={view.card !== null} t={t} />}
        {view.visible && !layout.expanded && (
          <SummaryBadge
            summary={view.summary}
            failed={view.error !== null}
            takeFocus={moved === 'badge'}
            onExpand={() => {
              setMoved('panel');
              void session.setLayout({ expanded: true });
            }}
            t={t}
          />
        )}
      </div>
      {view.card && <ItemCard card={view.card} knownTags={view.tags} recentTags={view.recentTags} viewport={viewport} obstacles={obstacles} actions={card} loadHistory={loadHistory} t={t} language={language} />}
    </>
  );
}
