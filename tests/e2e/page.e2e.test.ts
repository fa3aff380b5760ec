/**
 * The page annotator on government sites (*.gov.cn, sent to the fixture server by the resolver
 * rule), in real Chromium with the built extension: highlights on a real report, the card, tags
 * that survive a reload, the keyboard, marking a selection, dismissing, items that can no longer
 * be found, pages that load their text late, silence on pages that are not reports, and no
 * database of ours in the page's origin.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { WxtBrowser } from 'wxt/browser';
import { launchWithExtension, startFixtureServer, type ExtensionBrowser, type FixtureServer, screenshotPath } from './harness';
import { govNoticePage, lateReportPage, provincialReportPage, readCorpus, SEED_FILE, seedReportPage, tickerReportPage } from './fixtures/pages';
import {
  askBackground,
  askTab,
  badge,
  card,
  focusedInUi,
  focusedTexts,
  highlightTexts,
  highlightTextsOfKind,
  inUi,
  inUiWorld,
  openSummary,
  pointAtHighlight,
  setLanguage,
  stopServiceWorker,
  summary,
  taggedTexts,
  ui,
  whatThePageSees,
} from './fixtures/page-helpers';

interface StoredItem {
  id: string;
  tags: string[];
  note: string;
  kind: string;
  status: string;
  source: string;
  selector: { quote: { exact: string } };
}

// The extension API as seen inside the browser (bodies run in the content script's world).
declare const chrome: WxtBrowser;

const SITE = 'www.xiuzhou.example.gov.cn';
const SEED_TEXT = readCorpus(SEED_FILE);

describe('the page annotator on a government report page', () => {
  let browser: ExtensionBrowser;
  let server: FixtureServer;
  const pages: Record<string, string> = {};

  beforeAll(async () => {
    Object.assign(pages, {
      '/seed.html': seedReportPage(),
      '/seed-tag.html': seedReportPage(),
      '/seed-keys.html': seedReportPage(),
      '/seed-mark.html': seedReportPage(),
      '/seed-dismiss.html': seedReportPage(),
      '/seed-edited.html': seedReportPage(),
      '/seed-card.html': seedReportPage(),
      '/seed-popup.html': seedReportPage(),
      '/seed-collection.html': seedReportPage(),
      '/seed-wake.html': seedReportPage(),
      '/seed-hide.html': seedReportPage(),
      '/seed-hostile.html': seedReportPage(),
      '/seed-private.html': seedReportPage(),
      '/long.html': seedReportPage(Array.from({ length: Math.ceil(400_000 / SEED_TEXT.length) }, () => SEED_TEXT).join('\n')),
      '/ticker.html': tickerReportPage(),
      '/notices.html': govNoticePage(),
      '/late.html': lateReportPage(),
      '/provincial.html': provincialReportPage(),
    });
    server = await startFixtureServer({ pages, defaultHost: SITE });
    browser = await launchWithExtension();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  async function open(path: string, language = 'zh-CN,zh'): Promise<Page> {
    const page = await browser.context.newPage();
    await page.setViewportSize({ width: 1280, height: 800 });
    await setLanguage(page, language);
    await page.goto(server.url(path));
    return page;
  }

  const itemsOf = (path: string) => askBackground<StoredItem[]>(browser, 'items/forReport', { reportId: server.url(path) });

  /** Hover the passage until its card opens. */
  async function hover(page: Page, text: string) {
    await expect.poll(() => highlightTexts(page), { timeout: 15_000 }).toContain(text);
    const { x, y } = await pointAtHighlight(page, text);
    await page.mouse.move(x - 30, y - 40);
    await page.mouse.move(x, y, { steps: 4 });
    await expect.poll(() => card(page).getAttribute('aria-label').catch(() => null)).toContain(text);
  }

  it('highlights the known targets of the seed report, coloured by kind, with a summary', async () => {
    const page = await open('/seed.html');
    await expect.poll(() => highlightTexts(page), { timeout: 15_000 }).toContain('新增学位1.85万个');
    const texts = await highlightTexts(page);
    expect(texts).toEqual(expect.arrayContaining(['复垦建设用地1万亩', '力争空气质量优良率达到95%']));
    expect(texts.length).toBeGreaterThan(20);
    // The page text is untouched: no elements added around it, and the page's script still runs.
    expect(await page.locator('#content report-annotator-mark').count()).toBe(0);
    await page.click('#print');
    expect(await page.evaluate(() => (window as unknown as { pageScriptRuns: number }).pageScriptRuns)).toBe(1);
    // The summary, in Chinese: counts by kind and the shortcut.
    await openSummary(page);
    await expect.poll(() => summary(page).textContent()).toContain('目标');
    const text = (await summary(page).textContent()) ?? '';
    expect(text).toMatch(/目标\s*\d+/);
    expect(text).toContain('J / K');
    await page.close();
  });

  it('highlights a whole provincial report: its plans as targets, its review as results', async () => {
    // The largest report of the corpus (guangdong, ~33k characters), one <p> per line as on gov.cn.
    const page = await open('/provincial.html');
    await expect
      .poll(() => highlightTextsOfKind(page, 'target'), { timeout: 30_000 })
      .toContain('地区生产总值增长4.5%—5%');
    const results = await highlightTextsOfKind(page, 'result');
    expect(results).toContain('地区生产总值增长3.9%');
    expect(results).toContain('货物进出口总额9.5万亿元');
    expect(results.length).toBeGreaterThan(150);
    await page.close();
  });

  it('keeps the extension database out of the page origin', async () => {
    const page = await open('/seed.html');
    await expect.poll(() => highlightTexts(page), { timeout: 15_000 }).toContain('新增学位1.85万个');
    const databases = await page.evaluate(async () => (await indexedDB.databases()).map((d) => d.name));
    expect(databases).not.toContain('report-annotator');
    expect(databases).toEqual([]);
    await page.close();
  });

  it('tags an item through its card, and the tag is still there after a reload', async () => {
    const page = await open('/seed-tag.html');
    await hover(page, '新增学位1.85万个');
    const facts = (await card(page).locator('.facts').textContent()) ?? '';
    expect(facts).toContain('学位');
    expect(facts).toContain('1.85万个');
    await card(page).locator('.tag-input').click();
    await page.keyboard.type('教育');
    await page.keyboard.press('Enter');
    await expect.poll(() => card(page).locator('.tag').allTextContents()).toEqual([expect.stringContaining('教育')]);
    await expect.poll(() => taggedTexts(page)).toEqual(['新增学位1.85万个']);
    await openSummary(page);
    await expect.poll(() => summary(page).textContent()).toContain('已加标签 1');

    const stored = await itemsOf('/seed-tag.html');
    expect(stored).toHaveLength(1);
    expect(stored[0]).toMatchObject({ tags: ['教育'], status: 'active', source: 'auto' });
    expect(stored[0].selector.quote.exact).toBe('新增学位1.85万个');

    await page.reload();
    await hover(page, '新增学位1.85万个');
    await expect.poll(() => card(page).locator('.tag').allTextContents()).toEqual([expect.stringContaining('教育')]);
    await expect.poll(() => taggedTexts(page)).toEqual(['新增学位1.85万个']);
    await page.close();
  });

  it('steps through the items with J and K, opens the card, and closes it with Escape', async () => {
    const page = await open('/seed-keys.html');
    await expect.poll(() => highlightTexts(page), { timeout: 15_000 }).toContain('新增学位1.85万个');
    await page.keyboard.press('j');
    await expect.poll(() => card(page).count()).toBe(1);
    await expect.poll(() => focusedInUi(page)).toMatch(/^div\.card/);
    const first = await card(page).getAttribute('data-item');
    await expect.poll(() => focusedTexts(page)).toHaveLength(1);
    const focused1 = await focusedTexts(page);
    // The card has the focus: J goes on from there, and Tab reaches the card's controls.
    await page.keyboard.press('j');
    await expect.poll(() => card(page).getAttribute('data-item')).not.toBe(first);
    await expect.poll(() => focusedTexts(page)).not.toEqual(focused1);
    await page.keyboard.press('k');
    await expect.poll(() => card(page).getAttribute('data-item')).toBe(first);
    // Tag it with the keyboard only.
    await card(page).locator('.tag-input').focus();
    await page.keyboard.type('重点');
    await page.keyboard.press('Enter');
    await expect.poll(() => card(page).locator('.tag').allTextContents()).toEqual([expect.stringContaining('重点')]);
    await page.keyboard.press('Escape');
    await expect.poll(() => card(page).count()).toBe(0);
    expect((await itemsOf('/seed-keys.html')).map((i) => i.tags)).toEqual([['重点']]);
    await page.close();
  });

  it('marks a selected passage the detector missed as an item', async () => {
    const page = await open('/seed-mark.html');
    await expect.poll(() => highlightTexts(page), { timeout: 15_000 }).toContain('新增学位1.85万个');
    const wanted = '打造省级种业强区';
    await page.evaluate((text) => {
      const walker = document.createTreeWalker(document.getElementById('content')!, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const i = (n as Text).data.indexOf(text);
        if (i === -1) continue;
        const range = document.createRange();
        range.setStart(n, i);
        range.setEnd(n, i + text.length);
        (n.parentElement as HTMLElement).scrollIntoView({ block: 'center' });
        getSelection()!.removeAllRanges();
        getSelection()!.addRange(range);
        return;
      }
    }, wanted);
    const button = inUi(page, '.selection-button');
    await button.waitFor();
    expect(await button.textContent()).toContain('标为条目');
    await button.click();
    await expect.poll(() => card(page).getAttribute('aria-label').catch(() => null)).toContain(wanted);
    // The new item's card has the tag input focused: type straight away.
    await expect.poll(() => focusedInUi(page)).toBe('input.tag-input');
    await page.keyboard.type('农业');
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await itemsOf('/seed-mark.html')).map((i) => [i.source, i.selector.quote.exact, i.tags])).toEqual([
      ['manual', wanted, ['农业']],
    ]);
    expect(await highlightTexts(page)).toContain(wanted);
    await page.reload();
    await expect.poll(() => highlightTexts(page), { timeout: 15_000 }).toContain(wanted);
    await page.close();
  });

  it('dismisses a false detection: stored as dismissed, not highlighted again, undoable', async () => {
    const page = await open('/seed-dismiss.html');
    await hover(page, '复垦建设用地1万亩');
    await card(page).locator('.btn-quiet').click();
    await expect.poll(() => highlightTexts(page)).not.toContain('复垦建设用地1万亩');
    expect((await itemsOf('/seed-dismiss.html')).map((i) => i.status)).toEqual(['dismissed']);
    await page.reload();
    await expect.poll(() => highlightTexts(page), { timeout: 15_000 }).toContain('新增学位1.85万个');
    expect(await highlightTexts(page)).not.toContain('复垦建设用地1万亩');
    // Undo, on a second dismissal.
    await hover(page, '新增学位1.85万个');
    await card(page).locator('.btn-quiet').click();
    await expect.poll(() => highlightTexts(page)).not.toContain('新增学位1.85万个');
    await inUi(page, '.notice .link').click();
    await expect.poll(() => highlightTexts(page)).toContain('新增学位1.85万个');
    await page.close();
  });

  it('keeps a saved item whose figure changed as not found (orphaned), and says so', async () => {
    const path = '/seed-edited.html';
    const page = await open(path);
    await hover(page, '新增学位1.85万个');
    await card(page).locator('.tag-input').click();
    await page.keyboard.type('教育');
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await itemsOf(path)).map((i) => i.tags)).toEqual([['教育']]);

    // The site edits the report: the figure changes, a paragraph is added before it.
    pages[path] = seedReportPage(`新增段落：本报告根据会议讨论意见修改。\n${SEED_TEXT.replace('新增学位1.85万个', '新增学位1.86万个')}`);
    await page.reload();
    await expect.poll(() => highlightTexts(page), { timeout: 15_000 }).toContain('新增学位1.86万个');
    await expect.poll(async () => (await itemsOf(path)).map((i) => i.status)).toEqual(['orphaned']);
    expect(await taggedTexts(page)).toEqual([]);
    await openSummary(page);
    await expect.poll(() => summary(page).textContent()).toContain('1 条已保存的条目未找到');
    await summary(page).locator('.not-found .link').click();
    await expect.poll(() => summary(page).locator('.not-found-list').textContent()).toContain('新增学位1.85万个');

    // Back to the original figure: the item is found again and active.
    pages[path] = seedReportPage();
    await page.reload();
    await expect.poll(() => taggedTexts(page), { timeout: 15_000 }).toEqual(['新增学位1.85万个']);
    await expect.poll(async () => (await itemsOf(path)).map((i) => i.status)).toEqual(['active']);
    await page.close();
  });

  it('stays silent on a page of the site that is not a report', async () => {
    const page = await open('/notices.html');
    await page.waitForTimeout(1500);
    expect(await highlightTexts(page)).toEqual([]);
    expect(await ui(page).count()).toBe(0);
    await page.close();
  });

  it('keeps its UI out of the page’s reach: a closed shadow root, made-up events ignored', async () => {
    const page = await open('/seed-hostile.html');
    const text = '新增学位1.85万个';
    await expect.poll(() => highlightTexts(page), { timeout: 15_000 }).toContain(text);
    await expect.poll(() => ui(page).count()).toBe(1);
    // The page's scripts cannot open our shadow root (the cards show the reader's notes and tags).
    expect(await page.evaluate(() => document.querySelector('report-annotator-ui')!.shadowRoot)).toBeNull();

    // Keys and pointer moves the page makes up open no card.
    const { x, y } = await pointAtHighlight(page, text);
    await page.evaluate(
      (at) => {
        window.dispatchEvent(new KeyboardEvent('keydown', { key: 'j', bubbles: true, cancelable: true }));
        document.dispatchEvent(new MouseEvent('mousemove', { clientX: at.x, clientY: at.y, bubbles: true }));
        document.dispatchEvent(new MouseEvent('mousemove', { clientX: at.x + 1, clientY: at.y, bubbles: true }));
      },
      { x, y },
    );
    // The key would have opened the card at once; the hover after 150 ms. The same move by the
    // reader opens it within that time (below), so this wait is long enough to fail.
    await page.waitForTimeout(1000);
    expect(await card(page).count()).toBe(0);
    await page.mouse.move(x - 30, y - 40);
    const before = Date.now();
    await page.mouse.move(x, y, { steps: 4 });
    await expect.poll(() => card(page).getAttribute('aria-label'), { timeout: 5_000 }).toContain(text);
    expect(Date.now() - before).toBeLessThan(1000);

    // A content script may not ask the background for the collection, nor for another report.
    const asked = await inUiWorld(page, async (_root, other) => {
      const send = (type: string, payload: unknown) => chrome.runtime.sendMessage({ type, payload }) as Promise<{ ok: boolean; error?: string }>;
      return {
        own: await send('items/forReport', { reportId: location.href }),
        other: await send('items/forReport', { reportId: other }),
        exported: await send('backup/export', {}),
        cleared: await send('db/clear', {}),
      };
    }, server.url('/seed-tag.html'));
    expect(asked.own.ok).toBe(true);
    for (const refused of [asked.other, asked.exported, asked.cleared]) {
      expect(refused.ok).toBe(false);
      expect(refused.error).toContain('refused');
    }
    await page.close();
  });

  it('lets the page read nothing of what the reader does: the open card, tags and collected items change nothing it can see', async () => {
    const path = '/seed-private.html';
    const page = await open(path);
    const text = '新增学位1.85万个';
    await expect.poll(() => highlightTexts(page), { timeout: 15_000 }).toContain(text);
    await expect.poll(() => ui(page).count()).toBe(1);
    const before = await whatThePageSees(page);
    // The page does see which passages are highlighted, by kind: what the extractor found in its text.
    expect(before.registry.flatMap(([, texts]) => texts)).toContain(text);

    await hover(page, text);
    await expect.poll(() => focusedTexts(page)).toEqual([text]);
    expect(await whatThePageSees(page)).toEqual(before);

    await card(page).locator('.tag-input').click();
    await page.keyboard.type('私下的标签');
    await page.keyboard.press('Enter');
    await expect.poll(() => taggedTexts(page)).toEqual([text]);
    await page.keyboard.press('Escape');
    await expect.poll(() => card(page).count()).toBe(0);
    await hover(page, '复垦建设用地1万亩');
    await card(page).locator('.btn-primary').click(); // 收藏
    await expect.poll(async () => (await itemsOf(path)).length).toBe(2);
    expect(await whatThePageSees(page)).toEqual(before);

    // On the next visit the tag is drawn again, and the page still sees what a fresh page shows.
    await page.reload();
    await expect.poll(() => taggedTexts(page), { timeout: 15_000 }).toEqual([text]);
    expect(await whatThePageSees(page)).toEqual(before);
    await page.close();
  });

  it('leaves a ticking page alone: the report is painted once, however often the clock and the banner change', async () => {
    const page = await open('/ticker.html');
    await expect.poll(() => highlightTexts(page), { timeout: 15_000 }).toContain('新增学位1.85万个');
    const count = (name: string) => page.evaluate((n) => performance.getEntriesByName(n).length, name);
    const painted = await count('report-annotator:highlighted');
    const reads = await count('report-annotator:main-text');
    expect(painted).toBe(1);
    // The page changes all the time: the annotator looks again (reads the main text) a few times…
    await expect.poll(() => count('report-annotator:main-text'), { timeout: 15_000 }).toBeGreaterThanOrEqual(reads + 2);
    // …and finds the report unchanged each time: nothing painted again.
    expect(await count('report-annotator:highlighted')).toBe(1);
    expect(await page.evaluate(() => (window as unknown as { ticks: number }).ticks)).toBeGreaterThan(3);
    expect(await highlightTexts(page)).toContain('新增学位1.85万个');
    await page.close();
  });

  it('highlights a report whose text loads late, in parts', async () => {
    const page = await open('/late.html');
    await expect.poll(() => highlightTexts(page), { timeout: 15_000 }).toContain('复垦建设用地1万亩');
    // The second half arrives after "加载更多".
    await expect.poll(() => highlightTexts(page), { timeout: 15_000 }).toContain('新增学位1.85万个');
    await page.close();
  });

  it('reads only the first 300,000 characters of a very long page, and says so in the summary', async () => {
    const page = await open('/long.html');
    await expect.poll(() => highlightTexts(page), { timeout: 30_000 }).toContain('新增学位1.85万个');
    await openSummary(page);
    await expect.poll(() => summary(page).textContent()).toContain('只读取了前 ');
    expect(await summary(page).textContent()).toMatch(/此页正文很长（[\d,]+ 字），只读取了前 [\d,]+ 字/);
    await page.close();
  });

  it('shows the card in English where the browser is English', async () => {
    const page = await open('/seed.html', 'en-US,en');
    await hover(page, '新增学位1.85万个');
    expect(await card(page).textContent()).toContain('Collect');
    await openSummary(page);
    await expect.poll(() => summary(page).textContent()).toContain('Targets');
    await page.close();
  });

  it('answers the popup: summary, collect all, and focusing an item', async () => {
    const path = '/seed-popup.html';
    const page = await open(path);
    await expect.poll(() => highlightTexts(page), { timeout: 15_000 }).toContain('新增学位1.85万个');
    const summaryReply = await askTab<{ state: string; total: number; found: Record<string, number>; collected: number }>(browser, server.url(path), 'page/summary', {});
    expect(summaryReply.state).toBe('ready');
    expect(summaryReply.total).toBe((await highlightTexts(page)).length);
    expect(summaryReply.collected).toBe(0);
    const collected = await askTab<{ added: number; collected: number; ids: string[] }>(browser, server.url(path), 'page/collectAll', {});
    expect(collected).toMatchObject({ added: summaryReply.total, collected: summaryReply.total });
    expect(collected.ids).toHaveLength(summaryReply.total);
    expect(await itemsOf(path)).toHaveLength(summaryReply.total);
    await openSummary(page);
    await expect.poll(() => summary(page).textContent()).toContain(`已收藏 ${summaryReply.total}`);

    const item = (await itemsOf(path)).find((i) => i.selector.quote.exact === '新增学位1.85万个')!;
    await page.evaluate(() => window.scrollTo(0, 0));
    expect(await askTab(browser, server.url(path), 'page/focusItem', { id: item.id })).toEqual({ found: true });
    await expect.poll(() => card(page).getAttribute('data-item')).toBe(item.id);
    await expect.poll(() => focusedTexts(page)).toEqual(['新增学位1.85万个']);
    expect(await askTab(browser, server.url(path), 'page/focusItem', { id: 'no-such-item' })).toEqual({ found: false });
    await page.close();
  });

  it('shows changes made elsewhere (the collection page) at once', async () => {
    const path = '/seed-collection.html';
    const page = await open(path);
    await hover(page, '复垦建设用地1万亩');
    await card(page).locator('.btn-primary').click(); // 收藏
    await expect.poll(async () => (await itemsOf(path)).length).toBe(1);
    const [item] = await itemsOf(path);
    await askBackground(browser, 'items/update', { id: item.id, patch: { tags: ['民生'] } });
    await expect.poll(() => taggedTexts(page)).toEqual(['复垦建设用地1万亩']);
    await expect.poll(() => card(page).locator('.tag').allTextContents()).toEqual([expect.stringContaining('民生')]);
    await page.close();
  });

  it('still shows changes made elsewhere after the service worker slept and woke', async () => {
    const path = '/seed-wake.html';
    const page = await open(path);
    await hover(page, '复垦建设用地1万亩');
    await card(page).locator('.btn-primary').click(); // 收藏
    await expect.poll(async () => (await itemsOf(path)).length).toBe(1);
    const [item] = await itemsOf(path);
    // Chrome stops an idle worker after ~30 s; the edit below wakes a new one, which must still
    // know which tab shows the report.
    await stopServiceWorker(browser);
    await askBackground(browser, 'items/update', { id: item.id, patch: { tags: ['民生'] } });
    await expect.poll(() => taggedTexts(page), { timeout: 10_000 }).toEqual(['复垦建设用地1万亩']);
    await page.close();
  });

  it('starts the summary as a badge, and remembers per site that it was opened and where it stands', async () => {
    const page = await open('/seed-hide.html');
    await openSummary(page);
    await summary(page).locator('.summary-hide').click();
    await expect.poll(() => badge(page).textContent()).toMatch(/目标\s*\d+，成果\s*\d+，承诺\s*\d+/);
    expect(await summary(page).count()).toBe(0);
    await page.reload();
    await expect.poll(() => badge(page).count(), { timeout: 15_000 }).toBe(1);
    expect(await summary(page).count()).toBe(0);
    await badge(page).click();
    await expect.poll(() => summary(page).count()).toBe(1);
    // Moved to the top left: it stays there, open, after a reload.
    await summary(page).locator('.corner-button[aria-label="移到左上角"]').click();
    const where = () => inUiWorld(page, (root) => root?.querySelector('.summary')?.getBoundingClientRect().toJSON() as DOMRect | undefined);
    await expect.poll(async () => (await where())?.top).toBeLessThan(40);
    await page.reload();
    await expect.poll(() => summary(page).count(), { timeout: 15_000 }).toBe(1);
    const box = (await where())!;
    expect([box.left < 40, box.top < 40]).toEqual([true, true]);
    // Back to the badge in the bottom right corner, for the tests after this one.
    await summary(page).locator('.corner-button[aria-label="移到右下角"]').click();
    await summary(page).locator('.summary-hide').click();
    await expect.poll(() => badge(page).count()).toBe(1);
    await page.close();
  });

  it('takes the screenshot for the README (docs/page-card.png)', async () => {
    const page = await open('/seed-card.html');
    const text = '建设千亩方、万亩方永久基本农田集中连片项目区10个';
    await expect.poll(() => highlightTexts(page), { timeout: 15_000 }).toContain(text);
    const { x, y } = await pointAtHighlight(page, text, false);
    await page.mouse.move(x, y, { steps: 4 });
    await expect.poll(() => card(page).getAttribute('aria-label').catch(() => null)).toContain(text);
    await card(page).locator('.tag-input').click();
    await page.keyboard.type('耕地保护');
    await page.keyboard.press('Enter');
    await expect.poll(() => card(page).locator('.tag').count()).toBe(1);
    await card(page).locator('.note-input').fill('到2027年的任务，年底核对进度');
    await card(page).locator('.tag-input').click();
    await page.waitForTimeout(300);
    await page.screenshot({ path: screenshotPath('page-card.png') });
    await page.close();
  });
});
