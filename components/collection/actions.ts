/** Writes, all through the background's messages (lib/messages.ts). */

import { PART_CHARS, textParts } from '../../lib/collection/import-file';
import type { ImportOutcome } from '../../lib/backup/import';
import { defaultSender, sendMessage, errorText, type Sender } from '../../lib/messages';
import type { ItemPatch, ItemRecord, ReportIdentity } from '../../lib/store/records';

export const updateItem = (id: string, patch: ItemPatch) => sendMessage('items/update', { id, patch });
export const deleteItems = (ids: string[]) => sendMessage('items/delete', { ids });
export const restoreItems = (records: ItemRecord[]) => sendMessage('items/restore', { records });
export const bulkTag = (ids: string[], tag: string) => sendMessage('items/bulkTag', { ids, tag });
export const bulkUntag = (ids: string[], tag: string) => sendMessage('items/bulkUntag', { ids, tag });
export const renameTag = (from: string, to: string) => sendMessage('tags/rename', { from, to });
export const deleteTag = (name: string) => sendMessage('tags/delete', { name });
export const setTagColour = (name: string, colour: string) => sendMessage('tags/setColour', { name, colour });
/** Import a backup file's text: in one message, or in parts when it is larger than one may carry. */
export async function importBackup(text: string, partChars: number = PART_CHARS, send: Sender = defaultSender): Promise<ImportOutcome> {
  if (text.length <= partChars) return sendMessage('backup/import', { data: text }, send);
  const parts = textParts(text, partChars);
  const upload = globalThis.crypto.randomUUID();
  for (let index = 0; index < parts.length; index++) {
    const outcome = await sendMessage('backup/importPart', { upload, index, count: parts.length, text: parts[index]! }, send);
    if (outcome) return outcome;
  }
  throw new Error('导入没有结果 / the import gave no outcome');
}
export const clearAll = () => sendMessage('db/clear', {});
/** The reader's correction of a report's identity (null: read it from the report's text again). */
export const setReportIdentity = (reportId: string, identity: ReportIdentity | null) => sendMessage('report/setIdentity', { reportId, identity });
/** Take a report out of the tracker, or put it back. */
export const setTracked = (reportId: string, included: boolean) => sendMessage('tracker/setIncluded', { reportId, included });

export { errorText };
