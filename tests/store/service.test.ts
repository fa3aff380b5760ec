import { beforeEach, describe, expect, it, test } from 'vitest';
import { AnnotatorService, compareNewestFirst, matchesFilter, type ItemFilter } from '../../lib/store/service';
import type { AnnotatorDB } from '../../lib/store/schema';
import { defaultTagColour, draftFromExtracted, parsedFieldsOf, reportIdFor, selectorFor, type ItemRecord } from '../../lib/store/records';
import type { ExtractedItem } from '../../lib/extract/types';
import { D_GDP, D_GRAIN, D_JOBS, D_TASK, TEXT, URL_A, URL_B, draftOf, setup } from './helpers';

let db: AnnotatorDB;
let service: AnnotatorService;

beforeEach(() => {
  ({ db, service } = setup());
});

describe('reports', () => {
  it('creates a report on first visit and bumps lastVisit / title after', async () => {
    const first = await service.upsertReport({ url: `${URL_A}#section-2`, title: '  政府工作报告  ' });
    expect(first).toEqual({
      id: URL_A,
      url: URL_A,
      title: '政府工作报告',
      site: 'www.gov.cn',
      firstVisit: first.firstVisit,
      lastVisit: first.firstVisit,
      // No text read yet: what the title and the address tell.
      identity: { place: '全国', level: 'national', year: null, genre: 'government_work_report' },
      identityCorrected: false,
    });
    const second = await service.upsertReport({ url: URL_A, title: '' });
    expect(second.firstVisit).toBe(first.firstVisit);
    expect(second.lastVisit).toBeGreaterThan(first.lastVisit);
    expect(second.title).toBe('政府工作报告'); // an empty title does not erase the known one
    expect(await db.reports.count()).toBe(1);
  });

  test.each([
    ['https://www.gov.cn/a.htm#x', 'https://www.gov.cn/a.htm'],
    ['https://WWW.GOV.CN/a.htm?id=3#x', 'https://www.gov.cn/a.htm?id=3'],
    ['https://www.gov.cn', 'https://www.gov.cn/'],
  ])('reportIdFor(%s) = %s', (url, id) => {
    expect(reportIdFor(url)).toBe(id);
  });

  test.each([
    ['not a url', /url 无效：not a url \/ invalid url: not a url/],
    ['javascript:alert(1)', /不是 http、https 或 file 地址：javascript:alert\(1\) \/ not an http, https or file address/],
    ['data:text/html,x', /not an http, https or file address: data:text\/html,x/],
    ['chrome-extension://abc/popup.html', /not an http, https or file address/],
  ])('refuses %s (a backup could not hold it)', async (url, message) => {
    await expect(service.upsertReport({ url, title: '' })).rejects.toThrow(message);
    expect(await db.reports.count()).toBe(0);
  });

  const ANHUI_2026 = { place: '安徽省', level: 'province', year: 2026, genre: 'government_work_report' } as const;
  const ANHUI_2025 = { ...ANHUI_2026, year: 2025 } as const;

  it('stores the identity read at each visit, until the reader corrects it; then visits leave it alone', async () => {
    expect((await service.upsertReport({ url: URL_A, title: 'A', identity: ANHUI_2025 })).identity).toEqual(ANHUI_2025);
    expect((await service.upsertReport({ url: URL_A, title: 'A', identity: ANHUI_2026 })).identity).toEqual(ANHUI_2026);
    // A visit without an identity (the text not read) keeps the one stored.
    expect((await service.upsertReport({ url: URL_A, title: 'A' })).identity).toEqual(ANHUI_2026);

    const corrected = { place: '合肥市', level: 'city', year: 2026, genre: 'government_work_report' } as const;
    expect(await service.setReportIdentity(URL_A, corrected)).toMatchObject({ identity: corrected, identityCorrected: true });
    const visited = await service.upsertReport({ url: URL_A, title: '新标题', identity: ANHUI_2025 });
    expect(visited).toMatchObject({ title: '新标题', identity: corrected, identityCorrected: true });

    // Given back to the text: the title and address tell it until the next visit reads the text.
    expect(await service.setReportIdentity(URL_A, null)).toMatchObject({ identityCorrected: false, identity: { place: '全国', genre: 'other' } });
    expect((await service.upsertReport({ url: URL_A, title: 'A', identity: ANHUI_2025 })).identity).toEqual(ANHUI_2025);
  });

  test.each([
    [{ ...ANHUI_2026, year: 26 }, /year 26 不是 1900–2199 之间的年份/],
    [{ ...ANHUI_2026, genre: 'novel' }, /identity\.genre 的值 "novel" 无效/],
    [{ ...ANHUI_2026, level: 'village' }, /identity\.level 的值 "village" 无效/],
    [{ ...ANHUI_2026, place: '省'.repeat(101) }, /identity\.place 过长/],
    ['安徽', /identity 不是对象/],
  ])('refuses a correction %j, changing nothing', async (identity, message) => {
    await service.upsertReport({ url: URL_A, title: 'A', identity: ANHUI_2025 });
    await expect(service.setReportIdentity(URL_A, identity as never)).rejects.toThrow(message);
    await expect(service.upsertReport({ url: URL_A, title: 'A', identity: identity as never })).rejects.toThrow(message);
    expect(await db.reports.get(URL_A)).toMatchObject({ identity: ANHUI_2025, identityCorrected: false });
  });

  it('a place written with spaces around it is trimmed, an empty one is unknown', async () => {
    await service.upsertReport({ url: URL_A, title: 'A' });
    expect((await service.setReportIdentity(URL_A, { ...ANHUI_2026, place: '  芜湖市 ' })).identity.place).toBe('芜湖市');
    expect((await service.setReportIdentity(URL_A, { ...ANHUI_2026, place: '  ' })).identity.place).toBeNull();
  });

  it('a correction of a report not stored is refused', async () => {
    await expect(service.setReportIdentity(URL_B, ANHUI_2026)).rejects.toThrow(/no such report/);
  });

  it('takes a local file', async () => {
    expect((await service.upsertReport({ url: 'file:///C:/reports/a.html#x', title: '' })).id).toBe('file:///C:/reports/a.html');
  });
});

describe('what an item measures: the extractor’s new reading, the reader’s correction', () => {
  beforeEach(async () => {
    await service.upsertReport({ url: URL_A, title: 'A' });
    await service.upsertReport({ url: URL_B, title: 'B' });
  });
  const reread = {
    ...parsedFieldsOf({ max: null, strength: null, deadline: null, section: '', ...D_GDP(), metric: '国内生产总值增长' } as never),
    indicator: 'gdp_growth',
    direction: 'up',
    period: { kind: 'year', year: 2025 },
  } as const;

  it('reparseItems gives auto items the new reading, never blanking a metric, and leaves others alone', async () => {
    const [auto, manual] = [(await service.saveItems(URL_A, [D_GDP()])).added[0]!, await service.addManualItem(URL_A, D_JOBS())];
    const other = (await service.saveItems(URL_B, [D_GDP()])).added[0]!;
    const changed = await service.reparseItems(URL_A, [auto, manual, other].map((i) => ({ id: i.id, fields: reread })));
    expect(changed.map((i) => i.id)).toEqual([auto.id]);
    expect(await service.getItem(auto.id)).toMatchObject({ metric: '国内生产总值增长', indicator: 'gdp_growth', period: { kind: 'year', year: 2025 }, tags: [] });
    expect((await service.getItem(auto.id))!.updatedAt).toBeGreaterThan(auto.updatedAt);
    expect(await service.getItem(manual.id)).toEqual(manual);
    expect(await service.getItem(other.id)).toEqual(other);

    expect(await service.reparseItems(URL_A, [{ id: auto.id, fields: { ...reread, metric: '', indicator: null } }])).toMatchObject([
      { metric: '国内生产总值增长', indicator: null },
    ]);
    // The same reading again changes nothing.
    expect(await service.reparseItems(URL_A, [{ id: auto.id, fields: { ...reread, indicator: null } }])).toEqual([]);
  });

  it('a reading that breaks the record’s limits is refused whole', async () => {
    const auto = (await service.saveItems(URL_A, [D_GDP()])).added[0]!;
    await expect(service.reparseItems(URL_A, [{ id: auto.id, fields: { ...reread, indicator: 'happiness' as never } }])).rejects.toThrow(/indicator 的值 "happiness" 无效/);
    expect(await service.getItem(auto.id)).toEqual(auto);
  });

  it('the reader’s metric or indicator is a correction: later readings leave the item alone', async () => {
    const auto = (await service.saveItems(URL_A, [D_GDP()])).added[0]!;
    expect(await service.updateItem(auto.id, { metric: '  经济增速  ', indicator: 'gdp_growth' })).toMatchObject({ metric: '经济增速', indicator: 'gdp_growth', parsedByReader: true });
    expect(await service.reparseItems(URL_A, [{ id: auto.id, fields: reread }])).toEqual([]);
    await expect(service.updateItem(auto.id, { indicator: 'happiness' as never })).rejects.toThrow(/invalid indicator: happiness/);
    // Tags and notes are no correction of the meaning.
    const other = (await service.saveItems(URL_A, [D_JOBS()])).added[0]!;
    expect(await service.updateItem(other.id, { tags: ['就业'], note: '看看' })).toMatchObject({ parsedByReader: false });
  });
});

describe('saveItems', () => {
  beforeEach(async () => {
    await service.upsertReport({ url: URL_A, title: 'A' });
  });

  it('stores auto items with defaults and returns them in page order', async () => {
    const { added, items } = await service.saveItems(URL_A, [D_TASK(), D_GDP()]);
    expect(added).toHaveLength(2);
    expect(items.map((i) => i.selector.quote.exact)).toEqual(['国内生产总值增长5%左右', '确保完成全年目标任务']);
    const gdp = items[0]!;
    expect(gdp).toMatchObject({
      reportId: URL_A,
      kind: 'target',
      metric: '国内生产总值',
      value: 5,
      max: null,
      unit: '%',
      cmp: '~',
      strength: null,
      deadline: '2025年',
      section: '',
      tags: [],
      note: '',
      source: 'auto',
      status: 'active',
    });
    expect(gdp.createdAt).toBe(gdp.updatedAt);
    expect(gdp.selector.quote.prefix).toBe('2025年主要预期目标是：');
  });

  it('is idempotent: the same quote+position is never stored twice', async () => {
    const first = await service.saveItems(URL_A, [D_GDP(), D_JOBS(), D_GRAIN()]);
    const again = await service.saveItems(URL_A, [D_GDP(), D_JOBS(), D_GRAIN(), D_GDP()]);
    expect(first.added).toHaveLength(3);
    expect(again.added).toHaveLength(0);
    expect(again.items.map((i) => i.id)).toEqual(first.items.map((i) => i.id));
    expect(await db.items.count()).toBe(3);
  });

  it('drops duplicates within one batch', async () => {
    const { added } = await service.saveItems(URL_A, [D_GDP(), D_GDP(), D_GDP()]);
    expect(added).toHaveLength(1);
  });

  it('keeps the same quote at two different places as two items', async () => {
    const text = '新增就业1200万人。另起一段，再说：新增就业1200万人。';
    const q = '新增就业1200万人';
    const a = { kind: 'result' as const, selector: selectorFor(text, text.indexOf(q), text.indexOf(q) + q.length) };
    const b = { kind: 'result' as const, selector: selectorFor(text, text.lastIndexOf(q), text.lastIndexOf(q) + q.length) };
    expect((await service.saveItems(URL_A, [a, b])).added).toHaveLength(2);
    expect((await service.saveItems(URL_A, [a, b])).added).toHaveLength(0);
  });

  it('recognises an item whose text moved (same quote, same context on one side) and updates its position', async () => {
    const [gdp] = (await service.saveItems(URL_A, [D_GDP()])).added;
    const shifted = '【新增导语】' + TEXT;
    const moved = draftOf('国内生产总值增长5%左右', 'target', {}, shifted);
    const { added, updated, items } = await service.saveItems(URL_A, [moved]);
    expect(added).toHaveLength(0);
    expect(updated.map((i) => i.id)).toEqual([gdp!.id]);
    expect(items).toHaveLength(1);
    expect(items[0]!.id).toBe(gdp!.id);
    expect(items[0]!.selector.position.start).toBe(gdp!.selector.position.start + '【新增导语】'.length);
  });

  it('keeps repeated identical passages apart when the page shifts', async () => {
    const text = '甲：新增就业1200万人。乙：新增就业1200万人。';
    const q = '新增就业1200万人';
    const at = (t: string, from: number) => {
      const s = t.indexOf(q, from);
      return { kind: 'result' as const, selector: selectorFor(t, s, s + q.length) };
    };
    const first = await service.saveItems(URL_A, [at(text, 0), at(text, 5)]);
    const ids = first.items.map((i) => i.id);
    const shifted = '序言。' + text;
    const again = await service.saveItems(URL_A, [at(shifted, 0), at(shifted, 8)]);
    expect(again.added).toHaveLength(0);
    expect(again.items.map((i) => [i.id, i.selector.position.start])).toEqual([
      [ids[0], first.items[0]!.selector.position.start + 3],
      [ids[1], first.items[1]!.selector.position.start + 3],
    ]);
  });

  it('revives an orphaned item that is found again, but leaves a dismissed one dismissed', async () => {
    const { added } = await service.saveItems(URL_A, [D_GDP(), D_JOBS()]);
    await service.updateItem(added[0]!.id, { status: 'orphaned' });
    await service.updateItem(added[1]!.id, { status: 'dismissed' });
    const { items, updated } = await service.saveItems(URL_A, [D_GDP(), D_JOBS()]);
    expect(items.map((i) => i.status)).toEqual(['active', 'dismissed']);
    expect(updated.map((i) => i.id)).toEqual([added[0]!.id]);
  });

  it('does not duplicate a manual item at the same place', async () => {
    await service.addManualItem(URL_A, D_GDP());
    const { added, items } = await service.saveItems(URL_A, [D_GDP()]);
    expect(added).toHaveLength(0);
    expect(items.map((i) => i.source)).toEqual(['manual']);
  });

  it('creates the tags that drafts carry', async () => {
    await service.saveItems(URL_A, [{ ...D_GDP(), tags: ['经济', ' 经济 ', '重点'] }]);
    expect((await db.items.toArray())[0]!.tags).toEqual(['经济', '重点']);
    expect(await db.tags.orderBy('name').toArray()).toEqual([
      { name: '经济', colour: defaultTagColour('经济') },
      { name: '重点', colour: defaultTagColour('重点') },
    ]);
  });

  it('refuses items for an unknown report', async () => {
    await expect(service.saveItems(URL_B, [D_GDP()])).rejects.toThrow(/报告不存在.*no such report/);
    expect(await db.items.count()).toBe(0);
  });

  test.each([
    ['bad kind', { kind: 'goal' }, /第 2 条 item：kind 的值 "goal" 无效.* \/ kind has invalid value "goal"/],
    ['value not a number', { value: '5%' }, /第 2 条 item：value 不是数字或 null \/ value is not a number or null/],
    ['empty quote', { selector: { quote: { exact: '', prefix: '', suffix: '' }, position: { start: 0, end: 0 } } }, /selector\.quote\.exact 为空/],
    ['over-long note', { note: 'x'.repeat(10_001) }, /note 过长（10001 个字符，上限 10000）/],
    ['end before start', { selector: { quote: { exact: 'a', prefix: '', suffix: '' }, position: { start: 5, end: 2 } } }, /end is before start/],
  ])('refuses a bad draft (%s), storing nothing', async (_name, bad, message) => {
    await expect(service.saveItems(URL_A, [D_GDP(), { ...D_JOBS(), ...(bad as object) }])).rejects.toThrow(message);
    expect(await db.items.count()).toBe(0);
  });

  it('builds drafts from extractor output', () => {
    const start = TEXT.indexOf('粮食产量');
    const ex: ExtractedItem = {
      start,
      end: start + '粮食产量1.4万亿斤'.length,
      kind: 'result',
      text: '粮食产量1.4万亿斤',
      metric: '粮食产量',
      value: 1.4e12,
      max: null,
      unit: '斤',
      cmp: '=',
      strength: null,
      strengthCue: null,
      deadline: null,
      section: '一、过去一年工作回顾',
      indicator: 'grain_output',
      direction: null,
      from: null,
      period: null,
    };
    const d = draftFromExtracted(ex, TEXT);
    expect(d.selector.quote.exact).toBe('粮食产量1.4万亿斤');
    expect(d.selector.position).toEqual({ start: ex.start, end: ex.end });
    expect(d.selector.quote.prefix.endsWith('过去一年，')).toBe(true);
    expect(d).toMatchObject({ kind: 'result', metric: '粮食产量', value: 1.4e12, section: '一、过去一年工作回顾' });
  });

  it('never splits a surrogate pair in the context', () => {
    const text = '😀😀目标5%😀😀';
    const s = selectorFor(text, 4, 8, 1);
    expect(s.quote).toEqual({ exact: '目标5%', prefix: '', suffix: '' });
    expect(selectorFor(text, 4, 8, 2).quote).toEqual({ exact: '目标5%', prefix: '😀', suffix: '😀' });
  });
});

describe('editing', () => {
  let items: ItemRecord[];
  beforeEach(async () => {
    await service.upsertReport({ url: URL_A, title: 'A' });
    items = (await service.saveItems(URL_A, [D_GDP(), D_JOBS(), D_GRAIN(), D_TASK()])).items;
  });

  it('adds manual items', async () => {
    const m = await service.addManualItem(URL_A, { ...draftOf('城镇调查失业率5.5%左右'), note: '手动' });
    expect(m).toMatchObject({ source: 'manual', status: 'active', note: '手动', kind: 'target' });
    expect(await service.getItem(m.id)).toEqual(m);
  });

  it('updates tags, note, kind and status only', async () => {
    const id = items[0]!.id;
    const before = (await service.getItem(id))!;
    const patch = { tags: ['重点', '', '重点', ' 经济'], note: '见附表', kind: 'result', status: 'dismissed', reportId: 'evil', value: 99 };
    const after = await service.updateItem(id, patch as never);
    expect(after).toEqual({
      ...before,
      tags: ['重点', '经济'],
      note: '见附表',
      kind: 'result',
      status: 'dismissed',
      updatedAt: after.updatedAt,
    });
    expect(after.updatedAt).toBeGreaterThan(before.updatedAt);
    expect(await service.getItem(id)).toEqual(after);
    expect((await db.tags.toArray()).map((t) => t.name).sort()).toEqual(['经济', '重点']);
  });

  test.each([
    [{ kind: 'wish' }, /kind 的值 "wish" 无效/],
    [{ status: 'gone' }, /status 的值 "gone" 无效/],
    [{ tags: 'x' }, /tags 不是数组 \/ tags is not an array/],
    [{ tags: Array.from({ length: 101 }, (_, i) => `t${i}`) }, /tags 过多（101 个，上限 100）/],
    [{ note: 5 }, /note 不是字符串/],
  ])('refuses a bad patch %j', async (patch, message) => {
    const before = await db.items.toArray();
    await expect(service.updateItem(items[0]!.id, patch as never)).rejects.toThrow(message);
    expect(await db.items.toArray()).toEqual(before);
  });

  it('refuses to update a missing item', async () => {
    await expect(service.updateItem('nope', { note: 'x' })).rejects.toThrow('找不到条目 nope / item nope not found');
  });

  it('deletes items, returning them, and restores them exactly (undo)', async () => {
    await service.updateItem(items[1]!.id, { tags: ['就业'], note: '注' });
    const snapshot = await db.items.orderBy('id').toArray();
    const deleted = await service.deleteItems([items[1]!.id, items[2]!.id, 'missing']);
    expect(deleted.map((i) => i.id)).toEqual([items[1]!.id, items[2]!.id]);
    expect(await db.items.count()).toBe(2);
    await db.tags.clear(); // tags of restored items come back too
    expect(await service.restoreItems(deleted)).toBe(2);
    expect(await db.items.orderBy('id').toArray()).toEqual(snapshot);
    expect((await db.tags.toArray()).map((t) => t.name)).toEqual(['就业']);
  });

  it('refuses to restore into a report that no longer exists, or a malformed record', async () => {
    const deleted = await service.deleteItems([items[0]!.id]);
    await expect(service.restoreItems([{ ...deleted[0]!, reportId: URL_B }])).rejects.toThrow(/no such report/);
    await expect(service.restoreItems([{ ...deleted[0]!, value: 'x' as never }])).rejects.toThrow(
      '第 1 条 item：value 不是数字或 null / value is not a number or null',
    );
    expect(await db.items.count()).toBe(3);
  });

  it('bulk-tags and untags', async () => {
    const ids = [items[0]!.id, items[1]!.id, 'missing'];
    const tagged = await service.bulkTag(ids, ' 经济 ');
    expect(tagged.map((i) => i.tags)).toEqual([['经济'], ['经济']]);
    await service.bulkTag(ids, '经济'); // no duplicates
    expect((await service.getItem(items[0]!.id))!.tags).toEqual(['经济']);
    expect(await db.tags.get('经济')).toBeTruthy();
    await service.bulkUntag([items[0]!.id], '经济');
    expect((await service.getItem(items[0]!.id))!.tags).toEqual([]);
    await expect(service.bulkTag(ids, '  ')).rejects.toThrow(/标签为空/);
  });

  it('sets status in bulk', async () => {
    const out = await service.setStatus([items[0]!.id, items[3]!.id], 'orphaned');
    expect(out.map((i) => i.status)).toEqual(['orphaned', 'orphaned']);
    expect(await db.items.where('status').equals('orphaned').count()).toBe(2);
  });

  it('lists tags with counts, sets colours, renames and deletes tags', async () => {
    await service.bulkTag([items[0]!.id, items[1]!.id], '经济');
    await service.bulkTag([items[1]!.id], '就业');
    await service.setTagColour('空标签', '#123456');
    expect(await service.listTags()).toEqual([
      { name: '经济', colour: defaultTagColour('经济'), count: 2 },
      { name: '就业', colour: defaultTagColour('就业'), count: 1 },
      { name: '空标签', colour: '#123456', count: 0 },
    ]);
    expect(await service.setTagColour('经济', '#ABCDEF')).toEqual({ name: '经济', colour: '#ABCDEF' });
    await expect(service.setTagColour('经济', 'red; background:url(x)')).rejects.toThrow(/颜色无效/);

    expect(await service.renameTag('经济', '就业')).toBe(2); // merges into the existing tag
    expect((await service.getItem(items[1]!.id))!.tags).toEqual(['就业']);
    expect((await service.listTags()).map((t) => [t.name, t.count])).toEqual([
      ['就业', 2],
      ['空标签', 0],
    ]);
    expect(await service.deleteTag('就业')).toBe(2);
    expect(await db.items.where('tags').equals('就业').count()).toBe(0);
    expect((await service.listTags()).map((t) => t.name)).toEqual(['空标签']);
  });

  it('clears everything', async () => {
    await service.bulkTag([items[0]!.id], '经济');
    await service.clearAll();
    expect([await db.reports.count(), await db.items.count(), await db.tags.count()]).toEqual([0, 0, 0]);
  });
});

describe('matchesFilter (the filter the popup and collection page apply)', () => {
  const byQuote: Record<string, string> = {};
  beforeEach(async () => {
    await service.upsertReport({ url: URL_A, title: 'A' });
    await service.upsertReport({ url: URL_B, title: 'B' });
    const a = await service.saveItems(URL_A, [D_GDP(), D_JOBS(), D_GRAIN(), D_TASK()]);
    const b = await service.saveItems(URL_B, [D_JOBS()]);
    for (const i of [...a.items, ...b.items]) byQuote[`${i.reportId === URL_A ? 'A' : 'B'}:${i.selector.quote.exact}`] = i.id;
    const id = (k: string) => byQuote[k]!;
    await service.updateItem(id('A:国内生产总值增长5%左右'), { tags: ['经济', '重点'], note: 'GDP 预期 About Growth' });
    await service.updateItem(id('A:城镇新增就业1200万人以上'), { tags: ['就业', '重点'] });
    await service.updateItem(id('B:城镇新增就业1200万人以上'), { tags: ['就业'], status: 'dismissed' });
    await service.updateItem(id('A:确保完成全年目标任务'), { status: 'orphaned' });
  });

  const label = (i: ItemRecord) => `${i.reportId === URL_A ? 'A' : 'B'}:${i.selector.quote.exact}`;

  // Items of a batch share createdAt; newest first = report B's batch, then A's in page order.
  test.each<[string, ItemFilter, string[]]>([
    ['everything, newest first', {}, [
      'B:城镇新增就业1200万人以上',
      'A:国内生产总值增长5%左右',
      'A:城镇新增就业1200万人以上',
      'A:粮食产量1.4万亿斤',
      'A:确保完成全年目标任务',
    ]],
    ['one report', { reportId: URL_B }, ['B:城镇新增就业1200万人以上']],
    ['one tag', { tags: ['重点'] }, ['A:国内生产总值增长5%左右', 'A:城镇新增就业1200万人以上']],
    ['all of two tags', { tags: ['重点', '就业'] }, ['A:城镇新增就业1200万人以上']],
    ['any of two tags', { tags: ['经济', '就业'], tagMatch: 'any' }, [
      'B:城镇新增就业1200万人以上',
      'A:国内生产总值增长5%左右',
      'A:城镇新增就业1200万人以上',
    ]],
    ['a tag nobody uses', { tags: ['无'] }, []],
    ['kinds', { kinds: ['result', 'commitment'] }, ['A:粮食产量1.4万亿斤', 'A:确保完成全年目标任务']],
    ['text in the quote', { text: '就业' }, ['B:城镇新增就业1200万人以上', 'A:城镇新增就业1200万人以上']],
    ['text in the metric', { text: '粮食' }, ['A:粮食产量1.4万亿斤']],
    ['text in the note, case-insensitive', { text: 'about growth' }, ['A:国内生产总值增长5%左右']],
    ['several terms must all match', { text: 'gdp 5%' }, ['A:国内生产总值增长5%左右']],
    ['text that matches nothing', { text: '教育' }, []],
    ['one status', { status: 'dismissed' }, ['B:城镇新增就业1200万人以上']],
    ['several statuses', { status: ['active', 'orphaned'] }, [
      'A:国内生产总值增长5%左右',
      'A:城镇新增就业1200万人以上',
      'A:粮食产量1.4万亿斤',
      'A:确保完成全年目标任务',
    ]],
    ['report + status', { reportId: URL_A, status: 'orphaned' }, ['A:确保完成全年目标任务']],
    ['tag + kind + report', { reportId: URL_A, tags: ['就业'], kinds: ['target'] }, ['A:城镇新增就业1200万人以上']],
    ['tag + status', { tags: ['就业'], status: 'active' }, ['A:城镇新增就业1200万人以上']],
    ['empty lists mean no filter', { tags: [], kinds: [], text: '  ' }, [
      'B:城镇新增就业1200万人以上',
      'A:国内生产总值增长5%左右',
      'A:城镇新增就业1200万人以上',
      'A:粮食产量1.4万亿斤',
      'A:确保完成全年目标任务',
    ]],
  ])('%s', async (_name, filter, expected) => {
    const all = (await db.items.toArray()).sort(compareNewestFirst);
    expect(all.filter((i) => matchesFilter(i, filter)).map(label)).toEqual(expected);
  });

  it('itemsForReport gives every status, in page order', async () => {
    const items = await service.itemsForReport(URL_A);
    expect(items.map((i) => i.status)).toEqual(['active', 'active', 'active', 'orphaned']);
    expect(items.map((i) => i.selector.position.start)).toEqual(
      [...items.map((i) => i.selector.position.start)].sort((a, b) => a - b),
    );
  });
});
