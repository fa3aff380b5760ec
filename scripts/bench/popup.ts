/**
 * Popup and collection-page speed with 10,000 stored items, in Debian's
 * Chromium with the built extension (tests/e2e/harness.ts):
 *
 * - popup open → first paint (first-contentful-paint), → the list painted
 *   with data (the 'popup-list-painted' mark the popup sets once its first
 *   screen, read from indexes, is painted) and → every item loaded ('popup-complete'),
 *   median of runs;
 * - the same for the collection page's virtual table;
 * - beside them, a bare read of the same records: indexedDB.open() → getAll() of every item,
 *   in an extension page that reads nothing else, in the same rounds (so under the same load),
 *   and each page's figure as a ratio of it;
 * - CSV export of all 10,000 items in the browser: building the file
 *   (the 'csv-export' measure: CSV text, Blob, <a download>) and click → download event.
 *
 * The store is filled with one 'backup/import' message from an extension page.
 * Builds the extension first (set BENCH_SKIP_BUILD=1 to reuse .output/chrome-mv3).
 *
import { benchPopup } from './bench/popup';
 *   for (const line of await benchPopup()) console.log(line);
 */
import { buildExtensionOnce } from './build-extension';
import { stat } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { launchWithExtension } from '../../tests/e2e/harness';
import { largeBackup, send } from '../../tests/e2e/fixtures/collection/seed';

const ITEMS = 10_000;
const RUNS = Number(process.env.BENCH_RUNS ?? 5);

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const ms = (n: number) => `${n.toFixed(0)} ms`;

interface Times {
  fcp: number;
  /** The first screen painted with data. */
  ready: number;
  /** Every item read and painted: counts, filters, sorting and scrolling on work. */
  complete: number;
}

/** Milliseconds from navigation start to first-contentful-paint, to `mark` and to `completeMark`. */
async function pageTimes(page: Page, mark: string, completeMark = mark): Promise<Times> {
  await page.waitForFunction((m) => performance.getEntriesByName(m).length > 0, completeMark, { timeout: 60_000 });
  return page.evaluate(
    ([m, c]) => {
      const fcp = performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN;
      return { fcp, ready: performance.getEntriesByName(m)[0]!.startTime, complete: performance.getEntriesByName(c)[0]!.startTime };
    },
    [mark, completeMark] as const,
  );
}

export async function benchPopup(): Promise<string[]> {
  buildExtensionOnce();
  const browser = await launchWithExtension({ args: ['--accept-lang=zh-CN'] });
  try {
    const seeder = await browser.openExtensionPage('popup.html');
    const outcome = await send(seeder, 'backup/import', { data: largeBackup(ITEMS, 'https://www.example.gov.cn') });
    if (!outcome.ok || outcome.summary.items.added !== ITEMS) throw new Error(`seeding failed: ${JSON.stringify(outcome).slice(0, 300)}`);
    await seeder.close();

    /** One open of an extension page: first paint and its data-painted mark. */
    const openOnce = async (path: string, mark: string, completeMark: string, width: number, height: number) => {
      const page = await browser.context.newPage();
      await page.setViewportSize({ width, height });
      await page.goto(browser.extensionUrl(path));
      const t = await pageTimes(page, mark, completeMark);
      const rows = await page.locator('[role="row"], .item-card').count();
      if (rows > 200) throw new Error(`${path} rendered ${rows} rows: not virtual`);
      await page.close();
      return t;
    };
    /** indexedDB.open() → every item read with getAll(), in a page that reads nothing else. */
    const bareReadOnce = async () => {
      const page = await browser.context.newPage();
      await page.goto(browser.extensionUrl('icon/32.png'));
      const r = await page.evaluate(
        () =>
          new Promise<{ ms: number; n: number }>((resolve, reject) => {
            const t0 = performance.now();
            const open = indexedDB.open('report-annotator');
            open.onerror = () => reject(open.error);
            open.onsuccess = () => {
              const db = open.result;
              const get = db.transaction('items', 'readonly').objectStore('items').getAll();
              get.onerror = () => reject(get.error);
              get.onsuccess = () => {
                const n = (get.result as unknown[]).length;
                db.close();
                resolve({ ms: performance.now() - t0, n });
              };
            };
          }),
      );
      await page.close();
      if (r.n !== ITEMS) throw new Error(`bare read found ${r.n} items`);
      return r.ms;
    };

    const popupRuns: Times[] = [];
    const collectionRuns: Times[] = [];
    const bare: number[] = [];
    // Rounds interleave the three, so each ratio compares figures taken under the same load.
    for (let i = 0; i < RUNS + 1; i++) {
      const b = await bareReadOnce();
      const p = await openOnce('popup.html', 'popup-list-painted', 'popup-complete', 400, 600);
      const c = await openOnce('collection.html', 'collection-painted', 'collection-complete', 1440, 900);
      if (i === 0) continue; // the first round warms the extension's caches
      bare.push(b);
      popupRuns.push(p);
      collectionRuns.push(c);
    }
    const summary = (runs: Times[]) => ({
      fcp: median(runs.map((r) => r.fcp)),
      ready: median(runs.map((r) => r.ready)),
      complete: median(runs.map((r) => r.complete)),
    });
    const popup = summary(popupRuns);
    const collection = summary(collectionRuns);
    const bareRead = median(bare);
    const ratio = (x: number) => `${(x / bareRead).toFixed(1)}× the bare read`;

    // CSV export of all 10,000 items from the popup (no filter).
    const page = await browser.context.newPage();
    await page.setViewportSize({ width: 400, height: 600 });
    await page.goto(browser.extensionUrl('popup.html'));
    await pageTimes(page, 'popup-list-painted', 'popup-complete');
    const buildTimes: number[] = [];
    const click: number[] = [];
    let bytes = 0;
    for (let i = 0; i < RUNS; i++) {
      const t0 = Date.now();
      const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '导出 CSV' }).click()]);
      click.push(Date.now() - t0);
      const entries = await page.evaluate(() => performance.getEntriesByName('csv-export').map((e) => e.duration));
      buildTimes.push(entries.at(-1)!);
      bytes = (await stat(await download.path())).size;
    }
    await page.close();

    return [
      `popup · ${ITEMS.toLocaleString('en-US')} stored items, Chromium ${browser.context.browser()?.version() ?? ''}, median of ${RUNS} opens`,
      `  bare read of the ${ITEMS.toLocaleString('en-US')} items (indexedDB.open → getAll), same rounds: ${ms(bareRead)}`,
      `  popup open → first paint ${ms(popup.fcp)}, → list painted with data ${ms(popup.ready)} (${ratio(popup.ready)}), → every item loaded ${ms(popup.complete)} (${ratio(popup.complete)})`,
      `  collection page open → first paint ${ms(collection.fcp)}, → table painted with data ${ms(collection.ready)} (${ratio(collection.ready)}), → every item loaded ${ms(collection.complete)} (${ratio(collection.complete)})`,
      `  CSV export of ${ITEMS.toLocaleString('en-US')} items in the browser: ${ms(median(buildTimes))} to build and hand over the file, ${ms(median(click))} click → download; ${(bytes / 1024 / 1024).toFixed(2)} MiB`,
    ];
  } finally {
    await browser.close();
  }
}

// Run directly: npx tsx scripts/bench/popup.ts
if (process.argv[1] && import.meta.url === new URL(`file://${process.argv[1]}`).href) {
  for (const line of await benchPopup()) console.log(line);
}
