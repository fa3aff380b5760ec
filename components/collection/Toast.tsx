import type { ToastState } from './use-toast';
import { t } from './i18n';

export interface ToastProps {
  toast: ToastState | null;
  onUndo: () => void;
  onDismiss: () => void;
}

/** Status messages, and the Undo offer after a delete. Announced to screen readers (a failure at once). */
export function Toast({ toast, onUndo, onDismiss }: ToastProps) {
  return (
    <div class="toast-region" role="status" aria-live={toast?.tone === 'error' ? 'assertive' : 'polite'}>
      {toast && (
        <div key={toast.id} class={`toast toast-${toast.tone}`} data-testid="toast">
          <div class="toast-body">
            <p class="toast-text">{toast.text}</p>
            {toast.details && (
              <ul class="toast-details">
                {toast.details.map((d, i) => (
                  <li key={i}>{d}</li>
                ))}
              </ul>
            )}
          </div>
          {toast.undo && (
            <span class="toast-timer" style={{ animationDuration: `${Math.max(0, toast.undo.deadline - Date.now())}ms` }} aria-hidden="true" />
          )}
          {toast.undo && (
            <button type="button" class="btn btn-small toast-undo" onClick={onUndo}>
              {t('undo')}
            </button>
          )}
          <button type="button" class="toast-close" aria-label={t('dismiss')} title={t('dismiss')} onClick={onDismiss}>
            ×
          </button>
        </div>
      )}
    </div>
  );
}
