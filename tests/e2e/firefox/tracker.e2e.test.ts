/**
 * Following a target across years in Firefox ESR: two years' national reports opened as gov.cn
 * pages; the card of a headline figure lists its place's other years (the identity card's 历年);
 * a tracker cell shows its passage in the report's open tab (brought to the front, scrolled there,
 * its card open, no tab added) and, once that tab is closed, in a new tab whose card opens too;
 * a collected item's row in the collection page and in the popup do the same. One browser for the file.
 */
import { join } from 'node:path';
import type { ElementHandle, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFixtureServer, type FixtureServer } from '../harness';
import { CORPUS_DIR, govReportPage, readCorpus } from '../fixtures/pages';
import { launchFirefoxWithExtension, type FirefoxWithExtension } from './harness';
import { card, focusedTexts, HIGHLIGHT_NAMES, highlightTexts, inUi, pointAtHighlight } from './page-helpers';
import { highlightInView } from '../fixtures/in-page';

const SITE = 'www.gov.cn';
const GDP_TARGET = '国内生产总值增长5%左右';
/** The national GDP card's years once the 2024 and 2025 reports were read, as in Chromium (../identity-card.e2e.test.ts). */
const BOTH_YEARS_GDP_ROWS = ['2023 目标 未设 → 实际 5.2%无目标', '2024 目标 ≈ 5% → 实际 5%完成', '2025 目标 ≈ 5% → 实际 待公布待定'];

const nationalReport = (year: number) =>
  govReportPage({ site: '中国政府网', title: `${year}年政府工作报告`, text: readCorpus(join(CORPUS_DIR, `national/gwr-${year}.txt`)) });

/** Whether the highlighted passage `text` is on the page's screen. */
const inView = (page: Page, text: string) => page.evaluate(highlightInView, [[...HIGHLIGHT_NAMES], text] as const);

describe('Firefox: a figure’s other years, and its passage shown in the report’s open tab', () => {
  let firefox: FirefoxWithExtension;
  let server: FixtureServer;

  beforeAll(async () => {
    server = await startFixtureServer({ defaultHost: SITE, pages: { '/2024.html': nationalReport(2024), '/2025.html': nationalReport(2025) } });
    firefox = await launchFirefoxWithExtension({ hosts: [SITE], language: 'zh-CN, zh' });
  });

  afterAll(async () => {
    await firefox?.close();
    await server?.close();
  });

  /** The browser's tabs as the reader sees them: how many, and the address of the one in front. */
  const tabCount = () => firefox.inChrome<number>('return gBrowser.tabs.length;');
  const frontUrl = () => firefox.inChrome<string>('return gBrowser.selectedBrowser.currentURI.spec;');

  /** A report page, read and highlighted. */
  async function openReport(path: string): Promise<Page> {
    const page = await firefox.open(server.url(path));
    await expect.poll(() => highlightTexts(page), { timeout: 30_000 }).toContain(GDP_TARGET);
    return page;
  }

  /** Hover the passage until its card opens. */
  async function hover(page: Page, text: string) {
    const { x, y } = await pointAtHighlight(page, text);
    await page.mouse.move(x - 30, y - 40);
    await page.mouse.move(x, y, { steps: 4 });
    await expect.poll(() => card(page).getAttribute('aria-label')).toContain(text);
  }

  /** The report's tab as a reader left it: at the top, no card open. */
  async function leave(page: Page) {
    await page.bringToFront();
    await page.keyboard.press('Escape');
    await page.evaluate(() => scrollTo(0, 0));
    await expect.poll(() => focusedTexts(page)).toEqual([]);
    expect(await inView(page, GDP_TARGET)).toBe(false);
  }

  /**
   * The card opened at the passage in `page`, scrolled there, with its years. (Waiting for the years
   * also lets the card's question about them be answered before a test closes the tab: Firefox
   * logs a reply that finds its page gone as an error of our content script.)
   */
  async function expectCardAt(page: Page, text: string) {
    await expect.poll(() => focusedTexts(page), { timeout: 20_000 }).toEqual([text]);
    expect(await card(page).getAttribute('aria-label')).toContain(text);
    await expect.poll(() => inView(page, text)).toBe(true);
    await expect.poll(() => card(page).locator('.history-row').allTextContents(), { timeout: 15_000 }).toEqual(BOTH_YEARS_GDP_ROWS);
  }

  /** The tracker's 2024 target cell (the 2024 report's growth target). */
  const targetCell2024 = async (tracker: Page) =>
    (await tracker.waitForFunction(
      () =>
        [...document.querySelectorAll('.tracker-table tbody tr')].find((tr) => tr.querySelectorAll('th, td')[1]?.textContent?.trim() === '2024')?.querySelector('.tracker-target a') ??
        false,
      { timeout: 20_000 },
    )) as ElementHandle<Element>;

  it('the card of a headline figure lists its place’s other years once both years’ reports were read', async () => {
    await (await openReport('/2024.html')).close();
    const page = await openReport('/2025.html');
    await hover(page, GDP_TARGET);
    await expect.poll(() => card(page).locator('.history-row').allTextContents(), { timeout: 15_000 }).toEqual(BOTH_YEARS_GDP_ROWS);
    expect(await card(page).locator('.history-title').textContent()).toBe('全国历年');
    await page.close();
  });

  it('a tracker cell shows its passage in the report’s open tab: brought to the front, scrolled there, its card open, no tab added', async () => {
    const report = await openReport('/2024.html');
    await leave(report);
    const tracker = await firefox.openExtensionPage('collection.html#tracker');
    await tracker.waitForSelector('.tracker-view[data-loaded="true"]');
    const cell = await targetCell2024(tracker);
    expect(await cell.evaluate((a) => a.textContent)).toBe('5%左右');
    await tracker.bringToFront();
    expect(await frontUrl()).not.toBe(server.url('/2024.html'));
    const tabs = await tabCount();

    await cell.click();
    await expectCardAt(report, GDP_TARGET);
    await expect.poll(frontUrl).toBe(server.url('/2024.html'));
    expect(await tabCount()).toBe(tabs);

    // The report's tab closed, the same click opens a new tab at the passage, whose card opens once it has read the page.
    await report.close();
    await tracker.bringToFront();
    await (await targetCell2024(tracker)).click();
    await expect.poll(tabCount).toBe(tabs);
    const opened = await firefox.browser.waitForTarget((t) => t.url().startsWith(server.url('/2024.html')), { timeout: 20_000 });
    const page = (await opened.page())!;
    await expectCardAt(page, GDP_TARGET);
    await page.close();
    await tracker.close();
  });

  it('a collected item’s row in the collection page shows its passage in the report’s open tab the same way; the collection page stays', async () => {
    const report = await openReport('/2024.html');
    await hover(report, GDP_TARGET);
    // The card's years come a moment after it opens and push its buttons down: aim once they are there.
    await expect.poll(() => card(report).locator('.history-row').allTextContents(), { timeout: 15_000 }).toEqual(BOTH_YEARS_GDP_ROWS);
    // The card scrolls within itself when its years make it taller than the room beside the passage.
    await inUi(report, (root) => root!.querySelector('.card-actions')!.scrollIntoView({ block: 'nearest' }));
    await card(report).locator('.card-actions .btn-primary').click();
    await expect.poll(() => card(report).locator('.badge').textContent()).toBe('已收藏');
    await leave(report);

    const collection = await firefox.openExtensionPage('collection.html');
    await collection.setViewport({ width: 1440, height: 900 });
    const link = (await collection.waitForFunction(
      (q) => [...document.querySelectorAll('.table-body .cell-link')].find((a) => a.textContent === q) ?? false,
      { timeout: 15_000 },
      GDP_TARGET,
    )) as ElementHandle<Element>;
    await collection.bringToFront();
    const tabs = await tabCount();
    await link.click();
    await expectCardAt(report, GDP_TARGET);
    await expect.poll(frontUrl).toBe(server.url('/2024.html'));
    expect(await tabCount()).toBe(tabs);
    expect(collection.isClosed()).toBe(false);
    expect(await collection.evaluate(() => location.pathname)).toBe('/collection.html');
    await collection.close();
    await report.close();
  });

  it('the popup’s item does the same (the popup opened as a page, which stays; a toolbar popup cannot be opened from a Firefox test)', async () => {
    const report = await openReport('/2024.html');
    await leave(report);
    const popup = await firefox.openExtensionPage('popup.html');
    await popup.setViewport({ width: 400, height: 600 });
    const quote = (await popup.waitForFunction(
      (q) => [...document.querySelectorAll('.item-quote')].find((a) => a.textContent === q) ?? false,
      { timeout: 15_000 },
      GDP_TARGET,
    )) as ElementHandle<Element>;
    await popup.bringToFront();
    const tabs = await tabCount();
    await quote.click();
    await expectCardAt(report, GDP_TARGET);
    await expect.poll(frontUrl).toBe(server.url('/2024.html'));
    expect(await tabCount()).toBe(tabs);
    expect(popup.isClosed()).toBe(false);
    await popup.close();
    await report.close();
  });

  it('left no error from the extension’s own scripts in the browser console', async () => {
    expect(await firefox.extensionErrors()).toEqual([]);
  });
});
