/**
 * 10,000 items: the popup and the collection page stay virtual (a screenful of
 * rows in the DOM, never 10,000), scroll to the end, sort and export.
 * Seeded through 'backup/import' sent from an extension page.
 */
import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseCsv } from '../../lib/export/csv';
import { itemHeader } from '../../lib/export/item-row';
import { launchWithExtension, type ExtensionBrowser } from './harness';
import { PART_CHARS } from '../../lib/collection/import-file';
import { largeBackup, send } from './fixtures/collection/seed';

const N = 10_000;

describe('a collection of 10,000 items', () => {
  let browser: ExtensionBrowser;

  beforeAll(async () => {
    browser = await launchWithExtension({ args: ['--accept-lang=zh-CN'] });
    const page = await browser.openExtensionPage('popup.html');
    const outcome = await send(page, 'backup/import', { data: largeBackup(N, 'https://www.example.gov.cn') });
    expect(outcome.ok && outcome.summary.items.added).toBe(N);
    await page.close();
  });

  afterAll(async () => {
    await browser?.close();
  });

  const scrollToEnd = (page: Page, selector: string) =>
    page.locator(selector).evaluate((el) => {
      el.scrollTop = el.scrollHeight;
    });

  it('popup: renders only what is visible and scrolls to the oldest item', async () => {
    const popup = await browser.openExtensionPage('popup.html');
    await popup.setViewportSize({ width: 400, height: 600 });
    await expect.poll(() => popup.locator('.list-summary').textContent(), { timeout: 15_000 }).toBe(`显示 ${N} / ${N} 条`);
    const cards = await popup.locator('.item-card').count();
    expect(cards).toBeGreaterThan(2);
    expect(cards).toBeLessThan(30);
    await scrollToEnd(popup, '.popup-list');
    // Grouped by report (31, in the order of their newest item), newest first within each:
    // the last row is the oldest item of the last report.
    let last = N - 1;
    while (last % 31 !== 30) last--;
    await expect.poll(() => popup.locator(`[data-item-id="bulk-${String(last).padStart(6, '0')}"]`).count()).toBe(1);
    expect(await popup.locator('.item-card').count()).toBeLessThan(30);
    await popup.close();
  });

  it('collection page: a virtual table that sorts, filters and exports all 10,000', async () => {
    const page = await browser.openExtensionPage('collection.html');
    await page.setViewportSize({ width: 1440, height: 900 });
    await expect.poll(() => page.locator('.toolbar .list-summary').textContent(), { timeout: 15_000 }).toBe(`显示 ${N} / ${N} 条`);
    const rows = page.locator('.table-body [role="row"]');
    expect(await rows.count()).toBeLessThan(60);
    expect(await page.locator('.table-scroll').evaluate((el) => el.scrollHeight)).toBeGreaterThan(N * 44);
    await scrollToEnd(page, '.table-scroll');
    await expect.poll(() => page.locator('[data-item-id="bulk-009999"]').count()).toBe(1);
    expect(await rows.count()).toBeLessThan(60);

    await page.getByRole('button', { name: '创建时间', exact: true }).click(); // oldest first
    await page.locator('.table-scroll').evaluate((el) => (el.scrollTop = 0));
    await expect.poll(() => rows.first().getAttribute('data-item-id')).toBe('bulk-009999');

    await page.locator('.counts-panel').getByRole('button', { name: /^民生/ }).click();
    const shown = Number(/显示 (\d+) /.exec((await page.locator('.toolbar .list-summary').textContent()) ?? '')?.[1]);
    expect(shown).toBeGreaterThan(1000);
    expect(shown).toBeLessThan(N);

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '导出 CSV' }).click()]);
    const csv = parseCsv(await readFile(await download.path(), 'utf8'));
    expect(csv).toHaveLength(shown + 1);
    const tags = itemHeader('zh').indexOf('标签');
    expect(csv.slice(1).every((r) => r[tags]!.split('; ').includes('民生'))).toBe(true);
    await page.close();
  });

  it('a backup larger than one message carries is imported in parts, and backed up whole', async () => {
    // About 9 million characters: more than one part (lib/collection/import-file.ts PART_CHARS).
    const big = largeBackup(20_000, 'https://www.other.example.gov.cn', 40);
    for (const item of big.items) item.id = item.id.replace('bulk-', 'big-');
    const text = JSON.stringify(big);
    expect(text.length).toBeGreaterThan(PART_CHARS);
    const page = await browser.openExtensionPage('collection.html');
    await page.waitForFunction(() => performance.getEntriesByName('collection-complete').length > 0, null, { timeout: 30_000 });
    await page.getByTestId('import-input').setInputFiles({ name: 'big.json', mimeType: 'application/json', buffer: Buffer.from(text) });
    await expect.poll(() => page.getByTestId('toast').locator('.toast-text').textContent(), { timeout: 60_000 }).toMatch(/^导入完成：新增 20000 条/);
    await expect.poll(() => page.locator('.toolbar .list-summary').textContent(), { timeout: 30_000 }).toBe(`显示 ${N + 20_000} / ${N + 20_000} 条`);

    // The backup is read by the page itself, not sent over a message.
    const [download] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), page.getByRole('button', { name: '备份 JSON' }).click()]);
    const backup = JSON.parse(await readFile(await download.path(), 'utf8')) as { items: unknown[]; reports: unknown[] };
    expect(backup.items).toHaveLength(N + 20_000);
    expect(backup.reports).toHaveLength(31 + 40);
    await page.close();
  }, 180_000);
});
