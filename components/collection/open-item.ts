/**
 * Open a collected item's report at its passage (the popup's list, the collection page's rows and
 * details): in the report's open tab when there is one, scrolled there with the item's card open,
 * else in a new tab at a link whose text fragment the browser scrolls to even without the
 * extension. The same path as a tracker cell's click (show-passage.ts).
 */

import { itemLink } from '../../lib/collection/export';
import type { Sender } from '../../lib/messages';
import type { PassageRequest } from '../../lib/page/passage-tab';
import type { ItemRecord, ReportRecord } from '../../lib/store/records';
import { askBackgroundToShowPassage, type ShownBy } from './show-passage';

/** What the background is asked for an item: its link, its stored offsets, and its id, under which its page shows it. */
export function passageRequestOf(item: ItemRecord, report: ReportRecord | undefined): PassageRequest {
  const { start, end } = item.selector.position;
  return { link: itemLink(item, report), start, end, itemId: item.id };
}

export function openItem(item: ItemRecord, report: ReportRecord | undefined, send?: Sender, open?: (url: string) => void): Promise<ShownBy> {
  return askBackgroundToShowPassage(passageRequestOf(item, report), send, open);
}
