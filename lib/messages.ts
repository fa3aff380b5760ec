/**
 * The ONE message protocol between the extension's contexts:
 * content script ↔ background ↔ popup / collection page.
 *
 * Every message type is declared once, in {@link MessageMap}, with its request
 * and response types. Wire format: `{type, payload}` in, `{ok: true, value} |
 * {ok: false, error}` out, so a failure in the background reaches the caller as
 * a clear Error message rather than `undefined`. Everything on the wire must be
 * JSON-safe (Chrome serialises runtime messages as JSON): no Dates, Maps,
 * undefined-as-value, or functions.
 *
 * This module only imports types, and never touches `browser`/`chrome` at import
 * time, so content scripts and Node tests can import it.
 *
 * Background:
 *   const router = createMessageRouter(createStoreHandlers(service));   // lib/store/handlers.ts
 *   browser.runtime.onMessage.addListener(toCallbackListener(router));
 * Caller:
 *   const items = await sendMessage('items/forReport', { reportId });
 *   await sendMessage('page/extractNow', {}, (m) => browser.tabs.sendMessage(tabId, m));
 */

import type { BackupFile } from './backup/format';
import type { ImportOutcome } from './backup/import';
import type { UploadPart } from './backup/upload';
import type { IndicatorId } from './extract/indicators';
import type { ExtractedItem, ReportIdentity } from './extract/types';
import type { Reparse } from './page/rederive';
import type { PageSummary, SiteStatus } from './page/summary';
import type { PassageOutcome, PassageRequest } from './page/passage-tab';
import type { HeadlineFigure, HeadlineRecord, ItemDraft, ItemPatch, ItemRecord, ItemStatus, ReportRecord, TagRecord } from './store/records';
import type { PageInfo, SaveItemsResult, TagSummary } from './store/service';
import type { FigureHistory } from './store/tracker-history';

type Empty = Record<string, never>;

/**
 * Handled by the background, which alone writes the database. Extension pages read it
 * directly, read-only, with liveQuery (components/collection/db.ts), so there are no list queries here.
 */
export interface BackgroundMessageMap {
  /**
   * A report page was opened: create/update its record, with the identity read from its text
   * (kept if the reader corrected it) and, when it reads like a report, its headline figures.
   */
  'report/visit': { request: PageInfo; response: ReportRecord };
  /** The reader's correction of a report's identity; null gives it back to the reading of its text. */
  'report/setIdentity': { request: { reportId: string; identity: ReportIdentity | null }; response: ReportRecord };
  /** Take a report out of the tracker (included false), or put it back. Null: the report has no figures yet. */
  'tracker/setIncluded': { request: { reportId: string; included: boolean }; response: HeadlineRecord | null };
  /**
   * A headline figure's other years, for its card: the tracker's rows (target, result, status) of
   * the report's place for one indicator. Values and words only, no other report's address or text.
   */
  'tracker/history': { request: { reportId: string; indicator: IndicatorId }; response: FigureHistory };

  /** Every item of a report (any status), in page order. */
  'items/forReport': { request: { reportId: string }; response: ItemRecord[] };
  /** Store auto-detected items (idempotent). */
  'items/save': { request: { reportId: string; items: ItemDraft[] }; response: SaveItemsResult };
  'items/addManual': { request: { reportId: string; item: ItemDraft }; response: ItemRecord };
  'items/update': { request: { id: string; patch: ItemPatch }; response: ItemRecord };
  'items/setStatus': { request: { ids: string[]; status: ItemStatus }; response: ItemRecord[] };
  /**
   * The extractor's new reading of stored auto items found again on their report's page
   * (lib/page/rederive.ts); items marked by hand or corrected by the reader are left as they are.
   * Returns the records that changed.
   */
  'items/reparse': { request: { reportId: string; items: Reparse[] }; response: ItemRecord[] };
  'items/bulkTag': { request: { ids: string[]; tag: string }; response: ItemRecord[] };
  'items/bulkUntag': { request: { ids: string[]; tag: string }; response: ItemRecord[] };
  /** Returns the deleted records; send them back with 'items/restore' to undo. */
  'items/delete': { request: { ids: string[] }; response: ItemRecord[] };
  'items/restore': { request: { records: ItemRecord[] }; response: { restored: number } };

  'tags/list': { request: Empty; response: TagSummary[] };
  'tags/setColour': { request: { name: string; colour: string }; response: TagRecord };
  'tags/rename': { request: { from: string; to: string }; response: { changed: number } };
  'tags/delete': { request: { name: string }; response: { changed: number } };

  'backup/export': { request: Empty; response: BackupFile };
  /** `data`: the file's text, or its parsed JSON. Validation problems come back in the outcome, not as an error. */
  'backup/import': { request: { data: unknown }; response: ImportOutcome };
  /** A backup file's text in parts (lib/backup/upload.ts); the last part's answer is the import's outcome. */
  'backup/importPart': { request: UploadPart; response: ImportOutcome | null };
  'db/clear': { request: Empty; response: null };
}

/**
 * Handled by the background too, but by the page annotator's side of it (entrypoints/background.ts),
 * not by the store: running the content script on request, extraction, site access.
 */
export interface PageControlMessageMap {
  /**
   * Run the annotator on a tab now (the popup's "在此页运行"). Needs access to the tab: the popup
   * being open grants activeTab. Injects the content script when it is not there yet, asks it to
   * run even if the page does not read like a report, and answers with its summary.
   */
  'page/runOnTab': { request: { tabId: number }; response: PageSummary };
  /**
   * Extract items from a report's main text: the content script sends it here so the work runs off
   * the page's thread. At most MAX_EXTRACT_CHARS are read; long lines are read in pieces, other
   * messages answered between them (lib/page/extract-budget.ts).
   */
  'page/extract': { request: { text: string }; response: ExtractedItem[] };
  /**
   * Read a report page's main text: its items (as 'page/extract'), which report it is (place,
   * level, year, genre, from the text, the page's title and address) and its headline figures for
   * the tracker. The content script records the last two with 'report/visit'.
   */
  'page/read': { request: { text: string; title: string; url: string }; response: PageReading };
  /**
   * Show a passage of a report (a tracker cell, a popup item, a collection row): focus a tab that
   * already shows the report, its annotator scrolled to the passage and the card open, or else open
   * a new tab at the link, whose card opens once it has loaded (lib/page/passage-tab.ts).
   * From extension pages only.
   */
  'page/showPassage': { request: PassageRequest; response: PassageOutcome };
  /** Whether the annotator runs by itself on the site of `url` (*.gov.cn, or a site the reader granted). */
  'site/status': { request: { url: string }; response: SiteStatus };
  /** Stop running by itself on a site the reader had granted: the permission is removed, and with it the registration. */
  'site/forget': { request: { url: string }; response: SiteStatus };
  /**
   * "Always run on this site", asked on the page: a content script cannot ask the browser for a
   * permission, so the background opens grant.html for the site, which asks on the reader's click
   * and then sends 'page/siteChanged' to the tab.
   */
  'site/askAlways': { request: { url: string }; response: null };
}

/** What the background reads in a report page's main text ('page/read'). */
export interface PageReading {
  items: ExtractedItem[];
  report: ReportIdentity;
  headlines: HeadlineFigure[];
}

/** Handled by the content script of a tab (send with `browser.tabs.sendMessage(tabId, …)`). */
export interface ContentMessageMap {
  /**
   * Run on the page now, even if it does not read like a report (the reader asked); answers once
   * the highlights are shown. `found`: items highlighted; `added`: items stored by the run
   * (always 0: detected items are stored when the reader acts on them, see 'page/collectAll').
   */
  'page/extractNow': { request: Empty; response: { reportId: string; found: number; added: number } };
  /** Scroll to and flash an item's highlight, and open its card. */
  'page/focusItem': { request: { id: string }; response: { found: boolean } };
  /** What the annotator found on the page: counts by kind, how many are collected, tagged, not found. */
  'page/summary': { request: Empty; response: PageSummary };
  /**
   * Store every detected item of the page that is not stored yet ("collect all").
   * `added`: newly stored; `collected`: stored (active) items of the page afterwards; `ids`: the
   * records just stored (delete them to undo).
   */
  'page/collectAll': { request: Empty; response: { added: number; collected: number; ids: string[] } };
  /** The reader granted or refused "always run on this site" (grant.html): show the site's status again. */
  'page/siteChanged': { request: Empty; response: null };
}

/**
 * Sent by the background after a change, to the content scripts of the tabs showing the report.
 * Extension pages get no message: they watch the database with liveQuery.
 */
export interface BroadcastMessageMap {
  /** Something changed: for one report, or for everything (null, e.g. after import or clear). */
  'items/changed': { request: { reportId: string | null }; response: null };
  /**
   * What a card's other years show changed for the tab's report's place (a report of the place
   * stored, corrected, taken out of the tracker; an import): an open card asks 'tracker/history'
   * again. Sent only to tabs whose report is of a place concerned; it names none.
   */
  'tracker/changed': { request: Empty; response: null };
}

export interface MessageMap
  extends BackgroundMessageMap,
    PageControlMessageMap,
    ContentMessageMap,
    BroadcastMessageMap {}

export type MessageType = keyof MessageMap;
export type BackgroundMessageType = keyof BackgroundMessageMap;
export type PageControlMessageType = keyof PageControlMessageMap;
export type ContentMessageType = keyof ContentMessageMap;
export type BroadcastMessageType = keyof BroadcastMessageMap;

export type Request<K extends MessageType> = MessageMap[K]['request'];
export type Response<K extends MessageType> = MessageMap[K]['response'];

export type Message = { [K in MessageType]: { type: K; payload: Request<K> } }[MessageType];

export type Envelope<T> = { ok: true; value: T } | { ok: false; error: string };

/** Whatever delivers a message and resolves with the other side's reply (runtime.sendMessage, tabs.sendMessage…). */
export type Sender = (message: Message) => Promise<unknown>;

export type Handler<K extends MessageType, S = unknown> = (payload: Request<K>, sender: S) => Promise<Response<K>>;

export type MessageHandlers<K extends MessageType = MessageType, S = unknown> = { [P in K]: Handler<P, S> };

/** The error a failed request rejects with; `message` is the other side's error text. */
export class MessageError extends Error {
  override name = 'MessageError';
  constructor(
    readonly type: string,
    message: string,
  ) {
    super(message);
  }
}

type RuntimeLike = { runtime?: { sendMessage?: (message: unknown) => Promise<unknown> } };

/**
 * `runtime.sendMessage`, looked up when called (never at import time): the
 * `browser` global (Firefox, or WXT's) if present, else `chrome` (MV3: returns a promise).
 */
export const defaultSender: Sender = (message) => {
  const g = globalThis as { browser?: RuntimeLike; chrome?: RuntimeLike };
  const runtime = g.browser?.runtime ?? g.chrome?.runtime;
  if (!runtime?.sendMessage) {
    return Promise.reject(
      new MessageError(message.type, '此环境没有扩展消息通道 / no extension messaging in this context'),
    );
  }
  return runtime.sendMessage(message);
};

const isEnvelope = (x: unknown): x is Envelope<unknown> =>
  typeof x === 'object' && x !== null && typeof (x as { ok?: unknown }).ok === 'boolean';

/** Send a typed request and resolve with the unwrapped response; rejects with {@link MessageError}. */
export async function sendMessage<K extends MessageType>(
  type: K,
  payload: Request<K>,
  send: Sender = defaultSender,
): Promise<Response<K>> {
  let reply: unknown;
  try {
    reply = await send({ type, payload } as Message);
  } catch (e) {
    throw new MessageError(type, `${type}：发送失败 / sending failed: ${errorText(e)}`);
  }
  if (!isEnvelope(reply)) {
    throw new MessageError(type, `${type}：没有处理程序应答 / no handler answered`);
  }
  if (!reply.ok) throw new MessageError(type, reply.error);
  return reply.value as Response<K>;
}

export function errorText(e: unknown): string {
  if (e instanceof Error) return e.message || e.name;
  if (typeof e === 'string') return e;
  try {
    return JSON.stringify(e) ?? String(e);
  } catch {
    return String(e);
  }
}

/** A {type, payload} object whose type is one of `types`. */
export function isMessage<K extends MessageType>(x: unknown, types: Iterable<K>): x is Extract<Message, { type: K }> {
  if (typeof x !== 'object' || x === null) return false;
  const t = (x as { type?: unknown }).type;
  for (const k of types) if (k === t) return true;
  return false;
}

export type Router<S = unknown> = (message: unknown, sender: S) => Promise<Envelope<unknown>> | undefined;

/**
 * A listener dispatching to `handlers`. Returns undefined for anything that is
 * not one of the handled message types (so other listeners may answer), else a
 * promise of the envelope: `{ok: true, value}` or, when the handler throws or
 * rejects, `{ok: false, error: message}`. Never rejects.
 *
 * Pass the full set for a context, e.g. `MessageHandlers<BackgroundMessageType>`
 * for the background, so a missing handler is a type error.
 */
export function createMessageRouter<K extends MessageType, S = unknown>(handlers: MessageHandlers<K, S>): Router<S> {
  const table = handlers as unknown as Record<string, Handler<MessageType, S>>;
  const types = new Set(Object.keys(table));
  return (message, sender) => {
    if (typeof message !== 'object' || message === null) return undefined;
    const { type, payload } = message as { type?: unknown; payload?: unknown };
    if (typeof type !== 'string' || !types.has(type)) return undefined;
    const handler = table[type]!;
    return (async (): Promise<Envelope<unknown>> => {
      try {
        const value = await handler((payload ?? {}) as never, sender);
        return { ok: true, value: value === undefined ? null : value };
      } catch (e) {
        return { ok: false, error: errorText(e) };
      }
    })();
  };
}

/**
 * Adapt a router to the callback style of `runtime.onMessage` (return true and
 * call sendResponse later), which every Chrome version supports; returning a
 * promise from the listener is not supported everywhere.
 */
export function toCallbackListener<S>(
  router: Router<S>,
): (message: unknown, sender: S, sendResponse: (response: unknown) => void) => boolean {
  return (message, sender, sendResponse) => {
    const reply = router(message, sender);
    if (!reply) return false;
    void reply.then(sendResponse);
    return true;
  };
}
