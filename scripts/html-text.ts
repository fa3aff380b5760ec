/** HTML → the report's main text, on a server-side DOM (linkedom), as the content script does. */

import { parseHTML } from 'linkedom';
import { mainTextOf } from '../lib/page/main-text';

export function htmlToReportText(html: string): { title: string; text: string } {
  const { document } = parseHTML(html);
  return mainTextOf(document as unknown as Document);
}
