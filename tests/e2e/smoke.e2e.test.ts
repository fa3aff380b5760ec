import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { WxtBrowser } from 'wxt/browser';
import type { PingReply } from '../../entrypoints/background';
import {
  contentScriptWorlds,
  launchWithExtension,
  startFixtureServer,
  type ExtensionBrowser,
  type FixtureServer,
} from './harness';

// The extension API as seen inside the browser (page.evaluate / worker.evaluate bodies).
declare const chrome: WxtBrowser;

describe('extension smoke test', () => {
  let browser: ExtensionBrowser;
  let server: FixtureServer;

  beforeAll(async () => {
    server = await startFixtureServer();
    browser = await launchWithExtension();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('loads the extension and starts its service worker', async () => {
    expect(browser.extensionId).toMatch(/^[a-p]{32}$/);
    expect(browser.serviceWorker.url()).toBe(browser.extensionUrl('background.js'));
    const manifest = await browser.serviceWorker.evaluate(() => chrome.runtime.getManifest());
    expect(manifest.name).toBe('报告标注 Report Annotator');
    expect(manifest.manifest_version).toBe(3);
  });

  it('renders the popup heading', async () => {
    const page = await browser.openExtensionPage('popup.html');
    await expect.poll(() => page.locator('h1').textContent()).toBe('报告标注');
    await page.close();
  });

  it('answers a ping from an extension page (background bundles Dexie)', async () => {
    const page = await browser.openExtensionPage('collection.html');
    await page.locator('h1').waitFor();
    const reply = (await page.evaluate(() => chrome.runtime.sendMessage({ type: 'ping' }))) as PingReply;
    expect(reply.ok).toBe(true);
    expect(reply.dexie).toMatch(/^\d+\.\d+\.\d+/);
    await page.close();
  });

  it('serves a *.gov.cn page from the fixture server and injects the content script there', async () => {
    const page = await browser.context.newPage();
    const response = await page.goto(server.url('/report.html'));
    expect(response?.status()).toBe(200);
    expect(await page.title()).toBe('2025年政府工作报告（测试页）');
    expect(server.requests.some((r) => r.host.startsWith('www.example.gov.cn:') && r.path === '/report.html')).toBe(true);
    await expect
      .poll(async () => (await contentScriptWorlds(page)).map((w) => w.origin))
      .toContain(browser.extensionUrl('').replace(/\/$/, ''));
    await page.close();
  });

  it('leaves pages outside *.gov.cn alone', async () => {
    const ours = browser.extensionUrl('').replace(/\/$/, '');
    const outside = await browser.context.newPage();
    await outside.goto(server.url('/report.html', '127.0.0.1')); // resolves once the page has loaded
    expect(await outside.title()).toBe('2025年政府工作报告（测试页）');
    // The same page on a *.gov.cn host, loaded only after that one had loaded, gets the script
    // (at document_idle, at the latest just after its load event). Once it has, the page outside
    // had as long to get it: it must have none.
    const inside = await browser.context.newPage();
    await inside.goto(server.url('/report.html'));
    await expect.poll(async () => (await contentScriptWorlds(inside)).map((w) => w.origin), { timeout: 15_000 }).toContain(ours);
    expect(await contentScriptWorlds(outside)).toEqual([]);
    await inside.close();
    await outside.close();
  });
});
