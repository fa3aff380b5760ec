import { isQuotaError } from '../../lib/collection/import-file';
import { collectionTranslator } from '../../lib/i18n/collection';
import { detectLanguage } from '../../lib/i18n';
import { errorText } from '../../lib/messages';

export const language = detectLanguage();
/** The UI strings of the popup and the collection page, in the browser's language. */
export const t = collectionTranslator(language);

/** A failure as the reader should read it: a full disk says so. */
export function failureText(e: unknown): string {
  const reason = errorText(e);
  return isQuotaError(reason) ? t('quotaExceeded', { reason }) : reason;
}
