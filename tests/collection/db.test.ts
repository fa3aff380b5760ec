/** The extension pages' read-only view of the database (components/collection/db.ts). */
import { afterAll, describe, expect, it, vi } from 'vitest';
import { readDb, readFirstScreen, readSnapshot, readTracker } from '../../components/collection/db';
import { AnnotatorDB } from '../../lib/store/schema';
import { AnnotatorService } from '../../lib/store/service';
import { D_GDP, D_JOBS, NATIONAL_2025, URL_A, URL_B, clock, counterIds, headlinesOfText } from '../store/helpers';

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
    await background.upsertReport({ url: URL_A, title: '报告', identity: NATIONAL_2025, headlines: headlinesOfText() });
    await background.upsertReport({ url: URL_B, title: '另一份' });
    await background.saveItems(URL_A, [D_GDP()]);
    await background.saveItems(URL_A, [D_JOBS()]);
    await background.updateItem('item-001', { tags: ['重点'] });

    vi.stubGlobal('location', { protocol: 'chrome-extension:' });
    const snapshot = await readSnapshot();
    expect(snapshot.items.map((i) => i.id)).toEqual(['item-002', 'item-001']);
    expect([...snapshot.reports.keys()].sort()).toEqual([URL_B, URL_A].sort());
    expect([...snapshot.tags.keys()]).toEqual(['重点']);

    const db = readDb();
    expect(Object.keys(db).sort()).toEqual(['countInView', 'firstScreen', 'headlines', 'items', 'read', 'reports', 'tags']);
    // The tracker's data: every report (for its identity) and the tracker's records.
    const tracker = await readTracker();
    expect(tracker.reports.get(URL_A)?.identity).toEqual(NATIONAL_2025);
    expect(tracker.headlines.map((h) => [h.reportId, h.figures.length])).toEqual([[URL_A, 5]]);
    // @ts-expect-error the tracker's records cannot be written here either
    void db.headlines.put;
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
