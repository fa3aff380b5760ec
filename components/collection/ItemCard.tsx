import { useRef } from 'preact/hooks';
import { formatFigure } from '../../lib/format';
import type { ItemPatch, ItemRecord, ReportRecord, TagRecord } from '../../lib/store/records';
import { ItemEditor } from './ItemEditor';
import { Icon } from './Icon';
import { KindBadge } from './KindBadge';
import { TagChip } from './TagChip';
import { language, t } from './i18n';
import { PassageLink } from './PassageLink';

export interface ItemCardProps {
  item: ItemRecord;
  report: ReportRecord | undefined;
  knownTags: ReadonlyMap<string, TagRecord>;
  editing: boolean;
  opening: boolean;
  onEdit: (editing: boolean) => void;
  onPatch: (patch: ItemPatch) => void;
  onDelete: () => void;
  onOpen: () => void;
  onCopy: () => void;
}

/**
 * One collected item in the popup: kind, figure, quote (a link to the passage), tags and note;
 * edit (Escape closes the editor and returns to its button), copy as citation, delete.
 */
export function ItemCard({ item, report, knownTags, editing, opening, onEdit, onPatch, onDelete, onOpen, onCopy }: ItemCardProps) {
  const figure = formatFigure(item, language);
  const editButton = useRef<HTMLButtonElement>(null);
  const close = () => {
    onEdit(false);
    editButton.current?.focus();
  };
  return (
    <div
      class={`item-card kind-edge-${item.kind} ${editing ? 'is-editing' : ''}`}
      role="listitem"
      data-item-id={item.id}
      aria-label={item.selector.quote.exact}
      onKeyDown={(e) => {
        if (editing && e.key === 'Escape') {
          e.preventDefault(); // in the toolbar popup, Escape would close the popup itself
          close();
        }
      }}
    >
      <div class="item-head">
        <KindBadge kind={item.kind} />
        {item.metric && <span class="item-metric">{item.metric}</span>}
        {figure && <span class="item-figure">{figure}</span>}
        {item.status === 'orphaned' && <span class="item-status">{t('status_orphaned')}</span>}
        <span class="item-actions">
          <button type="button" class="icon-btn" aria-label={t('copyCitation')} title={t('copyCitationTitle')} onClick={onCopy}>
            <Icon name="quote" />
          </button>
          <button ref={editButton} type="button" class="icon-btn" aria-pressed={editing} aria-label={t('editItem')} title={t('editItem')} onClick={() => onEdit(!editing)}>
            <Icon name="edit" />
          </button>
          <button type="button" class="icon-btn icon-btn-danger" aria-label={t('deleteItem')} title={t('deleteItem')} onClick={onDelete}>
            <Icon name="trash" />
          </button>
        </span>
      </div>
      <PassageLink class="item-quote" item={item} report={report} onOpen={onOpen} title={t('openAtPassage')}>
        {opening ? t('opening') : item.selector.quote.exact}
      </PassageLink>
      {editing ? (
        <ItemEditor item={item} knownTags={knownTags} onPatch={onPatch} onDone={close} autoFocus />
      ) : (
        <div class="item-meta">
          {item.tags.map((tag) => (
            <TagChip key={tag} name={tag} colour={knownTags.get(tag)?.colour} />
          ))}
          {item.note && (
            <span class="item-note" title={item.note}>
              {item.note}
            </span>
          )}
        </div>
      )}
    </div>
  );
}
