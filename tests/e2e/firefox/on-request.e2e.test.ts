/**
 * Firefox, on a site that is not a government site: the add-on does nothing until the reader asks.
 * Asking is the toolbar button, which grants activeTab for the tab (done here from the browser's
 * chrome scope, the call the click makes) and opens the popup, whose "在此页运行" sends
 * 'page/runOnTab'; the background injects the content script. The popup is opened as a page
 * (popup.html?tab=ID), since BiDi cannot reach the toolbar's panel. The page is the real school
 * page carrying the 2023 report digest. One browser for the whole file.
 */
import type { ElementHandle, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFixtureServer, type FixtureServer } from '../harness';
import { readCorpus, SCHOOL_FILE } from '../fixtures/pages';
import { launchFirefoxWithExtension, type FirefoxWithExtension } from './harness';
import { highlightTexts, summary, uiHostCount } from './page-helpers';

const SCHOOL_HOST = 'www.sxyz.example.org';

describe('Firefox: the page annotator on request, on a site that is not a government site', () => {
  let firefox: FirefoxWithExtension;
  let server: FixtureServer;

  beforeAll(async () => {
    const school = readCorpus(SCHOOL_FILE);
    server = await startFixtureServer({ pages: { '/school.html': school, '/school-2.html': school }, defaultHost: SCHOOL_HOST });
    firefox = await launchFirefoxWithExtension({ hosts: [SCHOOL_HOST], language: 'zh-CN, zh' });
  });

  afterAll(async () => {
    await firefox?.close();
    await server?.close();
  });

  /** The popup for the tab `tabId`, opened as a page; its "this page" card has answered. */
  async function popupFor(tabId: number): Promise<Page> {
    const popup = await firefox.openExtensionPage(`popup.html?tab=${tabId}`);
    await popup.waitForSelector('.page-card .page-actions', { timeout: 15_000 });
    return popup;
  }

  const runButton = async (popup: Page) =>
    (await popup.waitForFunction(() => [...document.querySelectorAll('.page-card button')].find((b) => b.textContent === '在此页运行') ?? false, {
      timeout: 15_000,
    })) as ElementHandle<Element>;

  it('does nothing on the page by itself, and may not run there without the reader’s click', async () => {
    const page = await firefox.open(server.url('/school.html?untouched'));
    await new Promise((r) => setTimeout(r, 1500));
    expect(await highlightTexts(page)).toEqual([]);
    expect(await uiHostCount(page)).toBe(0);

    // Asked without activeTab (no click on the toolbar button): the background says it may not.
    const messenger = await firefox.openExtensionPage('collection.html');
    const replies = await messenger.evaluate(async () => {
      const b = (globalThis as unknown as {
        browser: { tabs: { query(q: object): Promise<{ id?: number; url?: string }[]> }; runtime: { sendMessage(m: unknown): Promise<{ ok: boolean; error?: string }> } };
      }).browser;
      const out = [];
      // Without the tabs permission the extension sees no address: the page's tab is one of those.
      for (const tab of await b.tabs.query({})) if (!tab.url && tab.id !== undefined) out.push(await b.runtime.sendMessage({ type: 'page/runOnTab', payload: { tabId: tab.id } }));
      return out;
    });
    expect(replies.length).toBeGreaterThan(0);
    for (const reply of replies) {
      expect(reply.ok).toBe(false);
      expect(reply.error).toContain('无权访问此页');
    }
    expect(await highlightTexts(page)).toEqual([]);
    await messenger.close();
    await page.close();
  });

  it('runs when the reader clicks the toolbar button and then “在此页运行” in the popup', async () => {
    const page = await firefox.open(server.url('/school.html'));
    const tabId = await firefox.grantActiveTab(page);
    const popup = await popupFor(tabId);
    expect(await popup.$eval('.page-card', (el) => el.textContent)).toContain('扩展尚未在此页运行');
    await (await runButton(popup)).click();

    await expect.poll(() => highlightTexts(page), { timeout: 20_000 }).toEqual(expect.arrayContaining(['城镇新增就业1206万人', '年末城镇调查失业率降到5.5%']));
    expect((await highlightTexts(page)).length).toBeGreaterThan(100);
    await expect.poll(() => summary(page).textContent()).toMatch(/目标\s*\d+/);
    // The popup now shows what was found on the page.
    await expect.poll(() => popup.$eval('.page-card', (el) => el.textContent)).toMatch(/目标\s*\d+/);
    // The page's origin holds no database of ours.
    expect(await page.evaluate(async () => (await indexedDB.databases()).map((d) => d.name))).toEqual([]);
    await popup.close();

    // activeTab was for that tab only: another page of the site stays untouched.
    const other = await firefox.open(server.url('/school-2.html'));
    await new Promise((r) => setTimeout(r, 1000));
    expect(await highlightTexts(other)).toEqual([]);
    expect(await uiHostCount(other)).toBe(0);
    await other.close();
    await page.close();
  });

  it('left no error from the extension’s own scripts in the browser console', async () => {
    expect(await firefox.extensionErrors()).toEqual([]);
  });
});
