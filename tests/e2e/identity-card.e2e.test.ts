/**
 * What a figure measures and which report it comes from, end to end in Chromium: two years' national
 * reports opened as gov.cn pages; the card of a figure says its metric, indicator and period, and
 * the reader corrects a metric there; the card of a headline figure lists the other year once both
 * pages were read; the collection shows each report's identity, the reader corrects a year in its
 * dialog (keyboard, Escape, axe-clean), the rows move to the new year, and the CSV carries
 * 地区 · 年份 · 指标项 with the corrected values. An open card's years follow a report read in
 * another tab and a report's corrected identity, without the card being reopened; a press on 收藏
 * while a year comes in above it still collects the item.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseCsv } from '../../lib/export/csv';
import { itemHeader } from '../../lib/export/item-row';
import { launchWithExtension, screenshotPath, startFixtureServer, type ExtensionBrowser, type FixtureServer } from './harness';
import { axeViolations as pageAxe, card, highlightTexts, inUiWorld, pointAtHighlight, setLanguage } from './fixtures/page-helpers';
import { axeViolations } from './fixtures/collection/axe';
import { CORPUS_DIR, govReportPage, readCorpus } from './fixtures/pages';
import { closeTab, openTab, send } from './fixtures/collection/seed';

/** The national GDP card's years once the 2024 and 2025 reports were read (2023: the 2024 report's review; its target is in a report not read here). */
const BOTH_YEARS_GDP_ROWS = [
  '2023 目标 未设 → 实际 5.2%无目标',
  '2024 目标 ≈ 5% → 实际 5%完成',
  '2025 目标 ≈ 5% → 实际 待公布待定',
];

const SITE = 'www.gov.cn';
const GDP_TARGET = '国内生产总值增长5%左右';
const GROWTH_GOAL = '经济增长预期目标为5%左右';

const nationalReport = (year: number) =>
  govReportPage({ site: '中国政府网', title: `${year}年政府工作报告`, text: readCorpus(join(CORPUS_DIR, `national/gwr-${year}.txt`)) });

/** A report page of the fixture server, read and highlighted. */
async function openReportIn(browser: ExtensionBrowser, server: FixtureServer, path: string): Promise<Page> {
  const page = await browser.context.newPage();
  await page.setViewportSize({ width: 1280, height: 860 });
  await setLanguage(page, 'zh-CN,zh');
  await page.goto(server.url(path));
  await expect.poll(() => highlightTexts(page), { timeout: 20_000 }).toContain(GDP_TARGET);
  return page;
}

/** Hover an item until its card is open. */
async function openCard(page: Page, text: string): Promise<void> {
  const { x, y } = await pointAtHighlight(page, text);
  await page.mouse.move(x - 30, y - 40);
  await page.mouse.move(x, y, { steps: 4 });
  await expect.poll(() => card(page).getAttribute('aria-label').catch(() => null)).toContain(text);
}

describe('what a figure measures, and which report it comes from', () => {
  let browser: ExtensionBrowser;
  let server: FixtureServer;

  beforeAll(async () => {
    server = await startFixtureServer({ defaultHost: SITE, pages: { '/2024.html': nationalReport(2024), '/2025.html': nationalReport(2025) } });
    browser = await launchWithExtension({ args: ['--accept-lang=zh-CN'] });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  const openReport = (path: string) => openReportIn(browser, server, path);

  const facts = async (page: Page): Promise<Record<string, string>> => {
    const rows = await card(page).locator('.fact').allTextContents();
    // Each row is its label then its value; the labels are the card's own words.
    const labels = ['指标项', '起始值', '指标', '数值', '方向', '期间', '力度', '期限', '章节'];
    return Object.fromEntries(
      rows.map((row) => {
        const label = labels.find((l) => row.startsWith(l))!;
        return [label, row.slice(label.length)];
      }),
    );
  };

  it('the card says what a figure measures, and the reader corrects the metric there', async () => {
    const page = await openReport('/2024.html');
    await openCard(page, GDP_TARGET);
    expect(await facts(page)).toMatchObject({ 指标: '国内生产总值增长', 指标项: '地区生产总值增长', 数值: '5%左右', 期间: '当年' });
    expect(await pageAxe(page, ['.card'])).toEqual([]);

    await openCard(page, GROWTH_GOAL);
    expect(await facts(page)).toMatchObject({ 指标: '经济增长预期目标', 指标项: '地区生产总值增长' });
    await card(page).locator('.meaning-open').click();
    const metric = card(page).locator('.meaning-metric');
    await metric.fill('经济增长');
    expect(await pageAxe(page, ['.card'])).toEqual([]);
    // Escape folds the form and changes nothing; the card stays open.
    await page.keyboard.press('Escape');
    expect(await card(page).locator('.meaning-editor').count()).toBe(0);
    expect((await facts(page)).指标).toBe('经济增长预期目标');
    await card(page).locator('.meaning-open').click();
    await card(page).locator('.meaning-metric').fill('经济增长');
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await facts(page)).指标).toBe('经济增长（已更正）');
    await page.close();
  });

  it('the card of a headline figure shows the other year once both years’ reports were read (screenshot: docs/page-card-history.png)', async () => {
    // Both years read, whichever test ran before.
    await (await openReport('/2024.html')).close();
    const page = await openReport('/2025.html');
    await openCard(page, GDP_TARGET);
    const rows = card(page).locator('.history-row');
    await expect.poll(() => rows.allTextContents(), { timeout: 10_000 }).toEqual(BOTH_YEARS_GDP_ROWS);
    expect(await card(page).locator('.history-title').textContent()).toBe('全国历年');
    expect(await pageAxe(page, ['.card'])).toEqual([]);
    // Kept: the reader collects it, for the collection below.
    // The card scrolls within itself when it is taller than the room beside the passage.
    await inUiWorld(page, (root) => root!.querySelector('.card-actions')!.scrollIntoView({ block: 'nearest' }));
    await card(page).locator('.card-actions .btn-primary').click();
    await expect.poll(() => card(page).locator('.badge').textContent()).toBe('已收藏');
    await inUiWorld(page, (root) => root!.querySelector('.card')!.scrollTo({ top: 0 }));
    await page.waitForTimeout(200);
    await page.screenshot({ path: screenshotPath('page-card-history.png') });
    await page.close();
  });

  it('the collection shows each report’s identity; a corrected year moves the rows and goes into the CSV', async () => {
    const page = await browser.openExtensionPage('collection.html');
    await page.setViewportSize({ width: 1440, height: 820 });
    await page.locator('.collection[data-loaded="true"]').waitFor();
    await page.waitForFunction(() => performance.getEntriesByName('collection-complete').length > 0);
    const yearFilter = page.locator('.filter-bar').getByLabel('年份', { exact: true });
    const years = () => yearFilter.locator('option').evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value));
    await expect.poll(years).toEqual(['', '2025', '2024']);

    // The 2025 report's row: its details say which report it is.
    await yearFilter.selectOption('2025');
    await expect.poll(() => page.locator('.table-body [role="row"]').count()).toBe(1);
    await page.locator('.table-body .cell-metric button').first().click();
    const identity = page.locator('.details .identity-line');
    await expect.poll(() => identity.locator('.identity-text').textContent()).toBe('全国 · 2025年 · 政府工作报告 · 国家');

    // Corrected with the keyboard: the button, the year field, Enter.
    await identity.getByRole('button', { name: '校正' }).focus();
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: '报告信息' });
    await dialog.waitFor();
    expect(await axeViolations(page)).toEqual([]);
    // Escape closes the dialog only (the details stay), and changes nothing.
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog.count()).toBe(0);
    expect(await page.locator('.details').count()).toBe(1);
    await identity.getByRole('button', { name: '校正' }).click();
    const year = dialog.getByLabel('年份', { exact: true });
    await year.fill('2O26');
    await year.press('Enter');
    await expect.poll(() => dialog.getByRole('alert').textContent()).toContain('四位数');
    await year.fill('2026');
    await year.press('Enter');
    await expect.poll(() => dialog.count()).toBe(0);
    await expect.poll(() => identity.locator('.identity-text').textContent()).toBe('全国 · 2026年 · 政府工作报告 · 国家');
    expect(await identity.locator('.identity-corrected').textContent()).toBe('已校正');

    // The row left 2025 for 2026.
    await yearFilter.selectOption('');
    await expect.poll(years).toEqual(['', '2026', '2024']);
    await yearFilter.selectOption('2026');
    await expect.poll(() => page.locator('.table-body [role="row"]').count()).toBe(1);
    expect(await page.locator('.table-body .cell-year').allTextContents()).toEqual(['2026']);

    await yearFilter.selectOption('');
    await expect.poll(() => page.locator('.table-body [role="row"]').count()).toBe(2);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '导出 CSV' }).click()]);
    const rows = parseCsv(await readFile(await download.path(), 'utf8'));
    const header = itemHeader('zh');
    expect(rows[0]).toEqual(header);
    const col = (name: string) => header.indexOf(name);
    const brief = rows
      .slice(1)
      .map((r) => [r[col('地区')], r[col('年份')], r[col('指标项')], r[col('指标')], r[col('原文')]])
      .sort((a, b) => String(a[1]).localeCompare(String(b[1])));
    expect(brief).toEqual([
      ['全国', '2024', '地区生产总值增长', '经济增长', GROWTH_GOAL],
      ['全国', '2026', '地区生产总值增长', '国内生产总值增长', GDP_TARGET],
    ]);
    await page.close();
  });

  it('the correction survives the next visit of the report', async () => {
    const page = await openReport('/2025.html');
    const popup = await browser.openExtensionPage('collection.html');
    await popup.locator('.collection[data-loaded="true"]').waitFor();
    const years = popup.locator('.filter-bar').getByLabel('年份', { exact: true }).locator('option');
    await expect.poll(() => years.evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value))).toEqual(['', '2026', '2024']);
    await popup.close();
    await page.close();
  });

  it('the popup shows this page’s identity, and corrects it', async () => {
    const opener = await browser.openExtensionPage('popup.html');
    const tabId = await openTab(opener, server.url('/2024.html'));
    const here = await browser.openExtensionPage(`popup.html?tab=${tabId}`);
    await here.setViewportSize({ width: 400, height: 600 });
    const line = here.locator('.page-card .identity-line');
    const text = () => line.locator('.identity-text').textContent();
    await expect.poll(text, { timeout: 20_000 }).toBe('全国 · 2024年 · 政府工作报告 · 国家');

    await line.getByRole('button', { name: '校正' }).click();
    const dialog = here.getByRole('dialog', { name: '报告信息' });
    await dialog.waitFor();
    expect(await axeViolations(here)).toEqual([]);
    await dialog.getByLabel('地区', { exact: true }).fill('中华人民共和国');
    await dialog.getByRole('button', { name: '保存', exact: true }).click();
    await expect.poll(text).toBe('中华人民共和国 · 2024年 · 政府工作报告 · 国家');
    await expect.poll(() => here.locator('.page-card .page-message').textContent()).toBe('已保存报告信息');
    // The group of the list says it too, in short.
    await expect.poll(() => here.locator('.group-header .identity-text').allTextContents()).toContain('中华人民共和国 · 2024年');

    // Given back to the reading of the text: the mark of a correction goes.
    await line.getByRole('button', { name: '校正' }).click();
    await dialog.getByRole('button', { name: '按原文识别' }).click();
    await expect.poll(() => line.locator('.identity-corrected').count()).toBe(0);
    await here.close();
    await closeTab(opener, tabId);
    await opener.close();
  });
});

describe('an open card follows its place’s other years', () => {
  const { browser, server } = threeNationalReports();

  it('a report read in another tab, then a report’s identity corrected, change the open card’s years without reopening it', async () => {
    const { extension, page, rows } = await cardWithTwoYears(browser(), server());

    // Another tab (in the background) reads the 2023 report: its target for 2023 and its review of 2022 come in.
    const tabId = await openTab(extension, server().url('/2023.html'));
    await expect.poll(() => rows.allTextContents(), { timeout: 20_000 }).toEqual([
      '2022 目标 未设 → 实际 3%无目标',
      '2023 目标 ≈ 5% → 实际 5.2%完成',
      '2024 目标 ≈ 5% → 实际 5%完成',
      '2025 目标 ≈ 5% → 实际 待公布待定',
    ]);
    expect(await card(page).getAttribute('aria-label')).toContain(GDP_TARGET); // the same card, still open

    // The reader says the 2024 report is another place's: its target and its review of 2023 leave the card.
    const reportId = server().url('/2024.html');
    const stored = (await send(extension, 'backup/export', {})).reports.find((r) => r.url === reportId)!;
    await send(extension, 'report/setIdentity', { reportId, identity: { ...stored.identity, place: '上海市', level: 'province' } });
    await expect.poll(() => rows.allTextContents(), { timeout: 10_000 }).toEqual([
      '2022 目标 未设 → 实际 3%无目标',
      '2023 目标 ≈ 5% → 实际 待公布待定',
      '2024 目标 未设 → 实际 5%无目标',
      '2025 目标 ≈ 5% → 实际 待公布待定',
    ]);
    await closeTab(extension, tabId);
    await extension.close();
    await page.close();
  });
});

describe('a press on the card is not lost when its years change under it', () => {
  const { browser, server } = threeNationalReports();

  it('the reader presses 收藏 as another tab’s report adds a year above it: the item is collected, then the year shows', async () => {
    const { extension, page, rows } = await cardWithTwoYears(browser(), server());
    await inUiWorld(page, (root) => root!.querySelector('.card-actions')!.scrollIntoView({ block: 'nearest' }));
    await card(page).locator('.card-actions .btn-primary').waitFor();
    const collect = await inUiWorld(page, (root) => {
      const box = root!.querySelector('.card-actions .btn-primary')!.getBoundingClientRect();
      return { x: box.left + box.width / 2, y: box.top + box.height / 2 };
    });
    await page.mouse.move(collect.x, collect.y);
    await page.mouse.down();

    // Meanwhile another tab reads the 2023 report: a year more for the card, above its buttons.
    const tabId = await openTab(extension, server().url('/2023.html'));
    const years = () => inUiWorld(page, (root) => ({ rows: root!.querySelectorAll('.history-row').length, waiting: root!.querySelector('.history[aria-busy="true"]') !== null }));
    await expect.poll(years, { timeout: 20_000 }).toSatisfy((y: { rows: number; waiting: boolean }) => y.waiting || y.rows === 4);
    await page.mouse.up();

    await expect.poll(() => card(page).locator('.badge').textContent()).toBe('已收藏');
    await expect.poll(() => rows.allTextContents(), { timeout: 10_000 }).toEqual([
      '2022 目标 未设 → 实际 3%无目标',
      '2023 目标 ≈ 5% → 实际 5.2%完成',
      '2024 目标 ≈ 5% → 实际 5%完成',
      '2025 目标 ≈ 5% → 实际 待公布待定',
    ]);
    expect(await card(page).locator('.history').getAttribute('aria-busy')).toBeNull();
    await closeTab(extension, tabId);
    await extension.close();
    await page.close();
  });
});

/** Three national reports served, and a browser with the extension, for the describe block it is called in. */
function threeNationalReports(): { browser: () => ExtensionBrowser; server: () => FixtureServer } {
  let browser: ExtensionBrowser;
  let server: FixtureServer;
  beforeAll(async () => {
    const pages = Object.fromEntries([2023, 2024, 2025].map((year) => [`/${year}.html`, nationalReport(year)]));
    server = await startFixtureServer({ defaultHost: SITE, pages });
    browser = await launchWithExtension({ args: ['--accept-lang=zh-CN'] });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  return { browser: () => browser, server: () => server };
}

/** The 2024 report read, then the 2025 one open with its GDP target's card showing both years. */
async function cardWithTwoYears(browser: ExtensionBrowser, server: FixtureServer) {
  await (await openReportIn(browser, server, '/2024.html')).close();
  const extension = await browser.openExtensionPage('collection.html');
  const page = await openReportIn(browser, server, '/2025.html');
  await page.bringToFront();
  await openCard(page, GDP_TARGET);
  const rows = card(page).locator('.history-row');
  await expect.poll(() => rows.allTextContents(), { timeout: 10_000 }).toEqual(BOTH_YEARS_GDP_ROWS);
  return { extension, page, rows };
}
