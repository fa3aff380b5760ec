/**
 * What a Firefox reader does on a government report page, in Firefox ESR with the built add-on:
 * the highlights and the summary, the card (tag, note, collect), the tag after a reload, the popup
 * listing what was collected, the English UI, and the add-on as about:debugging shows it.
 * One browser for the whole file.
 */
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { screenshotPath, startFixtureServer, type FixtureServer } from '../harness';
import { seedReportPage } from '../fixtures/pages';
import { launchFirefoxWithExtension, type FirefoxWithExtension } from './harness';
import { askBackground, card, highlightTexts, highlightTextsOf, pointAtHighlight, summary } from './page-helpers';

interface StoredItem {
  id: string;
  tags: string[];
  note: string;
  status: string;
  source: string;
  selector: { quote: { exact: string } };
}

const SITE = 'www.xiuzhou.example.gov.cn';
const TITLE = '秀洲区党代会工作报告（节选）';

describe('Firefox: the page annotator on a government report page', () => {
  let firefox: FirefoxWithExtension;
  let server: FixtureServer;
  /** An extension page kept open to ask the background, as the collection page does. */
  let messenger: Page;

  beforeAll(async () => {
    const pages = Object.fromEntries(['/seed.html', '/seed-card.html', '/seed-keys.html', '/seed-en.html'].map((p) => [p, seedReportPage()]));
    server = await startFixtureServer({ pages, defaultHost: SITE });
    firefox = await launchFirefoxWithExtension({ hosts: [SITE], language: 'zh-CN, zh' });
    messenger = await firefox.openExtensionPage('collection.html');
  });

  afterAll(async () => {
    await firefox?.close();
    await server?.close();
  });

  const itemsOf = (path: string) => askBackground<StoredItem[]>(messenger, 'items/forReport', { reportId: server.url(path) });

  /** Hover the passage until its card opens. */
  async function hover(page: Page, text: string) {
    await expect.poll(() => highlightTexts(page), { timeout: 15_000 }).toContain(text);
    const { x, y } = await pointAtHighlight(page, text);
    await page.mouse.move(x - 30, y - 40);
    await page.mouse.move(x, y, { steps: 4 });
    await expect.poll(() => card(page).getAttribute('aria-label')).toContain(text);
  }

  it('highlights the seed report’s targets and commitments, with the summary in Chinese', async () => {
    const page = await firefox.open(server.url('/seed.html'));
    await expect.poll(() => highlightTexts(page), { timeout: 15_000 }).toContain('新增学位1.85万个');
    const texts = await highlightTexts(page);
    expect(texts).toEqual(expect.arrayContaining(['复垦建设用地1万亩', '力争空气质量优良率达到95%']));
    expect(texts.length).toBeGreaterThan(20);
    // The page's text is untouched and its own script still runs.
    await page.click('#print');
    expect(await page.evaluate(() => (window as unknown as { pageScriptRuns: number }).pageScriptRuns)).toBe(1);
    // The page cannot open our UI's shadow root.
    expect(await page.evaluate((host) => document.querySelector(host)?.shadowRoot ?? null, 'report-annotator-ui')).toBeNull();
    await expect.poll(() => summary(page).textContent()).toMatch(/目标\s*\d+/);
    expect(await summary(page).textContent()).toContain('J / K');
    await page.close();
  });

  it('tags, notes and collects items through the card; the tag and note are still there after a reload', async () => {
    const path = '/seed-card.html';
    const page = await firefox.open(server.url(path));
    await hover(page, '新增学位1.85万个');
    expect(await card(page).locator('.facts').textContent()).toContain('1.85万个');
    await card(page).locator('.tag-input').click();
    await page.keyboard.type('教育');
    await page.keyboard.press('Enter');
    await expect.poll(() => card(page).locator('.tag').allTextContents()).toEqual([expect.stringContaining('教育')]);
    await expect.poll(() => highlightTextsOf(page, 'report-annotator-tagged')).toEqual(['新增学位1.85万个']);
    await card(page).locator('.note-input').click();
    await page.keyboard.type('年底核对进度');
    await card(page).locator('.tag-input').click(); // the note is saved when the focus leaves it
    await expect.poll(async () => (await itemsOf(path)).map((i) => [i.selector.quote.exact, i.tags, i.note, i.status])).toEqual([
      ['新增学位1.85万个', ['教育'], '年底核对进度', 'active'],
    ]);
    await page.keyboard.press('Escape');
    await expect.poll(() => card(page).count()).toBe(0);

    // Collect another one as it is.
    await hover(page, '复垦建设用地1万亩');
    await card(page).locator('.btn-primary').click();
    await expect.poll(() => card(page).locator('.badge').textContent()).toBe('已收藏');
    await expect.poll(async () => (await itemsOf(path)).map((i) => i.selector.quote.exact).sort()).toEqual(['复垦建设用地1万亩', '新增学位1.85万个'].sort());
    await expect.poll(() => summary(page).textContent()).toContain('已收藏 2');

    await page.reload();
    await expect.poll(() => highlightTextsOf(page, 'report-annotator-tagged'), { timeout: 15_000 }).toEqual(['新增学位1.85万个']);
    await hover(page, '新增学位1.85万个');
    await expect.poll(() => card(page).locator('.tag').allTextContents()).toEqual([expect.stringContaining('教育')]);
    expect(await card(page).locator('.note-input').inputValue()).toBe('年底核对进度');
    await page.close();
  });

  it('opens the card with J and closes it with Escape', async () => {
    const page = await firefox.open(server.url('/seed-keys.html'));
    await expect.poll(() => highlightTexts(page), { timeout: 15_000 }).toContain('新增学位1.85万个');
    await page.keyboard.press('j');
    await expect.poll(() => card(page).count()).toBe(1);
    const first = await card(page).getAttribute('data-item');
    expect(await highlightTextsOf(page, 'report-annotator-focus')).toHaveLength(1);
    await page.keyboard.press('j');
    await expect.poll(() => card(page).getAttribute('data-item')).not.toBe(first);
    await page.keyboard.press('Escape');
    await expect.poll(() => card(page).count()).toBe(0);
    await page.close();
  });

  it('lists the collected items in the popup, under the report, with their tags', async () => {
    const popup = await firefox.openExtensionPage('popup.html');
    await popup.waitForSelector('main[data-loaded="true"]');
    await expect.poll(() => popup.$$eval('.item-quote', (els) => els.map((e) => e.textContent))).toEqual(
      expect.arrayContaining(['新增学位1.85万个', '复垦建设用地1万亩']),
    );
    // One group, titled by the report page's title.
    expect(await popup.$$eval('.group-title', (els) => els.map((e) => e.textContent))).toEqual([expect.stringContaining(TITLE)]);
    const tags = await popup.$$eval('.item-card', (cards) =>
      cards.map((c) => [c.querySelector('.item-quote')?.textContent, [...c.querySelectorAll('.tag-name')].map((t) => t.textContent)]),
    );
    expect(tags).toContainEqual(['新增学位1.85万个', ['教育']]);
    await popup.close();
  });

  it('speaks English where the browser is English', async () => {
    await firefox.setLanguage('en-US, en');
    try {
      const page = await firefox.open(server.url('/seed-en.html'));
      await hover(page, '新增学位1.85万个');
      expect(await card(page).textContent()).toContain('Collect');
      await expect.poll(() => summary(page).textContent()).toContain('Targets');
      await page.close();
      const popup = await firefox.openExtensionPage('popup.html');
      await popup.waitForSelector('main[data-loaded="true"]');
      expect(await popup.$eval('html', (e) => e.lang)).toBe('en');
      expect(await popup.$$eval('.kind-toggle', (els) => els.map((e) => e.textContent))).toEqual(['Target', 'Result', 'Commitment']);
      await popup.close();
    } finally {
      await firefox.setLanguage('zh-CN, zh');
    }
  });

  it('shows as a temporary add-on in about:debugging (screenshot: docs/firefox-load.png)', async () => {
    const page = await firefox.open();
    await page.setViewport({ width: 1100, height: 720 });
    await firefox.navigate(page, 'about:debugging#/runtime/this-firefox');
    const text = () => page.evaluate(() => document.body.innerText);
    await expect.poll(text, { timeout: 15_000 }).toContain('报告标注 Report Annotator');
    expect(await text()).toMatch(/Temporary Extensions \(1\)/);
    expect(await text()).toContain(firefox.addonId);
    await page.screenshot({ path: screenshotPath('firefox-load.png') });
    await page.close();
  });

  it('left no error from the extension’s own scripts in the browser console', async () => {
    expect(await firefox.extensionErrors()).toEqual([]);
  });
});
