/**
 * The reader's experience on the page (issue 12): the card never under our summary, the summary's
 * kind toggles and outline, marking a passage by hand in a review, "collect all" undone from the
 * popup, the keyboard alone, and what axe-core (the accessibility rules engine) finds in the card
 * and the summary. Also the 800 px screenshot for the README (docs/page-800.png).
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, screenshotPath, startFixtureServer, type ExtensionBrowser, type FixtureServer } from './harness';
import { CORNER_ITEMS, cornerItemsPage, provincialReportPage, seedReportPage } from './fixtures/pages';
import {
  askBackground,
  axeViolations,
  badge,
  card,
  clickToolbarButton,
  focusedInUi,
  highlightTexts,
  inUi,
  inUiWorld,
  openSummary,
  pointAtHighlight,
  selectPageText,
  setLanguage,
  summary,
} from './fixtures/page-helpers';

const SITE = 'www.xiuzhou.example.gov.cn';

interface Rect {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

const overlap = (a: Rect, b: Rect) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

describe('the reader on the page', () => {
  let browser: ExtensionBrowser;
  let server: FixtureServer;

  beforeAll(async () => {
    server = await startFixtureServer({
      pages: {
        '/corners.html': cornerItemsPage(),
        '/seed-kinds.html': seedReportPage(),
        '/seed-keyboard.html': seedReportPage(),
        '/seed-axe.html': seedReportPage(),
        '/seed-undo.html': seedReportPage(),
        '/seed-800.html': seedReportPage(),
        '/outline.html': provincialReportPage(),
        '/review-mark.html': provincialReportPage(),
      },
      defaultHost: SITE,
    });
    browser = await launchWithExtension();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  async function open(path: string, width = 1280, height = 800): Promise<Page> {
    const page = await browser.context.newPage();
    await page.setViewportSize({ width, height });
    await setLanguage(page, 'zh-CN,zh');
    await page.goto(server.url(path));
    await expect.poll(() => highlightTexts(page), { timeout: 30_000 }).not.toEqual([]);
    return page;
  }

  const itemsOf = (path: string) =>
    askBackground<{ id: string; kind: string; source: string; tags: string[]; selector: { quote: { exact: string } } }[]>(browser, 'items/forReport', {
      reportId: server.url(path),
    });

  /** Hover a passage (from the middle of the window) until its card opens. */
  async function hover(page: Page, text: string, scroll = true) {
    const { x, y } = await pointAtHighlight(page, text, scroll);
    await page.mouse.move(640, 400);
    await page.mouse.move(x, y, { steps: 4 });
    await expect.poll(() => card(page).getAttribute('aria-label').catch(() => null)).toContain(text);
  }

  const boxes = (page: Page) =>
    inUiWorld(page, (root) => ({
      card: root!.querySelector('.card')!.getBoundingClientRect().toJSON() as Rect,
      summary: root!.querySelector('.corner')!.getBoundingClientRect().toJSON() as Rect,
      width: innerWidth,
      height: innerHeight,
    }));

  it('never puts the card over the summary or outside the window, for an item in each corner', async () => {
    const page = await open('/corners.html');
    await openSummary(page);
    const corners: Record<string, (keyof typeof CORNER_ITEMS)[]> = {
      // The summary in the bottom right corner covers the item pinned there: the one beside it instead.
      '移到右下角': ['top-left', 'top-right', 'bottom-left', 'bottom-inner-right'],
      '移到左上角': ['top-inner-left', 'top-right', 'bottom-left', 'bottom-right'],
    };
    for (const [move, items] of Object.entries(corners)) {
      const button = summary(page).locator(`.corner-button[aria-label="${move}"]`);
      if (await button.count()) await button.click();
      for (const where of items) {
        await hover(page, CORNER_ITEMS[where], false);
        const b = await boxes(page);
        expect(overlap(b.card, b.summary), `${where}: card ${JSON.stringify(b.card)}, summary ${JSON.stringify(b.summary)}`).toBe(false);
        expect([b.card.left >= 0, b.card.top >= 0, b.card.right <= b.width, b.card.bottom <= b.height], where).toEqual([true, true, true, true]);
        // The card's buttons can be clicked where they are.
        await card(page).locator('.btn-quiet').waitFor();
        await page.keyboard.press('Escape');
        await expect.poll(() => card(page).count()).toBe(0);
      }
    }
    await summary(page).locator('.corner-button[aria-label="移到右下角"]').click();
    await page.close();
  });

  it('shows and hides each kind on the page from the summary’s counts', async () => {
    const page = await open('/seed-kinds.html');
    const target = '新增学位1.85万个';
    const { x, y } = await pointAtHighlight(page, target);
    const clip = { x: x - 20, y: y - 12, width: 120, height: 24 };
    const shown = await page.screenshot({ clip });
    await openSummary(page);
    const toggle = summary(page).locator('.count[data-kind="target"]');
    expect(await toggle.getAttribute('aria-pressed')).toBe('true');
    await toggle.click();
    await expect.poll(() => toggle.getAttribute('aria-pressed')).toBe('false');
    // The targets are no longer coloured, nor hovered, nor stepped to.
    await expect.poll(async () => (await page.screenshot({ clip })).equals(shown)).toBe(false);
    await page.mouse.move(x, y, { steps: 3 });
    await page.waitForTimeout(800);
    expect(await card(page).count()).toBe(0);
    await page.mouse.click(20, 200);
    for (let i = 0; i < 3; i++) {
      await page.keyboard.press('j');
      await expect.poll(() => card(page).count()).toBe(1);
      expect(await card(page).getAttribute('class')).toContain('card-commitment');
      await page.keyboard.press('Escape');
    }
    await toggle.click();
    await expect.poll(() => toggle.getAttribute('aria-pressed')).toBe('true');
    await expect.poll(async () => (await page.screenshot({ clip })).equals(shown)).toBe(true);
    await page.close();
  });

  it('lists the report’s items by section in the outline, searchable; choosing one scrolls to it and opens its card', async () => {
    const page = await open('/outline.html');
    const wanted = '货物进出口总额9.5万亿元';
    await expect.poll(() => highlightTexts(page), { timeout: 30_000 }).toContain(wanted);
    await page.evaluate(() => window.scrollTo(0, 0));
    await openSummary(page);
    await summary(page).locator('.outline-toggle').click();
    await expect.poll(() => summary(page).locator('.outline-item').count()).toBeGreaterThan(300);
    await summary(page).locator('.outline-search').fill('进出口');
    await expect.poll(() => summary(page).locator('.outline-item').allTextContents()).toContainEqual(expect.stringContaining(wanted));
    const entry = await inUiWorld(
      page,
      (root, text) => {
        const button = [...root!.querySelectorAll('.outline-item')].find((b) => b.textContent!.includes(text))!;
        return { key: button.getAttribute('data-key'), section: button.closest('.outline-section')!.querySelector('.outline-heading')!.textContent };
      },
      wanted,
    );
    expect(entry.section).toContain('工作回顾');
    await summary(page).locator(`.outline-item[data-key="${entry.key}"]`).click();
    await expect.poll(() => card(page).getAttribute('aria-label')).toContain(wanted);
    const { y } = await pointAtHighlight(page, wanted, false);
    expect(y).toBeGreaterThan(0);
    expect(y).toBeLessThan(800);
    const b = await boxes(page);
    expect(overlap(b.card, b.summary)).toBe(false);
    await page.close();
  });

  it('marks a passage of a review section as a result', async () => {
    const path = '/review-mark.html';
    const page = await open(path);
    const passage = '两届广交会吸引境外采购商人数再创新高';
    await selectPageText(page, passage);
    await inUi(page, '.selection-button').click();
    await expect.poll(() => card(page).getAttribute('aria-label').catch(() => null)).toBe(`成果：${passage}`);
    await expect.poll(async () => (await itemsOf(path)).map((i) => [i.source, i.kind, i.selector.quote.exact])).toEqual([['manual', 'result', passage]]);
    await page.close();
  });

  it('is reached and worked with the keyboard alone: the badge, the summary, the outline and the card', async () => {
    const path = '/seed-keyboard.html';
    const page = await open(path);
    // Shrink the summary to its badge if an earlier test left it open on this site.
    if (await summary(page).count()) await summary(page).locator('.summary-hide').click();
    await expect.poll(() => badge(page).count()).toBe(1);
    // Tab from the top of the page: the badge is reached after the page's own links.
    let focused: string | null = null;
    for (let i = 0; i < 80 && !focused; i++) {
      await page.keyboard.press('Tab');
      focused = await focusedInUi(page);
    }
    expect(focused).toBe('button.summary-badge');
    expect(await badge(page).textContent()).toMatch(/报告标注：目标 \d+，成果 \d+，承诺 \d+（展开摘要）/);
    await page.keyboard.press('Enter');
    await expect.poll(() => focusedInUi(page)).toBe('section.summary');
    const tabTo = async (wanted: RegExp) => {
      for (let i = 0; i < 12; i++) {
        await page.keyboard.press('Tab');
        if (wanted.test((await focusedInUi(page)) ?? '')) return;
      }
      throw new Error(`Tab never reached ${wanted}`);
    };
    // A kind toggle, with Space.
    await tabTo(/^button\.count$/);
    await page.keyboard.press('Space');
    await expect.poll(() => summary(page).locator('.count[data-kind="target"]').getAttribute('aria-pressed')).toBe('false');
    await page.keyboard.press('Space');
    await expect.poll(() => summary(page).locator('.count[data-kind="target"]').getAttribute('aria-pressed')).toBe('true');
    // The outline: open it, search, choose an item: its card takes the focus.
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Shift+Tab');
    expect(await focusedInUi(page)).toBe('button.link outline-toggle');
    await page.keyboard.press('Enter');
    await tabTo(/^input\.outline-search$/);
    await page.keyboard.type('学位');
    await tabTo(/^button\.outline-item$/);
    await page.keyboard.press('Enter');
    await expect.poll(() => card(page).getAttribute('aria-label')).toContain('新增学位1.85万个');
    await expect.poll(() => focusedInUi(page)).toMatch(/^div\.card/);
    // In the card: Tab to the tag input, tag, then collect is done; Escape closes it.
    await tabTo(/^input\.tag-input$/);
    await page.keyboard.type('键盘');
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await itemsOf(path)).map((i) => i.tags)).toEqual([['键盘']]);
    await page.keyboard.press('Escape');
    await expect.poll(() => card(page).count()).toBe(0);
    // Escape in the summary shrinks it to the badge, which keeps the focus.
    await summary(page).locator('.outline-search').focus();
    await page.keyboard.press('Escape'); // closes the outline
    await page.keyboard.press('Escape'); // shrinks the summary
    await expect.poll(() => focusedInUi(page)).toBe('button.summary-badge');
    await page.close();
  });

  it('has nothing axe-core finds wrong in the card, the open summary with its outline, and the badge', async () => {
    const page = await open('/seed-axe.html');
    await openSummary(page);
    await summary(page).locator('.outline-toggle').click();
    await page.mouse.click(20, 200); // the page, not our UI: J is the page's key again
    await page.keyboard.press('j');
    await expect.poll(() => card(page).count()).toBe(1);
    const violations = await axeViolations(page, ['.summary', '.card']);
    expect(violations, JSON.stringify(violations, null, 1)).toEqual([]);
    await page.keyboard.press('Escape');
    await summary(page).locator('.summary-hide').click();
    await expect.poll(() => badge(page).count()).toBe(1);
    expect(await axeViolations(page, ['.summary-badge'])).toEqual([]);
    await page.close();
  });

  it('undoes “collect all” from the popup like a delete', async () => {
    const path = '/seed-undo.html';
    const page = await open(path);
    const total = (await highlightTexts(page)).length;
    const popup = await clickToolbarButton(browser, page);
    const waitFor = (selector: string) =>
      popup.evaluate<boolean>(`(async () => {
        for (let i = 0; i < 100; i++) { if (document.querySelector(${JSON.stringify(selector)})) return true; await new Promise((r) => setTimeout(r, 100)); }
        return false;
      })()`);
    // Asked from the popup itself: opening another page would close it.
    const stored = () =>
      popup.evaluate<number>(
        `chrome.runtime.sendMessage({ type: 'items/forReport', payload: { reportId: ${JSON.stringify(server.url(path))} } }).then((r) => r.value.length)`,
      );
    expect(await waitFor('.page-actions .btn-primary')).toBe(true);
    await popup.evaluate(`document.querySelector('.page-actions .btn-primary').click()`);
    expect(await waitFor('.collect-undo')).toBe(true);
    expect(await stored()).toBe(total);
    await popup.evaluate(`document.querySelector('.collect-undo').click()`);
    await expect.poll(stored).toBe(0);
    expect(await popup.evaluate<boolean>(`!document.querySelector('.collect-undo')`)).toBe(true);
    // The page shows its items again as found, none collected.
    await openSummary(page);
    await expect.poll(() => summary(page).textContent()).toContain('已收藏 0');
    expect((await highlightTexts(page)).length).toBe(total);
    await page.close();
  });

  it('takes the 800 px screenshot for the README (docs/page-800.png), with the summary as a badge', async () => {
    const page = await open('/seed-800.html', 800, 700);
    if (await summary(page).count()) await summary(page).locator('.summary-hide').click();
    await expect.poll(() => badge(page).count()).toBe(1);
    await page.evaluate(() => window.scrollTo(0, 260));
    await page.waitForTimeout(300);
    await page.screenshot({ path: screenshotPath('page-800.png') });
    await page.close();
  });
});
