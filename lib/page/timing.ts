/**
 * User Timing marks and measures of the annotator's steps (report-annotator:main-text, paint…):
 * the benchmark (scripts/bench/page.ts) and DevTools' Performance panel show where the time goes.
 * Harmless where User Timing is missing.
 */

/** Run one synchronous step and leave a measure of it. */
export function timed<T>(step: string, fn: () => T): T {
  const start = performance.now();
  try {
    return fn();
  } finally {
    try {
      performance.measure(`report-annotator:${step}`, { start, end: performance.now() });
    } catch {
      // no User Timing here
    }
  }
}

/** A performance mark the benchmark reads. */
export function markPerformance(name: string, items: number): void {
  try {
    performance.mark(name, { detail: { items } });
  } catch {
    // no User Timing here
  }
}
