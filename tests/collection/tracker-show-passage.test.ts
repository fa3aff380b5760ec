import { describe, expect, test } from 'vitest';
import { showSidePassage } from '../../components/tracker/show-passage';
import type { Message } from '../../lib/messages';

const cell = {
  link: 'https://www.gov.cn/gwr.html#:~:text=5%25%E5%B7%A6%E5%8F%B3',
  side: { value: 5, max: null, cmp: '~' as const, unit: '%', direction: null, quote: '5%左右', file: 'https://www.gov.cn/gwr.html', start: 40, end: 44 },
};

describe('a tracker cell’s click', () => {
  test('asks the background to show the passage: the link and its offsets', async () => {
    const sent: Message[] = [];
    const opened: string[] = [];
    await showSidePassage(cell, async (m) => (sent.push(m), { ok: true, value: { tab: 'focused' } }), (u) => opened.push(u));
    expect(sent).toEqual([{ type: 'page/showPassage', payload: { link: cell.link, start: 40, end: 44 } }]);
    expect(opened).toEqual([]);
  });

  test.each([
    ['the background refuses', async () => ({ ok: false, error: 'refused' })],
    ['nothing answers', async () => Promise.reject(new Error('Could not establish connection'))],
  ])('opens the link as a plain link would when %s', async (_, send) => {
    const opened: string[] = [];
    await showSidePassage(cell, send, (u) => opened.push(u));
    expect(opened).toEqual([cell.link]);
  });
});
