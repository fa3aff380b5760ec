/**
 * The collection page in Firefox ESR with the built add-on: the table, the CSV export read back
 * from the file Firefox saved, and a JSON backup cleared and imported back. The store is seeded
 * through the background's messages, as in the Chromium suite (../fixtures/collection/seed.ts).
 * One browser for the whole file.
 */
import { readFile, writeFile } from 'node:fs/promises';
import type { ElementHandle, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseCsv } from '../../../lib/export/csv';
import { itemHeader } from '../../../lib/export/item-row';
import { startFixtureServer, type FixtureServer } from '../harness';
import { FORMULA_NOTE, listItems, seedTwoReports, send, TRICKY_QUOTE } from '../fixtures/collection/seed';
import { byText, seedable } from './collection-helpers';
import { launchFirefoxWithExtension, type FirefoxWithExtension } from './harness';
import { nextDownload } from './downloads';

const col = (name: string) => itemHeader('zh').findIndex((h) => h.startsWith(name));

const rowCount = (page: Page) => page.$$eval('.table-body [role="row"]', (rows) => rows.length);
const toastText = (page: Page) => page.$eval('[data-testid="toast"]', (el) => el.textContent ?? '').catch(() => '');

describe('Firefox: the collection page', () => {
  let firefox: FirefoxWithExtension;
  let server: FixtureServer;
  let page: Page;

  beforeAll(async () => {
    server = await startFixtureServer();
    firefox = await launchFirefoxWithExtension({ language: 'zh-CN, zh' });
    page = await firefox.openExtensionPage('collection.html');
    await seedTwoReports(await seedable(page), server.url('/collection/report-a.html'), server.url('/collection/report-b.html'));
    await page.setViewport({ width: 1440, height: 900 });
  });

  afterAll(async () => {
    await firefox?.close();
    await server?.close();
  });

  it('shows every item in the table, with the counts by report', async () => {
    await page.waitForSelector('.collection[data-loaded="true"]');
    await expect.poll(() => rowCount(page)).toBe(7);
    const reports = await page.$$eval('.counts-panel section:first-of-type .count-btn', (els) => els.map((e) => e.textContent));
    expect(reports).toEqual(['2025年政府工作报告（收藏测试页甲）4', '北京市2026年政府工作报告（收藏测试页乙）3']);
  });

  it('exports the items as an Excel-safe CSV file, which reads back whole', async () => {
    const download = nextDownload(firefox.downloadDir);
    await (await byText(page, '导出 CSV')).click();
    const { name, file } = await download;
    expect(name).toMatch(/^报告标注-\d{4}-\d{2}-\d{2}\.csv$/);
    const text = await readFile(file, 'utf8');
    expect(text.charCodeAt(0)).toBe(0xfeff);
    expect(text).toContain('\r\n');
    const rows = parseCsv(text);
    expect(rows[0]).toEqual(itemHeader('zh'));
    expect(rows).toHaveLength(8);
    const jobs = rows.find((r) => r[col('指标')] === '城镇新增就业')!;
    expect(jobs[col('原文')]).toBe(TRICKY_QUOTE); // comma, quote mark and line break round-trip
    expect(jobs[col('备注')]).toBe(`'${FORMULA_NOTE}`); // defused
    expect(jobs[col('数值')]).toBe('12000000');
    expect(jobs[col('标签')]).toBe('就业; 重点');
    expect(jobs[col('原文链接')]).toMatch(/\/collection\/report-a\.html#:~:text=/);
  });

  it('backs up to JSON, clears all, and imports the backup back unchanged', async () => {
    const before = await send(await seedable(page), 'backup/export', {});
    const download = nextDownload(firefox.downloadDir);
    await (await byText(page, '备份 JSON')).click();
    const { name, file } = await download;
    expect(name).toMatch(/^报告标注-备份-\d{4}-\d{2}-\d{2}\.json$/);
    expect(JSON.parse(await readFile(file, 'utf8')).items).toHaveLength(7);

    await (await byText(page, '清空全部')).click();
    expect(await page.$eval('dialog[open] h2', (el) => el.textContent)).toBe('清空全部数据？');
    await (await byText(page, '清空', 'dialog[open] button')).click();
    await expect.poll(() => page.$eval('.empty', (el) => el.textContent).catch(() => '')).toContain('还没有收藏的条目');
    expect(await listItems(await seedable(page), {})).toEqual([]);

    const input = (await page.$('[data-testid="import-input"]')) as ElementHandle<HTMLInputElement>;
    await input.uploadFile(file);
    await expect.poll(() => toastText(page)).toContain('新增 7 条');
    await expect.poll(() => rowCount(page)).toBe(7);
    const after = await send(await seedable(page), 'backup/export', {});
    const byId = <T extends { id?: string; name?: string }>(xs: T[]) => [...xs].sort((a, b) => String(a.id ?? a.name).localeCompare(String(b.id ?? b.name)));
    expect(byId(after.items)).toEqual(byId(before.items));
    expect(byId(after.reports)).toEqual(byId(before.reports));
    expect(byId(after.tags)).toEqual(byId(before.tags));
  });

  it('refuses a corrupt backup and changes nothing', async () => {
    const input = (await page.$('[data-testid="import-input"]')) as ElementHandle<HTMLInputElement>;
    const file = `${firefox.downloadDir}/broken.json`;
    await writeFile(file, '{"format": "report-annotator-backup", "items": [');
    await input.uploadFile(file);
    await expect.poll(() => toastText(page)).toContain('文件未导入，没有做任何更改');
    expect(await listItems(await seedable(page), {})).toHaveLength(7);
  });

  it('left no error from the extension’s own scripts in the browser console', async () => {
    expect(await firefox.extensionErrors()).toEqual([]);
  });
});
