/**
 * Every click that opens an item's passage takes one path ('page/showPassage'): from the toolbar
 * popup's list and from the collection page's table, as from a tracker cell (tracker.e2e.test.ts),
 * the report's tab already open is brought to the front, scrolled to the item with its card open,
 * and no tab is added; the popup closes, the collection page stays. With the report's tab closed,
 * a new tab opens at the passage and its card opens there too.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, startFixtureServer, type ExtensionBrowser, type FixtureServer } from './harness';
import { closeTab, listItems, openTab } from './fixtures/collection/seed';
import { card, clickToolbarButton, focusedTexts, HIGHLIGHT_NAMES, highlightTexts, pointAtHighlight, type ToolbarPopup } from './fixtures/page-helpers';
import { govNoticePage, seedReportPage } from './fixtures/pages';
import type { WxtBrowser } from 'wxt/browser';
import { highlightInView } from './fixtures/in-page';

// The extension API as the extension pages see it (bodies evaluated there).
declare const chrome: WxtBrowser;

/** A target in the seed report's ninth paragraph, screens below its top. */
const ITEM = '新增学位1.85万个';

/** Whether the highlighted passage `text` is on the page's screen. */
const inView = (page: Page, text: string) => page.evaluate(highlightInView, [[...HIGHLIGHT_NAMES], text] as const);

/** Click an item's quote in the toolbar popup's list, once it is listed, as the reader does. */
const clickInPopup = (popup: ToolbarPopup, itemId: string) =>
  popup.evaluate(`new Promise((resolve, reject) => {
    const started = Date.now();
    const tick = () => {
      const quote = document.querySelector('[data-item-id="${itemId}"] .item-quote');
      if (quote) return resolve(quote.click());
      if (Date.now() - started > 15000) return reject(new Error('the popup lists no such item'));
      setTimeout(tick, 100);
    };
    tick();
  })`);

describe('an item’s click shows its passage in the report’s open tab', () => {
  let browser: ExtensionBrowser;
  let server: FixtureServer;
  /** An extension page kept open, to ask the tabs API and the background. */
  let messenger: Page;
  let reportUrl: string;
  let reportTab: number;
  let report: Page;
  let itemId: string;

  const tabCount = () => messenger.evaluate(async () => (await chrome.tabs.query({})).length);
  const activeTabs = () => messenger.evaluate(async () => (await chrome.tabs.query({ active: true })).map((t) => t.id));

  /** The report's tab as a reader left it: at the top, no card open, another tab in front. */
  async function leaveReport() {
    await report.keyboard.press('Escape');
    await report.evaluate(() => scrollTo(0, 0));
    await expect.poll(() => focusedTexts(report)).toEqual([]);
    expect(await inView(report, ITEM)).toBe(false);
  }

  beforeAll(async () => {
    server = await startFixtureServer({ pages: { '/report.html': seedReportPage(), '/notices.html': govNoticePage() } });
    browser = await launchWithExtension({ args: ['--accept-lang=zh-CN'] });
    messenger = await browser.openExtensionPage('collection.html');
    reportUrl = server.url('/report.html');
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('the reader collects an item from its card on the report page', async () => {
    // The report's tab made through the tabs API, to learn its id.
    reportTab = await openTab(messenger, reportUrl);
    report = browser.context.pages().find((p) => p.url() === reportUrl)!;
    await report.setViewportSize({ width: 1280, height: 800 });
    await report.bringToFront();
    await expect.poll(() => highlightTexts(report), { timeout: 20_000 }).toContain(ITEM);
    const { x, y } = await pointAtHighlight(report, ITEM);
    await report.mouse.move(x - 30, y - 40);
    await report.mouse.move(x, y, { steps: 4 });
    await expect.poll(() => card(report).getAttribute('aria-label').catch(() => null)).toContain(ITEM);
    await card(report).locator('.card-actions .btn-primary').click();
    await expect.poll(async () => (await listItems(messenger, { text: ITEM })).length).toBe(1);
    itemId = (await listItems(messenger, { text: ITEM }))[0]!.id;
  });

  it('from the toolbar popup: the report’s tab comes to the front at the item with its card open, no tab is added, the popup closes', async () => {
    await leaveReport();
    const notices = await browser.context.newPage();
    await notices.goto(server.url('/notices.html'));
    await notices.bringToFront();
    expect(await activeTabs()).not.toContain(reportTab);
    const tabs = await tabCount();

    const popup = await clickToolbarButton(browser, notices);
    await clickInPopup(popup, itemId);

    await expect.poll(() => focusedTexts(report), { timeout: 15_000 }).toEqual([ITEM]);
    expect(await card(report).getAttribute('aria-label')).toContain(ITEM);
    await expect.poll(() => inView(report, ITEM)).toBe(true);
    await expect.poll(activeTabs).toContain(reportTab);
    expect(await tabCount()).toBe(tabs);
    await expect.poll(() => popup.isOpen()).toBe(false);
    await notices.close();
  });

  it('from the collection page’s table: the report’s tab comes to the front at the item with its card open; the collection page stays', async () => {
    await leaveReport();
    const collection = await browser.openExtensionPage('collection.html');
    await collection.setViewportSize({ width: 1440, height: 900 });
    await collection.locator('.collection[data-loaded="true"]').waitFor();
    await collection.bringToFront();
    expect(await activeTabs()).not.toContain(reportTab);
    const tabs = await tabCount();

    await collection.locator('.table-body .cell-link', { hasText: ITEM }).click();
    await expect.poll(() => focusedTexts(report), { timeout: 15_000 }).toEqual([ITEM]);
    expect(await card(report).getAttribute('aria-label')).toContain(ITEM);
    await expect.poll(() => inView(report, ITEM)).toBe(true);
    await expect.poll(activeTabs).toContain(reportTab);
    expect(await tabCount()).toBe(tabs);
    expect(collection.isClosed()).toBe(false);
    expect(collection.url()).toBe(browser.extensionUrl('collection.html'));

    // The report's tab closed, the same click opens a new tab at the passage, whose card opens once it has read the page.
    await closeTab(messenger, reportTab);
    await collection.bringToFront();
    const [opened] = await Promise.all([browser.context.waitForEvent('page'), collection.locator('.table-body .cell-link', { hasText: ITEM }).click()]);
    await opened.waitForLoadState('domcontentloaded');
    expect(opened.url()).toContain(`${reportUrl}#:~:text=`);
    await expect.poll(() => focusedTexts(opened), { timeout: 20_000 }).toEqual([ITEM]);
    expect(await card(opened).getAttribute('aria-label')).toContain(ITEM);
    expect(collection.isClosed()).toBe(false);
    await collection.close();
    // The report's tab from now on.
    report = opened;
  });
  it('from the toolbar popup over the report’s own tab: the card opens there and the popup closes', async () => {
    // (Last: the toolbar click grants activeTab for the tab, which would let the extension see its address.)
    await leaveReport();
    await report.bringToFront();
    const tabs = await tabCount();
    const popup = await clickToolbarButton(browser, report);
    await clickInPopup(popup, itemId);
    await expect.poll(() => focusedTexts(report), { timeout: 15_000 }).toEqual([ITEM]);
    await expect.poll(() => inView(report, ITEM)).toBe(true);
    expect(await tabCount()).toBe(tabs);
    await expect.poll(() => popup.isOpen()).toBe(false);
  });

});
