/**
 * Sites other than *.gov.cn: the annotator does nothing until the reader asks. Asking is the
 * toolbar button (here clicked through Chromium's own Extensions.triggerAction, which grants
 * activeTab exactly as a click does), whose popup sends 'page/runOnTab' for its tab; the
 * background then injects the content script with scripting.executeScript. No host permission is
 * granted on the way. The page is the real school page carrying the 2023 report digest.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contentScriptWorlds, launchWithExtension, startFixtureServer, type ExtensionBrowser, type FixtureServer } from './harness';
import { readCorpus, SCHOOL_FILE } from './fixtures/pages';
import { clickToolbarButton, highlightTexts, openSummary, setLanguage, summary, ui } from './fixtures/page-helpers';

const SCHOOL_HOST = 'www.sxyz.example.org';

describe('the page annotator on request, on a site that is not a government site', () => {
  let browser: ExtensionBrowser;
  let server: FixtureServer;

  beforeAll(async () => {
    server = await startFixtureServer({ pages: { '/school.html': readCorpus(SCHOOL_FILE) }, defaultHost: SCHOOL_HOST });
    browser = await launchWithExtension({ mapToLoopback: ['*.gov.cn', '*.example.org'] });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  async function open(path: string): Promise<Page> {
    const page = await browser.context.newPage();
    await page.setViewportSize({ width: 1280, height: 800 });
    await setLanguage(page, 'zh-CN,zh');
    await page.goto(server.url(path));
    return page;
  }

  it('does nothing on the page by itself', async () => {
    const page = await open('/school.html');
    await page.waitForTimeout(1500);
    expect(await contentScriptWorlds(page)).toEqual([]);
    expect(await highlightTexts(page)).toEqual([]);
    expect(await ui(page).count()).toBe(0);
    await page.close();
  });

  it('runs when the reader clicks the toolbar button and asks the popup to run here', async () => {
    const page = await open('/school.html');
    const popup = await clickToolbarButton(browser, page);
    // What the popup's "在此页运行" does: its tab, then 'page/runOnTab' to the background.
    const reply = await popup.evaluate<{ ok: boolean; value?: { total: number; found: Record<string, number>; state: string }; error?: string }>(`
      chrome.tabs.query({ active: true, lastFocusedWindow: true }).then(([tab]) =>
        chrome.runtime.sendMessage({ type: 'page/runOnTab', payload: { tabId: tab.id } }))`);
    expect(reply.error).toBeUndefined();
    expect(reply.ok).toBe(true);
    expect(reply.value!.state).toBe('ready');
    expect(reply.value!.total).toBeGreaterThan(100);

    const texts = await highlightTexts(page);
    expect(texts).toEqual(expect.arrayContaining(['城镇新增就业1206万人', '年末城镇调查失业率降到5.5%']));
    await openSummary(page);
    await expect.poll(() => summary(page).textContent()).toContain('目标');
    // The page's origin holds no database of ours.
    expect(await page.evaluate(async () => (await indexedDB.databases()).map((d) => d.name))).toEqual([]);

    // activeTab was for that tab only: another page of the site stays untouched.
    const other = await open('/school.html');
    await other.waitForTimeout(1000);
    expect(await highlightTexts(other)).toEqual([]);
    expect(await contentScriptWorlds(other)).toEqual([]);
    await other.close();
    await page.close();
  });

  it('offers to always run on the site right in the summary, asking in a page of its own', async () => {
    const page = await open('/school.html');
    const popup = await clickToolbarButton(browser, page);
    await popup.evaluate(`
      chrome.tabs.query({ active: true, lastFocusedWindow: true }).then(([tab]) =>
        chrome.runtime.sendMessage({ type: 'page/runOnTab', payload: { tabId: tab.id } }))`);
    await openSummary(page);
    const offer = summary(page).locator('.always-on');
    await expect.poll(() => offer.textContent()).toBe('在此网站始终运行');
    // A content script may not ask the browser for a site: the background opens grant.html to ask.
    const opened = browser.context.waitForEvent('page', { predicate: (p) => p.url().includes('/grant.html') });
    await offer.click();
    const grant = await opened;
    const asked = new URL(grant.url());
    expect(asked.searchParams.get('site')).toBe(`http://${SCHOOL_HOST}/*`);
    expect(Number(asked.searchParams.get('tab'))).toBeGreaterThan(0);
    await expect.poll(() => grant.locator('body').textContent()).toContain(SCHOOL_HOST);
    // In the browser's language (the extension page's; this Chromium's is English).
    expect(await grant.locator('button').allTextContents()).toEqual((await grant.evaluate(() => navigator.language)).startsWith('en') ? ['Allow', 'Cancel'] : ['允许', '取消']);
    await expect.poll(() => summary(page).locator('.site-offer [role="status"]').textContent()).toBe('请在新打开的窗口中确认。');
    const closed = grant.waitForEvent('close');
    await grant.locator('button').nth(1).click();
    await closed;
    await page.close();
  });

  it('tells the reader when it may not run on a tab', async () => {
    const page = await open('/school.html');
    const tabPage = await browser.openExtensionPage('collection.html');
    // No click on the toolbar button: no activeTab, and the background says so.
    const reply = await tabPage.evaluate(async () => {
      const c = (globalThis as unknown as { chrome: { tabs: { query(q: object): Promise<{ id: number; url?: string }[]> }; runtime: { sendMessage(m: unknown): Promise<{ ok: boolean; error?: string }> } } }).chrome;
      const tabs = await c.tabs.query({});
      const results = [];
      for (const t of tabs) if (!t.url) results.push(await c.runtime.sendMessage({ type: 'page/runOnTab', payload: { tabId: t.id } }));
      return results;
    });
    expect(reply.length).toBeGreaterThan(0);
    for (const r of reply) {
      expect(r.ok).toBe(false);
      expect(r.error).toContain('无权访问此页');
    }
    expect(await highlightTexts(page)).toEqual([]);
    await tabPage.close();
    await page.close();
  });
});
