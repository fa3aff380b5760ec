import type { ItemKind } from '../../lib/store/records';
import { t } from './i18n';

export interface KindBadgeProps {
  kind: ItemKind;
}

/** The kind's label on its colour: target blue, result green, commitment amber. */
export function KindBadge({ kind }: KindBadgeProps) {
  return <span class={`kind-badge kind-${kind}`}>{t(`kind_${kind}`)}</span>;
}
