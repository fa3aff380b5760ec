/**
 * The tracker, from reading to export: two years' government work reports of one place opened as
 * gov.cn pages leave their headline figures in the store; the collection page's 追踪 view shows the
 * first year's target beside the result the second gives, with its status; a cell links to the
 * passage; the CSV exported reads back; a report taken out of the tracker takes its side with it.
 * Also: axe-core, the keyboard, an 800 px window, the view kept in the address, English, and the
 * README's screenshot (docs/tracker.png with `npm run screenshots`).
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import type { WxtBrowser } from 'wxt/browser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseCsv } from '../../lib/export/csv';
import { selectorFor } from '../../lib/store/records';
import { LEDGER_CSV_HEADER } from '../../lib/tracker';
import { launchWithExtension, screenshotPath, startFixtureServer, type ExtensionBrowser, type FixtureServer } from './harness';
import { axeViolations } from './fixtures/collection/axe';
import { closeTab, openTab, send } from './fixtures/collection/seed';
import { focusedTexts, highlightTexts } from './fixtures/page-helpers';
import { CORPUS_DIR, govReportPage, readCorpus } from './fixtures/pages';
import { trackerBackup } from './fixtures/tracker-backup';

// The extension API as the tracker page sees it (bodies evaluated there).
declare const chrome: WxtBrowser;

const SITE = 'www.gov.cn';
const NATIONAL_YEARS = [2018, 2019, 2021, 2022, 2023, 2024, 2025];
const PROVINCES = ['anhui', 'zhejiang'];

const national = (year: number) => `/gongbao/${year}/gwr.html`;
const provincial = (name: string) => `/provinces/${name}.html`;

function pages(): Record<string, string> {
  const served: Record<string, string> = {};
  for (const year of NATIONAL_YEARS) {
    served[national(year)] = govReportPage({ site: '中国政府网', title: `${year}年政府工作报告`, text: readCorpus(join(CORPUS_DIR, `national/gwr-${year}.txt`)) });
  }
  for (const name of PROVINCES) {
    served[provincial(name)] = govReportPage({ site: '省人民政府门户网站', title: '2026年政府工作报告', text: readCorpus(join(CORPUS_DIR, `provincial-2026/${name}.txt`)) });
  }
  return served;
}

/** Column of the ledger CSV by its header's English half (the header is bilingual). */
const column = (en: string) => LEDGER_CSV_HEADER.findIndex((h) => h.endsWith(` ${en}`));

/** The tracker table's rows as text: place, year, target, result, status (the words a screen shows, without signs). */
async function tableText(page: Page): Promise<string[][]> {
  return page.locator('.tracker-table tbody tr').evaluateAll((trs) =>
    trs.map((tr) =>
      [...tr.querySelectorAll('th, td')].map((cell) => {
        const copy = cell.cloneNode(true) as Element;
        copy.querySelectorAll('.status-sign, .visually-hidden').forEach((e) => e.remove());
        return copy.textContent!.trim();
      }),
    ),
  );
}

describe('following a target across two years’ reports', () => {
  let browser: ExtensionBrowser;
  let server: FixtureServer;

  beforeAll(async () => {
    server = await startFixtureServer({ defaultHost: SITE, pages: pages() });
    browser = await launchWithExtension({ args: ['--accept-lang=zh-CN'] });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  async function openTracker(hash = '#tracker', width = 1280, height = 900): Promise<Page> {
    const page = await browser.context.newPage();
    await page.setViewportSize({ width, height });
    await page.goto(browser.extensionUrl(`collection.html${hash}`));
    await page.locator('.tracker-view[data-loaded="true"]').waitFor();
    return page;
  }

  const opened = new Set<string>();

  /** Open a report page as a reader does, and wait until the tracker lists it. */
  async function read(path: string, tracker: Page) {
    opened.add(path);
    // How many reports the tracker holds (the list itself is built when opened).
    const count = async () => Number((await tracker.locator('.tracker-reports').getAttribute('data-reports', { timeout: 100 }).catch(() => null)) ?? 0);
    const before = await count();
    const page = await browser.context.newPage();
    await page.goto(server.url(path));
    await expect.poll(count, { timeout: 30_000 }).toBe(before + 1);
    await page.close();
  }

  it('starts empty and says how it fills', async () => {
    const page = await openTracker();
    expect(await page.locator('.tracker-empty').textContent()).toContain('打开同一地区相邻两年的报告');
    expect(await page.getByRole('button', { name: '导出 CSV' }).isDisabled()).toBe(true);
    expect(await axeViolations(page), 'empty tracker').toEqual([]);
    await page.close();
  });

  it('shows 2024’s growth target beside the result the 2025 report gives, judged, linked, and exports it', async () => {
    const tracker = await openTracker();
    await read(national(2024), tracker);
    // One year only: the target waits for its result, and the page says what would complete it.
    expect(await tracker.locator('.tracker-hints').textContent()).toContain('全国 只有 2024 年的报告');
    await read(national(2025), tracker);
    expect(await tracker.locator('.tracker-hints').count()).toBe(0);

    expect(await tracker.locator('.tracker-indicator').inputValue()).toBe('gdp_growth');
    const rows = await tableText(tracker);
    expect(rows).toContainEqual(['全国', '2024', '5%左右', '5%', '完成']);
    expect(rows).toContainEqual(['全国', '2025', '5%左右', '—', '待定']);

    // The target cell opens the 2024 report at its passage.
    const row2024 = tracker.locator('.tracker-table tbody tr', { hasText: '2024' });
    const href = await row2024.locator('.tracker-target a').getAttribute('href');
    expect(href).toMatch(new RegExp(`^${server.url(national(2024)).replace(/[.?]/g, '\\$&')}#:~:text=`));
    const [opened] = await Promise.all([browser.context.waitForEvent('page'), row2024.locator('.tracker-target a').click()]);
    await opened.waitForLoadState('domcontentloaded');
    expect(opened.url()).toContain(server.url(national(2024)));
    await opened.close();

    // The chart draws the same: a target mark and a met result, and says so in words.
    expect(await tracker.locator('.tracker-chart .chart-mark').count()).toBeGreaterThanOrEqual(2);
    expect(await tracker.locator('.tracker-chart .chart-result.status-met').count()).toBeGreaterThanOrEqual(1);
    expect(await tracker.locator('.tracker-chart desc').textContent()).toContain('2024 年目标 5%左右，实际 5%，完成');
    // The rule it is judged by is on the page.
    expect(await tracker.locator('.tracker-rule').textContent()).toContain('≥5.5%，实际5.5%即完成');

    const [download] = await Promise.all([tracker.waitForEvent('download'), tracker.getByRole('button', { name: '导出 CSV' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^报告标注-追踪-gdp_growth-\d{4}-\d\d-\d\d\.csv$/);
    const text = await readFile(await download.path(), 'utf8');
    expect(text.startsWith('\uFEFF')).toBe(true);
    const csv = parseCsv(text);
    expect(csv[0]).toEqual([...LEDGER_CSV_HEADER]);
    const line = csv.find((r) => r[column('year')] === '2024')!;
    expect([line[column('place')], line[column('indicator name')], line[column('target value')], line[column('target comparator')], line[column('result value')], line[column('status')]]).toEqual([
      '全国', '地区生产总值增长', '5', '~', '5', 'met',
    ]);
    expect(line[column('result file')]).toBe(server.url(national(2025)));
    expect(csv).toHaveLength(rows.length + 1);

    const [json] = await Promise.all([tracker.waitForEvent('download'), tracker.getByRole('button', { name: '导出 JSON' }).click()]);
    const ledger = JSON.parse(await readFile(await json.path(), 'utf8')) as { reports: { year: number }[]; rows: { indicator: string; year: number; status: string }[] };
    expect(ledger.reports.map((r) => r.year)).toEqual([2024, 2025]);
    expect(ledger.rows).toContainEqual(expect.objectContaining({ indicator: 'gdp_growth', year: 2024, status: 'met' }));
    expect(await axeViolations(tracker), 'tracker with rows').toEqual([]);
    await tracker.close();
  });

  it('a cell shows its passage in the report’s open tab, scrolled there, rather than in a new tab; with none open, in a new one', async () => {
    const tracker = await openTracker();
    // The report open in a tab of its own, behind the tracker.
    const reportTab = await openTab(tracker, server.url(national(2024)));
    const report = browser.context.pages().find((p) => p.url() === server.url(national(2024)))!;
    await expect.poll(async () => (await highlightTexts(report)).length, { timeout: 30_000 }).toBeGreaterThan(0);
    await report.evaluate(() => scrollTo(0, 0));
    /** Whether the paragraph of 2024's targets is on the report tab's screen. */
    const targetsInView = () =>
      report.evaluate(() => {
        const p = [...document.querySelectorAll('p')].find((e) => e.textContent!.includes('主要预期目标是：国内生产总值增长5%左右'))!;
        const box = p.getBoundingClientRect();
        return box.bottom > 0 && box.top < innerHeight;
      });
    expect(await targetsInView()).toBe(false);
    const activeTabs = () => tracker.evaluate(async () => (await chrome.tabs.query({ active: true })).map((t) => t.id));
    expect(await activeTabs()).not.toContain(reportTab);
    const tabs = browser.context.pages().length;
    const cell = tracker.locator('.tracker-table tbody tr', { hasText: '2024' }).locator('.tracker-target a');
    await cell.click();
    await expect.poll(targetsInView, { timeout: 10_000 }).toBe(true);
    await expect.poll(() => focusedTexts(report)).toEqual([expect.stringContaining('5%左右')]); // its card open
    await expect.poll(activeTabs).toContain(reportTab); // brought to the front
    expect(browser.context.pages().length).toBe(tabs); // and no new tab
    await closeTab(tracker, reportTab);

    // Once the report's tab is closed, the same click opens it in a new tab at the passage.
    await tracker.bringToFront();
    const [opened] = await Promise.all([browser.context.waitForEvent('page'), cell.click()]);
    await opened.waitForLoadState('domcontentloaded');
    expect(opened.url()).toContain(server.url(national(2024)));
    // Its card opens there too, once the page is read.
    await expect.poll(() => focusedTexts(opened), { timeout: 30_000 }).toEqual([expect.stringContaining('5%左右')]);
    await opened.close();
    await tracker.close();
  });

  it('keeps the chosen indicator in the address, so a reload opens the same view', async () => {
    const page = await openTracker();
    await page.locator('.tracker-indicator').selectOption('urban_new_jobs');
    expect(await page.evaluate(() => location.hash)).toBe('#tracker?indicator=urban_new_jobs');
    await page.reload();
    await page.locator('.tracker-view[data-loaded="true"]').waitFor();
    expect(await page.locator('.tracker-indicator').inputValue()).toBe('urban_new_jobs');
    expect(await tableText(page)).toContainEqual(['全国', '2024', '≥1200万人', '1256万人', '完成']);
    // The other tab, and back: the choice stays.
    await page.getByRole('link', { name: '标注', exact: true }).click();
    await page.locator('.collection-main').waitFor();
    await page.getByRole('link', { name: '追踪', exact: true }).click();
    // The view reads its reports again when it is opened: the choice is there once they are.
    await page.locator('.tracker-view[data-loaded="true"]').waitFor();
    await expect.poll(() => page.locator('.tracker-indicator').inputValue()).toBe('urban_new_jobs');
    await page.close();
  });

  it('can be used from the keyboard', async () => {
    const page = await openTracker();
    await page.locator('.tracker-indicator').focus();
    const reached: string[] = [];
    for (let i = 0; i < 12; i++) {
      await page.keyboard.press('Tab');
      reached.push(await page.evaluate(() => (document.activeElement?.textContent ?? '').trim().slice(0, 20) || document.activeElement?.tagName || ''));
    }
    // Filters, then the exports, then the cells' links.
    expect(reached).toEqual(expect.arrayContaining(['导出 CSV', '导出 JSON', '5%左右']));
    // A summary opens the list of reports with Enter.
    await page.locator('.tracker-reports summary').focus();
    await page.keyboard.press('Enter');
    expect(await page.locator('.tracker-reports').getAttribute('open')).toBe('');
    await page.close();
  });

  it('takes a report out of the tracker and puts it back', async () => {
    const page = await openTracker();
    await page.locator('.tracker-reports summary').click();
    await page.getByRole('button', { name: /^移出追踪：2025年政府工作报告/ }).click();
    await expect.poll(async () => (await tableText(page)).find((r) => r[1] === '2024')).toEqual(['全国', '2024', '5%左右', '—', '待定']);
    expect(await page.locator('.toast').textContent()).toMatch(/已将“2025年政府工作报告[^”]*”移出追踪/);
    await page.getByRole('button', { name: /^加回追踪：2025年政府工作报告/ }).click();
    await expect.poll(async () => (await tableText(page)).find((r) => r[1] === '2024')).toEqual(['全国', '2024', '5%左右', '5%', '完成']);
    await page.close();
  });

  it('fits an 800 px window, filters by level and place, and passes axe there', async () => {
    const tracker = await openTracker('#tracker', 800, 800);
    for (const name of PROVINCES) await read(provincial(name), tracker);
    await tracker.locator('.tracker-filters').getByLabel('级别', { exact: true }).selectOption('province');
    await expect.poll(() => tracker.locator('.tracker-chart').count()).toBe(2);
    const places = await tracker.locator('.tracker-table tbody th').allTextContents();
    expect(new Set(places)).toEqual(new Set(['安徽省', '浙江省']));
    await tracker.locator('.tracker-filters').getByLabel('地区', { exact: true }).selectOption('浙江省');
    expect(await tracker.evaluate(() => location.hash)).toBe(`#tracker?level=province&place=${encodeURIComponent('浙江省')}`);
    expect(new Set(await tracker.locator('.tracker-table tbody th').allTextContents())).toEqual(new Set(['浙江省']));
    expect(await tracker.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    expect(await axeViolations(tracker), 'tracker at 800 px, filtered').toEqual([]);
    await tracker.close();
  });

  it('follows a metric the reader collected, beside the headline indicators', async () => {
    const page = await openTracker();
    const text = '新开工保障性住房10万套以上。';
    const add = (path: string, kind: 'target' | 'result', value: number) =>
      send(page, 'items/addManual', {
        reportId: server.url(path),
        item: { kind, selector: selectorFor(text, 0, 13), metric: '新开工保障性住房', value, unit: '套', cmp: kind === 'target' ? '>=' : '=' },
      });
    await add(national(2024), 'target', 100_000);
    await add(national(2025), 'result', 120_000);
    const option = page.locator('.tracker-indicator optgroup[label="收藏的指标"] option');
    await expect.poll(() => option.allTextContents()).toEqual(['新开工保障性住房（收藏 2 条）']);
    await page.locator('.tracker-indicator').selectOption({ label: '新开工保障性住房（收藏 2 条）' });
    expect(await page.evaluate(() => decodeURIComponent(location.hash))).toBe('#tracker?metric=新开工保障性住房');
    expect(await tableText(page)).toEqual([['全国', '2024', '≥10万套', '12万套', '完成']]);
    expect(await page.locator('.tracker-rule').textContent()).toContain('收藏的指标没有固定的好坏方向');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '导出 CSV' }).click()]);
    const csv = parseCsv(await readFile(await download.path(), 'utf8'));
    expect([csv[1]![column('indicator name')], csv[1]![column('target value')], csv[1]![column('result value')], csv[1]![column('status')]]).toEqual(['新开工保障性住房', '100000', '120000', 'met']);
    await page.close();
  });

  it('prints the charts and the table without the controls', async () => {
    const page = await openTracker();
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.tracker-toolbar .toolbar-end').isVisible()).toBe(false);
    expect(await page.locator('.view-tabs').isVisible()).toBe(false);
    expect(await page.locator('.tracker-chart').first().isVisible()).toBe(true);
    expect(await page.locator('.tracker-table').isVisible()).toBe(true);
    await page.close();
  });

  it('screenshot: the tracker over seven national reports and two provinces', async () => {
    const tracker = await openTracker('#tracker', 1280, 900);
    for (const path of [...NATIONAL_YEARS.map(national), ...PROVINCES.map(provincial)]) if (!opened.has(path)) await read(path, tracker);
    expect(await tableText(tracker)).toContainEqual(['全国', '2022', '5.5%左右', '3%', '未完成']);
    // Every figure links to its passage.
    const links = await tracker.locator('.tracker-table tbody tr').evaluateAll((trs) =>
      trs.map((tr) => [tr.querySelector('th')!.textContent, tr.querySelector('.tracker-year')!.textContent, !!tr.querySelector('.tracker-target a, .tracker-target.is-none'), !!tr.querySelector('.tracker-result a, .tracker-result.is-none')]),
    );
    expect(links.filter((l) => !l[2] || !l[3])).toEqual([]);
    await tracker.screenshot({ path: screenshotPath('tracker.png') });
    await tracker.close();
  });
});

describe('the tracker in an English browser', () => {
  let browser: ExtensionBrowser;

  beforeAll(async () => {
    browser = await launchWithExtension({ args: ['--accept-lang=en-US'] });
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('speaks English: tabs, statuses, the rule, comparators', async () => {
    const page = await browser.openExtensionPage('collection.html#tracker');
    await page.locator('.tracker-view[data-loaded="true"]').waitFor();
    expect(await page.locator('.tracker-empty h2').textContent()).toBe('The tracker is empty');
    // Two reports' figures, as a backup carries them (the same records the page visits leave).
    const text2024 = readCorpus(join(CORPUS_DIR, 'national/gwr-2024.txt'));
    const text2025 = readCorpus(join(CORPUS_DIR, 'national/gwr-2025.txt'));
    const backup = trackerBackup([
      { url: 'https://www.gov.cn/gongbao/2024/gwr.html', title: '2024年政府工作报告', text: text2024 },
      { url: 'https://www.gov.cn/gongbao/2025/gwr.html', title: '2025年政府工作报告', text: text2025 },
    ]);
    const outcome = await send(page, 'backup/import', { data: backup });
    expect(outcome.ok).toBe(true);
    await expect.poll(() => tableText(page)).toContainEqual(['全国', '2024', 'about 5%', '5%', 'met']);
    expect(await page.getByRole('link', { name: 'Tracker', exact: true }).getAttribute('aria-current')).toBe('page');
    expect(await page.locator('.tracker-rule h3').textContent()).toBe('How results are judged');
    expect(await page.locator('.tracker-indicator option:checked').textContent()).toMatch(/^GDP growth \(\d+ rows\)$/);
    expect(await axeViolations(page), 'tracker in English').toEqual([]);
    await page.close();
  });
});
