/** Writes, all through the background's messages (lib/messages.ts). */

import { sendMessage, errorText } from '../../lib/messages';
import type { ItemPatch, ItemRecord } from '../../lib/store/records';

export const updateItem = (id: string, patch: ItemPatch) => sendMessage('items/update', { id, patch });
export const deleteItems = (ids: string[]) => sendMessage('items/delete', { ids });
export const restoreItems = (records: ItemRecord[]) => sendMessage('items/restore', { records });
export const bulkTag = (ids: string[], tag: string) => sendMessage('items/bulkTag', { ids, tag });
export const bulkUntag = (ids: string[], tag: string) => sendMessage('items/bulkUntag', { ids, tag });
export const renameTag = (from: string, to: string) => sendMessage('tags/rename', { from, to });
export const deleteTag = (name: string) => sendMessage('tags/delete', { name });
export const setTagColour = (name: string, colour: string) => sendMessage('tags/setColour', { name, colour });
export const exportBackup = () => sendMessage('backup/export', {});
export const importBackup = (text: string) => sendMessage('backup/import', { data: text });
export const clearAll = () => sendMessage('db/clear', {});

export { errorText };
