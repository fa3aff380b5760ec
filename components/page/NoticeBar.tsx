import { isErrorNotice, type Notice } from '../../lib/page/view';
import type { PageTextProps } from './text';
import { trusted } from './trusted';

export interface NoticeBarProps extends Pick<PageTextProps, 't'> {
  notice: Notice;
  onUndo(): void;
  onClose(): void;
}

/** A short message after an action ("已忽略一条 · 撤销"), or what went wrong. */
export function NoticeBar({ notice, onUndo, onClose, t }: NoticeBarProps) {
  return (
    <div class={`notice ${isErrorNotice(notice.key) ? 'notice-error' : ''}`} role={isErrorNotice(notice.key) ? 'alert' : 'status'}>
      <span>{t(notice.key, notice.params)}</span>
      {notice.undo && (
        <button type="button" class="link" onClick={trusted(onUndo)}>
          {t('undo')}
        </button>
      )}
      <button type="button" class="icon-button" aria-label={t('close')} onClick={trusted(onClose)}>
        ×
      </button>
    </div>
  );
}
