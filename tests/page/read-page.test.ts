/** The background's reading of a report page ('page/read'): items, identity, headline figures, from one text. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractItems } from '../../lib/extract';
import { MAX_EXTRACT_CHARS } from '../../lib/page/extract-budget';
import { readPage } from '../../lib/page/read-page';

const ANHUI = readFileSync(join(__dirname, '../fixtures/corpus/provincial-2026/anhui.txt'), 'utf8');
const noWait = async () => undefined;

describe('readPage', () => {
  it('reads the items, which report it is and its headline figures from the same text', async () => {
    const reading = await readPage({ text: ANHUI, title: '政府工作报告', url: 'https://www.ah.gov.cn/a.html' }, extractItems, noWait);
    expect(reading.items).toEqual(extractItems(ANHUI));
    expect(reading.report).toEqual({ place: '安徽省', level: 'province', year: 2026, genre: 'government_work_report' });
    const growth = reading.headlines.filter((f) => f.indicator === 'gdp_growth' && !f.words);
    expect(growth.map((f) => f.kind).sort()).toEqual(expect.arrayContaining(['result', 'target']));
    for (const f of reading.headlines) expect(ANHUI.slice(f.selector.position.start, f.selector.position.end)).toBe(f.selector.quote.exact);
  });

  it('the page’s title and address are hints where the text says nothing', async () => {
    const reading = await readPage({ text: '城镇新增就业5万人以上。', title: '2026年芜湖市政府工作报告', url: 'https://www.wuhu.gov.cn/a.html' }, extractItems, noWait);
    expect(reading.report).toMatchObject({ place: '芜湖市', level: 'city', year: 2026, genre: 'government_work_report' });
    expect(reading.headlines.map((f) => f.indicator)).toEqual(['urban_new_jobs']);
  });

  it('a text without line breaks, longer than is read, is read in slices and capped; figures stand where the items do', async () => {
    const flat = ANHUI.replace(/\n/g, '').repeat(Math.ceil((MAX_EXTRACT_CHARS + 50_000) / ANHUI.length));
    const reading = await readPage({ text: flat, title: '', url: 'https://www.ah.gov.cn/b.html' }, extractItems, noWait);
    expect(reading.items.length).toBeGreaterThan(0);
    const last = reading.items.at(-1)!;
    expect(last.end).toBeLessThanOrEqual(MAX_EXTRACT_CHARS);
    for (const f of reading.headlines) expect(flat.slice(f.selector.position.start, f.selector.position.end)).toBe(f.selector.quote.exact);
  }, 30_000);
});
