import type { Language, Translator } from '../../lib/i18n';
import type { PAGE_TEXT } from '../../lib/i18n/page';

/** The on-page UI's translator and language, passed down from PageApp. */
export interface PageTextProps {
  t: Translator<typeof PAGE_TEXT>;
  language: Language;
}
