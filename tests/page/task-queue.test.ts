import { describe, expect, it } from 'vitest';
import { taskQueue } from '../../lib/page/task-queue';

describe('the session task queue', () => {
  it('runs one task at a time, and a task asked for while pending runs once', async () => {
    const ran: string[] = [];
    let release: () => void = () => undefined;
    const gate = new Promise<void>((r) => (release = r));
    const queue = taskQueue<string>(async (pending) => {
      const [task] = pending;
      pending.delete(task);
      ran.push(task);
      if (task === 'first') await gate;
    }, () => undefined);
    const done = queue.schedule('first');
    void queue.schedule('layout');
    void queue.schedule('layout');
    void queue.schedule('reload');
    release();
    await done;
    expect(ran).toEqual(['first', 'layout', 'reload']);
  });

  it('hands a failure to onError and goes on with the next task', async () => {
    const errors: unknown[] = [];
    const ran: string[] = [];
    const queue = taskQueue<string>(async (pending) => {
      const [task] = pending;
      pending.delete(task);
      ran.push(task);
      if (task === 'bad') throw new Error('boom');
    }, (e) => errors.push(e));
    void queue.schedule('bad');
    await queue.schedule('good');
    expect(ran).toEqual(['bad', 'good']);
    expect(String(errors[0])).toContain('boom');
  });

  it('runs nothing once disposed', async () => {
    const ran: string[] = [];
    const queue = taskQueue<string>(async (pending) => {
      ran.push(...pending);
      pending.clear();
    }, () => undefined);
    queue.dispose();
    await queue.schedule('read');
    expect(ran).toEqual([]);
  });
});
