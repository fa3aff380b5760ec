import { describe, expect, it } from 'vitest';
import { checkSender, CONTENT_SCRIPT_TYPES, senderKind, type SenderInfo } from '../../lib/page/message-policy';

const EXT = 'chrome-extension://abcdefghijklmnopabcdefghijklmnop/';
const REPORT = 'https://www.example.gov.cn/zwgk/report.html?id=7';
const OTHER = 'https://www.example.gov.cn/zwgk/other.html';

/** Stored items: id → report. */
const STORE: Record<string, string> = { a1: REPORT, a2: REPORT, b1: OTHER };
const deps = { extensionUrl: EXT, reportsOfItems: async (ids: readonly string[]) => ids.map((id) => STORE[id] ?? null) };

const popup: SenderInfo = { url: `${EXT}popup.html` };
const collectionTab: SenderInfo = { url: `${EXT}collection.html`, tab: { id: 3 } };
const page: SenderInfo = { url: `${REPORT}#part-2`, tab: { id: 7 } };
const nowhere: SenderInfo = {};

const record = (id: string, reportId: string) => ({ id, reportId });

describe('who may ask the background what', () => {
  it.each([
    [popup, 'extension'],
    [collectionTab, 'extension'],
    [page, 'content'],
    [{ url: 'chrome-extension://someoneelse/popup.html', tab: { id: 1 } }, 'content'],
    [nowhere, 'unknown'],
    [{ tab: { id: 1 } }, 'unknown'],
  ] as [SenderInfo, string][])('%j is a sender of kind %s', (sender, kind) => {
    expect(senderKind(sender, EXT)).toBe(kind);
  });

  // [sender, type, payload, allowed]
  it.each([
    // Extension pages: everything.
    [popup, 'db/clear', {}, true],
    [popup, 'backup/export', {}, true],
    [collectionTab, 'backup/import', { data: '{}' }, true],
    [collectionTab, 'tags/rename', { from: 'a', to: 'b' }, true],
    [popup, 'page/runOnTab', { tabId: 9 }, true],
    [popup, 'items/update', { id: 'b1', patch: {} }, true],

    // A content script: its own report only.
    [page, 'report/visit', { url: `${REPORT}#top`, title: '报告' }, true],
    [page, 'report/visit', { url: OTHER, title: '别的' }, false],
    [page, 'page/read', { url: `${REPORT}#top`, title: '报告', text: '新增学位1.85万个' }, true],
    [page, 'page/read', { url: OTHER, title: '别的', text: '新增学位1.85万个' }, false],
    [page, 'report/setIdentity', { reportId: REPORT, identity: null }, false],
    [page, 'tracker/setIncluded', { reportId: REPORT, included: false }, false],
    [page, 'items/forReport', { reportId: REPORT }, true],
    [page, 'items/forReport', { reportId: OTHER }, false],
    [page, 'tracker/history', { reportId: REPORT, indicator: 'gdp_growth' }, true],
    [page, 'tracker/history', { reportId: OTHER, indicator: 'gdp_growth' }, false],
    [page, 'items/save', { reportId: REPORT, items: [] }, true],
    [page, 'items/save', { reportId: OTHER, items: [] }, false],
    [page, 'items/addManual', { reportId: REPORT, item: {} }, true],
    [page, 'items/addManual', { reportId: OTHER, item: {} }, false],
    [page, 'items/update', { id: 'a1', patch: { note: 'x' } }, true],
    [page, 'items/update', { id: 'b1', patch: { note: 'x' } }, false],
    [page, 'items/update', { id: 42, patch: {} }, false],
    [page, 'items/setStatus', { ids: ['a1', 'a2'], status: 'dismissed' }, true],
    [page, 'items/setStatus', { ids: ['a1', 'b1'], status: 'dismissed' }, false],
    [page, 'items/setStatus', { ids: 'a1', status: 'dismissed' }, false],
    [page, 'items/reparse', { reportId: REPORT, items: [] }, true],
    [page, 'items/reparse', { reportId: OTHER, items: [] }, false],
    [page, 'items/delete', { ids: ['a2'] }, true],
    [page, 'items/delete', { ids: ['b1'] }, false],
    [page, 'items/restore', { records: [record('a9', REPORT)] }, true],
    [page, 'items/restore', { records: [record('b9', OTHER)] }, false],
    [page, 'items/restore', { records: [record('b1', REPORT)] }, false], // would overwrite another report's item
    [page, 'items/restore', { records: 'all' }, false],
    [page, 'tags/list', {}, true],
    [page, 'page/extract', { text: '新增学位1.85万个' }, true],
    [page, 'site/status', { url: REPORT }, true],
    [page, 'site/forget', { url: 'https://www.example.gov.cn/elsewhere' }, true],
    [page, 'site/forget', { url: 'https://www.other.example.org/' }, false],
    [page, 'site/status', { url: 'https://www.other.example.org/' }, false],

    // A content script: never the collection as a whole, nor other tabs.
    [page, 'backup/export', {}, false],
    [page, 'backup/import', { data: '{}' }, false],
    [page, 'db/clear', {}, false],
    [page, 'tags/rename', { from: 'a', to: 'b' }, false],
    [page, 'tags/delete', { name: 'a' }, false],
    [page, 'tags/setColour', { name: 'a', colour: '#fff' }, false],
    [page, 'items/bulkTag', { ids: ['a1'], tag: 'x' }, false],
    [page, 'page/runOnTab', { tabId: 9 }, false],
    [page, 'report/list', {}, false],
    [page, 'items/list', {}, false],
    [page, 'constructor', {}, false],

    // Neither: nothing.
    [nowhere, 'tags/list', {}, false],
    [nowhere, 'db/clear', {}, false],
  ] as [SenderInfo, string, unknown, boolean][])('%j asks %s %j: allowed %s', async (sender, type, payload, allowed) => {
    const refused = await checkSender({ type, payload }, sender, deps);
    if (allowed) expect(refused).toBeNull();
    else expect(refused).toMatch(new RegExp(`^${type.replace('/', '\\/')}：拒绝 / refused: `));
  });

  it('lets content scripts send just what the page session sends', () => {
    expect([...CONTENT_SCRIPT_TYPES].sort()).toEqual(
      [
        'report/visit',
        'items/forReport',
        'items/save',
        'items/addManual',
        'items/update',
        'items/setStatus',
        'items/reparse',
        'items/delete',
        'items/restore',
        'tags/list',
        'tracker/history',
        'page/extract',
        'page/read',
        'site/status',
        'site/forget',
        'site/askAlways',
      ].sort(),
    );
  });

  it('refuses when the store lookup fails', async () => {
    const failing = { ...deps, reportsOfItems: async () => Promise.reject(new Error('db closed')) };
    expect(await checkSender({ type: 'items/delete', payload: { ids: ['a1'] } }, page, failing)).toMatch(/refused/);
  });
});
