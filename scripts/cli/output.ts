/**
 * Where the command line writes, with back-pressure: after each file the run waits until the
 * stream has taken what it was given, so a slow reader (`| gzip`, `| jq`) slows the run down
 * instead of letting the output pile up in memory.
 */

import type { Writable } from 'node:stream';

export class Output {
  private failure: Error | null = null;

  constructor(private readonly stream: Writable) {
    stream.on('error', (error) => {
      this.failure ??= error;
    });
  }

  /** Queues a chunk; call drained() before producing much more. */
  write(chunk: string | Uint8Array): void {
    const failure = this.failed();
    if (failure) throw failure;
    this.stream.write(chunk);
  }

  /** The stream's error, also when it is known but not yet emitted. */
  private failed(): Error | null {
    return this.failure ?? this.stream.errored ?? (this.stream.destroyed ? new Error('the output was closed') : null);
  }

  /** Resolves once the stream's buffer is below its high-water mark again; rejects if writing failed. */
  drained(): Promise<void> {
    const failure = this.failed();
    if (failure) return Promise.reject(failure);
    if (!this.stream.writableNeedDrain) return Promise.resolve();
    return new Promise((resolve, reject) => {
      const done = (error?: Error) => {
        this.stream.off('drain', onDrain);
        this.stream.off('error', done);
        this.stream.off('close', onClose);
        if (error) reject(error);
        else resolve();
      };
      const onDrain = () => done();
      const onClose = () => done(this.failure ?? new Error('the output was closed'));
      this.stream.on('drain', onDrain);
      this.stream.once('error', done);
      this.stream.once('close', onClose);
    });
  }

  /**
   * Waits until everything is written; a file is also closed (standard output is left open, as
   * Node wants it).
   */
  finish({ close }: { close: boolean }): Promise<void> {
    const failure = this.failed();
    if (failure) return Promise.reject(failure);
    return new Promise((resolve, reject) => {
      const done = (error?: Error | null) => (error || this.failure ? reject(error ?? this.failure) : resolve());
      this.stream.once('error', reject);
      if (close) this.stream.end(done);
      else this.stream.write('', done);
    });
  }
}
