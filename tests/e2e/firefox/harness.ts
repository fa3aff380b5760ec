/**
 * Firefox with the built extension (.output/firefox-mv2, made by ../global-setup.ts) loaded as a
 * temporary add-on, driven by puppeteer-core over WebDriver BiDi, which Firefox ships built in.
 *
 * What Firefox's BiDi does not do for extensions, and how this file gets round it:
 * - navigation to a moz-extension:// page is refused unless Firefox runs with
 *   --remote-allow-system-access, and even then its events never come: gotoExtensionPage() asks
 *   for the navigation without waiting and polls the document instead;
 * - there is no toolbar click: grantActiveTab() grants activeTab from the browser's own (chrome)
 *   scope, the call a click on the toolbar button makes;
 * - the add-on's moz-extension://UUID/ origin is random: the extensions.webextensions.uuids pref,
 *   set before the install, fixes it.
 */
import { randomUUID } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { requireBrowser } from '../../../scripts/test-browsers';
import { REPO_ROOT } from '../harness';

/** The Firefox build that the tests load. */
export const FIREFOX_EXTENSION_DIR = resolve(REPO_ROOT, '.output/firefox-mv2');

const VIEWPORT = { width: 1280, height: 800 };

export interface FirefoxOptions {
  /** Unpacked extension to install; defaults to FIREFOX_EXTENSION_DIR. */
  extensionDir?: string;
  /** Host names sent to 127.0.0.1 (exact names: Firefox takes no wildcards here). */
  hosts?: string[];
  /** The browser's language (intl.accept_languages), e.g. 'zh-CN, zh'. */
  language?: string;
}

export interface FirefoxWithExtension {
  browser: Browser;
  /** The add-on id (browser_specific_settings.gecko.id). */
  addonId: string;
  /** moz-extension://UUID/ + path. */
  extensionUrl(path: string): string;
  /** Where the browser saves downloads, without asking. */
  downloadDir: string;
  /** A new tab (1280×800), at `url` if given. */
  open(url?: string): Promise<Page>;
  /** A new tab showing an extension page (popup.html, collection.html), loaded. */
  openExtensionPage(path: string): Promise<Page>;
  /** Show an extension page in `page`, and wait until it has loaded. */
  gotoExtensionPage(page: Page, path: string): Promise<void>;
  /**
   * Show `url` in `page` and wait until it has loaded, without BiDi's navigation events (which never
   * come for moz-extension:// and about: pages).
   */
  navigate(page: Page, url: string): Promise<void>;
  /** Evaluate `expression` in the browser's own (chrome) scope, with `gBrowser` & co.; JSON in, JSON out. */
  inChrome<T>(expression: string): Promise<T>;
  /** Grant activeTab for `page`'s tab, as a click on the toolbar button does; returns the tab's id for the extension. */
  grantActiveTab(page: Page): Promise<number>;
  /** Change the browser's language for the pages opened from now on. */
  setLanguage(acceptLanguages: string): Promise<void>;
  /** Errors the browser console holds from the extension's own scripts. */
  extensionErrors(): Promise<string[]>;
  /** Close the browser and delete its profile and downloads. */
  close(): Promise<void>;
}

/** The one raw BiDi call the page helpers need besides puppeteer's own. */
export interface BidiConnection {
  send(method: string, params: object): Promise<{ result: unknown }>;
}

export const bidi = (browser: Browser): BidiConnection => (browser as unknown as { connection: BidiConnection }).connection;

/** The BiDi browsing context id of a tab's top frame. */
export const contextOf = (page: Page): string => (page.mainFrame() as unknown as { _id: string })._id;

interface EvaluateResult {
  type: 'success' | 'exception';
  result?: { type: string; value?: unknown };
  exceptionDetails?: { text: string };
}

/** A BiDi script result as JSON (the functions evaluated return JSON.stringify(...) of what they mean). */
export function jsonResult<T>(reply: unknown): T {
  const r = reply as EvaluateResult;
  if (r.type === 'exception') throw new Error(r.exceptionDetails?.text ?? 'script failed');
  if (r.result?.type === 'undefined') return undefined as T;
  if (r.result?.type !== 'string') throw new Error(`expected a JSON string, got ${r.result?.type}`);
  return JSON.parse(r.result.value as string) as T;
}

export async function launchFirefoxWithExtension(options: FirefoxOptions = {}): Promise<FirefoxWithExtension> {
  const extensionDir = options.extensionDir ?? FIREFOX_EXTENSION_DIR;
  const manifestFile = join(extensionDir, 'manifest.json');
  if (!existsSync(manifestFile)) throw new Error(`No Firefox build in ${extensionDir}: run \`npm run build:firefox\` first.`);
  const manifest = JSON.parse(readFileSync(manifestFile, 'utf8')) as { browser_specific_settings?: { gecko?: { id?: string } } };
  const addonId = manifest.browser_specific_settings?.gecko?.id;
  if (!addonId) throw new Error(`${manifestFile} has no browser_specific_settings.gecko.id`);
  const uuid = randomUUID();
  const downloadDir = await mkdtemp(join(tmpdir(), 'report-annotator-firefox-downloads-'));

  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: requireBrowser('firefox'),
    headless: true,
    timeout: 90_000,
    // Lets the tests open moz-extension:// pages and reach the browser's chrome scope.
    args: ['--remote-allow-system-access'],
    dumpio: process.env.E2E_DUMPIO === '1',
    extraPrefsFirefox: {
      'network.dns.localDomains': (options.hosts ?? ['www.example.gov.cn']).join(','),
      'extensions.webextensions.uuids': JSON.stringify({ [addonId]: uuid }),
      // Otherwise each first visit to an http fixture host tries https first, and waits for it.
      'dom.security.https_first': false,
      'intl.accept_languages': options.language ?? 'zh-CN, zh',
      // Downloads go straight to downloadDir.
      'browser.download.folderList': 2,
      'browser.download.dir': downloadDir,
      'browser.download.useDownloadDir': true,
      'browser.download.always_ask_before_handling_new_types': false,
      'browser.download.start_downloads_in_tmp_dir': false,
      'devtools.console.stdout.content': process.env.E2E_DUMPIO === '1',
    },
  });
  const connection = bidi(browser);
  try {
    const installed = await browser.installExtension(extensionDir);
    if (installed !== addonId) throw new Error(`Firefox installed ${installed}, not ${addonId}`);
  } catch (error) {
    await browser.close().catch(() => undefined);
    await rm(downloadDir, { recursive: true, force: true });
    throw error;
  }

  const extensionUrl = (path: string) => `moz-extension://${uuid}/${path.replace(/^\//, '')}`;

  const inChrome = async <T>(expression: string): Promise<T> => {
    const { result: tree } = (await connection.send('browsingContext.getTree', { 'moz:scope': 'chrome', maxDepth: 0 })) as {
      result: { contexts: { context: string; url: string }[] };
    };
    const window = tree.contexts.find((c) => c.url === 'chrome://browser/content/browser.xhtml');
    if (!window) throw new Error('no browser window in chrome scope');
    const { result } = await connection.send('script.evaluate', {
      expression: `(async () => JSON.stringify(await (async () => { ${expression} })()))()`,
      target: { context: window.context },
      awaitPromise: true,
    });
    return jsonResult<T>(result);
  };

  const navigate = async (page: Page, url: string) => {
    await connection.send('browsingContext.navigate', { context: contextOf(page), url, wait: 'none' });
    const deadline = Date.now() + 30_000;
    for (;;) {
      const state = await page.evaluate(() => `${document.readyState} ${location.href}`).catch(() => '');
      if (state === `complete ${url}` || state === `complete ${new URL(url).href}`) return;
      if (Date.now() > deadline) throw new Error(`${url} did not load (last seen: ${state || 'nothing'})`);
      await new Promise((r) => setTimeout(r, 100));
    }
  };

  const open = async (url?: string) => {
    const page = await browser.newPage();
    await page.setViewport(VIEWPORT);
    if (url) await page.goto(url);
    return page;
  };

  return {
    browser,
    addonId,
    extensionUrl,
    downloadDir,
    open,
    async openExtensionPage(path) {
      const page = await open();
      await navigate(page, extensionUrl(path));
      return page;
    },
    gotoExtensionPage: (page, path) => navigate(page, extensionUrl(path)),
    navigate,
    inChrome,
    async grantActiveTab(page) {
      const url = page.url();
      return inChrome<number>(`
        const url = ${JSON.stringify(url)};
        const tabs = gBrowser.tabs.filter((t) => t.linkedBrowser.currentURI.spec === url);
        if (tabs.length !== 1) throw new Error(tabs.length + ' tabs show ' + url);
        const { extension } = WebExtensionPolicy.getByID(${JSON.stringify(addonId)});
        extension.tabManager.addActiveTabPermission(tabs[0]);
        return extension.tabManager.getWrapper(tabs[0]).id;`);
    },
    async setLanguage(acceptLanguages) {
      await inChrome(`Services.prefs.setStringPref('intl.accept_languages', ${JSON.stringify(acceptLanguages)});`);
    },
    async extensionErrors() {
      return inChrome<string[]>(`
        return Services.console.getMessageArray()
          .filter((m) => m instanceof Ci.nsIScriptError && !(m.flags & Ci.nsIScriptError.warningFlag) && m.sourceName.startsWith(${JSON.stringify(extensionUrl(''))}))
          .map((m) => m.sourceName.replace(${JSON.stringify(extensionUrl(''))}, '') + ':' + m.lineNumber + ': ' + m.errorMessage);`);
    },
    async close() {
      await browser.close().catch(() => undefined);
      await rm(downloadDir, { recursive: true, force: true, maxRetries: 3 });
    },
  };
}
