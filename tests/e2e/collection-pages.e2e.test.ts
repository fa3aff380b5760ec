/**
 * From the page to the collection: items tagged through the on-page cards of
 * two report pages show up in an already open popup (live), grouped by report,
 * filter by tag and export; the popup's "this page" card counts and collects.
 */
import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseCsv } from '../../lib/export/csv';
import { itemHeader } from '../../lib/export/item-row';
import { launchWithExtension, startFixtureServer, type ExtensionBrowser, type FixtureServer } from './harness';
import { card, highlightTexts, pointAtHighlight, setLanguage } from './fixtures/page-helpers';
import { SEED_FILE, govNoticePage, govReportPage, readCorpus } from './fixtures/pages';
import { openTab, closeTab } from './fixtures/collection/seed';

const SITE = 'www.xiuzhou.example.gov.cn';
const TITLE_A = '秀洲区党代会工作报告（甲）';
const TITLE_B = '秀洲区党代会工作报告（乙）';

describe('items tagged on report pages, in the popup', () => {
  let browser: ExtensionBrowser;
  let server: FixtureServer;
  let popup: Page;

  beforeAll(async () => {
    const text = readCorpus(SEED_FILE);
    server = await startFixtureServer({
      defaultHost: SITE,
      pages: {
        '/a.html': govReportPage({ site: '秀洲区人民政府', title: TITLE_A, text }),
        '/b.html': govReportPage({ site: '秀洲区人民政府', title: TITLE_B, text }),
        '/notices.html': govNoticePage(),
      },
    });
    browser = await launchWithExtension({ args: ['--accept-lang=zh-CN'] });
    popup = await browser.openExtensionPage('popup.html');
    await popup.setViewportSize({ width: 400, height: 600 });
    await popup.locator('main[data-loaded="true"]').waitFor();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  async function openReport(path: string): Promise<Page> {
    const page = await browser.context.newPage();
    await page.setViewportSize({ width: 1280, height: 800 });
    await setLanguage(page, 'zh-CN,zh');
    await page.goto(server.url(path));
    await expect.poll(() => highlightTexts(page), { timeout: 15_000 }).not.toEqual([]);
    return page;
  }

  /** Hover a highlighted passage until its card opens, then type a tag into the card. */
  async function tagOnPage(page: Page, text: string, tag: string) {
    const { x, y } = await pointAtHighlight(page, text);
    await page.mouse.move(x - 30, y - 40);
    await page.mouse.move(x, y, { steps: 4 });
    await expect.poll(() => card(page).getAttribute('aria-label').catch(() => null)).toContain(text);
    await card(page).locator('.tag-input').click();
    await page.keyboard.type(tag);
    await page.keyboard.press('Enter');
    await expect.poll(() => card(page).locator('.tag').allTextContents()).toEqual([expect.stringContaining(tag)]);
  }

  it('shows what is tagged on two pages in the open popup, grouped by report', async () => {
    const a = await openReport('/a.html');
    const [first, second] = await highlightTexts(a);
    await tagOnPage(a, first!, '收藏');
    const b = await openReport('/b.html');
    await tagOnPage(b, second!, '收藏');

    await expect.poll(() => popup.locator('.list-summary').textContent()).toBe('显示 2 / 2 条');
    const groups = await popup.locator('.group-title').allTextContents();
    expect(groups).toEqual([expect.stringContaining(TITLE_B), expect.stringContaining(TITLE_A)]);
    expect(await popup.locator('.item-quote').allTextContents()).toEqual([second, first]);

    await popup.locator('.filter-bar').getByLabel('标签', { exact: true }).selectOption('收藏');
    const [download] = await Promise.all([popup.waitForEvent('download'), popup.getByRole('button', { name: '导出 CSV' }).click()]);
    const rows = parseCsv(await readFile(await download.path(), 'utf8'));
    const [quote, tags] = [itemHeader('zh').indexOf('原文'), itemHeader('zh').indexOf('标签')];
    expect(rows.slice(1).map((r) => [r[0], r[quote], r[tags]])).toEqual([
      [groups[0], second, '收藏'],
      [groups[1], first, '收藏'],
    ]);
    await popup.locator('.filter-bar').getByLabel('标签', { exact: true }).selectOption('');
    await b.close();
    await a.close();
  });

  it('this page: found by kind, collected, and collect all', async () => {
    // Open the report through the tabs API, to learn its tab id.
    const tabId = await openTab(popup, server.url('/a.html'));
    const here = await browser.openExtensionPage(`popup.html?tab=${tabId}`);
    const pageCard = here.locator('.page-card');
    await expect.poll(() => pageCard.getByRole('button', { name: '全部收藏' }).count(), { timeout: 15_000 }).toBe(1);
    await expect.poll(() => pageCard.locator('.page-collected').textContent()).toBe('已收藏 1 条');
    const found = Number(await pageCard.locator('.kind-count b').evaluateAll((bs) => bs.reduce((n, b) => n + Number(b.textContent), 0)));
    expect(found).toBeGreaterThan(1);
    await pageCard.getByRole('button', { name: '全部收藏' }).click();
    await expect.poll(() => pageCard.locator('.page-collected').textContent()).toBe(`已收藏 ${found} 条`);
    await expect.poll(() => popup.locator('.list-summary').textContent()).toBe(`显示 ${found + 1} / ${found + 1} 条`);
    await here.close();
    await closeTab(popup, tabId);
  });

  it('this page: a page that does not read like a report gets 在此页运行, which runs the annotator there', async () => {
    const tabId = await openTab(popup, server.url('/notices.html'));
    const here = await browser.openExtensionPage(`popup.html?tab=${tabId}`);
    const pageCard = here.locator('.page-card');
    const run = pageCard.getByRole('button', { name: '在此页运行' });
    await run.waitFor();
    expect(await pageCard.textContent()).toContain('扩展尚未在此页运行');
    await run.click();
    await expect.poll(() => pageCard.getByRole('button', { name: '全部收藏' }).count(), { timeout: 15_000 }).toBe(1);
    expect(await pageCard.locator('.kind-count').count()).toBe(3);
    await here.close();
    await closeTab(popup, tabId);
  });
});
