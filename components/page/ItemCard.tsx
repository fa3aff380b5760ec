import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { isEditable } from '../../lib/page/editable';
import { readingOf } from '../../lib/page/page-items';
import type { Box } from '../../lib/page/selection';
import type { CardView } from '../../lib/page/view';
import type { IndicatorId, ItemKind } from '../../lib/store/records';
import type { FigureHistory as History } from '../../lib/store/tracker-history';
import { FigureHistory } from './FigureHistory';
import { ItemFacts } from './ItemFacts';
import { MeaningEditor } from './MeaningEditor';
import { KindPicker } from './KindPicker';
import { NoteEditor } from './NoteEditor';
import { floatNear, type Viewport } from './position';
import { TagEditor } from './TagEditor';
import type { PageTextProps } from './text';
import { trusted } from './trusted';

export interface CardActions {
  /** Resolves true once stored. */
  addTag(key: string, text: string): Promise<boolean>;
  removeTag(key: string, tag: string): void;
  setNote(key: string, note: string): void;
  setKind(key: string, kind: ItemKind): void;
  /** The reader's correction of what the item measures. */
  setMeaning(key: string, meaning: { metric: string; indicator: IndicatorId | null }): void;
  collect(key: string): void;
  dismiss(key: string): void;
  close(): void;
  step(direction: 1 | -1): void;
  hover(inside: boolean): void;
  focusWithin(inside: boolean): void;
}

export interface ItemCardProps extends PageTextProps {
  card: CardView;
  knownTags: readonly string[];
  recentTags: readonly string[];
  viewport: Viewport;
  /** Our own UI the card must not cover (the summary), read after each render. */
  obstacles(): Box[];
  actions: CardActions;
  /** A headline figure's other years (stable across renders: the card asks again when it changes). */
  loadHistory(indicator: IndicatorId): Promise<History | null>;
}

const WIDTH = 340;
const WANTED_HEIGHT = 400;

/** The card of one item: what was read in it, and what the reader can do with it. */
export function ItemCard({ card, knownTags, recentTags, viewport, obstacles, actions, loadHistory, t, language }: ItemCardProps) {
  const reading = readingOf(card.item);
  const root = useRef<HTMLDivElement>(null);
  const tagInput = useRef<HTMLInputElement>(null);
  const { key, via, busy } = card;

  // Keyboard: the card takes focus (Tab reaches its controls); a new hand-marked item: the tag input.
  // A layout effect: the focus is there before the reader's next key.
  useLayoutEffect(() => {
    if (via === 'new') tagInput.current?.focus();
    else if (via === 'keyboard') root.current?.focus({ preventScroll: true });
  }, [key, via]);

  // The summary may change size or corner while the card is open: measured after each render.
  const [avoid, setAvoid] = useState<Box[]>(obstacles);
  useLayoutEffect(() => {
    const now = obstacles();
    if (JSON.stringify(now) !== JSON.stringify(avoid)) setAvoid(now);
  });

  // A press on the card (on 收藏, say): years that arrive meanwhile wait until it ends. Shown at
  // once, they would push the buttons below them away from under the pointer, the release would
  // land elsewhere, and the click would be lost. The hold ends a task after the release, once the
  // click it makes has reached its button.
  // Only the main button clicks: a right press opens the context menu, which may swallow its release.
  // A drag, a menu or leaving the window ends the press too, so the years are never held for good.
  const [pressed, setPressed] = useState(false);
  const releaseRef = useRef<(() => void) | null>(null);
  useEffect(() => () => releaseRef.current?.(), []);
  const onPointerDown = trusted((e: PointerEvent) => {
    if (!e.isPrimary || e.button !== 0) return;
    const win = (e.currentTarget as Node).ownerDocument?.defaultView ?? window;
    const ends = ['pointerup', 'pointercancel', 'dragend', 'contextmenu', 'blur'] as const;
    releaseRef.current?.();
    const release = () => {
      for (const type of ends) win.removeEventListener(type, release, true);
      releaseRef.current = null;
      win.setTimeout(() => setPressed(false), 0);
    };
    for (const type of ends) win.addEventListener(type, release, true);
    releaseRef.current = release;
    setPressed(true);
  });

  const position = floatNear(card.box, WIDTH, WANTED_HEIGHT, viewport, avoid);
  const style = {
    left: `${position.left}px`,
    ...(position.top !== undefined ? { top: `${position.top}px` } : { bottom: `${position.bottom}px` }),
    maxHeight: `${position.maxHeight}px`,
    width: `${WIDTH}px`,
  };
  const kindLabel = t(`kind_${reading.kind}`);
  return (
    <div
      ref={root}
      class={`card card-${reading.kind}`}
      role="dialog"
      aria-label={t('cardLabel', { kind: kindLabel, quote: reading.quote })}
      tabIndex={-1}
      style={style}
      data-item={key}
      onPointerDown={onPointerDown}
      onMouseEnter={trusted(() => actions.hover(true))}
      onMouseLeave={trusted(() => actions.hover(false))}
      onFocusIn={trusted(() => actions.focusWithin(true))}
      onFocusOut={trusted((e) => {
        const next = e.relatedTarget as Node | null;
        if (!next || !e.currentTarget.contains(next)) actions.focusWithin(false);
      })}
      onKeyDown={trusted((e) => {
        if (e.key === 'Escape') {
          e.preventDefault();
          actions.close();
          return;
        }
        if (isEditable(e.target) || e.isComposing || e.ctrlKey || e.metaKey || e.altKey) return;
        if (e.key === 'j' || e.key === 'J') actions.step(1);
        if (e.key === 'k' || e.key === 'K') actions.step(-1);
      })}
    >
      <div class="card-head">
        <KindPicker kind={reading.kind} disabled={busy} onChange={(kind) => actions.setKind(key, kind)} t={t} />
        <button type="button" class="icon-button" aria-label={t('close')} title={t('close')} onClick={trusted(() => actions.close())}>
          ×
        </button>
      </div>
      <blockquote class="quote">{reading.quote}</blockquote>
      <ItemFacts reading={reading} corrected={card.item.record?.parsedByReader === true} t={t} language={language} />
      {reading.indicator && reading.kind !== 'commitment' && <FigureHistory indicator={reading.indicator} load={loadHistory} hold={pressed} t={t} language={language} />}
      {reading.kind !== 'commitment' && (
        <MeaningEditor
          metric={reading.metric}
          indicator={reading.indicator}
          disabled={busy}
          onSave={(meaning) => actions.setMeaning(key, meaning)}
          t={t}
          language={language}
        />
      )}
      <TagEditor
        tags={reading.tags}
        known={knownTags}
        recent={recentTags}
        disabled={busy}
        inputRef={tagInput}
        onAdd={(text) => actions.addTag(key, text)}
        onRemove={(tag) => actions.removeTag(key, tag)}
        t={t}
      />
      <NoteEditor note={reading.note} disabled={busy} onSave={(note) => actions.setNote(key, note)} t={t} />
      <div class="card-actions">
        {reading.stored ? (
          <span class="badge">{reading.manual ? t('manual') : t('collected')}</span>
        ) : (
          <button type="button" class="btn btn-primary" disabled={busy} onClick={trusted(() => actions.collect(key))}>
            {t('collect')}
          </button>
        )}
        {busy && <span class="muted">{t('saving')}</span>}
        <button type="button" class="btn btn-quiet" disabled={busy} onClick={trusted(() => actions.dismiss(key))}>
          {reading.manual ? t('delete') : t('dismiss')}
        </button>
      </div>
    </div>
  );
}
