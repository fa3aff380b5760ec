/** A tracker cell's click: its side's passage, through the one path every passage click takes (../collection/show-passage.ts). */

import type { SideCell } from '../../lib/collection/tracker-view';
import type { Sender } from '../../lib/messages';
import { showPassage } from '../collection/show-passage';

export async function showSidePassage(cell: Pick<SideCell, 'side' | 'link'>, send?: Sender, open?: (url: string) => void): Promise<void> {
  await showPassage({ link: cell.link, start: cell.side.start, end: cell.side.end }, send, open);
}
