/**
 * The popup and the collection page as a reader meets them (issue 12): no accessibility
 * violation axe-core can find, empty and with items; Escape closes the popup's inline editor;
 * "copy as citation"; the collection page in an 800 px window (filters folded in one row,
 * columns the reader chooses, remembered).
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { citationOf } from '../../lib/collection/citation';
import { launchWithExtension, startFixtureServer, type ExtensionBrowser, type FixtureServer } from './harness';
import { axeViolations } from './fixtures/collection/axe';
import { seedTwoReports, type Seeded } from './fixtures/collection/seed';

/** Replace the clipboard of an extension page by a recorder, and read what was written. */
async function recordClipboard(page: Page): Promise<() => Promise<string | null>> {
  await page.evaluate(() => {
    const w = window as unknown as { copied: string | null };
    w.copied = null;
    Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText: async (text: string) => void (w.copied = text) } });
  });
  return () => page.evaluate(() => (window as unknown as { copied: string | null }).copied);
}

async function open(browser: ExtensionBrowser, path: string, width: number, height: number): Promise<Page> {
  const page = await browser.context.newPage();
  await page.setViewportSize({ width, height });
  await page.goto(browser.extensionUrl(path));
  const complete = path.startsWith('popup') ? 'popup-complete' : 'collection-complete';
  await page.waitForFunction((m) => performance.getEntriesByName(m).length > 0, complete);
  return page;
}

describe('popup and collection page, as a reader meets them', () => {
  let browser: ExtensionBrowser;
  let server: FixtureServer;
  let seeded: Seeded;

  beforeAll(async () => {
    server = await startFixtureServer();
    browser = await launchWithExtension({ args: ['--accept-lang=zh-CN'] });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('axe-core finds no violation on either page while the collection is empty', async () => {
    for (const [path, width, height] of [['popup.html', 400, 600], ['collection.html', 1440, 900], ['collection.html', 800, 700]] as const) {
      const page = await open(browser, path, width, height);
      expect(await page.locator('.empty').count()).toBe(1);
      expect(await axeViolations(page), `${path} at ${width} px`).toEqual([]);
      await page.close();
    }
  });

  it('axe-core finds no violation with items, an editor, the details and the folded filters open', async () => {
    const seeder = await browser.openExtensionPage('popup.html');
    seeded = await seedTwoReports(seeder, server.url('/collection/report-a.html'), server.url('/collection/report-b.html'));
    await seeder.close();

    const popup = await open(browser, 'popup.html', 400, 600);
    expect(await axeViolations(popup), 'popup').toEqual([]);
    await popup.locator(`[data-item-id="${seeded.items.gdp.id}"]`).getByRole('button', { name: '编辑标签和备注' }).click();
    expect(await axeViolations(popup), 'popup, editing').toEqual([]);
    await popup.close();

    const wide = await open(browser, 'collection.html', 1440, 900);
    await wide.locator('.table-body .cell-metric button').first().click();
    await wide.locator('.details').waitFor();
    expect(await axeViolations(wide), 'collection page with details').toEqual([]);
    await wide.close();

    const narrow = await open(browser, 'collection.html', 800, 700);
    expect(await axeViolations(narrow), 'collection page at 800 px').toEqual([]);
    await narrow.getByRole('button', { name: '筛选', exact: true }).click();
    await narrow.getByRole('button', { name: '列', exact: true }).click();
    expect(await axeViolations(narrow), 'collection page at 800 px, filters and columns open').toEqual([]);
    await narrow.close();
  });

  it('Escape closes the popup’s inline editor and returns to its button; over an unsaved note it first restores the note', async () => {
    const popup = await open(browser, 'popup.html', 400, 600);
    const card = popup.locator(`[data-item-id="${seeded.items.grain.id}"]`);
    const edit = card.getByRole('button', { name: '编辑标签和备注' });
    await edit.click();
    const tagInput = card.getByLabel('标签', { exact: true });
    await expect.poll(() => tagInput.evaluate((el) => el === document.activeElement)).toBe(true); // the editor takes the focus
    await popup.keyboard.press('Escape');
    await expect.poll(() => card.locator('.item-editor').count()).toBe(0);
    expect(await edit.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await edit.getAttribute('aria-pressed')).toBe('false');

    await edit.click();
    const note = card.getByLabel('备注', { exact: true });
    await note.fill('还没保存的字');
    await popup.keyboard.press('Escape'); // first: the unsaved text goes, the editor stays
    expect(await note.inputValue()).toBe('');
    expect(await card.locator('.item-editor').count()).toBe(1);
    await popup.keyboard.press('Escape'); // then: the editor closes
    await expect.poll(() => card.locator('.item-editor').count()).toBe(0);
    await popup.close();
  });

  it('copies an item as a citation: the quote, the report’s title, place and year when known, and the link', async () => {
    const popup = await open(browser, 'popup.html', 400, 600);
    const copied = await recordClipboard(popup);
    const { energy } = seeded.items;
    await popup.locator(`[data-item-id="${energy.id}"]`).getByRole('button', { name: '复制引文' }).click();
    await expect.poll(() => popup.getByTestId('toast').locator('.toast-text').textContent()).toBe('已复制引文');
    const expected = citationOf(energy, seeded.reportB, 'zh');
    expect(await copied()).toBe(expected);
    expect(expected).toMatch(/^“单位地区生产总值能耗降低2\.5%左右”——《北京市2026年政府工作报告（收藏测试页乙）》。http:\/\/.+\/collection\/report-b\.html#:~:text=/);
    expect(await axeViolations(popup), 'popup with a toast').toEqual([]);
    await popup.close();

    const page = await open(browser, 'collection.html', 1440, 900);
    const fromPage = await recordClipboard(page);
    await page.locator('.table-body [role="row"]', { has: page.locator('.cell-metric', { hasText: '国内生产总值' }) }).locator('.cell-metric button').click();
    await page.locator('.details').getByRole('button', { name: '复制引文' }).click();
    await expect.poll(fromPage).toBe(citationOf(seeded.items.gdp, seeded.reportA, 'zh'));
    await page.close();
  });

  it('at 800 px: the filters fold into one row with the search, and the table shows the columns the reader chose, remembered', async () => {
    const page = await open(browser, 'collection.html', 800, 700);
    const toolbar = page.locator('.toolbar');
    const top = (selector: string) => page.locator(selector).first().evaluate((el) => Math.round(el.getBoundingClientRect().top));
    // One row: the search box, the fold, the count, the columns and the export side by side.
    const tops = await Promise.all(['.filter-search input', '.filters-toggle', '.toolbar .list-summary', '.column-picker button', '.toolbar-end .btn-primary'].map(top));
    expect(Math.max(...tops) - Math.min(...tops)).toBeLessThan(12);
    expect(await toolbar.evaluate((el) => el.getBoundingClientRect().height)).toBeLessThan(60);
    expect(await page.locator('.kind-toggles').isVisible()).toBe(false);
    expect(await page.locator('.counts-panel').isVisible()).toBe(false);

    const fold = page.locator('.filters-toggle');
    expect(await fold.getAttribute('aria-expanded')).toBe('false');
    await fold.click();
    expect(await fold.getAttribute('aria-expanded')).toBe('true');
    expect(await page.locator('.kind-toggles').isVisible()).toBe(true);
    expect(await page.locator('.counts-panel').isVisible()).toBe(true);
    // Each report's place, year and genre fit the folded-out side panel, none cut off or scrolled sideways.
    expect(await page.locator('.report-facets').count()).toBeGreaterThan(0);
    expect(await page.locator('.counts-panel').evaluate((el) => el.scrollWidth <= el.clientWidth)).toBe(true);
    expect(await page.locator('.facet-chip').evaluateAll((cs) => cs.every((c) => c.scrollWidth <= c.clientWidth))).toBe(true);
    await page.getByRole('button', { name: '目标' }).click();
    await expect.poll(() => page.locator('.filters-toggle').textContent()).toBe('筛选（1）');
    await fold.click(); // folded again, the filter still applies and the button says so
    await expect.poll(() => page.locator('.table-body [role="row"]').count()).toBe(4);

    // A narrow window starts with the columns that say what an item is, and the table fits it.
    const headings = () => page.locator('.table-head .sort-btn > span:first-child').allTextContents();
    expect(await headings()).toEqual(['类型', '指标', '数值', '单位', '原文', '标签']);
    const scroll = page.locator('.table-scroll');
    expect(await scroll.evaluate((el) => el.scrollWidth <= el.clientWidth)).toBe(true);
    await page.getByRole('button', { name: '列', exact: true }).click();
    const choices = page.locator('.column-choices');
    expect(await choices.getByLabel('指标', { exact: true }).isDisabled()).toBe(true); // the column that opens the details stays
    await choices.getByLabel('报告').check();
    await choices.getByLabel('单位').uncheck();
    await page.keyboard.press('Escape');
    await expect.poll(() => choices.count()).toBe(0);
    const chosen = ['类型', '指标', '数值', '原文', '标签', '报告'];
    expect(await headings()).toEqual(chosen);
    await page.reload();
    await page.waitForFunction(() => performance.getEntriesByName('collection-complete').length > 0);
    expect(await headings()).toEqual(chosen);
    await page.close();

    // The choice holds in a wide window too.
    const wide = await open(browser, 'collection.html', 1440, 900);
    expect(await wide.locator('.table-head .sort-btn > span:first-child').allTextContents()).toEqual(chosen);
    expect(await wide.locator('.filters-toggle').isVisible()).toBe(false);
    await wide.close();
  });
});
