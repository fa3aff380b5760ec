/**
 * The report's main text of a page: @mozilla/readability on a clone of the document (the live
 * page is never touched), then block-aware text so paragraphs never run together. The content
 * script and the command line share it, so both see the same text and the same offsets.
 */

import { Readability } from '@mozilla/readability';
import { buildTextMap } from '../anchoring/text-map';

export interface MainText {
  title: string;
  text: string;
  /** False when Readability found no article and the whole body was read instead. */
  fromArticle: boolean;
}

/** Readability drops short pages; a report digest of a few paragraphs still counts. */
const CHAR_THRESHOLD = 200;

/**
 * Readability's HTML parsed into a detached document: inert, nothing in it loads or runs, and
 * no innerHTML write on a node of ours (which web-ext lint rightly flags).
 */
function inertBody(document_: Document, html: string): Node {
  const Parser = (document_.defaultView as (Window & typeof globalThis) | null)?.DOMParser ?? globalThis.DOMParser;
  const parsed = new Parser().parseFromString(`<!doctype html><html><body>${html}</body></html>`, 'text/html');
  return parsed.body ?? parsed.documentElement;
}

export function mainTextOf(document_: Document): MainText {
  const clone = document_.cloneNode(true) as Document;
  let article: ReturnType<Readability<string>['parse']> = null;
  try {
    article = new Readability(clone, { charThreshold: CHAR_THRESHOLD }).parse();
  } catch {
    article = null; // a page Readability cannot read falls back to the body below
  }
  const title = (article?.title || document_.title || '').trim();
  if (article?.content) {
    const text = buildTextMap(inertBody(document_, article.content)).text.trim();
    if (text) return { title, text, fromArticle: true };
  }
  const body = document_.body ?? document_.documentElement;
  return { title, text: body ? buildTextMap(body).text.trim() : '', fromArticle: false };
}
