/** The background's store handlers, through the JSON transport the browser uses (lib/messages). */
import { describe, expect, it, vi } from 'vitest';
import { importBackup } from '../../components/collection/actions';
import { serialiseBackup } from '../../lib/backup/format';
import { createMessageRouter, sendMessage, type BackgroundMessageType, type MessageHandlers, type Sender } from '../../lib/messages';
import { createStoreHandlers } from '../../lib/store/handlers';
import { AnnotatorService } from '../../lib/store/service';
import { backupOf, populate, snapshot } from '../backup/fixtures';
import { clock, counterIds, freshDb } from './helpers';

function background(name: string) {
  const db = freshDb(name);
  const service = new AnnotatorService(db, { now: clock(), newId: counterIds() });
  const onChange = vi.fn();
  const handlers: MessageHandlers<BackgroundMessageType> = createStoreHandlers(service, { onChange });
  const router = createMessageRouter(handlers);
  const messages: string[] = [];
  const send: Sender = async (message) => {
    messages.push((message as { type: string }).type);
    const reply = router(JSON.parse(JSON.stringify(message)), {});
    return reply === undefined ? undefined : JSON.parse(JSON.stringify(await reply));
  };
  return { db, service, send, onChange, messages };
}

describe('a backup larger than one message carries', () => {
  it('goes to the background in parts and is imported whole, as one file', async () => {
    const from = background('from');
    await populate(from.service);
    const text = serialiseBackup(await backupOf(from.db));
    const to = background('to');

    const outcome = await importBackup(text, 1000, to.send);
    expect(outcome.ok && outcome.summary.items.added).toBe(6);
    expect(to.messages.length).toBe(Math.ceil(text.length / 1000));
    expect(new Set(to.messages)).toEqual(new Set(['backup/importPart']));
    expect(await snapshot(to.db)).toEqual(await snapshot(from.db));
    expect(to.onChange).toHaveBeenCalledTimes(1); // once, when the whole file is in
  });

  it('a small file goes in one message, and a part alone imports nothing', async () => {
    const to = background('small');
    expect((await importBackup('{"format":"other"}', 1000, to.send)).ok).toBe(false);
    expect(to.messages).toEqual(['backup/import']);
    expect(await sendMessage('backup/importPart', { upload: 'u', index: 0, count: 2, text: '{' }, to.send)).toBeNull();
    expect(await to.db.items.count()).toBe(0);
  });
});
