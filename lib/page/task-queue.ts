/**
 * The session's work queue: one task at a time, and a task asked for while it is already pending
 * runs once. `next` picks what to run from the pending set (and may drop what the chosen task
 * makes needless); a task that throws goes to `onError` and the queue goes on.
 */

export interface TaskQueue<T> {
  /** Ask for `task`; resolves when the queue is empty again. */
  schedule(task: T): Promise<void>;
  /** Wait for queued work to finish. */
  idle(): Promise<void>;
  /** Stop: nothing more runs. */
  dispose(): void;
}

export function taskQueue<T>(run: (pending: Set<T>) => Promise<void>, onError: (e: unknown) => void): TaskQueue<T> {
  const pending = new Set<T>();
  let pump: Promise<void> | null = null;
  let disposed = false;
  const drain = async () => {
    while (pending.size > 0 && !disposed) {
      try {
        await run(pending);
      } catch (e) {
        onError(e);
      }
    }
  };
  return {
    schedule(task) {
      if (disposed) return Promise.resolve();
      pending.add(task);
      pump ??= drain().finally(() => {
        pump = null;
      });
      return pump;
    },
    async idle() {
      while (pump) await pump;
    },
    dispose() {
      disposed = true;
    },
  };
}
