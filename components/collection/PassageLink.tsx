import type { ComponentChildren } from 'preact';
import { itemLink } from '../../lib/collection/export';
import { onPlainClick } from './plain-click';
import type { ItemRecord, ReportRecord } from '../../lib/store/records';

export interface PassageLinkProps {
  item: ItemRecord;
  report: ReportRecord | undefined;
  /** Opens the report at the passage through the extension (a plain left click). */
  onOpen: () => void;
  class?: string;
  title?: string;
  children: ComponentChildren;
}

/**
 * A link to an item's passage. A plain click opens it through the extension (which re-finds
 * and highlights it); a modified click or a copied link keeps the URL with its text fragment.
 */
export function PassageLink({ item, report, onOpen, class: className, title, children }: PassageLinkProps) {
  return (
    <a
      class={className}
      href={itemLink(item, report) || undefined}
      title={title}
      target="_blank"
      rel="noopener"
      onClick={onPlainClick(onOpen)}
    >
      {children}
    </a>
  );
}
