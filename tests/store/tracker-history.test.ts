/**
 * A headline figure's other years, as its card on the page asks for them (tracker/history): the
 * tracker's rows of the report's place and indicator, from the stored reports, with the identity
 * as it is now; values and words only.
 */
import { beforeEach, describe, expect, it, test, vi } from 'vitest';
import { exportBackup, serialiseBackup } from '../../lib/backup/format';
import { createStoreHandlers } from '../../lib/store/handlers';
import type { ReportIdentity } from '../../lib/store/records';
import type { AnnotatorDB } from '../../lib/store/schema';
import type { AnnotatorService } from '../../lib/store/service';
import { figureHistory, reportsOfPlaces } from '../../lib/store/tracker-history';
import { NATIONAL_2025, TEXT, URL_A, URL_B, headlinesOfText, setup } from './helpers';

const URL_2026 = 'https://www.gov.cn/yaowen/liebiao/202603/content_7060001.htm';
const TEXT_2026 = '过去一年，国内生产总值增长5.2%，城镇新增就业1256万人。2026年主要预期目标是：国内生产总值增长4.5%左右；城镇新增就业1200万人以上。';
const NATIONAL_2026: ReportIdentity = { ...NATIONAL_2025, year: 2026 };
const BEIJING_2026: ReportIdentity = { place: '北京市', level: 'province', year: 2026, genre: 'government_work_report' };

let db: AnnotatorDB;
let service: AnnotatorService;

beforeEach(async () => {
  ({ db, service } = setup());
  await service.upsertReport({ url: URL_A, title: '2025', identity: NATIONAL_2025, headlines: headlinesOfText(NATIONAL_2025, TEXT) });
  await service.upsertReport({ url: URL_2026, title: '2026', identity: NATIONAL_2026, headlines: headlinesOfText(NATIONAL_2026, TEXT_2026) });
  // Another place's report says the same words: it is not the national one's history.
  await service.upsertReport({ url: URL_B, title: '北京', identity: BEIJING_2026, headlines: headlinesOfText(BEIJING_2026, TEXT_2026) });
});

const brief = (rows: Awaited<ReturnType<typeof figureHistory>>['rows']) =>
  rows.map((r) => [r.year, r.target && [r.target.cmp, r.target.value], r.result && r.result.value, r.status]);

describe('a headline figure’s other years', () => {
  it('pairs each year’s target with the next report’s result, for the report’s place only, oldest first', async () => {
    const history = await figureHistory(db, URL_2026, 'gdp_growth');
    expect(history.place).toBe('全国');
    expect(brief(history.rows)).toEqual([
      [2025, ['~', 5], 5.2, 'met'],
      [2026, ['~', 4.5], null, 'pending'],
    ]);
    // From the other year's page, the same rows.
    expect((await figureHistory(db, URL_A, 'gdp_growth')).rows).toEqual(history.rows);
  });

  it('carries values, not another report’s address or text', async () => {
    const { rows } = await figureHistory(db, URL_2026, 'urban_new_jobs');
    expect(rows[0]).toEqual({
      year: 2025,
      target: { value: 12_000_000, max: null, cmp: '>=', unit: '人', direction: null, words: '' },
      result: expect.objectContaining({ value: 12_560_000, words: '' }),
      status: 'met',
    });
    expect(JSON.stringify(rows)).not.toMatch(/https?:|content_/);
  });

  it('follows the reader’s correction of a report’s year, and leaves out a report taken out of the tracker', async () => {
    await service.setReportIdentity(URL_2026, { ...NATIONAL_2026, year: 2027 });
    expect(brief((await figureHistory(db, URL_A, 'gdp_growth')).rows)).toEqual([
      [2025, ['~', 5], null, 'pending'],
      [2026, null, 5.2, 'no target'],
      [2027, ['~', 4.5], null, 'pending'],
    ]);
    await service.setTracked(URL_2026, false);
    expect(brief((await figureHistory(db, URL_A, 'gdp_growth')).rows)).toEqual([[2025, ['~', 5], null, 'pending']]);
  });

  it('has no rows for a report whose place is not known, or that is not stored', async () => {
    await service.setReportIdentity(URL_A, { ...NATIONAL_2025, place: null });
    expect(await figureHistory(db, URL_A, 'gdp_growth')).toEqual({ place: null, indicator: 'gdp_growth', rows: [] });
    expect((await figureHistory(db, 'https://example.org/none', 'gdp_growth')).rows).toEqual([]);
  });

  it('is answered over the message, and an indicator not on the list is refused', async () => {
    const handlers = createStoreHandlers(service);
    expect((await handlers['tracker/history']({ reportId: URL_2026, indicator: 'cpi' }, undefined)).rows).toHaveLength(1);
    await expect(handlers['tracker/history']({ reportId: URL_2026, indicator: 'happiness' as never }, undefined)).rejects.toThrow(/unknown indicator: happiness/);
  });
});

describe('an open card is told when its years change', () => {
  const visit2027 = { url: 'https://www.gov.cn/2027.html', title: '2027', identity: { ...NATIONAL_2026, year: 2027 }, headlines: headlinesOfText({ ...NATIONAL_2026, year: 2027 }, TEXT_2026) };

  test.each<[string, (h: ReturnType<typeof createStoreHandlers>) => Promise<unknown>, (string[] | null)[]]>([
    ['a report of the place stored (another tab)', (h) => h['report/visit'](visit2027, undefined), [['全国']]],
    ['a visit that reads no headline figures and keeps the place says nothing', (h) => h['report/visit']({ url: URL_A, title: '2025', identity: NATIONAL_2025 }, undefined), []],
    ['a report’s place corrected: the old place and the new', (h) => h['report/setIdentity']({ reportId: URL_B, identity: { ...BEIJING_2026, place: '天津市' } }, undefined), [['北京市', '天津市']]],
    ['a report’s year corrected', (h) => h['report/setIdentity']({ reportId: URL_2026, identity: { ...NATIONAL_2026, year: 2027 } }, undefined), [['全国']]],
    ['a correction given back to the text', (h) => h['report/setIdentity']({ reportId: URL_2026, identity: null }, undefined), [['全国']]],
    ['a report taken out of the tracker', (h) => h['tracker/setIncluded']({ reportId: URL_B, included: false }, undefined), [['北京市']]],
    ['an import: any place', async (h) => h['backup/import']({ data: serialiseBackup(await exportBackup(db)) }, undefined), [null]],
    ['everything cleared: any place', (h) => h['db/clear']({}, undefined), [null]],
  ])('%s', async (_, act, calls) => {
    const onTrackerChange = vi.fn();
    await act(createStoreHandlers(service, { onTrackerChange }));
    expect(onTrackerChange.mock.calls).toEqual(calls.map((c) => [c]));
  });

  it('reaches the tabs of the places concerned only', async () => {
    const tabs = [URL_A, URL_2026, URL_B, 'https://example.org/not-stored'];
    expect(await reportsOfPlaces(db, tabs, ['全国'])).toEqual([URL_A, URL_2026]);
    expect(await reportsOfPlaces(db, tabs, ['北京市', '天津市'])).toEqual([URL_B]);
    expect(await reportsOfPlaces(db, tabs, null)).toEqual([URL_A, URL_2026, URL_B]);
    await service.setReportIdentity(URL_B, { ...BEIJING_2026, place: null });
    expect(await reportsOfPlaces(db, tabs, null)).toEqual([URL_A, URL_2026]); // no place, no years to show
  });
});
