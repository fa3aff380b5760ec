import { afterEach, describe, expect, it, test, vi } from 'vitest';
import {
  MessageError,
  createMessageRouter,
  defaultSender,
  sendMessage,
  toCallbackListener,
  type BackgroundMessageType,
  type Message,
  type MessageHandlers,
  type Router,
  type Sender,
} from '../lib/messages';
import { serialiseBackup } from '../lib/backup/format';
import { createStoreHandlers } from '../lib/store/handlers';
import { AnnotatorService } from '../lib/store/service';
import { D_GDP, D_JOBS, URL_A, clock, counterIds, freshDb } from './store/helpers';

/** A sender that goes straight to a router, through JSON as Chrome's messaging does. */
function loopback<S>(router: Router<S>, sender: S): Sender {
  return async (message) => {
    const reply = router(JSON.parse(JSON.stringify(message)), sender);
    return reply === undefined ? undefined : JSON.parse(JSON.stringify(await reply));
  };
}

describe('createMessageRouter', () => {
  const handlers = {
    'items/forReport': vi.fn(async (p: { reportId: string }, sender: { tab?: number }) => [
      { id: `${p.reportId}@${sender.tab}` },
    ]),
    'tags/list': vi.fn(async () => {
      throw new Error('数据库已关闭 / database closed');
    }),
    'db/clear': vi.fn(async () => undefined as unknown as null),
    'backup/export': vi.fn(() => Promise.reject('plain string rejection')),
  } as unknown as MessageHandlers<'items/forReport' | 'tags/list' | 'db/clear' | 'backup/export', { tab?: number }>;
  const router = createMessageRouter(handlers);

  it('dispatches by type with the payload and the sender', async () => {
    await expect(router({ type: 'items/forReport', payload: { reportId: 'r' } }, { tab: 7 })).resolves.toEqual({
      ok: true,
      value: [{ id: 'r@7' }],
    });
    expect(handlers['items/forReport']).toHaveBeenCalledWith({ reportId: 'r' }, { tab: 7 });
  });

  test.each([
    ['a thrown Error', { type: 'tags/list', payload: {} }, '数据库已关闭 / database closed'],
    ['a rejected non-Error', { type: 'backup/export', payload: {} }, 'plain string rejection'],
  ])('wraps %s as {ok: false, error}', async (_name, message, error) => {
    await expect(router(message, {})).resolves.toEqual({ ok: false, error });
  });

  it('turns an undefined result into null (JSON-safe)', async () => {
    await expect(router({ type: 'db/clear', payload: {} }, {})).resolves.toEqual({ ok: true, value: null });
  });

  test.each([
    ['an unknown type', { type: 'items/explode', payload: {} }],
    ['a type this router does not handle', { type: 'items/update', payload: {} }],
    ['an inherited property name', { type: 'constructor', payload: {} }],
    ['no type', { payload: {} }],
    ['null', null],
    ['a string', 'items/forReport'],
  ])('returns undefined for %s', (_name, message) => {
    expect(router(message, {})).toBeUndefined();
  });

  it('adapts to callback-style onMessage listeners', async () => {
    const listener = toCallbackListener(router);
    const sendResponse = vi.fn();
    expect(listener({ type: 'items/forReport', payload: { reportId: 'r' } }, { tab: 1 }, sendResponse)).toBe(true);
    await vi.waitFor(() => expect(sendResponse).toHaveBeenCalledWith({ ok: true, value: [{ id: 'r@1' }] }));
    expect(listener({ type: 'ping' }, {}, sendResponse)).toBe(false);
  });
});

describe('sendMessage', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('sends {type, payload} and unwraps the value', async () => {
    const send = vi.fn(async () => ({ ok: true, value: { changed: 2 } }));
    await expect(sendMessage('tags/rename', { from: 'a', to: 'b' }, send)).resolves.toEqual({ changed: 2 });
    expect(send).toHaveBeenCalledWith({ type: 'tags/rename', payload: { from: 'a', to: 'b' } });
  });

  test.each<[string, Sender, string]>([
    ['an error reply', async () => ({ ok: false, error: '找不到条目 x / item x not found' }), '找不到条目 x / item x not found'],
    ['no reply (no listener answered)', async () => undefined, 'tags/list：没有处理程序应答 / no handler answered'],
    ['a failing transport', async () => Promise.reject(new Error('Receiving end does not exist.')), 'tags/list：发送失败 / sending failed: Receiving end does not exist.'],
  ])('rejects with a MessageError on %s', async (_name, send, message) => {
    const p = sendMessage('tags/list', {}, send);
    await expect(p).rejects.toBeInstanceOf(MessageError);
    await expect(p).rejects.toThrow(message);
    await expect(p).rejects.toMatchObject({ type: 'tags/list' });
  });

  it('by default uses runtime.sendMessage, looked up only when sending', async () => {
    vi.stubGlobal('browser', undefined);
    const chromeSend = vi.fn(async (m: Message) => ({ ok: true, value: m.type }));
    vi.stubGlobal('chrome', { runtime: { sendMessage: chromeSend } });
    await expect(sendMessage('tags/list', {})).resolves.toBe('tags/list');

    const browserSend = vi.fn(async () => ({ ok: true, value: 'from browser' }));
    vi.stubGlobal('browser', { runtime: { sendMessage: browserSend } });
    await expect(sendMessage('tags/list', {})).resolves.toBe('from browser');
    expect(chromeSend).toHaveBeenCalledTimes(1);
  });

  it('fails clearly where there is no extension messaging', async () => {
    vi.stubGlobal('browser', undefined);
    vi.stubGlobal('chrome', undefined);
    await expect(defaultSender({ type: 'tags/list', payload: {} })).rejects.toThrow(
      '此环境没有扩展消息通道 / no extension messaging in this context',
    );
  });

  it('is typed per message (compile-time checks)', () => {
    const send: Sender = async () => ({ ok: true, value: [] });
    // @ts-expect-error payload of the wrong shape
    void sendMessage('items/forReport', { id: 'x' }, send).catch(() => {});
    // @ts-expect-error unknown message type
    void sendMessage('items/explode', {}, send).catch(() => {});
    const ok: Promise<{ id: string }[]> = sendMessage('items/forReport', { reportId: 'x' }, send);
    void ok;
  });
});

describe('background protocol end to end (router + store handlers + JSON transport)', () => {
  function background() {
    const db = freshDb('e2e');
    const service = new AnnotatorService(db, { now: clock(), newId: counterIds() });
    const onChange = vi.fn();
    const handlers: MessageHandlers<BackgroundMessageType> = createStoreHandlers(service, { onChange });
    const send = loopback(createMessageRouter(handlers), { tab: { id: 1 } });
    return { db, send, onChange };
  }

  it('covers a reading session: visit, save, tag, delete, undo, export, clear, import', async () => {
    const { send, onChange } = background();
    const report = await sendMessage('report/visit', { url: `${URL_A}#p3`, title: '报告' }, send);
    expect(report.id).toBe(URL_A);

    const saved = await sendMessage('items/save', { reportId: report.id, items: [D_GDP(), D_JOBS()] }, send);
    expect(saved.added).toHaveLength(2);
    expect((await sendMessage('items/save', { reportId: report.id, items: [D_GDP()] }, send)).added).toHaveLength(0);
    expect(onChange).toHaveBeenCalledTimes(1);
    expect(onChange).toHaveBeenLastCalledWith(URL_A);

    const [gdp, jobs] = saved.items;
    await sendMessage('items/update', { id: gdp!.id, patch: { tags: ['重点'], note: 'GDP' } }, send);
    await sendMessage('items/bulkTag', { ids: [gdp!.id, jobs!.id], tag: '经济' }, send);
    expect(await sendMessage('items/forReport', { reportId: URL_A }, send)).toMatchObject([
      { id: gdp!.id, tags: ['重点', '经济'] },
      { id: jobs!.id, tags: ['经济'] },
    ]);
    expect(await sendMessage('tags/list', {}, send)).toMatchObject([
      { name: '经济', count: 2 },
      { name: '重点', count: 1 },
    ]);

    const deleted = await sendMessage('items/delete', { ids: [jobs!.id] }, send);
    expect(await sendMessage('items/forReport', { reportId: URL_A }, send)).toHaveLength(1);
    expect(await sendMessage('items/restore', { records: deleted }, send)).toEqual({ restored: 1 });
    const all = await sendMessage('items/forReport', { reportId: URL_A }, send);
    expect(all).toHaveLength(2);

    const backup = await sendMessage('backup/export', {}, send);
    expect(await sendMessage('db/clear', {}, send)).toBeNull();
    expect(await sendMessage('backup/export', {}, send)).toMatchObject({ reports: [], items: [], tags: [] });
    const outcome = await sendMessage('backup/import', { data: serialiseBackup(backup) }, send);
    expect(outcome.ok).toBe(true);
    expect(await sendMessage('items/forReport', { reportId: URL_A }, send)).toEqual(all);
    expect(onChange).toHaveBeenLastCalledWith(null);
  });

  it('returns validation problems of an import as data, and service errors as MessageErrors', async () => {
    const { send, db } = background();
    const outcome = await sendMessage('backup/import', { data: { format: 'nope' } }, send);
    expect(outcome).toEqual({ ok: false, errors: [{ zh: expect.stringMatching(/^这不是报告标注的备份文件/), en: expect.stringMatching(/^This is not a Report Annotator backup/) }] });
    await expect(sendMessage('items/update', { id: 'missing', patch: { note: 'x' } }, send)).rejects.toThrow(
      '找不到条目 missing / item missing not found',
    );
    await expect(sendMessage('items/save', { reportId: 'https://unknown/', items: [] }, send)).rejects.toThrow(/no such report/);
    expect(await db.items.count()).toBe(0);
  });
});
