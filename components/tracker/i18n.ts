import { language } from '../collection/i18n';
import { trackerTranslator } from '../../lib/i18n/tracker';

export { language };
/** The tracker view's strings, in the browser's language (the same choice as the rest of the page). */
export const tt = trackerTranslator(language);
