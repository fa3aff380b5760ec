import { parseHTML } from 'linkedom';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { extractItems } from '../../lib/extract';
import { createMessageRouter, sendMessage, type Sender } from '../../lib/messages';
import { MAX_EXTRACT_CHARS } from '../../lib/page/extract-budget';
import { MARK_TAG, WrapperHighlighter } from '../../lib/page/highlighter';
import { readPage, type PageToRead } from '../../lib/page/read-page';
import { PageSession, type SendFn } from '../../lib/page/session';
import { createStoreHandlers } from '../../lib/store/handlers';
import { AnnotatorService } from '../../lib/store/service';
import { govNoticePage, readCorpus, SEED_FILE, seedReportPage } from '../e2e/fixtures/pages';
import { clock, counterIds, freshDb } from '../store/helpers';

const URL_SEED = 'http://www.xiuzhou.example.gov.cn/seed.html';
const SEED_TEXT = readCorpus(SEED_FILE);

/** The background as the content script sees it: the real store on fake-indexeddb, through JSON. */
function background() {
  const service = new AnnotatorService(freshDb(), { now: clock(), newId: counterIds() });
  const router = createMessageRouter({
    ...createStoreHandlers(service),
    'page/extract': async (p: { text: string }) => extractItems(p.text),
    'page/read': (p: PageToRead) => readPage(p, extractItems),
    'site/status': async () => ({ pattern: null, builtIn: true, granted: false }),
    'site/forget': async () => ({ pattern: null, builtIn: true, granted: false }),
    'page/runOnTab': async () => {
      throw new Error('not in a tab');
    },
  });
  const sender: Sender = async (message) => JSON.parse(JSON.stringify(await router(JSON.parse(JSON.stringify(message)), {})));
  const send: SendFn = (type, payload) => sendMessage(type, payload, sender);
  return { service, send };
}

let savedObserver: unknown;
beforeEach(() => {
  savedObserver = (globalThis as { MutationObserver?: unknown }).MutationObserver;
  // The session watches the page; these tests change it only through the session.
  (globalThis as { MutationObserver?: unknown }).MutationObserver = class {
    observe() {}
    disconnect() {}
    takeRecords() {
      return [];
    }
  };
});
afterEach(() => {
  (globalThis as { MutationObserver?: unknown }).MutationObserver = savedObserver;
});

function openPage(html: string, bg: ReturnType<typeof background>, url = URL_SEED) {
  const { document } = parseHTML(html);
  const doc = document as unknown as Document;
  const highlighter = new WrapperHighlighter(doc);
  const prefs = new Map<string, unknown>();
  const session = new PageSession({
    document_: doc,
    url: () => url,
    send: bg.send,
    prefs: { get: async (k) => prefs.get(k), set: async (k, v) => void prefs.set(k, v) },
    highlighter,
    pacer: () => ({ pause: async () => undefined }),
    setTimer: () => 0,
    clearTimer: () => undefined,
  });
  /** The key of the highlight reading `text`. */
  const keyOf = (text: string) => {
    const key = highlighter.keys().find((k) => highlighter.textOf(k) === text);
    if (!key) throw new Error(`no highlight reads ${text}`);
    return key;
  };
  const shown = () => [...doc.querySelectorAll(MARK_TAG)].map((m) => m.textContent);
  return { doc, session, highlighter, keyOf, shown };
}

describe('the page session', () => {
  it('annotates a report page by itself, storing nothing but the visit', async () => {
    const bg = background();
    const { session, shown } = openPage(seedReportPage(), bg);
    await session.start();
    const s = session.summary();
    expect(s).toMatchObject({ state: 'ready', reportId: URL_SEED, collected: 0, tagged: 0, notFound: 0 });
    expect(s.total).toBeGreaterThan(20);
    expect(s.total).toBe(s.found.target + s.found.result + s.found.commitment);
    expect(shown()).toContain('新增学位1.85万个');
    expect(session.view.get().visible).toBe(true);
    expect(await bg.service.db.reports.toCollection().primaryKeys()).toEqual([URL_SEED]);
    expect(await bg.service.itemsForReport(URL_SEED)).toEqual([]);
  });

  it('stays silent on a page that is not a report, until asked', async () => {
    const bg = background();
    const { session } = openPage(govNoticePage(), bg, 'http://www.example.gov.cn/notices.html');
    await session.start();
    expect(session.summary().state).toBe('idle');
    expect(session.view.get().visible).toBe(false);
    expect(await bg.service.db.reports.toArray()).toEqual([]);
    const reply = await session.request();
    expect(reply).toMatchObject({ reportId: 'http://www.example.gov.cn/notices.html', added: 0 });
    expect(reply.found).toBeLessThan(8); // a few figures in the notices, too few for a report
    expect(session.view.get()).toMatchObject({ visible: true, summary: { state: 'ready' } });
  });

  it('records which report it is, read from the page’s text, and its headline figures with the visit', async () => {
    const bg = background();
    const { session } = openPage(seedReportPage(), bg);
    await session.start();
    expect(await bg.service.db.reports.get(URL_SEED)).toMatchObject({
      identity: { place: '秀洲区', level: 'county', genre: 'party_congress_report' },
      identityCorrected: false,
    });
    const tracked = await bg.service.db.headlines.get(URL_SEED);
    expect(tracked?.figures.map((f) => [f.kind, f.indicator, f.selector.quote.exact])).toEqual([['target', 'good_air_days', '力争空气质量优良率达到95%']]);
  });

  it('a reader’s correction of the identity stays when the page is visited again', async () => {
    const bg = background();
    await openPage(seedReportPage(), bg).session.start();
    const corrected = { place: '嘉兴市秀洲区', level: 'county', year: 2021, genre: 'party_congress_report' } as const;
    await bg.service.setReportIdentity(URL_SEED, corrected);
    const again = openPage(seedReportPage(), bg);
    await again.session.start();
    expect(again.session.summary().state).toBe('ready');
    expect(await bg.service.db.reports.get(URL_SEED)).toMatchObject({ identity: corrected, identityCorrected: true });
    // The headline figures are still refreshed.
    expect(await bg.service.db.headlines.count()).toBe(1);
  });

  it('the reader’s correction of what a figure measures is stored from its card and kept over the next visit’s reading', async () => {
    const bg = background();
    const first = openPage(seedReportPage(), bg);
    await first.session.start();
    const quote = '力争空气质量优良率达到95%';
    expect(await first.session.setMeaning(first.keyOf(quote), { metric: '空气质量优良天数比例', indicator: 'good_air_days' })).toBe(true);
    const stored = () => bg.service.itemsForReport(URL_SEED);
    expect((await stored()).map((i) => [i.selector.quote.exact, i.metric, i.indicator, i.parsedByReader])).toEqual([[quote, '空气质量优良天数比例', 'good_air_days', true]]);
    const again = openPage(seedReportPage(), bg);
    await again.session.start();
    expect((await stored()).map((i) => i.metric)).toEqual(['空气质量优良天数比例']);
    // Its card's other years: the tracker's rows of the report's place (none stored yet for other years).
    expect(await again.session.history('good_air_days')).toMatchObject({ place: '秀洲区', indicator: 'good_air_days', rows: expect.any(Array) });
  });

  it('a page run on at the reader’s request that does not read like a report leaves its identity, not headline figures', async () => {
    const bg = background();
    const url = 'http://www.example.gov.cn/notices.html';
    const { session } = openPage(govNoticePage(), bg, url);
    await session.start();
    await session.request();
    expect(await bg.service.db.reports.get(url)).toMatchObject({ identity: { genre: expect.any(String) } });
    expect(await bg.service.db.headlines.count()).toBe(0);
  });

  it('says so when asked to run on a page without readable text', async () => {
    const bg = background();
    const { session } = openPage('<html><head><title>空白</title></head><body><script>var a = 1;</script></body></html>', bg, 'http://www.example.org/');
    await session.start();
    expect(session.view.get().visible).toBe(false);
    await session.request();
    expect(session.view.get()).toMatchObject({ visible: true, summary: { state: 'no-text' } });
  });

  it('stores a detected item when the reader tags it, and keeps it under its record id', async () => {
    const bg = background();
    const { session, keyOf } = openPage(seedReportPage(), bg);
    await session.start();
    const key = keyOf('新增学位1.85万个');
    expect(key).toMatch(/^auto:/);
    await session.addTag(key, '教育，民生');
    const [stored] = await bg.service.itemsForReport(URL_SEED);
    expect(stored).toMatchObject({ tags: ['教育', '民生'], source: 'auto', status: 'active', kind: 'target', metric: '新增学位', value: 18500, unit: '个' });
    expect(keyOf('新增学位1.85万个')).toBe(stored.id);
    expect(session.summary()).toMatchObject({ collected: 1, tagged: 1 });
    expect(session.view.get().tags).toEqual(['教育', '民生']);
    await session.setNote(stored.id, '对比去年');
    await session.setKind(stored.id, 'result');
    expect(await bg.service.getItem(stored.id)).toMatchObject({ note: '对比去年', kind: 'result', tags: ['教育', '民生'] });
    expect(session.summary().found.result).toBeGreaterThan(0);
    await session.removeTag(stored.id, '民生');
    expect((await bg.service.getItem(stored.id))!.tags).toEqual(['教育']);
  });

  it('stored items read by an older extractor take today’s reading when the page is visited again; the reader’s corrections stay', async () => {
    const bg = background();
    const first = openPage(seedReportPage(), bg);
    await first.session.start();
    await first.session.collect(first.keyOf('新增学位1.85万个'));
    await first.session.collect(first.keyOf('复垦建设用地1万亩'));
    await first.session.collect(first.keyOf('力争空气质量优良率达到95%'));
    const [school, land, air] = await bg.service.itemsForReport(URL_SEED).then((items) =>
      ['新增学位1.85万个', '复垦建设用地1万亩', '力争空气质量优良率达到95%'].map((q) => items.find((i) => i.selector.quote.exact === q)!),
    );
    expect(air).toMatchObject({ strength: 'aspirational', strengthCue: '力争' });
    // As schema v4's upgrade leaves items stored before: an older metric, none of the new fields.
    const { db } = bg.service;
    await db.items.update(school!.id, { metric: '、新增', strengthCue: null });
    await db.items.update(air!.id, { metric: '优良率达到', strengthCue: null, period: null, direction: null });
    // The reader corrected what this one measures: it is theirs now.
    await bg.service.updateItem(land!.id, { metric: '建设用地复垦面积' });

    const again = openPage(seedReportPage(), bg);
    await again.session.start();
    expect(await bg.service.getItem(school!.id)).toMatchObject({ metric: school!.metric, value: 18500 });
    expect(await bg.service.getItem(air!.id)).toMatchObject({ metric: air!.metric, strengthCue: '力争', period: air!.period, direction: air!.direction });
    expect(await bg.service.getItem(land!.id)).toMatchObject({ metric: '建设用地复垦面积', parsedByReader: true });
    // What the card shows is the record's new reading.
    expect(again.session.view.get().summary.collected).toBe(3);
  });

  it('changing the kind of a detected item stores it with the new kind', async () => {
    const bg = background();
    const { session, keyOf } = openPage(seedReportPage(), bg);
    await session.start();
    await session.setKind(keyOf('复垦建设用地1万亩'), 'commitment');
    expect((await bg.service.itemsForReport(URL_SEED)).map((i) => [i.selector.quote.exact, i.kind])).toEqual([['复垦建设用地1万亩', 'commitment']]);
  });

  it('dismisses a false detection for good, and can undo it', async () => {
    const bg = background();
    const first = openPage(seedReportPage(), bg);
    await first.session.start();
    const before = first.session.summary().total;
    await first.session.dismiss(first.keyOf('复垦建设用地1万亩'));
    expect(first.shown()).not.toContain('复垦建设用地1万亩');
    expect(first.session.summary().total).toBe(before - 1);
    expect((await bg.service.itemsForReport(URL_SEED)).map((i) => i.status)).toEqual(['dismissed']);
    expect(first.session.view.get().notice).toMatchObject({ key: 'dismissed', undo: true });

    const again = openPage(seedReportPage(), bg);
    await again.session.start();
    expect(again.shown()).not.toContain('复垦建设用地1万亩');

    await first.session.undo();
    expect(first.shown()).toContain('复垦建设用地1万亩');
    expect((await bg.service.itemsForReport(URL_SEED)).map((i) => i.status)).toEqual(['active']);
  });

  it('collects every detected item at once, idempotently', async () => {
    const bg = background();
    const { session } = openPage(seedReportPage(), bg);
    await session.start();
    const total = session.summary().total;
    const first = await session.collectAll();
    expect(first).toMatchObject({ added: total, collected: total });
    expect(await session.collectAll()).toEqual({ added: 0, collected: total, ids: [] });
    const stored = await bg.service.itemsForReport(URL_SEED);
    expect(stored).toHaveLength(total);
    // The ids undo it (the popup deletes them): the page shows them as detected again.
    expect([...first.ids].sort()).toEqual(stored.map((r) => r.id).sort());
    await bg.service.deleteItems(first.ids);
    session.itemsChanged(URL_SEED);
    await session.idle();
    expect(session.summary()).toMatchObject({ total, collected: 0 });
  });

  it('marks a saved item whose figure changed as orphaned, keeps it, and revives it when it is back', async () => {
    const bg = background();
    const first = openPage(seedReportPage(), bg);
    await first.session.start();
    await first.session.addTag(first.keyOf('新增学位1.85万个'), '教育');

    const edited = openPage(seedReportPage(`前言。\n${SEED_TEXT.replace('新增学位1.85万个', '新增学位1.86万个')}`), bg);
    await edited.session.start();
    expect(edited.shown()).toContain('新增学位1.86万个');
    expect(edited.session.summary()).toMatchObject({ notFound: 1, tagged: 0 });
    expect(edited.session.view.get().notFound.map((n) => n.quote)).toEqual(['新增学位1.85万个']);
    expect((await bg.service.itemsForReport(URL_SEED)).map((i) => [i.status, i.tags])).toEqual([['orphaned', ['教育']]]);

    const moved = openPage(seedReportPage(`前言。\n${SEED_TEXT}`), bg);
    await moved.session.start();
    expect(moved.session.summary()).toMatchObject({ notFound: 0, tagged: 1 });
    expect((await bg.service.itemsForReport(URL_SEED)).map((i) => i.status)).toEqual(['active']);
  });

  it('re-finds stored items when another context changes them', async () => {
    const bg = background();
    const { session, keyOf } = openPage(seedReportPage(), bg);
    await session.start();
    await session.collect(keyOf('新增学位1.85万个'));
    const [item] = await bg.service.itemsForReport(URL_SEED);
    await bg.service.updateItem(item.id, { tags: ['从收藏页加的'] }); // the collection page
    session.itemsChanged(URL_SEED);
    await session.idle();
    expect(session.summary().tagged).toBe(1);
  });

  it('reads only the first 300,000 characters of a very long page, and says so', async () => {
    const bg = background();
    const sent: number[] = [];
    const long = Array.from({ length: Math.ceil(400_000 / SEED_TEXT.length) }, () => SEED_TEXT).join('\n');
    const { session, shown } = openPage(seedReportPage(long), {
      ...bg,
      send: (type, payload) => {
        if (type === 'page/read') sent.push((payload as { text: string }).text.length);
        return bg.send(type, payload);
      },
    });
    await session.start();
    expect(sent).toHaveLength(1);
    expect(sent[0]).toBeLessThanOrEqual(MAX_EXTRACT_CHARS);
    const { cut, summary } = session.view.get();
    expect(cut).toEqual({ read: sent[0], total: expect.any(Number) });
    expect(cut!.total).toBeGreaterThan(400_000);
    expect(summary.state).toBe('ready');
    expect(shown()).toContain('新增学位1.85万个');
  }, 30_000);

  it('starts the summary small, and remembers per site that the reader opened it and where it stands', async () => {
    const bg = background();
    const prefs = new Map<string, unknown>();
    const open = () => {
      const { document } = parseHTML(seedReportPage());
      const doc = document as unknown as Document;
      return new PageSession({
        document_: doc,
        url: () => URL_SEED,
        send: bg.send,
        prefs: { get: async (k) => prefs.get(k), set: async (k, v) => void prefs.set(k, v) },
        highlighter: new WrapperHighlighter(doc),
        pacer: () => ({ pause: async () => undefined }),
        setTimer: () => 0,
        clearTimer: () => undefined,
      });
    };
    const first = open();
    await first.start();
    expect(first.view.get().layout).toEqual({ expanded: false, corner: 'bottom-right' });
    await first.setLayout({ expanded: true });
    await first.setLayout({ corner: 'top-left' });
    const again = open();
    await again.start();
    expect(again.view.get().layout).toEqual({ expanded: true, corner: 'top-left' });
  });

  it('shows or hides a kind on the page, and leaves its items out of the outline and of J / K', async () => {
    const bg = background();
    const { session, keyOf, highlighter } = openPage(seedReportPage(), bg);
    await session.start();
    const outlined = () => session.view.get().outline.flatMap((s) => s.entries.map((e) => e.kind));
    expect(new Set(outlined())).toEqual(new Set(['target', 'commitment']));
    const commitments = session.summary().found.commitment;
    const commitment = keyOf('建成一批示范性乡村新社区');
    session.setKindShown('commitment', false);
    expect(session.view.get().hiddenKinds).toEqual(['commitment']);
    expect(new Set(outlined())).toEqual(new Set(['target']));
    expect(highlighter.keys()).toHaveLength(session.summary().total - commitments);
    expect(highlighter.keys()).not.toContain(commitment);
    session.setKindShown('commitment', true);
    expect(highlighter.keys()).toHaveLength(session.summary().total);
  });

  it('offers to always run on a site it was run on by request, through the background, and shows the answer', async () => {
    const bg = background();
    let granted = false;
    const sent: string[] = [];
    const { session } = openPage(
      govNoticePage(),
      {
        ...bg,
        send: (type, payload) => {
          sent.push(type);
          if (type === 'site/status') return Promise.resolve({ pattern: 'https://www.example.org/*', builtIn: false, granted }) as never;
          if (type === 'site/askAlways') return Promise.resolve(null) as never;
          return bg.send(type, payload);
        },
      },
      'https://www.example.org/report.html',
    );
    await session.request();
    expect(session.view.get()).toMatchObject({ site: { granted: false }, siteAsked: false });
    await session.askAlways();
    expect(sent).toContain('site/askAlways');
    expect(session.view.get().siteAsked).toBe(true);
    granted = true; // the reader allowed it in grant.html, which sends 'page/siteChanged'
    await session.siteChanged();
    expect(session.view.get()).toMatchObject({ site: { granted: true }, siteAsked: false });
  });

  it('lists the items by section for the outline, and shows one when asked', async () => {
    const bg = background();
    const { session, keyOf } = openPage(seedReportPage(), bg);
    await session.start();
    const { outline } = session.view.get();
    expect(outline.reduce((n, s) => n + s.entries.length, 0)).toBe(session.summary().total);
    const key = keyOf('新增学位1.85万个');
    expect(outline.flatMap((s) => s.entries).find((e) => e.key === key)).toMatchObject({ kind: 'target', quote: '新增学位1.85万个' });
    session.showItem(key);
    expect(session.view.get().card).toBeNull(); // linkedom lays nothing out: no box, no card
  });
});

/**
 * A session whose page changes are delivered by hand: the MutationObserver hands its callback over,
 * timers run when `flush` is called, and every message sent to the background is counted.
 */
function watchedPage(html: string, bg: ReturnType<typeof background>, url = URL_SEED) {
  let deliver: (records: MutationRecord[]) => void = () => undefined;
  (globalThis as { MutationObserver?: unknown }).MutationObserver = class {
    constructor(cb: (records: MutationRecord[]) => void) {
      deliver = cb;
    }
    observe() {}
    disconnect() {}
    takeRecords() {
      return [];
    }
  };
  const { document } = parseHTML(html);
  const doc = document as unknown as Document;
  const highlighter = new WrapperHighlighter(doc);
  const paint = vi.spyOn(highlighter, 'paint');
  const sent: string[] = [];
  const timers: (() => void)[] = [];
  let activations = 0;
  const page = { url };
  const session = new PageSession({
    document_: doc,
    url: () => page.url,
    send: (type, payload) => {
      sent.push(type);
      return bg.send(type, payload);
    },
    prefs: { get: async () => undefined, set: async () => undefined },
    highlighter,
    onActivate: () => void activations++,
    pacer: () => ({ pause: async () => undefined }),
    setTimer: (fn) => timers.push(fn),
    clearTimer: () => undefined,
  });
  /** The page's mutation records reach the watcher; its quiet time passes; the session's work ends. */
  const change = async (...records: Partial<MutationRecord>[]) => {
    deliver(records.map((r) => ({ addedNodes: [], removedNodes: [], ...r }) as unknown as MutationRecord));
    while (timers.length) timers.shift()!();
    await session.idle();
  };
  const paragraphWith = (text: string) => [...doc.querySelectorAll('#content p')].find((el) => el.textContent?.includes(text))!;
  const shown = () => [...doc.querySelectorAll(MARK_TAG)].map((m) => m.textContent);
  const measures = (step: string) => performance.getEntriesByName(`report-annotator:${step}`).length;
  return { doc, page, session, highlighter, paint, sent, change, paragraphWith, shown, measures, activations: () => activations };
}

describe('the page session, when the page changes', () => {
  it('a ticker outside the report stores, fetches and paints nothing; a change in the report does', async () => {
    const bg = background();
    const p = watchedPage(seedReportPage(), bg);
    await p.session.start();
    expect(p.shown()).toContain('新增学位1.85万个');
    const paints = p.paint.mock.calls.length;
    p.sent.length = 0;

    // The site's clock ticks in the header, several times.
    const clock = p.doc.querySelector('header h2')!.firstChild as Text;
    for (const time of ['10:00:01', '10:00:02', '10:00:03']) {
      const mainTextReads = p.measures('main-text');
      clock.data = `秀洲区人民政府 ${time}`;
      await p.change({ type: 'characterData', target: clock });
      expect(p.measures('main-text')).toBe(mainTextReads + 1); // it was read, and found unchanged
    }
    expect(p.sent).toEqual([]);
    expect(p.paint.mock.calls.length).toBe(paints);
    expect(p.shown()).toContain('新增学位1.85万个');
    expect(p.session.summary().state).toBe('ready');

    // The report's own text changes (a paragraph more): extracted and painted again; the visit
    // (same address, title, identity and headline figures) is not recorded again.
    const content = p.doc.querySelector('#content')!;
    const added = p.doc.createElement('p');
    added.textContent = '全年新增公共停车泊位3200个。';
    content.appendChild(added);
    await p.change({ type: 'childList', target: content, addedNodes: [added] as never });
    expect(p.sent).toContain('page/read');
    expect(p.sent).toContain('items/forReport');
    expect(p.sent).not.toContain('report/visit');
    expect(p.paint.mock.calls.length).toBe(paints + 1);
    expect(p.shown().some((s) => s?.includes('3200个'))).toBe(true);
    expect(await bg.service.db.reports.toCollection().primaryKeys()).toEqual([URL_SEED]);
  });

  it('checks a change of class on the changed element alone, and reads the page again when text shows or hides', async () => {
    const bg = background();
    const p = watchedPage(seedReportPage(), bg);
    await p.session.start();
    const paragraph = p.paragraphWith('新增学位1.85万个');
    const liveTextReads = p.measures('live-text');
    const mainTextReads = p.measures('main-text');

    // A class that hides nothing (an animation, a hover style): not even the page's text is read again.
    paragraph.setAttribute('class', 'fade-in');
    await p.change({ type: 'attributes', target: paragraph, attributeName: 'class' });
    expect(p.measures('live-text')).toBe(liveTextReads);
    expect(p.measures('main-text')).toBe(mainTextReads);

    // The paragraph is hidden: read again, and its item is no longer shown.
    paragraph.setAttribute('hidden', '');
    await p.change({ type: 'attributes', target: paragraph, attributeName: 'hidden' });
    expect(p.measures('live-text')).toBeGreaterThan(liveTextReads);
    expect(p.shown()).not.toContain('新增学位1.85万个');
  });

  it('starts over on a single-page site: a page that is not a report is left alone', async () => {
    const bg = background();
    // A tagged item, then the report edited: one saved item not found.
    const first = openPage(seedReportPage(), bg);
    await first.session.start();
    await first.session.addTag(first.keyOf('新增学位1.85万个'), '教育');
    const p = watchedPage(seedReportPage(SEED_TEXT.replace('新增学位1.85万个', '新增学位1.86万个')), bg);
    await p.session.start();
    expect(p.session.summary()).toMatchObject({ state: 'ready', notFound: 1 });
    expect(p.session.view.get().notFound).toHaveLength(1);
    expect(p.activations()).toBe(1);

    // The site shows its notices instead, without a reload.
    p.doc.body.innerHTML = (parseHTML(govNoticePage()).document as unknown as Document).body.innerHTML;
    p.doc.title = '通知公告_某市人民政府';
    p.page.url = 'http://www.xiuzhou.example.gov.cn/notices.html';
    await p.session.navigated();
    expect(p.session.summary()).toMatchObject({ state: 'idle', total: 0, notFound: 0, reportId: null });
    expect(p.session.view.get()).toMatchObject({ visible: false, notFound: [], card: null });
    expect(p.shown()).toEqual([]);
    expect(p.session.step(1)).toBe(false);
    p.session.selectionChanged({ box: { top: 0, left: 0, bottom: 1, right: 1 } } as never);
    expect(p.session.view.get().selection).toBeNull();
    expect(await bg.service.db.reports.toCollection().primaryKeys()).not.toContain(p.page.url);

    // Back to a report: annotated again, the page's events wired only once.
    p.doc.body.innerHTML = (parseHTML(seedReportPage()).document as unknown as Document).body.innerHTML;
    p.doc.title = '秀洲区党代会工作报告（节选）_秀洲区人民政府';
    p.page.url = 'http://www.xiuzhou.example.gov.cn/seed-2.html';
    await p.session.navigated();
    expect(p.session.summary()).toMatchObject({ state: 'ready', reportId: p.page.url, notFound: 0 });
    expect(p.shown()).toContain('新增学位1.85万个');
    expect(p.activations()).toBe(1);
  });
});

describe('the page session, when saving fails', () => {
  it('says so in words when the disk is full, and tells the card the tag was not stored', async () => {
    const bg = background();
    const { session, keyOf } = openPage(seedReportPage(), {
      ...bg,
      send: (type, payload) =>
        type === 'items/save' || type === 'items/update'
          ? Promise.reject(new Error('QuotaExceededError: The quota has been exceeded.'))
          : bg.send(type, payload),
    });
    await session.start();
    expect(await session.addTag(keyOf('新增学位1.85万个'), '教育')).toBe(false);
    expect(session.view.get().notice).toMatchObject({ key: 'quotaExceeded', undo: false });
    expect(await bg.service.itemsForReport(URL_SEED)).toEqual([]);
  });

  it.each([
    ['x'.repeat(101), 'tagTooLong', 100],
    [Array.from({ length: 101 }, (_, i) => `t${i}`).join(','), 'tagTooMany', 100],
  ])('refuses tags the store would not take (%#), storing nothing', async (text, key, max) => {
    const bg = background();
    const { session, keyOf } = openPage(seedReportPage(), bg);
    await session.start();
    expect(await session.addTag(keyOf('新增学位1.85万个'), text)).toBe(false);
    expect(session.view.get().notice).toMatchObject({ key, params: { max } });
    expect(await bg.service.itemsForReport(URL_SEED)).toEqual([]);
  });

  it('adds tags split at any separator, and reports success', async () => {
    const bg = background();
    const { session, keyOf } = openPage(seedReportPage(), bg);
    await session.start();
    expect(await session.addTag(keyOf('新增学位1.85万个'), '教育；民生\n就业、教育')).toBe(true);
    expect((await bg.service.itemsForReport(URL_SEED))[0].tags).toEqual(['教育', '民生', '就业']);
  });
});
