import type { Notice } from '../../lib/page/session';
import type { PageTextProps } from './text';

export interface NoticeBarProps extends Pick<PageTextProps, 't'> {
  notice: Notice;
  onUndo(): void;
  onClose(): void;
}

/** A short message after an action ("已忽略一条 · 撤销"), or what went wrong. */
export function NoticeBar({ notice, onUndo, onClose, t }: NoticeBarProps) {
  return (
    <div class={`notice ${notice.key === 'failed' ? 'notice-error' : ''}`} role={notice.key === 'failed' ? 'alert' : 'status'}>
      <span>{t(notice.key, notice.params)}</span>
      {notice.undo && (
        <button type="button" class="link" onClick={onUndo}>
          {t('undo')}
        </button>
      )}
      <button type="button" class="icon-button" aria-label={t('close')} onClick={onClose}>
        ×
      </button>
    </div>
  );
}
