/**
 * Giving the page's main thread back between chunks of work, so that the annotator never makes a
 * long task (> 50 ms) even on a report with hundreds of items.
 */

type Scheduler = { yield?: () => Promise<void> };

/** Let the browser run what is waiting (input, rendering): scheduler.yield where it exists, else a task. */
export function yieldToBrowser(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: Scheduler }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}

export interface Pacer {
  /** Yield if this stretch of work has run for `budgetMs` already; else go on at once. */
  pause(): Promise<void>;
}

/** A pacer yielding once per `budgetMs` of work. */
export function createPacer(budgetMs = 12, now: () => number = () => performance.now(), yield_: () => Promise<void> = yieldToBrowser): Pacer {
  let since = now();
  return {
    async pause() {
      if (now() - since < budgetMs) return;
      await yield_();
      since = now();
    },
  };
}
