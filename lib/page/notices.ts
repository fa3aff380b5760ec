/**
 * The notice after an action ("已忽略一条 · 撤销") or a failure, and the undo it offers: both go
 * away together after NOTICE_MS, or when the reader closes the notice.
 */

import { isQuotaError } from '../collection/import-file';
import { errorText } from '../messages';
import { timerSlot, type SessionDeps, type TimerSlot } from './deps';
import type { Observable } from './observable';
import { NOTICE_MS, type Notice, type PageView } from './view';

export type UndoAction = () => Promise<void>;

export class Notices {
  private undoAction: UndoAction | null = null;
  private readonly timer: TimerSlot;

  constructor(
    private readonly view: Observable<PageView>,
    timers: Pick<SessionDeps, 'setTimer' | 'clearTimer'>,
  ) {
    this.timer = timerSlot(timers);
  }

  /** Show `notice`; with `undo`, the notice offers it until it goes away. */
  notify(notice: Notice, undo: UndoAction | null = null): void {
    this.undoAction = undo;
    this.view.update({ notice });
    this.timer.set(() => this.dismiss(), NOTICE_MS);
  }

  /** A failure, as the reader should read it: a full disk says so, in words. */
  failed(e: unknown): void {
    const reason = errorText(e);
    this.notify({ key: isQuotaError(reason) ? 'quotaExceeded' : 'failed', params: { reason }, undo: false });
  }

  dismiss(): void {
    this.timer.clear();
    this.undoAction = null;
    this.view.update({ notice: null });
  }

  /** The undo on offer (null when none), taken: the notice goes. */
  takeUndo(): UndoAction | null {
    const action = this.undoAction;
    this.undoAction = null;
    this.timer.clear();
    this.view.update({ notice: null });
    return action;
  }

  dispose(): void {
    this.timer.clear();
  }
}
