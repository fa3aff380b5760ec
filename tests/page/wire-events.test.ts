import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { trusted } from '../../components/page/trusted';
import { wireEvents } from '../../entrypoints/content/wire-events';
import { isEditable, typedInto } from '../../lib/page/editable';
import type { PageSession } from '../../lib/page/session';

/** The listeners wireEvents adds, by event type, called with plain event objects. */
function wire(steps: boolean) {
  const listeners = new Map<string, (event: unknown) => void>();
  const ctx = {
    addEventListener: (_target: unknown, type: string, handler: (event: unknown) => void) => void listeners.set(type, handler),
    requestAnimationFrame: (fn: () => void) => {
      fn();
      return 1;
    },
    setTimeout: (fn: () => void) => {
      fn();
      return 1;
    },
  };
  const session = {
    step: vi.fn(() => steps),
    closeCard: vi.fn(),
    pointerAt: vi.fn(),
    pointerDown: vi.fn(),
    selectionChanged: vi.fn(),
    repositionCard: vi.fn(),
  };
  wireEvents(ctx as never, session as unknown as PageSession);
  const fire = (type: string, event: Record<string, unknown>) => {
    const e = { isTrusted: true, defaultPrevented: false, isComposing: false, ctrlKey: false, metaKey: false, altKey: false, target: body, preventDefault: vi.fn(), ...event };
    listeners.get(type)!(e);
    return e;
  };
  return { session, fire };
}

const body = { tagName: 'BODY', isContentEditable: false, parentNode: null, nodeType: 1, hasAttribute: () => false };
/** The host of a web component of the page, with a text field in its (open) shadow root. */
const componentHost = { tagName: 'SEARCH-BOX', isContentEditable: false, parentNode: null, nodeType: 1, hasAttribute: () => false };
const fieldInside = { tagName: 'INPUT', isContentEditable: false };

beforeEach(() => {
  vi.stubGlobal('document', { getSelection: () => null, activeElement: null });
  vi.stubGlobal('window', {});
});
afterEach(() => {
  vi.unstubAllGlobals();
});

describe('the page events the annotator listens to', () => {
  it.each([
    ['keydown', { key: 'j' }],
    ['keydown', { key: 'Escape' }],
    ['mousemove', { clientX: 10, clientY: 10 }],
    ['mousedown', { clientX: 10, clientY: 10 }],
    ['selectionchange', {}],
    ['scroll', {}],
  ])('ignores a %s the page made up (%j, isTrusted false)', (type, event) => {
    const { session, fire } = wire(true);
    const e = fire(type, { ...event, isTrusted: false });
    expect(session.step).not.toHaveBeenCalled();
    expect(session.closeCard).not.toHaveBeenCalled();
    expect(session.pointerAt).not.toHaveBeenCalled();
    expect(session.pointerDown).not.toHaveBeenCalled();
    expect(session.selectionChanged).not.toHaveBeenCalled();
    expect(session.repositionCard).not.toHaveBeenCalled();
    expect(e.preventDefault).not.toHaveBeenCalled();
  });

  it.each([
    ['mousemove', 'pointerAt'],
    ['mousedown', 'pointerDown'],
    ['selectionchange', 'selectionChanged'],
    ['scroll', 'repositionCard'],
  ] as const)('acts on the reader’s own %s', (type, method) => {
    const { session, fire } = wire(true);
    fire(type, { clientX: 10, clientY: 10 });
    expect(session[method]).toHaveBeenCalled();
  });

  // [key, what the key was typed into, composed path, items to step to, stepped, prevented]
  it.each([
    ['j', body, [body], true, 1, true],
    ['K', body, [body], true, -1, true],
    ['j', body, [body], false, 1, false], // no highlights: the key stays the page's
    ['j', { tagName: 'TEXTAREA' }, undefined, true, null, false],
    ['j', { tagName: 'DIV', isContentEditable: true }, undefined, true, null, false],
    ['j', componentHost, [fieldInside, componentHost, body], true, null, false], // typed in the page's own shadow DOM
    ['j', componentHost, [componentHost, body], true, 1, true], // the component itself, not a field
    ['x', body, [body], true, null, false],
  ])('key %s on %j (path %j), items %s: steps %s, prevents default %s', (key, target, path, items, stepped, prevented) => {
    const { session, fire } = wire(items);
    const e = fire('keydown', { key, target, ...(path ? { composedPath: () => path } : {}) });
    if (stepped === null) expect(session.step).not.toHaveBeenCalled();
    else expect(session.step).toHaveBeenCalledWith(stepped);
    expect(e.preventDefault).toHaveBeenCalledTimes(prevented ? 1 : 0);
  });

  it.each([
    [{ isComposing: true }],
    [{ ctrlKey: true }],
    [{ metaKey: true }],
    [{ altKey: true }],
    [{ defaultPrevented: true }],
  ])('leaves J alone with %j', (extra) => {
    const { session, fire } = wire(true);
    fire('keydown', { key: 'j', ...extra });
    expect(session.step).not.toHaveBeenCalled();
  });
});

describe('editable targets', () => {
  it.each([
    [{ tagName: 'INPUT' }, true],
    [{ tagName: 'textarea' }, true],
    [{ tagName: 'SELECT' }, true],
    [{ tagName: 'DIV', isContentEditable: true }, true],
    [{ tagName: 'DIV', isContentEditable: false }, false],
    [{ tagName: 'BODY' }, false],
    [null, false],
    [{}, false],
  ])('%j is editable: %s', (el, expected) => {
    expect(isEditable(el as never)).toBe(expected);
  });

  it('reads the first node of the composed path, else the target', () => {
    expect(typedInto({ target: componentHost as never, composedPath: () => [fieldInside as never, componentHost as never] })).toBe(fieldInside);
    expect(typedInto({ target: body as never })).toBe(body);
    expect(typedInto({ target: body as never, composedPath: () => [] })).toBe(body);
  });
});

describe('UI handlers', () => {
  it.each([
    [true, 1],
    [false, 0],
  ])('run for events with isTrusted %s (%i call)', (isTrusted, calls) => {
    const handler = vi.fn();
    trusted(handler)({ isTrusted } as Event);
    expect(handler).toHaveBeenCalledTimes(calls);
  });
});
