/** A value that tells its subscribers when it changes: the content script's view state, read by the Preact UI. */

export interface Observable<T> {
  get(): T;
  /** Merge `patch` into the value and notify (no notification when nothing changed). */
  update(patch: Partial<T>): void;
  subscribe(listener: (value: T) => void): () => void;
}

export function observable<T extends object>(initial: T): Observable<T> {
  let value = initial;
  const listeners = new Set<(value: T) => void>();
  return {
    get: () => value,
    update(patch) {
      const keys = Object.keys(patch) as (keyof T)[];
      if (keys.every((k) => Object.is(value[k], patch[k]))) return;
      value = { ...value, ...patch };
      for (const l of [...listeners]) l(value);
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
