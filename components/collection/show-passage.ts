/**
 * Every click that opens a passage (a popup item, a collection row, a tracker cell) goes here: the
 * background shows it in an open tab of its report, scrolled there with its card open, or opens a
 * new tab at it ('page/showPassage', lib/page/passage-tab.ts). Should the background refuse or not
 * answer, the link opens as a plain link would, so a click is never lost; a passage with no link
 * (a report whose address is no web page) is an error for the caller to show.
 */

import { defaultSender, sendMessage, type Sender } from '../../lib/messages';
import { NOT_A_WEB_PAGE, type PassageOutcome, type PassageRequest } from '../../lib/page/passage-tab';

const openLink = (url: string) => void window.open(url, '_blank', 'noopener');

/** How the passage was shown: in a tab by the background, or as a plain link ('link'). */
export type ShownBy = PassageOutcome['tab'] | 'link';

/** A page's request: the background is asked to show the passage in a tab ('page/showPassage'), else the link opens as a plain link. */
export async function askBackgroundToShowPassage(
  request: PassageRequest,
  send: Sender = defaultSender,
  open: (url: string) => void = openLink,
): Promise<ShownBy> {
  if (!request.link) throw new Error(NOT_A_WEB_PAGE);
  try {
    return (await sendMessage('page/showPassage', request, send)).tab;
  } catch {
    open(request.link);
    return 'link';
  }
}
