/** HTML → the report's main text, on a server-side DOM (linkedom), as the content script does. */

import { parseHTML } from 'linkedom';
import { mainTextOf } from '../lib/page/main-text';

export function htmlToReportText(html: string): { title: string; text: string } {
  const { document } = parseHTML(withDocumentStructure(html));
  return mainTextOf(document as unknown as Document);
}

const BODY_TAG = /<body[\s>]/i;
const HTML_TAG = /<\/?html(?:\s[^>]*)?>/gi;
const DOCTYPE = /^\uFEFF?\s*<!doctype[^>]*>/i;
const HEAD_END = /<\/head\s*>/i;
const TITLE = /<title[\s>][\s\S]*?<\/title\s*>/i;

/**
 * A browser builds <html>, <head> and <body> around whatever a file leaves out
 * (`<!doctype html><p>…` is a whole page to it); linkedom does not, and makes the first element
 * the root, so the text would be lost. The missing elements are written in here: what stood before
 * </head> (or a lone <title>) goes into the head, the rest into the body. A page that has its
 * <body> is left as it is, but for an <html> around it.
 */
export function withDocumentStructure(html: string): string {
  const hasBody = BODY_TAG.test(html);
  if (hasBody && /<html[\s>]/i.test(html)) return html;
  let rest = html.replace(DOCTYPE, '').replace(HTML_TAG, '');
  if (hasBody) return `<!doctype html><html>${rest}</html>`;
  let head = '';
  const headEnd = HEAD_END.exec(rest);
  if (headEnd) {
    head = rest.slice(0, headEnd.index).replace(/<head(?:\s[^>]*)?>/i, '');
    rest = rest.slice(headEnd.index + headEnd[0].length);
  } else {
    const title = TITLE.exec(rest);
    if (title) {
      head = title[0];
      rest = rest.slice(0, title.index) + rest.slice(title.index + title[0].length);
    }
  }
  return `<!doctype html><html><head>${head}</head><body>${rest}</body></html>`;
}
