/**
 * The popup and the collection page in real Chromium, on the built extension.
 *
 * The store is seeded through the background's messages from an extension page
 * (chrome.runtime.sendMessage evaluated in popup.html), as the page engineer's
 * on-page cards are not on main yet; everything after that is done through the UI.
 */
import { readFile } from 'node:fs/promises';
import type { Download, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseCsv } from '../../lib/export/csv';
import { readXlsx } from '../export/read-xlsx';
import { itemHeader } from '../../lib/export/item-row';
import { launchWithExtension, startFixtureServer, type ExtensionBrowser, type FixtureServer, screenshotPath } from './harness';
import { selectorFor } from '../../lib/store/records';
import { focusedTexts } from './fixtures/page-helpers';
import { FORMULA_NOTE, TRICKY_QUOTE, closeTab, listItems, openTab, seedTwoReports, send, type Seeded } from './fixtures/collection/seed';

async function downloadText(page: Page, click: () => Promise<void>): Promise<{ name: string; text: string; download: Download }> {
  const [download] = await Promise.all([page.waitForEvent('download'), click()]);
  const path = await download.path();
  return { name: download.suggestedFilename(), text: await readFile(path, 'utf8'), download };
}

const col = (name: string) => itemHeader('zh').indexOf(name);

describe('popup and collection page', () => {
  let browser: ExtensionBrowser;
  let server: FixtureServer;
  let popup: Page;
  let seeded: Seeded;

  beforeAll(async () => {
    server = await startFixtureServer();
    // Chinese UI, as most readers have it.
    browser = await launchWithExtension({ args: ['--accept-lang=zh-CN'] });
    popup = await browser.openExtensionPage('popup.html');
    await popup.setViewportSize({ width: 400, height: 600 });
    seeded = await seedTwoReports(popup, server.url('/collection/report-a.html'), server.url('/collection/report-b.html'));
    await popup.reload();
    await popup.locator('main[data-loaded="true"]').waitFor();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('lists every item, newest first, grouped by report', async () => {
    await expect.poll(() => popup.locator('.list-summary').textContent()).toBe('显示 7 / 7 条');
    const groups = await popup.locator('.group-title').allTextContents();
    expect(groups).toEqual(['北京市2026年政府工作报告（收藏测试页乙）', '2025年政府工作报告（收藏测试页甲）']);
    const first = popup.locator('.item-card').first();
    await expect.poll(() => first.locator('.item-quote').textContent()).toBe('力争年底前全面完成老旧小区改造任务');
    expect(await first.locator('.kind-badge').textContent()).toBe('承诺');
    expect(await popup.locator('.item-quote').allTextContents()).toEqual(
      ['力争年底前全面完成老旧小区改造任务', '单位地区生产总值能耗降低2.5%左右', '全市地区生产总值增长5%左右', '确保完成全年目标任务', '粮食产量1.4万亿斤', TRICKY_QUOTE, '国内生产总值增长5%左右'].slice(0, await popup.locator('.item-card').count()),
    );
  });

  it('filters by tag, kind, report and free text (quote, metric, note)', async () => {
    const filters = popup.locator('.filter-bar');
    await popup.locator('h1').click();
    await popup.keyboard.press('/'); // jumps to the search box
    expect(await popup.evaluate(() => document.activeElement?.getAttribute('type'))).toBe('search');
    const quotes = () => popup.locator('.item-quote').allTextContents();
    await filters.getByLabel('标签', { exact: true }).selectOption('重点');
    await expect.poll(quotes).toEqual(['单位地区生产总值能耗降低2.5%左右', TRICKY_QUOTE.replace('\n', '\n'), '国内生产总值增长5%左右']);
    await popup.getByRole('button', { name: '目标' }).click();
    await expect.poll(() => popup.locator('.item-card').count()).toBe(3);
    await filters.getByLabel('报告', { exact: true }).selectOption(seeded.reportA.id);
    await expect.poll(quotes).toEqual([TRICKY_QUOTE, '国内生产总值增长5%左右']);
    await filters.getByLabel('搜索', { exact: true }).fill('去年'); // in a note
    await expect.poll(quotes).toEqual(['国内生产总值增长5%左右']);
    await popup.getByRole('button', { name: '清除筛选' }).click();
    await expect.poll(() => popup.locator('.list-summary').textContent()).toBe('显示 7 / 7 条');
    await filters.getByLabel('搜索', { exact: true }).fill('能耗'); // in a metric
    await expect.poll(quotes).toEqual(['单位地区生产总值能耗降低2.5%左右']);
    await filters.getByLabel('搜索', { exact: true }).fill('');
  });

  it('exports the filtered items as an Excel-safe CSV', async () => {
    const filters = popup.locator('.filter-bar');
    await filters.getByLabel('标签', { exact: true }).selectOption('重点');
    await expect.poll(() => popup.locator('.item-card').count()).toBe(3);
    const { name, text } = await downloadText(popup, () => popup.getByRole('button', { name: '导出 CSV' }).click());
    expect(name).toMatch(/^报告标注-\d{4}-\d{2}-\d{2}\.csv$/);
    expect(text.charCodeAt(0)).toBe(0xfeff);
    expect(text).toContain('\r\n');
    const rows = parseCsv(text);
    expect(rows[0]).toEqual(itemHeader('zh'));
    expect(rows).toHaveLength(4);
    const jobs = rows.find((r) => r[col('指标')] === '城镇新增就业')!;
    expect(jobs[col('原文')]).toBe(TRICKY_QUOTE); // comma, quote mark and line break round-trip
    expect(jobs[col('备注')]).toBe(`'${FORMULA_NOTE}`); // defused
    expect(jobs[col('数值')]).toBe('12000000');
    expect(jobs[col('标签')]).toBe('就业; 重点');
    expect(jobs[col('报告标题')]).toBe('2025年政府工作报告（收藏测试页甲）');
    expect(jobs[col('原文链接')]).toMatch(/\/collection\/report-a\.html#:~:text=/);
    const energy = rows.find((r) => r[col('指标')] === '单位地区生产总值能耗')!;
    expect(energy[col('数值')]).toBe('-2.5'); // a negative number stays a number
    await filters.getByLabel('标签', { exact: true }).selectOption('');
  });

  it('popup: exports the filtered items as an Excel workbook that reads back with numbers as numbers, headed in Chinese', async () => {
    const filters = popup.locator('.filter-bar');
    await filters.getByLabel('标签', { exact: true }).selectOption('重点');
    await expect.poll(() => popup.locator('.item-card').count()).toBe(3);
    const [download] = await Promise.all([popup.waitForEvent('download'), popup.getByRole('button', { name: '导出 Excel' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^报告标注-\d{4}-\d{2}-\d{2}\.xlsx$/);
    const { sheets } = readXlsx(new Uint8Array(await readFile(await download.path())));
    expect(sheets.map((s) => s.name)).toEqual(['条目']);
    const [sheet] = sheets;
    const header = sheet!.rows[0] as string[];
    expect(header).toEqual(itemHeader('zh'));
    expect(sheet!.rows).toHaveLength(4); // what the filter shows, no more
    const at = (name: string) => header.indexOf(name);
    const jobs = sheet!.rows.find((r) => r[at('指标')] === '城镇新增就业')!;
    expect(jobs[at('数值')]).toBe(12000000); // a number cell, not text
    expect(jobs[at('原文')]).toBe(TRICKY_QUOTE);
    expect(jobs[at('备注')]).toBe(FORMULA_NOTE); // a text cell: nothing for Excel to run
    expect(jobs[at('报告标题')]).toBe('2025年政府工作报告（收藏测试页甲）');
    const energy = sheet!.rows.find((r) => r[at('指标')] === '单位地区生产总值能耗')!;
    expect(energy[at('数值')]).toBe(-2.5);
    expect([...sheet!.cells.values()].some((c) => c.hasFormula)).toBe(false);
    expect([...sheet!.links.values()].every((l) => /\/collection\/report-[ab]\.html#:~:text=/.test(l))).toBe(true);
    expect(sheet!.links.size).toBe(3);
    await expect.poll(() => popup.getByTestId('toast').locator('.toast-text').textContent()).toMatch(/^已导出 3 条到 报告标注-.*\.xlsx$/);
    await filters.getByLabel('标签', { exact: true }).selectOption('');
  });

  it('edits tags and note in place', async () => {
    const card = popup.locator(`[data-item-id="${seeded.items.grain.id}"]`);
    await card.getByRole('button', { name: '编辑标签和备注' }).click();
    const tagInput = card.getByLabel('标签', { exact: true });
    await tagInput.fill('粮食安全');
    await tagInput.press('Enter');
    await card.getByLabel('备注', { exact: true }).fill('创历史新高');
    await card.getByRole('button', { name: '完成' }).click(); // blur saves the note
    await expect
      .poll(async () => {
        const [item] = await listItems(popup, { text: '粮食产量' });
        return [item?.tags, item?.note];
      })
      .toEqual([['农业', '粮食安全'], '创历史新高']);
    await expect.poll(() => card.locator('.tag-name').allTextContents()).toEqual(['农业', '粮食安全']);
    await card.getByRole('button', { name: '编辑标签和备注' }).click();
    await card.getByRole('button', { name: '移除标签 粮食安全' }).click();
    await expect.poll(async () => (await listItems(popup, { text: '粮食产量' }))[0]?.tags).toEqual(['农业']);
    await card.getByRole('button', { name: '完成' }).click();
  });

  it('shows changes made elsewhere without reopening (live)', async () => {
    const other = await browser.openExtensionPage('collection.html');
    await send(other, 'items/update', { id: seeded.items.promise.id, patch: { note: '另一处写的备注', tags: ['跟踪'] } });
    const card = popup.locator(`[data-item-id="${seeded.items.promise.id}"]`);
    await expect.poll(() => card.locator('.item-note').textContent()).toBe('另一处写的备注');
    await expect.poll(() => card.locator('.tag-name').allTextContents()).toEqual(['跟踪']);
    await other.close();
  });

  it('deletes with undo', async () => {
    const card = popup.locator(`[data-item-id="${seeded.items.housing.id}"]`);
    await card.getByRole('button', { name: '删除此条' }).click();
    await expect.poll(() => card.count()).toBe(0);
    const toast = popup.getByTestId('toast');
    expect(await toast.locator('.toast-text').textContent()).toBe('已删除 1 条');
    await toast.getByRole('button', { name: '撤销' }).click();
    await expect.poll(() => card.count()).toBe(1);
    const [restored] = await listItems(popup, { text: '老旧小区' });
    expect(restored).toEqual(seeded.items.housing);
  });

  it('opens an item’s report at the passage', async () => {
    await popup.locator('.filter-bar').getByLabel('搜索', { exact: true }).fill('国内生产总值增长');
    const card = popup.locator(`[data-item-id="${seeded.items.gdp.id}"]`);
    const [tab] = await Promise.all([browser.context.waitForEvent('page'), card.locator('.item-quote').click()]);
    await tab.waitForLoadState();
    expect(tab.url()).toContain('/collection/report-a.html#:~:text=');
    expect(decodeURIComponent(tab.url())).toContain('国内生产总值增长5%左右');
    expect(await tab.title()).toBe('2025年政府工作报告（收藏测试页甲）');
    // No tab showed the report: a new one opens at the passage, and its card opens there once the page is read.
    await expect.poll(() => focusedTexts(tab), { timeout: 20_000 }).toEqual(['国内生产总值增长5%左右']);
    await expect.poll(() => card.locator('.item-quote').textContent(), { timeout: 10_000 }).toBe('国内生产总值增长5%左右');
    await tab.close();
    await popup.locator('.filter-bar').getByLabel('搜索', { exact: true }).fill('');
  });

  it('tells what it can about the page in the active tab', async () => {
    // A tab the popup is about, made through the tabs API to learn its id.
    const tabId = await openTab(popup, server.url('/collection/report-b.html'));
    const card = await browser.openExtensionPage(`popup.html?tab=${tabId}`);
    const pageCard = card.locator('.page-card');
    // Either the content script answers (collect all), or the popup offers to run on the page.
    await expect.poll(async () => (await pageCard.getByRole('button').allTextContents()).join()).toMatch(/全部收藏|在此页运行/);
    await card.close();
    await closeTab(popup, tabId);
  });

  it('collection page: table, counts, sorting, bulk tagging and bulk delete with undo', async () => {
    const page = await browser.openExtensionPage('collection.html');
    await page.setViewportSize({ width: 1440, height: 900 });
    await page.locator('.collection[data-loaded="true"]').waitFor();
    const rows = page.locator('.table-body [role="row"]');
    await expect.poll(() => rows.count()).toBe(7);
    // Per-report and per-tag counts.
    const reportButtons = page.locator('.counts-panel section').first().locator('.count-btn');
    expect(await reportButtons.allTextContents()).toEqual(['2025年政府工作报告（收藏测试页甲）4', '北京市2026年政府工作报告（收藏测试页乙）3']);
    // Each report's place, year and genre, each a filter: 北京市 keeps its report and its 3 items.
    const byReport = page.locator('.report-counts');
    expect(await byReport.locator('.report-facets').evaluateAll((gs) => gs.map((g) => [...g.querySelectorAll('button')].map((b) => b.textContent)))).toEqual([
      ['2025年', '政府工作报告'],
      ['北京市', '2026年', '政府工作报告'],
    ]);
    await byReport.getByRole('button', { name: '北京市', exact: true }).click();
    await expect.poll(() => rows.count()).toBe(3);
    expect(await reportButtons.allTextContents()).toEqual(['北京市2026年政府工作报告（收藏测试页乙）3']);
    expect(await byReport.locator('.report-hidden').textContent()).toBe('另有 1 份报告不符合地区、年份、文种筛选');
    expect(await page.locator('#filter-page-place').inputValue()).toBe('北京市'); // the table's own place filter
    await byReport.getByRole('button', { name: '显示全部报告' }).click();
    await expect.poll(() => rows.count()).toBe(7);
    await page.locator('.counts-panel').getByRole('button', { name: /^重点/ }).click();
    await expect.poll(() => rows.count()).toBe(3);
    await page.locator('.counts-panel').getByRole('button', { name: /^重点/ }).click();
    // Sort by value, largest first, then smallest first.
    const metrics = () => page.locator('.table-body .cell-metric').allTextContents();
    await page.getByRole('button', { name: '数值', exact: true }).click();
    await expect.poll(metrics).toEqual(['粮食产量', '城镇新增就业', '地区生产总值', '国内生产总值', '单位地区生产总值能耗', '—', '—']);
    await page.getByRole('button', { name: '数值', exact: true }).click();
    expect((await metrics()).slice(0, 2)).toEqual(['单位地区生产总值能耗', '地区生产总值']);
    expect(await page.locator('[role="columnheader"][aria-sort="ascending"]').count()).toBe(1);
    // Bulk tag two rows.
    const check = (metric: string) => page.locator('.table-body [role="row"]', { has: page.locator('.cell-metric', { hasText: metric }) }).getByRole('checkbox');
    await check('粮食产量').check();
    await check('国内生产总值').first().check();
    await page.getByLabel('批量标签').fill('年报');
    await page.getByRole('button', { name: '加标签', exact: true }).click();
    await expect.poll(async () => (await listItems(page, { tags: ['年报'] })).map((i) => i.metric).sort()).toEqual(['国内生产总值', '粮食产量'].sort());
    // Bulk delete, then undo.
    await page.getByRole('button', { name: '删除所选' }).click();
    await expect.poll(() => rows.count()).toBe(5);
    await page.getByTestId('toast').getByRole('button', { name: '撤销' }).click();
    await expect.poll(() => rows.count()).toBe(7);
    await page.close();
  });

  it('collection page: exports an Excel workbook that reads back with numbers as numbers', async () => {
    const page = await browser.openExtensionPage('collection.html');
    await page.locator('.collection[data-loaded="true"]').waitFor();
    await expect.poll(() => page.locator('.table-body [role="row"]').count()).toBe(7);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '导出 Excel' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^报告标注-\d{4}-\d{2}-\d{2}\.xlsx$/);
    const { sheets } = readXlsx(new Uint8Array(await readFile(await download.path())));
    expect(sheets.map((s) => s.name)).toEqual(['条目']);
    const [sheet] = sheets;
    const header = sheet!.rows[0] as string[];
    expect(header.slice(0, 3)).toEqual(itemHeader('zh').slice(0, 3));
    expect(sheet!.rows).toHaveLength(8);
    expect(sheet!.frozen?.state).toBe('frozen');
    const at = (name: string) => header.indexOf(name);
    const jobs = sheet!.rows.find((r) => r[at('指标')] === '城镇新增就业')!;
    expect(jobs[at('数值')]).toBe(12000000); // a number cell, not text
    expect(jobs[at('原文')]).toBe(TRICKY_QUOTE);
    expect(jobs[at('备注')]).toBe(FORMULA_NOTE); // a text cell: nothing for Excel to run, nothing to defuse
    const energy = sheet!.rows.find((r) => r[at('指标')] === '单位地区生产总值能耗')!;
    expect(energy[at('数值')]).toBe(-2.5);
    expect(sheet!.cells.size).toBeGreaterThan(0);
    expect([...sheet!.cells.values()].some((c) => c.hasFormula)).toBe(false);
    await expect.poll(() => page.getByTestId('toast').last().textContent()).toMatch(/已导出 7 条/);
    await page.close();
  });

  it('collection page: renames, recolours and deletes a tag everywhere', async () => {
    const page = await browser.openExtensionPage('collection.html');
    await page.setViewportSize({ width: 1440, height: 900 });
    await page.locator('.collection[data-loaded="true"]').waitFor();
    const panel = page.locator('.counts-panel');
    await panel.getByRole('button', { name: '管理标签“年报”' }).click();
    await panel.getByLabel('名称', { exact: true }).fill('年度报告');
    await panel.getByRole('button', { name: '改名' }).click();
    await expect.poll(() => page.getByTestId('toast').textContent()).toContain('已将“年报”改名为“年度报告”（2 条）');
    expect((await listItems(page, { tags: ['年度报告'] })).length).toBe(2);
    await expect.poll(() => panel.getByRole('button', { name: /^年度报告/ }).count()).toBe(1);

    await panel.getByRole('button', { name: '管理标签“年度报告”' }).click();
    await panel.getByRole('radio', { name: '颜色 #c4b5fd' }).click();
    await expect.poll(async () => (await send(page, 'tags/list', {})).find((t) => t.name === '年度报告')?.colour).toBe('#c4b5fd');

    await panel.getByRole('button', { name: '管理标签“年度报告”' }).click();
    await panel.getByRole('button', { name: '删除标签' }).click();
    await page.getByRole('dialog').getByRole('button', { name: '删除', exact: true }).click();
    await expect.poll(async () => (await send(page, 'tags/list', {})).map((t) => t.name)).not.toContain('年度报告');
    expect(await listItems(page, {})).toHaveLength(7); // the items stay
    await page.close();
  });

  it('backs up to JSON, clears all, imports it back unchanged; twice adds nothing', async () => {
    const page = await browser.openExtensionPage('collection.html');
    await page.locator('.collection[data-loaded="true"]').waitFor();
    const before = await send(page, 'backup/export', {});
    const { name, text, download } = await downloadText(page, () => page.getByRole('button', { name: '备份 JSON' }).click());
    expect(name).toMatch(/^报告标注-备份-\d{4}-\d{2}-\d{2}\.json$/);
    const file = await download.path();
    expect(JSON.parse(text).items).toHaveLength(7);

    await page.getByRole('button', { name: '清空全部' }).click();
    const dialog = page.getByRole('dialog');
    expect(await dialog.locator('h2').textContent()).toBe('清空全部数据？');
    await dialog.getByRole('button', { name: '清空', exact: true }).click();
    await expect.poll(() => page.locator('.empty').textContent()).toContain('还没有收藏的条目');
    expect(await listItems(page, {})).toEqual([]);

    await page.getByTestId('import-input').setInputFiles(file);
    await expect.poll(() => page.getByTestId('toast').textContent()).toContain('新增 7 条');
    await expect.poll(() => page.locator('.table-body [role="row"]').count()).toBe(7);
    const after = await send(page, 'backup/export', {});
    const byId = <T extends { id?: string; name?: string }>(xs: T[]) => [...xs].sort((a, b) => String(a.id ?? a.name).localeCompare(String(b.id ?? b.name)));
    expect(byId(after.items)).toEqual(byId(before.items));
    expect(byId(after.reports)).toEqual(byId(before.reports));
    expect(byId(after.tags)).toEqual(byId(before.tags));

    await page.getByTestId('import-input').setInputFiles(file);
    await expect.poll(() => page.getByTestId('toast').textContent()).toContain('新增 0 条');
    expect(await listItems(page, {})).toHaveLength(7);
    await page.close();
  });

  it('an import says what happened in one message, in the UI’s language: a broken file changes nothing, a bad record is named and the rest imported', async () => {
    const page = await browser.openExtensionPage('collection.html');
    await page.locator('.collection[data-loaded="true"]').waitFor();
    const before = await listItems(page, {});
    const input = page.getByTestId('import-input');
    const toast = page.getByTestId('toast');
    /** Every message on the page: one, whatever happened before. */
    const messages = () => page.locator('[data-testid="toast"], [role="alert"]').count();

    await input.setInputFiles({ name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from('{"format": "report-annotator-backup", "items": [') });
    await expect.poll(() => toast.locator('.toast-text').textContent()).toBe('文件未导入，没有做任何更改。');
    expect(await toast.locator('li').allTextContents()).toEqual([expect.stringMatching(/^文件不是有效的 JSON（第 1 行第 \d+ 列附近有误），可能已损坏或不完整。请选择用“备份 JSON”保存的文件。$/)]);
    expect(await toast.textContent()).not.toMatch(/Unexpected|token|JSON at position| \/ /);
    expect(await toast.getAttribute('class')).toContain('toast-error');
    expect(await messages()).toBe(1);

    const backup = await send(page, 'backup/export', {});
    const bad = { ...backup, items: backup.items.map((i, k) => (k === 1 ? { ...i, value: 'many' } : i)) };
    await input.setInputFiles({ name: 'bad.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(bad)) });
    await expect.poll(() => toast.locator('.toast-text').textContent()).toMatch(/^导入完成：.*有 1 条记录无法读取，没有导入（其余已导入）：$/);
    expect(await toast.locator('li').allTextContents()).toEqual([
      expect.stringMatching(/^第 2 条 item（id ".+"）：value 不是数字或 null$/),
      '可在备份文件中改正这些记录后再导入一次，已导入的不会重复。',
    ]);
    expect(await toast.getAttribute('class')).toContain('toast-warning');
    expect(await messages()).toBe(1);
    expect(await listItems(page, {})).toEqual(before);

    await input.setInputFiles({ name: 'empty.json', mimeType: 'application/json', buffer: Buffer.alloc(0) });
    await expect.poll(() => toast.locator('li').allTextContents()).toEqual(['文件是空的']);
    expect(await messages()).toBe(1);
    await page.close();
  });

  it('screenshots: docs/popup.png, docs/collection.png and docs/collection-800.png', async () => {
    // The popup as it opens over a report tab.
    const tabId = await openTab(popup, server.url('/collection/report-a.html'));
    const shot = await browser.openExtensionPage(`popup.html?tab=${tabId}`);
    await shot.locator('.page-actions').waitFor();
    await shot.setViewportSize({ width: 400, height: 600 });
    await shot.locator('main[data-loaded="true"]').waitFor();
    await shot.locator('.item-card').first().waitFor();
    await shot.screenshot({ path: screenshotPath('popup.png') });
    await shot.close();
    await closeTab(popup, tabId);

    const page = await browser.openExtensionPage('collection.html');
    await page.setViewportSize({ width: 1440, height: 820 });
    await page.locator('.collection[data-loaded="true"]').waitFor();
    await page.locator('.table-body [role="row"]').first().waitFor();
    await page.locator('.table-body [role="row"]').nth(1).getByRole('checkbox').check();
    await page.locator('.table-body [role="row"]').nth(2).getByRole('checkbox').check();
    await page.locator('.table-body .cell-metric button').first().click();
    await page.locator('.details').waitFor();
    await page.getByLabel('备注', { exact: true }).blur();
    await page.screenshot({ path: screenshotPath('collection.png') });
    await page.close();

    // In an 800 px window: the filters folded beside the search, the columns that fit.
    const narrow = await browser.openExtensionPage('collection.html');
    await narrow.setViewportSize({ width: 800, height: 600 });
    await narrow.locator('.collection[data-loaded="true"]').waitFor();
    await narrow.waitForFunction(() => performance.getEntriesByName('collection-complete').length > 0);
    await narrow.screenshot({ path: screenshotPath('collection-800.png') });
    await narrow.close();
  });
});

describe('in an English browser', () => {
  let browser: ExtensionBrowser;

  beforeAll(async () => {
    browser = await launchWithExtension({ args: ['--accept-lang=en-US'] });
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('speaks English, keeping the name 报告标注', async () => {
    const popup = await browser.openExtensionPage('popup.html');
    await popup.locator('main[data-loaded="true"]').waitFor();
    expect(await popup.locator('h1').textContent()).toBe('报告标注');
    expect(await popup.getByRole('button', { name: 'Export CSV' }).count()).toBe(1);
    expect(await popup.locator('.kind-toggle').allTextContents()).toEqual(['Target', 'Result', 'Commitment']);
    expect(await popup.locator('.empty').textContent()).toMatch(/^Nothing collected yet/);
    expect(await popup.evaluate(() => document.documentElement.lang)).toBe('en');
    const page = await browser.openExtensionPage('collection.html');
    expect(await page.locator('h1').textContent()).toBe('My collection');
    // Counts agree with their noun.
    const report = await send(page, 'report/visit', { url: 'https://www.example.gov.cn/report.html', title: '2026年政府工作报告' });
    const text = '今年城镇新增就业1200万人以上。';
    await send(page, 'items/addManual', { reportId: report.id, item: { kind: 'target', selector: selectorFor(text, 2, 15), tags: ['jobs'] } });
    await expect.poll(() => page.locator('.header-stats').textContent()).toBe('1 item · 1 report · 1 tag');
    expect(await page.locator('.toolbar .list-summary').textContent()).toBe('1 of 1 item');
  });

  it('popup: the Excel workbook speaks English too, headers, sheet name and values', async () => {
    const popup = await browser.openExtensionPage('popup.html');
    await popup.setViewportSize({ width: 400, height: 600 });
    await popup.locator('main[data-loaded="true"]').waitFor();
    const report = await send(popup, 'report/visit', { url: 'https://www.example.gov.cn/jobs.html', title: '2026年政府工作报告' });
    const text = '今年城镇新增就业1200万人以上。';
    await send(popup, 'items/addManual', {
      reportId: report.id,
      item: { kind: 'target', selector: selectorFor(text, 2, 15), metric: '城镇新增就业', value: 12000000, max: null, unit: '人', cmp: '>=' },
    });
    await expect.poll(() => popup.locator('.item-card').count()).toBe(2); // with the one the test before stored
    const [download] = await Promise.all([popup.waitForEvent('download'), popup.getByRole('button', { name: 'Export Excel' }).click()]);
    const { sheets } = readXlsx(new Uint8Array(await readFile(await download.path())));
    expect(sheets.map((s) => s.name)).toEqual(['Items']);
    const [header, ...rows] = sheets[0]!.rows as [string[], ...(string | number | undefined)[][]];
    expect(header).toEqual(itemHeader('en'));
    expect(rows).toHaveLength(2);
    const row = rows.find((r) => r[header.indexOf('Metric')] === '城镇新增就业')!;
    expect(row[header.indexOf('Kind')]).toBe('Target');
    expect(row[header.indexOf('Value')]).toBe(12000000);
    expect(row[header.indexOf('Comparator')]).toBe('≥');
    expect(row[header.indexOf('Year')]).toBe(2026);
    await expect.poll(() => popup.getByTestId('toast').locator('.toast-text').textContent()).toMatch(/^Exported 2 items to /);
    // The header's three buttons stay on one row in English.
    const tops = await popup.locator('.header-actions button').evaluateAll((bs) => bs.map((b) => Math.round(b.getBoundingClientRect().top)));
    expect(new Set(tops).size).toBe(1);
    await popup.close();
  });
});
