/**
 * A tracker cell's click, on the cell as rendered (Preact into a linkedom document): it takes the
 * one path every passage click takes (components/collection/show-passage.ts) with its side's link
 * and offsets.
 */
import { parseHTML } from 'linkedom';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { SideCell } from '../../components/tracker/SideCell';
import type { Message } from '../../lib/messages';

const cell = {
  link: 'https://www.gov.cn/gwr.html#:~:text=5%25%E5%B7%A6%E5%8F%B3',
  text: '5%左右',
  words: false,
  side: { value: 5, max: null, cmp: '~' as const, unit: '%', direction: null, quote: '5%左右', file: 'https://www.gov.cn/gwr.html', start: 40, end: 44 },
};

let root: HTMLElement;
let sent: Message[];
let opened: string[];

/** The background's answer to every message sent (a rejection: nothing answers). */
function backgroundAnswers(answer: () => Promise<unknown>) {
  vi.stubGlobal('browser', { runtime: { sendMessage: (m: Message) => (sent.push(m), answer()) } });
}

beforeEach(() => {
  const { window, document } = parseHTML('<!doctype html><html><body><table><tbody><tr id="row"></tr></tbody></table></body></html>');
  window.open = ((url: string) => (opened.push(url), null)) as typeof window.open;
  vi.stubGlobal('window', window);
  vi.stubGlobal('document', document);
  root = document.getElementById('row') as unknown as HTMLElement;
  [sent, opened] = [[], []];
});

afterEach(() => {
  render(null, root);
  vi.unstubAllGlobals();
});

/** A plain left click on the cell's link, as the browser would dispatch it. */
async function clickCell() {
  render(<SideCell cell={cell} kind="target" year={2024} />, root);
  const click = Object.assign(new window.Event('click', { bubbles: true, cancelable: true }), { button: 0, ctrlKey: false, metaKey: false, shiftKey: false, altKey: false });
  await act(async () => {
    root.querySelector('a.side-link')!.dispatchEvent(click);
  });
  // The click's request is not awaited by the cell: let its answer come.
  await new Promise((resolve) => setTimeout(resolve, 0));
  return click;
}

describe('a tracker cell’s click', () => {
  test('asks the background to show the passage: the link and its offsets; the page opens nothing itself', async () => {
    backgroundAnswers(async () => ({ ok: true, value: { tab: 'focused' } }));
    const click = await clickCell();
    expect(sent).toEqual([{ type: 'page/showPassage', payload: { link: cell.link, start: 40, end: 44 } }]);
    expect(opened).toEqual([]);
    expect(click.defaultPrevented).toBe(true);
  });

  test.each([
    ['the background refuses', async () => ({ ok: false, error: 'refused' })],
    ['nothing answers', async () => Promise.reject(new Error('Could not establish connection'))],
  ])('opens the link as a plain link would when %s', async (_, answer) => {
    backgroundAnswers(answer);
    await clickCell();
    expect(opened).toEqual([cell.link]);
  });
});
