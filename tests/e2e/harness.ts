/**
 * Helpers for end-to-end tests: Chromium with the built extension loaded, and
 * a fixture server that answers for any host name. (Firefox: firefox/harness.ts.)
 *
 * The extension under test is the production build in .output/chrome-mv3,
 * made once per run by tests/e2e/global-setup.ts.
 */
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { requireBrowser } from '../../scripts/test-browsers';

export const REPO_ROOT = resolve(fileURLToPath(new URL('.', import.meta.url)), '../..');

/**
 * Where a README screenshot goes: docs/ with UPDATE_SCREENSHOTS=1 (`npm run screenshots`), else a
 * scratch folder, so that every test run still takes it without leaving the work tree changed.
 */
export function screenshotPath(name: string): string {
  return process.env.UPDATE_SCREENSHOTS === '1'
    ? join(REPO_ROOT, 'docs', name)
    : join(tmpdir(), 'report-annotator-screenshots', name);
}
/** The Chrome build that the tests load. */
export const EXTENSION_DIR = resolve(REPO_ROOT, '.output/chrome-mv3');
/** Where tests/e2e keeps its own fixture pages. */
export const FIXTURES_DIR = resolve(REPO_ROOT, 'tests/e2e/fixtures');
/** The Chromium the tests drive: CHROMIUM_PATH, else chromium & co. on the PATH (scripts/test-browsers.ts). */
export const chromiumPath = (): string => requireBrowser('chromium');

export interface ExtensionBrowser {
  context: BrowserContext;
  /** The extension's background service worker. */
  serviceWorker: Worker;
  /** The 32-letter id Chromium gave the unpacked extension. */
  extensionId: string;
  /** chrome-extension://ID/ + path, e.g. extensionUrl('popup.html'). */
  extensionUrl(path: string): string;
  /** Open an extension page (popup.html, collection.html) in a new tab. */
  openExtensionPage(path: string): Promise<Page>;
  /** Close the browser and delete its profile. */
  close(): Promise<void>;
}

export interface LaunchOptions {
  /** Unpacked extension to load; defaults to EXTENSION_DIR. */
  extensionDir?: string;
  /** Host names (glob as Chromium's resolver rules take them) sent to 127.0.0.1. */
  mapToLoopback?: string[];
  /** Extra Chromium switches. */
  args?: string[];
}

/**
 * Launch headless Chromium with the extension loaded, in a fresh profile.
 * Playwright's `headless: true` starts Chromium with `--headless`, which is the
 * new headless mode (the old one is gone since Chromium 132) and runs
 * extensions, service workers included.
 */
export async function launchWithExtension(options: LaunchOptions = {}): Promise<ExtensionBrowser> {
  const extensionDir = options.extensionDir ?? EXTENSION_DIR;
  if (!existsSync(join(extensionDir, 'manifest.json'))) {
    throw new Error(`No built extension in ${extensionDir}: run \`npm run build\` first.`);
  }
  const executablePath = chromiumPath();
  const hosts = options.mapToLoopback ?? ['*.gov.cn'];
  const userDataDir = await mkdtemp(join(tmpdir(), 'report-annotator-e2e-'));
  let context: BrowserContext;
  try {
    context = await chromium.launchPersistentContext(userDataDir, {
      headless: true,
      executablePath,
      // Playwright adds --disable-extensions by default; it would win over --load-extension.
      ignoreDefaultArgs: ['--disable-extensions'],
      args: [
        `--disable-extensions-except=${extensionDir}`,
        `--load-extension=${extensionDir}`,
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        '--disable-quic',
        '--no-proxy-server',
        ...(hosts.length ? [`--host-resolver-rules=${hosts.map((h) => `MAP ${h} 127.0.0.1`).join(', ')}`] : []),
        ...(options.args ?? []),
      ],
    });
  } catch (error) {
    await rm(userDataDir, { recursive: true, force: true });
    throw error;
  }

  const isOurs = (w: Worker) => w.url().startsWith('chrome-extension://');
  let serviceWorker: Worker;
  try {
    serviceWorker =
      context.serviceWorkers().find(isOurs) ??
      (await context.waitForEvent('serviceworker', { predicate: isOurs, timeout: 30_000 }));
  } catch (error) {
    await context.close().catch(() => undefined);
    await rm(userDataDir, { recursive: true, force: true });
    throw new Error(
      `The extension in ${extensionDir} did not start its service worker: Chromium refused to load it ` +
        '(a bad manifest, or a script it calls "not UTF-8 encoded": see scripts/vite-escape-noncharacters.ts).',
      { cause: error },
    );
  }
  const extensionId = new URL(serviceWorker.url()).host;
  const extensionUrl = (path: string) => `chrome-extension://${extensionId}/${path.replace(/^\//, '')}`;

  return {
    context,
    serviceWorker,
    extensionId,
    extensionUrl,
    async openExtensionPage(path) {
      const page = await context.newPage();
      await page.goto(extensionUrl(path));
      return page;
    },
    async close() {
      await context.close().catch(() => undefined);
      await rm(userDataDir, { recursive: true, force: true, maxRetries: 3 });
    },
  };
}

/**
 * Extension content-script worlds (isolated worlds) live in `page`'s main
 * frame, read over CDP: one entry per extension whose content script ran,
 * e.g. { name: '报告标注 Report Annotator', origin: 'chrome-extension://ID' }.
 */
export async function contentScriptWorlds(page: Page): Promise<{ name: string; origin: string }[]> {
  const cdp = await page.context().newCDPSession(page);
  const worlds: { name: string; origin: string }[] = [];
  cdp.on('Runtime.executionContextCreated', ({ context }) => {
    const aux = context.auxData as { type?: string; isDefault?: boolean } | undefined;
    if (aux?.type === 'isolated' && context.origin.startsWith('chrome-extension://')) {
      worlds.push({ name: context.name, origin: context.origin });
    }
  });
  try {
    // Enabling reports every context that already exists before it returns.
    await cdp.send('Runtime.enable');
  } finally {
    await cdp.detach().catch(() => undefined);
  }
  return worlds;
}

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.htm': 'text/html; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.svg': 'image/svg+xml',
  '.pdf': 'application/pdf',
};

export interface FixtureServer {
  port: number;
  /** e.g. url('/report.html') → http://www.example.gov.cn:PORT/report.html */
  url(path: string, host?: string): string;
  /** Every request path seen, in order (with the Host it was asked of). */
  requests: { host: string; path: string }[];
  close(): Promise<void>;
}

export interface FixtureServerOptions {
  /** Directory served as /; defaults to tests/e2e/fixtures. */
  root?: string;
  /** In-memory pages, checked before the directory: path → body (HTML unless the extension says otherwise). */
  pages?: Record<string, string>;
  /** Host used by url() when none is given. */
  defaultHost?: string;
}

/**
 * Serve fixture files on 127.0.0.1 at a random port. The Host header is
 * ignored, so with the resolver rule any *.gov.cn name reaches it:
 * http://www.example.gov.cn:PORT/report.html.
 */
export async function startFixtureServer(options: FixtureServerOptions = {}): Promise<FixtureServer> {
  const root = resolve(options.root ?? FIXTURES_DIR);
  const pages = options.pages ?? {};
  const defaultHost = options.defaultHost ?? 'www.example.gov.cn';
  const requests: FixtureServer['requests'] = [];

  const send = (res: ServerResponse, status: number, type: string, body: string | Buffer) => {
    res.writeHead(status, { 'content-type': type, 'cache-control': 'no-store' });
    res.end(body);
  };

  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? '/', 'http://fixture.invalid');
    let path = decodeURIComponent(url.pathname);
    requests.push({ host: req.headers.host ?? '', path });
    if (path.endsWith('/')) path += 'index.html';
    const type = CONTENT_TYPES[extname(path).toLowerCase()] ?? 'application/octet-stream';
    if (path in pages) return send(res, 200, type === 'application/octet-stream' ? CONTENT_TYPES['.html'] : type, pages[path]);
    const file = normalize(join(root, path));
    if (file !== root && !file.startsWith(root + sep)) return send(res, 403, 'text/plain', 'forbidden');
    try {
      if (!(await stat(file)).isFile()) throw new Error('not a file');
      return send(res, 200, type, await readFile(file));
    } catch {
      return send(res, 404, 'text/plain; charset=utf-8', `not found: ${path}`);
    }
  };

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => send(res, 500, 'text/plain', String(error)));
  });
  await new Promise<void>((ok, fail) => {
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => ok());
  });
  const { port } = server.address() as AddressInfo;

  return {
    port,
    requests,
    url: (path, host = defaultHost) => `http://${host}:${port}/${path.replace(/^\//, '')}`,
    close: () =>
      new Promise<void>((ok) => {
        server.closeAllConnections();
        server.close(() => ok());
      }),
  };
}
