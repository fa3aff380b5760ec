import { describe, expect, test } from 'vitest';
import { openItem, passageRequestOf } from '../../components/collection/open-item';
import { isPlainClick, onPlainClick } from '../../components/collection/plain-click';
import { askBackgroundToShowPassage } from '../../components/collection/show-passage';
import { closeIfToolbarPopup } from '../../entrypoints/popup/active-tab';
import type { Message } from '../../lib/messages';
import { item, REPORT_A } from '../collection/fixtures';

const FRAGMENT = '#:~:text=%E4%B8%BB%E8%A6%81%E9%A2%84%E6%9C%9F%E7%9B%AE%E6%A0%87%E6%98%AF%EF%BC%9A-,%E5%9B%BD%E5%86%85%E7%94%9F%E4%BA%A7%E6%80%BB%E5%80%BC%E5%A2%9E%E9%95%BF5%25%E5%B7%A6%E5%8F%B3,-%EF%BC%9B';

describe('passageRequestOf: what a collected item’s click asks the background', () => {
  const gdp = item({ id: 'r1', selector: { quote: { exact: '国内生产总值增长5%左右', prefix: '主要预期目标是：', suffix: '；' }, position: { start: 40, end: 51 } } });
  test.each<[string, Parameters<typeof passageRequestOf>[1], Partial<Parameters<typeof item>[0]>, string]>([
    ['a web report: its address with a text fragment to the quote', REPORT_A, {}, `${REPORT_A.url}${FRAGMENT}`],
    ['a report without its record: the item’s report id is its address', undefined, {}, `${REPORT_A.id}${FRAGMENT}`],
    ['a local file: its plain address (no text fragment in files)', { ...REPORT_A, url: 'file:///home/reader/gwr.html' }, {}, 'file:///home/reader/gwr.html'],
    ['an address that is no web page: no link', { ...REPORT_A, url: 'javascript:alert(1)' }, {}, ''],
  ])('%s', (_, report, over, link) => {
    expect(passageRequestOf({ ...gdp, ...over }, report)).toEqual({ link, start: 40, end: 51, itemId: 'r1' });
  });
});

/** A background that answers 'page/showPassage' as told; what was sent and opened as plain links. */
function fake(answer: (m: Message) => Promise<unknown>) {
  const sent: Message[] = [];
  const opened: string[] = [];
  return { sent, opened, send: async (m: Message) => (sent.push(m), answer(m)), open: (u: string) => void opened.push(u) };
}

describe('one path for every passage click: the popup’s and collection’s items and the tracker’s cells', () => {
  const gdp = item({ id: 'r2', selector: { quote: { exact: '国内生产总值增长5%左右', prefix: '', suffix: '' }, position: { start: 7, end: 18 } } });

  // A tracker cell's click takes this path too: tests/components/side-cell.test.tsx.
  test('a collected item asks the background for page/showPassage and opens nothing itself', async () => {
    const f = fake(async () => ({ ok: true, value: { tab: 'focused' } }));
    await openItem(gdp, REPORT_A, f.send, f.open);
    expect(f.sent).toEqual([{ type: 'page/showPassage', payload: expect.objectContaining({ start: 7, end: 18, itemId: 'r2' }) }]);
    expect(f.opened).toEqual([]);
  });

  test.each([
    ['the background refuses', async () => ({ ok: false, error: 'refused' })],
    ['nothing answers', async () => Promise.reject(new Error('Could not establish connection'))],
  ])('when %s, the link opens as a plain link would: the click is not lost', async (_, answer) => {
    const f = fake(answer);
    expect(await openItem(gdp, REPORT_A, f.send, f.open)).toBe('link');
    expect(f.opened).toEqual([passageRequestOf(gdp, REPORT_A).link]);
  });

  test.each([
    ['focused', { tab: 'focused' }],
    ['opened', { tab: 'opened' }],
  ])('says how it was shown: %s', async (shown, value) => {
    const f = fake(async () => ({ ok: true, value }));
    expect(await askBackgroundToShowPassage({ link: REPORT_A.url, start: 1, end: 2 }, f.send, f.open)).toBe(shown);
  });

  test('a passage without a link is an error for the caller to show; nothing is sent or opened', async () => {
    const f = fake(async () => ({ ok: true, value: { tab: 'opened' } }));
    await expect(openItem(gdp, { ...REPORT_A, url: 'data:text/html,x' }, f.send, f.open)).rejects.toThrow(/不是网页/);
    expect([f.sent, f.opened]).toEqual([[], []]);
  });
});

describe('a link to a passage: only a plain left click goes through the extension', () => {
  const click = { button: 0, ctrlKey: false, metaKey: false, shiftKey: false, altKey: false };
  test.each<[string, Partial<typeof click>, boolean]>([
    ['a plain left click', {}, true],
    ['a middle click', { button: 1 }, false],
    ['Ctrl (a new tab)', { ctrlKey: true }, false],
    ['⌘ (a new tab on a Mac)', { metaKey: true }, false],
    ['Shift (a new window)', { shiftKey: true }, false],
    ['Alt (save the link)', { altKey: true }, false],
  ])('%s: through the extension %s', (_, over, through) => {
    const e = { ...click, ...over };
    expect(isPlainClick(e)).toBe(through);
    let opened = 0;
    let prevented = false;
    onPlainClick(() => opened++)({ ...e, preventDefault: () => (prevented = true) });
    expect([opened, prevented]).toEqual(through ? [1, true] : [0, false]);
  });
});

describe('the popup after the click', () => {
  test.each<[string, () => Promise<unknown>, boolean]>([
    ['the toolbar popup (no tab of its own) closes', async () => undefined, true],
    ['opened as a page in a tab, it stays', async () => ({ id: 4 }), false],
    ['when the browser cannot tell, it closes as a popup would', () => Promise.reject(new Error('no tabs API')), true],
  ])('%s', async (_, currentTab, closes) => {
    let closed = false;
    await closeIfToolbarPopup(currentTab, () => (closed = true));
    expect(closed).toBe(closes);
  });
});
