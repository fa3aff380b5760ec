import { formatDateTime, formatFigure, reportName } from '../../lib/format';
import type { ItemPatch, ItemRecord, ReportRecord, TagRecord } from '../../lib/store/records';
import { ItemEditor } from './ItemEditor';
import { KindBadge } from './KindBadge';
import { language, t } from './i18n';
import { PassageLink } from './PassageLink';
import { ReportIdentityLine } from './ReportIdentityLine';

export interface ItemDetailsProps {
  item: ItemRecord;
  report: ReportRecord | undefined;
  knownTags: ReadonlyMap<string, TagRecord>;
  onPatch: (patch: ItemPatch) => void;
  onDelete: () => void;
  onOpen: () => void;
  onCopy: () => void;
  onClose: () => void;
  /** The reader corrected which report this is. */
  onIdentitySaved?: () => void;
}

/** One item in full, beside the table: the whole quote in context, a link to the passage, tags and note to edit. */
export function ItemDetails({ item, report, knownTags, onPatch, onDelete, onOpen, onCopy, onClose, onIdentitySaved }: ItemDetailsProps) {
  const { prefix, exact, suffix } = item.selector.quote;
  const figure = formatFigure(item, language);
  return (
    <aside class="details" aria-labelledby="details-title" onKeyDown={(e) => e.key === 'Escape' && onClose()}>
      <div class="details-head">
        <KindBadge kind={item.kind} />
        <h2 id="details-title">{item.metric || t(`kind_${item.kind}`)}</h2>
        <button type="button" class="icon-btn" aria-label={t('closeDetails')} title={t('closeDetails')} onClick={onClose}>
          ×
        </button>
      </div>
      {figure && <p class="details-figure">{figure}</p>}
      <blockquote class="details-quote">
        <span class="ctx">…{prefix}</span>
        <mark class={`kind-mark kind-${item.kind}`}>{exact}</mark>
        <span class="ctx">{suffix}…</span>
      </blockquote>
      <p class="details-report">
        <PassageLink item={item} report={report} onOpen={onOpen}>
          {reportName(report, item.reportId)} ↗
        </PassageLink>
        {item.section && <span class="muted"> · {item.section}</span>}
      </p>
      {report && (
        <p class="details-identity">
          <ReportIdentityLine report={report} onSaved={onIdentitySaved} />
        </p>
      )}
      <p class="muted details-time">
        {t('col_createdAt')} {formatDateTime(item.createdAt)} · {t(`status_${item.status}`)}
      </p>
      <ItemEditor key={item.id} item={item} knownTags={knownTags} onPatch={onPatch} noteRows={5} />
      <div class="details-actions">
        <button type="button" class="btn btn-small" title={t('copyCitationTitle')} onClick={onCopy}>
          {t('copyCitation')}
        </button>
        <button type="button" class="btn btn-small" onClick={onDelete}>
          {t('delete')}
        </button>
      </div>
    </aside>
  );
}
