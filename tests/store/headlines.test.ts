/**
 * The tracker's records in the store: each visit of a page that reads like a report leaves its
 * headline figures; the reader can take a report out of the tracker (and put it back), and visits
 * respect that; bad figures over a message store nothing.
 */
import { beforeEach, describe, expect, it, test } from 'vitest';
import type { AnnotatorDB } from '../../lib/store/schema';
import type { AnnotatorService } from '../../lib/store/service';
import { NATIONAL_2025, URL_A, URL_B, headlinesOfText, setup } from './helpers';

let db: AnnotatorDB;
let service: AnnotatorService;

beforeEach(() => {
  ({ db, service } = setup());
});

describe('headline figures of a visit', () => {
  it('are stored with the visit, replaced by the next, and dropped when a visit finds none', async () => {
    const figures = headlinesOfText();
    await service.upsertReport({ url: URL_A, title: 'A', identity: NATIONAL_2025, headlines: figures });
    const first = await db.headlines.get(URL_A);
    expect(first).toMatchObject({ reportId: URL_A, removed: false });
    expect(first!.figures.map((f) => f.indicator)).toEqual(['gdp_growth', 'urban_new_jobs', 'surveyed_unemployment', 'cpi', 'grain_output']);

    await service.upsertReport({ url: URL_A, title: 'A', headlines: figures.slice(0, 2) });
    expect((await db.headlines.get(URL_A))!.figures).toHaveLength(2);
    expect((await db.headlines.get(URL_A))!.updatedAt).toBeGreaterThan(first!.updatedAt);
    // A visit that does not say (the page did not read like a report) leaves them.
    await service.upsertReport({ url: URL_A, title: 'A' });
    expect((await db.headlines.get(URL_A))!.figures).toHaveLength(2);
    await service.upsertReport({ url: URL_A, title: 'A', headlines: [] });
    expect(await db.headlines.get(URL_A)).toBeUndefined();
  });

  it('a report the reader removed from the tracker stays out on later visits, with its figures kept fresh; put back, it is in again', async () => {
    const figures = headlinesOfText();
    await service.upsertReport({ url: URL_A, title: 'A', headlines: figures });
    expect(await service.setTracked(URL_A, false)).toMatchObject({ removed: true });
    await service.upsertReport({ url: URL_A, title: 'A', headlines: figures.slice(1) });
    expect(await db.headlines.get(URL_A)).toMatchObject({ removed: true, figures: figures.slice(1) });
    // A visit with no figures does not forget the removal either.
    await service.upsertReport({ url: URL_A, title: 'A', headlines: [] });
    expect(await db.headlines.get(URL_A)).toMatchObject({ removed: true });
    expect(await service.setTracked(URL_A, true)).toMatchObject({ removed: false });
  });

  it('a report removed before it had figures is remembered as removed', async () => {
    await service.upsertReport({ url: URL_B, title: 'B' });
    expect(await service.setTracked(URL_B, true)).toBeNull();
    expect(await service.setTracked(URL_B, false)).toMatchObject({ reportId: URL_B, figures: [], removed: true });
    await service.upsertReport({ url: URL_B, title: 'B', headlines: headlinesOfText() });
    expect(await db.headlines.get(URL_B)).toMatchObject({ removed: true });
  });

  it('taking an unknown report out is refused', async () => {
    await expect(service.setTracked(URL_B, false)).rejects.toThrow(/no such report/);
  });

  test.each<[string, (f: Record<string, unknown>[]) => unknown, RegExp]>([
    ['not a list', () => ({}), /figures 不是数组/],
    ['an indicator not on the list', (f) => ((f[0]!.indicator = 'happiness'), f), /figures\[0\]\.indicator 的值 "happiness" 无效/],
    ['a kind that is no figure of the tracker', (f) => ((f[1]!.kind = 'commitment'), f), /figures\[1\]\.kind 的值 "commitment" 无效/],
    ['no selector', (f) => (delete f[2]!.selector, f), /figures\[2\]：?.*缺少 figures\[2\]\.selector|缺少 figures\[2\]\.selector/],
    ['a paragraph naming too many years', (f) => (((f[0]!.paragraph as { years: number[] }).years = Array.from({ length: 101 }, (_, i) => 1900 + i)), f), /paragraph\.years 不是至多 100 个整数的数组/],
    ['too many figures', (f) => Array.from({ length: 501 }, () => f[0]), /figures 过多（501 个，上限 500）/],
  ])('figures with %s store nothing, and say why', async (_name, corrupt, message) => {
    const figures = JSON.parse(JSON.stringify(headlinesOfText())) as Record<string, unknown>[];
    await expect(service.upsertReport({ url: URL_A, title: 'A', headlines: corrupt(figures) as never })).rejects.toThrow(message);
    expect(await db.reports.count()).toBe(0);
    expect(await db.headlines.count()).toBe(0);
  });

  it('clearing everything clears the tracker too', async () => {
    await service.upsertReport({ url: URL_A, title: 'A', headlines: headlinesOfText() });
    await service.clearAll();
    expect(await db.headlines.count()).toBe(0);
  });
});
