/**
 * Open an item's report at its passage. The link carries a text fragment, so
 * the browser itself scrolls to and highlights the passage even without the
 * extension; once the tab has loaded, the content script is also asked to
 * focus the item ('page/focusItem'), which flashes our own highlight.
 *
 * From the popup the new tab is created in the background and only activated
 * after that message (activating it closes the popup, ending this script).
 */

import { browser } from 'wxt/browser';
import { sendMessage } from '../../lib/messages';
import { reportIdFor, type ItemRecord, type ReportRecord } from '../../lib/store/records';
import { itemLink } from '../../lib/collection/export';

const LOAD_TIMEOUT_MS = 10_000;

function waitForComplete(tabId: number): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      browser.tabs.onUpdated.removeListener(listener);
      resolve();
    };
    const listener = (id: number, info: { status?: string }) => {
      if (id === tabId && info.status === 'complete') done();
    };
    const timer = setTimeout(done, LOAD_TIMEOUT_MS);
    browser.tabs.onUpdated.addListener(listener);
    void browser.tabs
      .get(tabId)
      .then((t) => {
        if (t.status === 'complete') done();
      })
      .catch(done);
  });
}

async function focusInTab(tabId: number, id: string): Promise<boolean> {
  // The content script may start a little after 'complete' (document_idle): try a few times.
  for (let attempt = 0; attempt < 5; attempt++) {
    try {
      const r = await sendMessage('page/focusItem', { id }, (m) => browser.tabs.sendMessage(tabId, m));
      if (r.found) return true;
    } catch {
      // no content script (yet)
    }
    await new Promise((r) => setTimeout(r, 300));
  }
  return false;
}

function sameReport(url: string | undefined, reportId: string): boolean {
  if (!url) return false;
  try {
    return reportIdFor(url) === reportId;
  } catch {
    return false;
  }
}

export async function openItem(item: ItemRecord, report: ReportRecord | undefined): Promise<void> {
  const link = itemLink(item, report);
  const open = await browser.tabs.query({});
  const existing = open.find((t) => t.id !== undefined && sameReport(t.url, item.reportId));
  if (existing?.id !== undefined) {
    await focusInTab(existing.id, item.id);
    await browser.tabs.update(existing.id, { active: true });
    if (existing.windowId !== undefined) await browser.windows.update(existing.windowId, { focused: true }).catch(() => undefined);
    return;
  }
  if (!link) throw new Error('报告地址不是网页或本地文件 / the report’s address is not a web page or a local file');
  const tab = await browser.tabs.create({ url: link, active: false });
  if (tab.id === undefined) return;
  await waitForComplete(tab.id);
  await focusInTab(tab.id, item.id);
  await browser.tabs.update(tab.id, { active: true });
}
