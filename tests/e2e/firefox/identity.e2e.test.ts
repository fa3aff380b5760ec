/**
 * Which report an item comes from, corrected in Firefox ESR: the collection's details show a
 * report's identity, the reader corrects its year in the dialog (typed, Enter), the rows follow and
 * the CSV Firefox saves carries 地区 and 年份 as corrected. Seeded through the background's
 * messages, as ./collection.e2e.test.ts is. One browser for the file.
 */
import { readFile } from 'node:fs/promises';
import type { ElementHandle, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseCsv } from '../../../lib/export/csv';
import { itemHeader } from '../../../lib/export/item-row';
import { startFixtureServer, type FixtureServer } from '../harness';
import { seedTwoReports, TEXT_B } from '../fixtures/collection/seed';
import { nextDownload } from './downloads';
import { byText, seedable } from './collection-helpers';
import { launchFirefoxWithExtension, type FirefoxWithExtension } from './harness';

const detailsIdentity = (page: Page) => page.$eval('.details .identity-text', (el) => el.textContent ?? '').catch(() => '');
const header = itemHeader('zh');
const col = (name: string) => header.indexOf(name);

describe('Firefox: a report’s identity, corrected', () => {
  let firefox: FirefoxWithExtension;
  let server: FixtureServer;
  let page: Page;

  beforeAll(async () => {
    server = await startFixtureServer();
    firefox = await launchFirefoxWithExtension({ language: 'zh-CN, zh' });
    page = await firefox.openExtensionPage('collection.html');
    await seedTwoReports(await seedable(page), server.url('/collection/report-a.html'), server.url('/collection/report-b.html'));
    await page.setViewport({ width: 1440, height: 900 });
    await page.waitForSelector('.collection[data-loaded="true"]');
  });

  afterAll(async () => {
    await firefox?.close();
    await server?.close();
  });

  it('shows the identity in the details, and takes the corrected year from the dialog', async () => {
    // An item of the Beijing report: its details.
    const quote = TEXT_B.slice(0, TEXT_B.indexOf('，'));
    const metric = await page.waitForFunction(
      (q) => [...document.querySelectorAll('.table-body [role="row"]')].find((r) => r.textContent?.includes(q))?.querySelector('.cell-metric button') ?? false,
      { timeout: 15_000 },
      quote,
    );
    await (metric as ElementHandle<Element>).click();
    await expect.poll(() => detailsIdentity(page)).toBe('北京市 · 2026年 · 政府工作报告 · 省级');

    await (await byText(page, '校正', '.details button')).click();
    await page.waitForSelector('dialog[open] #identity-year');
    // Escape closes the dialog and leaves the details open.
    await page.keyboard.press('Escape');
    await expect.poll(() => page.$('dialog[open]')).toBeNull();
    expect(await page.$('.details')).not.toBeNull();

    await (await byText(page, '校正', '.details button')).click();
    const year = (await page.waitForSelector('dialog[open] #identity-year'))!;
    await year.click({ count: 3 });
    await year.type('2027');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.$('dialog[open]')).toBeNull();
    await expect.poll(() => detailsIdentity(page)).toBe('北京市 · 2027年 · 政府工作报告 · 省级');
    expect(await page.$eval('.details .identity-corrected', (el) => el.textContent)).toBe('已校正');
  });

  it('the CSV Firefox saves carries the corrected year for that report’s rows only', async () => {
    const download = nextDownload(firefox.downloadDir);
    await (await byText(page, '导出 CSV')).click();
    const rows = parseCsv(await readFile((await download).file, 'utf8'));
    expect(rows[0]).toEqual(header);
    const places = rows.slice(1).map((r) => [r[col('地区')], r[col('年份')]].join(' '));
    expect(places.filter((p) => p.startsWith('北京市'))).toEqual(['北京市 2027', '北京市 2027', '北京市 2027']);
    expect(places.filter((p) => p.endsWith('2026'))).toEqual([]);
  });

  it('left no error from the extension’s own scripts in the browser console', async () => {
    expect(await firefox.extensionErrors()).toEqual([]);
  });
});
