/**
 * The on-page card's parts that say what a figure measures (ItemFacts) and how it went in other
 * years (FigureHistory), rendered with Preact into a linkedom document, in Chinese and English.
 * The card in the page is proven in tests/e2e/identity-card.e2e.test.ts.
 */
import { parseHTML } from 'linkedom';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { FigureHistory } from '../../components/page/FigureHistory';
import { ItemFacts } from '../../components/page/ItemFacts';
import type { Language } from '../../lib/i18n';
import { pageText } from '../../lib/i18n/page';
import { NO_PARSED_FIELDS, type ItemReading } from '../../lib/page/page-items';
import type { FigureHistory as History } from '../../lib/store/tracker-history';

let root: HTMLElement;
const saved: Record<string, unknown> = {};

beforeEach(() => {
  const { window, document } = parseHTML('<!doctype html><html><body><div id="root"></div></body></html>');
  for (const k of ['window', 'document', 'Event', 'HTMLElement', 'Node']) {
    saved[k] = (globalThis as Record<string, unknown>)[k];
    (globalThis as Record<string, unknown>)[k] = k === 'window' ? window : k === 'document' ? document : (window as unknown as Record<string, unknown>)[k];
  }
  root = document.getElementById('root') as unknown as HTMLElement;
});

afterEach(() => {
  render(null, root);
  for (const [k, v] of Object.entries(saved)) (globalThis as Record<string, unknown>)[k] = v;
});

const facts = () => [...root.querySelectorAll('.fact')].map((f) => [f.querySelector('dt')!.textContent, f.querySelector('dd')!.textContent]);

const JOBS: ItemReading = {
  ...NO_PARSED_FIELDS,
  metric: '城镇新增就业',
  indicator: 'urban_new_jobs',
  value: 12_000_000,
  unit: '人',
  cmp: '>=',
  direction: 'up',
  from: { value: 11_000_000, unit: '人' },
  period: { kind: 'by', year: 2027 },
  strength: 'binding',
  strengthCue: '确保',
  kind: 'target',
  quote: '城镇新增就业从1100万人提高到1200万人以上',
  tags: [],
  note: '',
  stored: true,
  manual: false,
};

describe('ItemFacts', () => {
  test.each<[Language, boolean, string[][]]>([
    [
      'zh',
      false,
      [
        ['指标', '城镇新增就业'],
        ['指标项', '城镇新增就业'],
        ['数值', '不低于 1200万人'],
        ['方向', '上升'],
        ['起始值', '1100万人'],
        ['期间', '到2027年'],
        ['力度', '约束性（“确保”）'],
      ],
    ],
    [
      'en',
      true,
      [
        ['Metric', '城镇新增就业（Corrected）'],
        ['Indicator', 'New urban jobs'],
        ['Figure', 'at least 12,000,000 人'],
        ['Direction', 'Up'],
        ['From', '11,000,000 人'],
        ['Period', 'By 2027'],
        ['Strength', 'Binding (“确保”)'],
      ],
    ],
  ])('in %s (corrected: %s): metric, indicator, figure, direction, from, period, strength with its cue', (language, corrected, rows) => {
    act(() => render(<ItemFacts reading={JOBS} corrected={corrected} t={pageText(language)} language={language} />, root));
    expect(facts()).toEqual(rows);
  });

  test('a commitment with nothing read says nothing: no empty rows', () => {
    act(() => render(<ItemFacts reading={{ ...JOBS, ...NO_PARSED_FIELDS, kind: 'commitment' }} t={pageText('zh')} language="zh" />, root));
    expect(root.querySelector('.facts')).toBeNull();
  });
});

const HISTORY: History = {
  place: '全国',
  indicator: 'gdp_growth',
  rows: [
    { year: 2020, target: null, result: { value: 2.3, max: null, cmp: null, unit: '%', direction: 'up', words: '' }, status: 'no target' },
    {
      year: 2021,
      target: { value: 6, max: null, cmp: '>', unit: '%', direction: 'up', words: '' },
      result: { value: 8.1, max: null, cmp: null, unit: '%', direction: 'up', words: '' },
      status: 'met',
    },
    { year: 2022, target: { value: null, max: null, cmp: null, unit: '', direction: null, words: '与经济增长同步' }, result: null, status: 'pending' },
  ],
};

async function shown(load: () => Promise<History | null>, language: Language = 'zh') {
  act(() => render(<FigureHistory indicator="gdp_growth" load={load} t={pageText(language)} language={language} />, root));
  // The answer comes back after the effect asked: one more turn renders it.
  await act(() => new Promise((r) => setTimeout(r, 10)));
  return [...root.querySelectorAll('.history-row')].map((r) => r.textContent);
}

describe('FigureHistory', () => {
  test('each year: target → result and the status; a target in words keeps its words', async () => {
    expect(await shown(async () => HISTORY)).toEqual([
      '2020 目标 未设 → 实际 2.3%无目标',
      '2021 目标 > 6% → 实际 8.1%完成',
      '2022 目标 与经济增长同步 → 实际 待公布待定',
    ]);
    expect(root.querySelector('.history-title')!.textContent).toBe('全国历年');
  });

  test('in English', async () => {
    expect((await shown(async () => HISTORY, 'en'))[1]).toBe('2021 target > 6% → actual 8.1%met');
  });

  test('asked again (the records changed), it keeps the years it shows until the new ones come', async () => {
    await shown(async () => HISTORY);
    let answer: (h: History) => void = () => undefined;
    const again = new Promise<History>((r) => (answer = r));
    const rows = await shown(() => again);
    expect(rows).toHaveLength(3); // no flicker while the background answers
    await act(async () => answer({ ...HISTORY, rows: [...HISTORY.rows, { year: 2023, target: null, result: null, status: 'pending' }] }));
    expect([...root.querySelectorAll('.history-row')].map((r) => r.getAttribute('data-year'))).toEqual(['2020', '2021', '2022', '2023']);
  });

  test('while the reader presses on the card, new years wait (busy) until the press ends: its buttons do not move under the pointer', async () => {
    const t = pageText('zh');
    const years = () => [...root.querySelectorAll('.history-row')].map((r) => r.getAttribute('data-year'));
    const busy = () => root.querySelector('.history')?.getAttribute('aria-busy') ?? null;
    const draw = (load: () => Promise<History | null>, hold: boolean) => act(() => render(<FigureHistory indicator="gdp_growth" load={load} hold={hold} t={t} language="zh" />, root));
    const first = async () => HISTORY;
    draw(first, false);
    await act(() => new Promise((r) => setTimeout(r, 10)));
    draw(first, true); // the press
    let answer: (h: History) => void = () => undefined;
    const again = () => new Promise<History>((r) => (answer = r));
    draw(again, true); // the records changed meanwhile: asked again
    await act(async () => answer({ ...HISTORY, rows: [...HISTORY.rows, { year: 2023, target: null, result: null, status: 'pending' }] }));
    expect(years()).toEqual(['2020', '2021', '2022']);
    expect(busy()).toBe('true');
    draw(again, false); // released
    expect(years()).toEqual(['2020', '2021', '2022', '2023']);
    expect(busy()).toBeNull();
  });

  test('a press never shows one figure’s years for another', async () => {
    const t = pageText('zh');
    const years = () => [...root.querySelectorAll('.history-row')].map((r) => r.getAttribute('data-year'));
    const draw = (indicator: 'gdp_growth' | 'cpi', load: () => Promise<History | null>, hold: boolean) =>
      act(() => render(<FigureHistory indicator={indicator} load={load} hold={hold} t={t} language="zh" />, root));
    const gdp = async () => HISTORY;
    const cpi = async (): Promise<History> => ({ ...HISTORY, rows: [HISTORY.rows[0]!] });
    draw('gdp_growth', gdp, false);
    await act(() => new Promise((r) => setTimeout(r, 10)));
    draw('gdp_growth', gdp, true);
    draw('cpi', cpi, true); // J to another figure while the mouse is down
    await act(() => new Promise((r) => setTimeout(r, 10)));
    expect(years()).toEqual([]);
    draw('cpi', cpi, false);
    expect(years()).toEqual(['2020']);
  });

  test('nothing at all when the store has no year of it; one line when it cannot be read', async () => {
    expect(await shown(async () => ({ ...HISTORY, rows: [] }))).toEqual([]);
    expect(root.querySelector('.history')).toBeNull();
    await shown(async () => Promise.reject(new Error('closed')));
    expect(root.querySelector('.history-failed')!.textContent).toBe('历年数据读取失败');
  });
});
