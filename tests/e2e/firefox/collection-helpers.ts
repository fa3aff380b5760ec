/** What the Firefox tests of the extension pages (collection.html) share. */
import type { Page as PlaywrightPage } from 'playwright-core';
import type { ElementHandle, Page } from 'puppeteer-core';

/**
 * seed.ts (../fixtures/collection/seed.ts) calls nothing but page.evaluate(fn, arg), which
 * puppeteer's Page has with the same meaning, and calls chrome.* with promises, which Firefox gives
 * under browser.* (its chrome.* takes callbacks): in this page of the test's own, chrome is browser.
 */
export async function seedable(page: Page): Promise<PlaywrightPage> {
  await page.evaluate(() => {
    const g = globalThis as unknown as { browser: unknown; chrome: unknown };
    if (g.chrome !== g.browser) Object.defineProperty(globalThis, 'chrome', { value: g.browser, configurable: true });
  });
  return page as unknown as PlaywrightPage;
}

/** The first element matching `selector` (a button by default) whose text is `text`, once it is there. */
export async function byText(page: Page, text: string, selector = 'button'): Promise<ElementHandle<Element>> {
  const handle = await page.waitForFunction(
    (sel, t) => [...document.querySelectorAll(sel)].find((el) => el.textContent?.trim() === t) ?? false,
    { timeout: 15_000 },
    selector,
    text,
  );
  return handle as ElementHandle<Element>;
}
