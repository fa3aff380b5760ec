import { describe, expect, test } from 'vitest';
import { passageKeys, reportOfLink, showPassage, type PassageTabApi } from '../../lib/page/passage-tab';
import { reportIdFor } from '../../lib/store/records';
import { textFragmentLink } from '../../lib/export/text-fragment';

const REPORT = 'https://www.gov.cn/gongbao/2024/gwr.html';
const LINK = textFragmentLink(REPORT, '国内生产总值增长5%左右', { prefix: '主要预期目标是：' });

describe('reportOfLink: which report a cell’s link is about, as the content scripts name the report of their page', () => {
  test.each<[string, string, string | null]>([
    ['a text fragment', LINK, REPORT],
    ['no fragment', REPORT, REPORT],
    ['a section anchor', `${REPORT}#part2`, REPORT],
    ['a query stays: another page', 'https://www.gov.cn/r.html?id=2#:~:text=x', 'https://www.gov.cn/r.html?id=2'],
    ['the host’s case and a default port fold as the browser folds them', 'https://WWW.GOV.CN:443/gongbao/2024/gwr.html#:~:text=x', REPORT],
    ['a local file', 'file:///home/reader/gwr.html#:~:text=x', 'file:///home/reader/gwr.html'],
    ['not a web page', 'javascript:alert(1)', null],
    ['an extension page', 'chrome-extension://abc/collection.html', null],
    ['not an address', '国内生产总值', null],
  ])('%s', (_, link, report) => {
    expect(reportOfLink(link)).toBe(report);
  });

  test.each<[string, string, boolean]>([
    ['the page the tab shows, scrolled to a fragment before', `${REPORT}#:~:text=城镇新增就业`, true],
    ['the same page over http', REPORT.replace('https:', 'http:'), false],
    ['another year’s report', 'https://www.gov.cn/gongbao/2025/gwr.html', false],
    ['the same path with a query', `${REPORT}?page=2`, false],
  ])('a tab at %s matches: %s', (_, tabUrl, same) => {
    // The content script of a tab names its report by reportIdFor(location.href).
    expect(reportOfLink(LINK) === reportIdFor(tabUrl)).toBe(same);
  });
});

/** A browser with tabs showing reports; what the background did, in order. */
function fakeBrowser(tabs: Record<number, { report: string; items?: string[]; gone?: boolean }>, stored: string[] = []) {
  const calls: string[] = [];
  const api: PassageTabApi = {
    tabsOf: async (reportId) => Object.entries(tabs).filter(([, t]) => t.report === reportId).map(([id]) => Number(id)),
    storedItemsAt: async (_, start, end) => stored.map((id) => `${id}@${start}-${end}`),
    focusItem: async (tabId, key) => {
      calls.push(`focus ${tabId} ${key}`);
      if (tabs[tabId]!.gone) throw new Error('Could not establish connection. Receiving end does not exist.');
      return (tabs[tabId]!.items ?? []).includes(key);
    },
    activate: async (tabId) => void calls.push(`activate ${tabId}`),
    open: async (url) => void calls.push(`open ${url}`),
    forget: (tabId) => void calls.push(`forget ${tabId}`),
  };
  return { api, calls };
}

describe('showPassage', () => {
  const at = { link: LINK, start: 120, end: 131 };

  test('focuses the open tab of the report whose page finds the passage, and brings it to the front', async () => {
    const { api, calls } = fakeBrowser({ 7: { report: REPORT, items: ['auto:120-131'] }, 8: { report: 'https://other.gov.cn/' } });
    expect(await showPassage(at, api)).toEqual({ tab: 'focused' });
    expect(calls).toEqual(['focus 7 auto:120-131', 'activate 7']);
  });

  test('a stored item shows under its record’s id: that is asked first', async () => {
    const { api, calls } = fakeBrowser({ 7: { report: REPORT, items: ['r1@120-131'] } }, ['r1']);
    expect(await showPassage(at, api)).toEqual({ tab: 'focused' });
    expect(calls).toEqual(['focus 7 r1@120-131', 'activate 7']);
  });

  test('of two tabs of the report, the one the reader went to last first', async () => {
    const { api, calls } = fakeBrowser({ 3: { report: REPORT, items: ['auto:120-131'] }, 9: { report: REPORT, items: ['auto:120-131'] } });
    await showPassage(at, api);
    expect(calls).toEqual(['focus 9 auto:120-131', 'activate 9']);
  });

  test.each<[string, Record<number, { report: string; items?: string[]; gone?: boolean }>, string[]]>([
    ['no tab shows the report', { 8: { report: 'https://other.gov.cn/' } }, []],
    ['its page does not find the passage (a side in words, or the page changed): no tab comes to the front', { 7: { report: REPORT, items: [] } }, ['focus 7 auto:120-131']],
    ['the tab has no annotator any more: it is forgotten', { 7: { report: REPORT, gone: true } }, ['focus 7 auto:120-131', 'forget 7']],
  ])('opens a new tab at the link when %s', async (_, tabs, before) => {
    const { api, calls } = fakeBrowser(tabs);
    expect(await showPassage(at, api)).toEqual({ tab: 'opened' });
    expect(calls).toEqual([...before, `open ${LINK}`]);
  });

  test.each([
    ['a link that is no web page', { link: 'javascript:alert(1)', start: 1, end: 2 }, /不是网页/],
    ['offsets that are not a passage', { link: LINK, start: 5, end: 2 }, /offsets/],
    ['offsets that are not numbers', { link: LINK, start: '1' as unknown as number, end: 2 }, /offsets/],
  ])('refuses %s, opening nothing', async (_, request, error) => {
    const { api, calls } = fakeBrowser({ 7: { report: REPORT, items: ['auto:1-2'] } });
    await expect(showPassage(request, api)).rejects.toThrow(error);
    expect(calls).toEqual([]);
  });

  test('passageKeys: stored ids, then the detected item’s key', async () => {
    expect(await passageKeys(REPORT, { start: 4, end: 9 }, { storedItemsAt: async () => ['a', 'b'] })).toEqual(['a', 'b', 'auto:4-9']);
  });
});
