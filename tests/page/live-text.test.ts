/** lib/page/live-text.ts: the page's visible text, and the cheap check of elements whose class or style changed. */
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { buildTextMap } from '../../lib/anchoring/text-map';
import { hiddenByStyle, MAX_CHECKED_ELEMENTS, shownTextChanged } from '../../lib/page/live-text';

const HTML = `<html><body>
  <header><span id="clock">10:00</span></header>
  <div id="tabs" class="tabs">
    <section id="one" class="panel">第一部分：新增就业86万人。</section>
    <section id="two" class="panel closed">第二部分：新建学校12所。</section>
  </div>
  <div id="banner" class="slide"><img src="a.png"></div>
  <p id="note">说明文字</p>
</body></html>`;

/** A window whose styles follow classes: .closed and .collapsed hide, .invisible hides by visibility. */
const styles = {
  getComputedStyle: (el: Element) => ({
    display: el.classList.contains('closed') ? 'none' : 'block',
    visibility: el.classList.contains('invisible') ? 'hidden' : 'visible',
  }),
} as unknown as Pick<Window, 'getComputedStyle'>;

function page() {
  const { document } = parseHTML(HTML);
  const map = buildTextMap(document.body, { skip: hiddenByStyle(styles) });
  const $ = (id: string) => document.getElementById(id)!;
  return { document, map, $ };
}

describe('hiddenByStyle', () => {
  it('hides nothing where there are no styles (Node)', () => {
    const { $ } = page();
    expect(hiddenByStyle(null)($('two'))).toBe(false);
  });

  it.each([
    ['panel', false],
    ['panel closed', true],
    ['panel invisible', true],
  ])('class %s: hidden %s', (cls, hidden) => {
    const { $ } = page();
    $('one').setAttribute('class', cls);
    expect(hiddenByStyle(styles)($('one'))).toBe(hidden);
  });
});

describe('what elements whose class or style changed now show', () => {
  // [what the page did, changed elements, shown text changed]
  it.each([
    ['nothing', () => undefined, ['one'], false],
    ['an animation class on a shown panel', ($) => $('one').classList.add('fade'), ['one'], false],
    ['the closed tab opened', ($) => $('two').classList.remove('closed'), ['two'], true],
    ['the open tab closed', ($) => $('one').classList.add('closed'), ['one'], true],
    ['the tab bar switched both (one element holding both)', ($) => ($('one').classList.add('closed'), $('two').classList.remove('closed')), ['tabs'], true],
    ['a shown panel hidden by the hidden attribute', ($) => $('one').setAttribute('hidden', ''), ['one'], true],
    ['a class on a slide without text', ($) => $('banner').classList.add('active'), ['banner'], false],
    ['a class inside a closed panel', ($) => $('two').classList.add('highlighted'), ['two'], false],
    ['the container of a closed panel restyled', ($) => $('tabs').setAttribute('style', 'color: red'), ['tabs'], false],
    ['the whole tab bar hidden', ($) => $('tabs').classList.add('closed'), ['tabs', 'one'], true],
  ] as [string, ($: (id: string) => HTMLElement) => void, string[], boolean][])('%s: %s', (_what, act, ids, changed) => {
    const { map, $ } = page();
    act($);
    expect(shownTextChanged(map, ids.map($), styles)).toBe(changed);
  });

  it('looks at a panel inside a hidden container as hidden', () => {
    const { document, $ } = page();
    $('tabs').classList.add('closed');
    const map = buildTextMap(document.body, { skip: hiddenByStyle(styles) });
    $('two').classList.remove('closed'); // opened, but its container still hides it
    expect(shownTextChanged(map, [$('two')], styles)).toBe(false);
  });

  it('gives up checking one by one when too many elements changed', () => {
    const { map, $ } = page();
    const many = Array.from({ length: MAX_CHECKED_ELEMENTS + 1 }, () => $('one'));
    expect(shownTextChanged(map, new Set([$('one')]), styles)).toBe(false);
    expect(shownTextChanged(map, many, styles)).toBe(true);
  });

  it('passes over elements no longer in the page', () => {
    const { map, $ } = page();
    const note = $('note');
    note.remove();
    expect(shownTextChanged(map, [note], styles)).toBe(false);
  });
});
