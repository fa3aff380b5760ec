/** The extension pages' read-only view of the database (components/collection/db.ts). */
import { afterAll, describe, expect, it, vi } from 'vitest';
import { readDb, readFirstScreen, readSnapshot } from '../../components/collection/db';
import { AnnotatorDB } from '../../lib/store/schema';
import { AnnotatorService } from '../../lib/store/service';
import { D_GDP, D_JOBS, URL_A, clock, counterIds } from '../store/helpers';

afterAll(() => {
  vi.unstubAllGlobals();
});

describe('readDb', () => {
  it('refuses to open anywhere but an extension page', () => {
    vi.stubGlobal('location', { protocol: 'https:' });
    expect(() => readDb()).toThrow(/only extension pages may read the database \(here: https:\)/);
  });

  it('reads what the background wrote, newest first, and cannot write', async () => {
    // The background's side: the same database (same origin, same name).
    const background = new AnnotatorService(new AnnotatorDB(), { now: clock(), newId: counterIds() });
    await background.upsertReport({ url: URL_A, title: '报告' });
    await background.saveItems(URL_A, [D_GDP()]);
    await background.saveItems(URL_A, [D_JOBS()]);
    await background.updateItem('item-001', { tags: ['重点'] });

    vi.stubGlobal('location', { protocol: 'chrome-extension:' });
    const snapshot = await readSnapshot();
    expect(snapshot.items.map((i) => i.id)).toEqual(['item-002', 'item-001']);
    expect([...snapshot.reports.keys()]).toEqual([URL_A]);
    expect([...snapshot.tags.keys()]).toEqual(['重点']);

    const db = readDb();
    expect(Object.keys(db).sort()).toEqual(['countInView', 'firstScreen', 'items', 'read', 'reports', 'tags']);
    // The first screen, from the indexes, agrees with the full read.
    const first = await readFirstScreen('groups', 10);
    expect(first.items.map((i) => i.id)).toEqual(['item-002', 'item-001']);
    expect(await db.countInView([URL_A])).toEqual(new Map([[URL_A, 2]]));
    // @ts-expect-error no write methods on the read-only tables
    void db.items.put;
    // @ts-expect-error nor a Collection, which could modify or delete
    void db.items.where;
    // Even past the types, a write inside read() is refused by the read-only transaction.
    const sneaky = db.read((d) => (d.tags as unknown as { put(t: object): Promise<unknown> }).put({ name: 'x', colour: '#000000' }));
    await expect(sneaky).rejects.toThrow(/ReadOnly|readonly|read-only/i);
    expect(await db.tags.count()).toBe(1);
  });
});
