/**
 * Popup and collection-page speed with 10,000 stored items, in Debian's
 * Chromium with the built extension (tests/e2e/harness.ts):
 *
 * - popup open → first paint (first-contentful-paint) and → the list painted
 *   with data (the 'popup-list-painted' mark the popup sets), median of runs;
 * - the same for the collection page's virtual table;
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

/** Milliseconds from navigation start to first-contentful-paint and to `mark`. */
async function pageTimes(page: Page, mark: string): Promise<{ fcp: number; ready: number }> {
  await page.waitForFunction((m) => performance.getEntriesByName(m).length > 0, mark, { timeout: 60_000 });
  return page.evaluate((m) => {
    const fcp = performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN;
    return { fcp, ready: performance.getEntriesByName(m)[0]!.startTime };
  }, mark);
}

export async function benchPopup(): Promise<string[]> {
  buildExtensionOnce();
  const browser = await launchWithExtension({ args: ['--accept-lang=zh-CN'] });
  try {
    const seeder = await browser.openExtensionPage('popup.html');
    const outcome = await send(seeder, 'backup/import', { data: largeBackup(ITEMS, 'https://www.example.gov.cn') });
    if (!outcome.ok || outcome.summary.items.added !== ITEMS) throw new Error(`seeding failed: ${JSON.stringify(outcome).slice(0, 300)}`);
    await seeder.close();

    const open = async (path: string, mark: string, width: number, height: number) => {
      const fcp: number[] = [];
      const ready: number[] = [];
      for (let i = 0; i < RUNS + 1; i++) {
        const page = await browser.context.newPage();
        await page.setViewportSize({ width, height });
        await page.goto(browser.extensionUrl(path));
        const t = await pageTimes(page, mark);
        const rows = await page.locator('[role="row"], .item-card').count();
        if (rows > 200) throw new Error(`${path} rendered ${rows} rows: not virtual`);
        await page.close();
        if (i === 0) continue; // the first open warms the extension's caches
        fcp.push(t.fcp);
        ready.push(t.ready);
      }
      return { fcp: median(fcp), ready: median(ready) };
    };

    const popup = await open('popup.html', 'popup-list-painted', 400, 600);
    const collection = await open('collection.html', 'collection-painted', 1440, 900);

    // CSV export of all 10,000 items from the popup (no filter).
    const page = await browser.context.newPage();
    await page.setViewportSize({ width: 400, height: 600 });
    await page.goto(browser.extensionUrl('popup.html'));
    await pageTimes(page, 'popup-list-painted');
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
      `  popup open → first paint ${ms(popup.fcp)}, → list painted with data ${ms(popup.ready)}`,
      `  collection page open → first paint ${ms(collection.fcp)}, → table painted with data ${ms(collection.ready)}`,
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
