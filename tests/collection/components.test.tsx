/**
 * A few components rendered with Preact into a linkedom document: the
 * behaviour that needs no browser. Real rendering is proven in
 * tests/e2e/collection*.e2e.test.ts.
 */
import { parseHTML } from 'linkedom';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { EMPTY_FILTER, type CollectionFilter } from '../../lib/collection/filter';
import { FilterBar } from '../../components/collection/FilterBar';
import { TagEditor } from '../../components/collection/TagEditor';
import { Toast } from '../../components/collection/Toast';
import { useToast } from '../../components/collection/use-toast';
import { pendingUndo } from '../../lib/collection/undo';
import { REPORTS, REPORT_A, item } from './fixtures';

let root: HTMLElement;
const saved: Record<string, unknown> = {};

beforeEach(() => {
  const { window, document } = parseHTML('<!doctype html><html><body><div id="root"></div></body></html>');
  for (const k of ['window', 'document', 'Event', 'KeyboardEvent', 'HTMLElement', 'Node']) {
    saved[k] = (globalThis as Record<string, unknown>)[k];
    (globalThis as Record<string, unknown>)[k] = k === 'window' ? window : k === 'document' ? document : (window as unknown as Record<string, unknown>)[k];
  }
  root = document.getElementById('root') as unknown as HTMLElement;
});

afterEach(() => {
  render(null, root);
  for (const [k, v] of Object.entries(saved)) (globalThis as Record<string, unknown>)[k] = v;
});

const $ = (sel: string) => root.querySelector(sel) as HTMLElement;
const $$ = (sel: string) => [...root.querySelectorAll(sel)] as HTMLElement[];

function typeInto(input: HTMLInputElement, value: string) {
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true }));
}
function press(el: HTMLElement, key: string) {
  const e = new Event('keydown', { bubbles: true, cancelable: true }) as Event & { key: string };
  Object.defineProperty(e, 'key', { value: key });
  el.dispatchEvent(e);
}

describe('TagEditor', () => {
  test('Enter adds the typed tags; × removes one; Backspace on empty removes the last', () => {
    const onChange = vi.fn();
    act(() => render(<TagEditor tags={['就业']} known={new Map()} inputId="t" onChange={onChange} />, root));
    const input = $('input') as HTMLInputElement;
    act(() => typeInto(input, '民生，重点'));
    act(() => press(input, 'Enter'));
    expect(onChange).toHaveBeenLastCalledWith(['就业', '民生', '重点']);
    act(() => $('button.tag-remove').click());
    expect(onChange).toHaveBeenLastCalledWith([]);
    act(() => press(input, 'Backspace'));
    expect(onChange).toHaveBeenLastCalledWith([]);
    expect($('button.tag-remove').getAttribute('aria-label')).toBe('移除标签 就业');
  });

  test('a tag that is too long is refused with a message, nothing lost', () => {
    const onChange = vi.fn();
    act(() => render(<TagEditor tags={['就业']} known={new Map()} inputId="t" onChange={onChange} />, root));
    const input = $('input') as HTMLInputElement;
    act(() => typeInto(input, 'x'.repeat(101)));
    act(() => press(input, 'Enter'));
    expect(onChange).not.toHaveBeenCalled();
    expect($('[role="alert"]').textContent).toBe('标签太长（最多 100 个字符）');
  });
});

describe('FilterBar', () => {
  test('kind toggles are pressed buttons; every control is labelled', () => {
    let filter: CollectionFilter = EMPTY_FILTER;
    const onChange = vi.fn((f: CollectionFilter) => (filter = f));
    const counts = [{ key: REPORT_A.id, count: 2 }];
    act(() => render(<FilterBar filter={filter} onChange={onChange} tagCounts={[{ key: '就业', count: 1 }]} reports={REPORTS} reportCounts={counts} variant="popup" />, root));
    const toggles = $$('.kind-toggle');
    expect(toggles.map((b) => [b.tagName, b.textContent, b.getAttribute('aria-pressed')])).toEqual([
      ['BUTTON', '目标', 'false'],
      ['BUTTON', '成果', 'false'],
      ['BUTTON', '承诺', 'false'],
    ]);
    act(() => toggles[1]!.click());
    expect(filter.kinds).toEqual(['result']);
    for (const control of $$('input, select')) {
      expect(root.querySelector(`label[for="${control.id}"]`)?.textContent, control.id).toBeTruthy();
    }
    expect($$('select')[1]!.textContent).toContain('2025年政府工作报告 (2)');
  });
});

describe('Toast', () => {
  test('a delete offers 撤销 Undo; a plain message does not', () => {
    const onUndo = vi.fn();
    const undo = pendingUndo([item()], Date.now());
    act(() => render(<Toast toast={{ id: 1, tone: 'info', text: '已删除 1 条', undo }} onUndo={onUndo} onDismiss={() => {}} />, root));
    expect($('.toast-text').textContent).toBe('已删除 1 条');
    const button = $$('button').find((b) => b.textContent === '撤销')!;
    act(() => button.click());
    expect(onUndo).toHaveBeenCalledOnce();
    act(() => render(<Toast toast={{ id: 2, tone: 'error', text: '出错了', details: ['第 1 条 item：value 不是数字'] }} onUndo={onUndo} onDismiss={() => {}} />, root));
    expect($$('button').map((b) => b.textContent)).toEqual(['×']);
    expect($('.toast-details li').textContent).toBe('第 1 条 item：value 不是数字');
    expect($('.toast-region').getAttribute('role')).toBe('status');
  });
});

describe('useToast', () => {
  test('two deletes in a row: the toast counts both and one undo restores both', () => {
    let toasts!: ReturnType<typeof useToast>;
    function Probe() {
      toasts = useToast();
      return <Toast toast={toasts.toast} onUndo={() => {}} onDismiss={toasts.dismiss} />;
    }
    act(() => render(<Probe />, root));
    const [first, second] = [item(), item()];
    const text = (n: number) => `已删除 ${n} 条`;
    act(() => toasts.showUndo([first], text));
    act(() => toasts.showUndo([second], text));
    expect($('.toast-text').textContent).toBe('已删除 2 条');
    let restored: unknown;
    act(() => {
      restored = toasts.takeUndo();
    });
    expect(restored).toEqual([first, second]);
    expect(toasts.toast).toBeNull();
    // The offer is taken: the next delete starts afresh.
    const third = item();
    act(() => toasts.showUndo([third], text));
    expect(toasts.toast?.undo?.records).toEqual([third]);
    expect($('.toast-text').textContent).toBe('已删除 1 条');
  });
});
