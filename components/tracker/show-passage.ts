/**
 * A tracker cell's click: the background shows the passage in an open tab of its report, or opens
 * one ('page/showPassage', lib/page/passage-tab.ts). Should the background not answer, the link
 * opens as a plain link would, so a click is never lost.
 */

import type { SideCell } from '../../lib/collection/tracker-view';
import { defaultSender, sendMessage, type Sender } from '../../lib/messages';

const openLink = (url: string) => void window.open(url, '_blank', 'noopener');

export async function showSidePassage(cell: Pick<SideCell, 'side' | 'link'>, send: Sender = defaultSender, open: (url: string) => void = openLink): Promise<void> {
  try {
    await sendMessage('page/showPassage', { link: cell.link, start: cell.side.start, end: cell.side.end }, send);
  } catch {
    open(cell.link);
  }
}
