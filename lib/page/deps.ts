/**
 * What the page session is given by its content script: the document, the page's address, the
 * channel to the background, per-site preferences, the painter, and (for tests) timers and a
 * pacer. Browser globals are defaults, as hypothesis's `document_ = document` seams are.
 */

import type { BackgroundMessageType, PageControlMessageType, Request, Response } from '../messages';
import type { Highlighter } from './highlighter';
import { createPacer, type Pacer } from './yielding';

export type SendFn = <K extends BackgroundMessageType | PageControlMessageType>(type: K, payload: Request<K>) => Promise<Response<K>>;

export interface Prefs {
  get(key: string): Promise<unknown>;
  set(key: string, value: unknown): Promise<void>;
}

export interface SessionDeps {
  document_: Document;
  /** The page's address now (single-page sites change it without reloading). */
  url(): string;
  send: SendFn;
  /** Per-site preferences (browser.storage.local). */
  prefs: Prefs;
  highlighter: Highlighter & { dispose(): void };
  /** Called once, when the page is first annotated: wire pointer, keyboard and selection events. */
  onActivate?(): void;
  pacer?(): Pacer;
  setTimer?(fn: () => void, ms: number): unknown;
  clearTimer?(handle: unknown): void;
  now?(): number;
}

/** One timer slot: setting it again replaces the pending call. */
export interface TimerSlot {
  set(fn: () => void, ms: number): void;
  clear(): void;
  readonly pending: boolean;
}

export function timerSlot(deps: Pick<SessionDeps, 'setTimer' | 'clearTimer'>): TimerSlot {
  let handle: unknown = null;
  const clear = () => {
    if (handle === null) return;
    if (deps.clearTimer) deps.clearTimer(handle);
    else clearTimeout(handle as ReturnType<typeof setTimeout>);
    handle = null;
  };
  return {
    set(fn, ms) {
      clear();
      const run = () => {
        handle = null;
        fn();
      };
      handle = deps.setTimer ? deps.setTimer(run, ms) : setTimeout(run, ms);
    },
    clear,
    get pending() {
      return handle !== null;
    },
  };
}

export const pacerOf = (deps: Pick<SessionDeps, 'pacer'>): Pacer => deps.pacer?.() ?? createPacer();

export const nowOf = (deps: Pick<SessionDeps, 'now'>): number => deps.now?.() ?? Date.now();

/** Runs a piece of our own DOM work so that the page-change watcher does not take it for the page's. */
export type Quietly = <T>(fn: () => T) => T;
