/**
 * Files in, outcomes out, in the order given, with at most `window` files read and held at a
 * time: the work runs on worker threads (one per core) while the main thread writes, and a slow
 * reader of the output holds the whole run back instead of letting results pile up.
 */

import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { FileJob, FileOutcome } from './process-file';
import type { JobRequest } from './worker';

export type RunJob = (job: FileJob) => Promise<FileOutcome>;

/**
 * Files per worker thread: a thread takes about as long to start (loading the extractor) as
 * some dozens of reports take to read, so a few files stay in the main thread.
 */
const FILES_PER_WORKER = 50;

/** Worker threads for this many files: none for a few, else one per core. */
export function defaultJobs(files: number, cores = availableParallelism()): number {
  return Math.max(1, Math.min(cores, Math.floor(files / FILES_PER_WORKER)));
}

/** The outcomes of `jobs` in their order; `run` is called for at most `window` jobs ahead of the one yielded. */
export async function* orderedOutcomes(jobs: Iterable<FileJob>, run: RunJob, window: number): AsyncGenerator<FileOutcome> {
  const pending: Promise<FileOutcome>[] = [];
  const iterator = jobs[Symbol.iterator]();
  let done = false;
  const fill = () => {
    while (!done && pending.length < window) {
      const next = iterator.next();
      if (next.done) done = true;
      else pending.push(run(next.value));
    }
  };
  fill();
  while (pending.length) {
    const outcome = await pending.shift()!;
    // The next file starts before this one is written, so the workers never wait on the writer.
    fill();
    yield outcome;
  }
}

/**
 * The job run in this thread, for a few files. Loaded on first use, so that a main thread that
 * hands all files to workers never loads the extractor itself.
 */
export const runHere: RunJob = async (job) => (await import('./process-file')).processFile(job);

interface Slot {
  worker: Worker;
  busy: { id: number; job: FileJob; resolve: (outcome: FileOutcome) => void } | null;
}

/**
 * Worker threads that run file jobs. A worker that dies (out of memory, say) fails only the file
 * it had, named on stderr like any other failure, and is replaced.
 */
export class WorkerPool {
  private readonly slots: Slot[] = [];
  private readonly queue: { id: number; job: FileJob; resolve: (outcome: FileOutcome) => void }[] = [];
  private nextId = 0;
  private closed = false;

  constructor(
    size: number,
    private readonly spawn: () => Worker = spawnWorker,
  ) {
    for (let i = 0; i < size; i++) this.slots.push(this.start());
  }

  readonly run: RunJob = (job) =>
    new Promise((resolve) => {
      this.queue.push({ id: this.nextId++, job, resolve });
      this.dispatch();
    });

  async close(): Promise<void> {
    this.closed = true;
    await Promise.all(this.slots.map((slot) => slot.worker.terminate()));
  }

  private start(): Slot {
    const slot: Slot = { worker: this.spawn(), busy: null };
    slot.worker.on('message', ({ id, outcome }: { id: number; outcome: FileOutcome }) => {
      if (slot.busy?.id !== id) return;
      const { resolve } = slot.busy;
      slot.busy = null;
      resolve(outcome);
      this.dispatch();
    });
    const lost = (reason: string) => {
      if (this.closed) return;
      const index = this.slots.indexOf(slot);
      if (index < 0) return;
      if (slot.busy) slot.busy.resolve({ file: slot.busy.job.file, ok: false, message: `extraction failed: ${reason}` });
      slot.busy = null;
      this.slots[index] = this.start();
      this.dispatch();
    };
    slot.worker.on('error', (error) => lost(error.message));
    slot.worker.on('exit', (code) => lost(`the worker thread stopped (exit code ${code})`));
    slot.worker.unref();
    return slot;
  }

  private dispatch(): void {
    for (const slot of this.slots) {
      if (slot.busy) continue;
      const next = this.queue.shift();
      if (!next) return;
      slot.busy = next;
      slot.worker.ref();
      slot.worker.postMessage({ id: next.id, job: next.job } satisfies JobRequest);
    }
    // Idle workers must not keep the process alive once the main thread is done.
    for (const slot of this.slots) if (!slot.busy) slot.worker.unref();
  }
}

/**
 * A worker running scripts/cli/worker.ts. Run through tsx (npm run extract), the worker registers
 * tsx itself first: Node does not hand the parent's loader hooks on to worker threads.
 */
function spawnWorker(): Worker {
  const here = import.meta.url;
  if (!here.endsWith('.ts')) return new Worker(new URL('./worker.js', here));
  const tsx = import.meta.resolve('tsx/esm/api');
  const worker = new URL('./worker.ts', here).href;
  const bootstrap = `import(${JSON.stringify(tsx)}).then(({ register }) => { register(); return import(${JSON.stringify(worker)}); })`;
  return new Worker(bootstrap, { eval: true });
}
