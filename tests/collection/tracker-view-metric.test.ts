/** Following a metric the reader collected: which metrics can make rows, how items pair, the CSV. */
import { describe, expect, it } from 'vitest';
import { collectedMetrics, metricCsv, metricRows } from '../../lib/collection/tracker-view-metric';
import { trackerCsvFileName } from '../../lib/collection/tracker-view';
import { parseCsv } from '../../lib/export/csv';
import type { ItemRecord, ReportIdentity, ReportRecord } from '../../lib/store/records';
import { LEDGER_CSV_HEADER } from '../../lib/tracker';

function report(url: string, identity: Partial<ReportIdentity>): ReportRecord {
  return { id: url, url, title: url, site: 'www.example.gov.cn', firstVisit: 0, lastVisit: 0, identity: { place: '秀洲区', level: 'county', year: 2025, genre: 'government_work_report', ...identity }, identityCorrected: false };
}

let n = 0;
function item(r: ReportRecord, kind: ItemRecord['kind'], metric: string, value: number | null, extra: Partial<ItemRecord> = {}): ItemRecord {
  const start = extra.selector?.position.start ?? n++ * 10;
  return {
    id: `i${n}`, reportId: r.id, kind, metric, value, max: null, unit: '个', cmp: kind === 'target' ? '>=' : '=', indicator: null, direction: null, from: null, period: null,
    strength: null, strengthCue: null, deadline: null, section: '', tags: [], note: '', source: 'auto', status: 'active', parsedByReader: false, createdAt: 0, updatedAt: 0,
    selector: { quote: { exact: `${metric}${value}个`, prefix: '', suffix: '' }, position: { start, end: start + 6 } },
    ...extra,
  };
}

const r2025 = report('https://www.example.gov.cn/2025.html', { year: 2025 });
const r2026 = report('https://www.example.gov.cn/2026.html', { year: 2026 });
const unknown = report('https://www.example.gov.cn/x.html', { place: null });
const reports = new Map([r2025, r2026, unknown].map((r) => [r.id, r]));

describe('a collected metric across years', () => {
  const items = [
    item(r2025, 'target', '新增学位', 18_500),
    item(r2026, 'result', '新增学位', 19_000),
    item(r2026, 'target', '新增学位', 20_000),
    item(r2026, 'target', '新增 学位', 99_999), // later in the text: the first figure wins
    item(r2026, 'result', '新建口袋公园', 50),
    item(r2025, 'target', '新建口袋公园', 60, { period: { kind: 'cumulative', year: null } }),
    item(r2026, 'commitment', '新增学位', null),
    item(unknown, 'target', '新增学位', 1),
    item(r2025, 'result', '新增学位', 2, { status: 'dismissed' }),
  ];

  it('offers the metrics that can make rows, the most collected first', () => {
    expect(collectedMetrics(items, reports)).toEqual([
      { metric: '新增学位', items: 4 },
      { metric: '新建口袋公园', items: 2 },
    ]);
  });

  it('pairs the year’s target with the next report’s result and judges them by the one rule', () => {
    expect(metricRows('新增学位', items, reports).map((r) => [r.place, r.year, r.target?.value ?? null, r.result?.value ?? null, r.status])).toEqual([
      ['秀洲区', 2025, 18_500, 19_000, 'met'],
      ['秀洲区', 2026, 20_000, null, 'pending'],
    ]);
  });

  it('leaves out a figure over many years, and links each side to its report', () => {
    const rows = metricRows('新建口袋公园', items, reports);
    expect(rows.map((r) => [r.year, r.target, r.result?.value, r.status])).toEqual([[2025, null, 50, 'no target']]);
    expect(rows[0]!.result!.file).toBe(r2026.url);
  });

  it.each([
    ['a floor, met above it', { cmp: '>=' }, 20, 21, 'met'],
    ['a floor, missed below it', { cmp: '>=' }, 20, 19, 'missed'],
    ['a ceiling (以内), met below it', { cmp: '<=' }, 20, 19, 'met'],
    ['a fall (下降), about: held as a ceiling', { cmp: '~', direction: 'down' }, 20, 21, 'missed'],
  ] as const)('%s', (_, target, value, result, status) => {
    const pair = [item(r2025, 'target', '污水处理', value, target), item(r2026, 'result', '污水处理', result)];
    expect(metricRows('污水处理', pair, reports)[0]!.status).toBe(status);
  });

  it('writes the ledger’s CSV columns, the metric as the indicator’s name', () => {
    const csv = parseCsv(metricCsv('新增学位', metricRows('新增学位', items, reports)));
    expect(csv[0]).toEqual([...LEDGER_CSV_HEADER]);
    expect(csv[1]!.slice(0, 5)).toEqual(['秀洲区', 'county', '', '新增学位', '2025']);
    expect(csv[1]!.at(-1)).toBe('met');
  });

  it('writes the metric as collected, the same in an English export, with no headline indicator anywhere in a line', () => {
    const [, first, second] = parseCsv(metricCsv('新增学位', metricRows('新增学位', items, reports)));
    expect(first).toEqual([
      '秀洲区', 'county', '', '新增学位', '2025',
      '18500', '', '>=', '个', '', '新增学位18500个', r2025.url, '0', '6',
      '19000', '', "'=", '个', '', '新增学位19000个', r2026.url, '10', '16',
      'met',
    ]);
    expect(second!.slice(0, 5)).toEqual(['秀洲区', 'county', '', '新增学位', '2026']);
    expect([...first!, ...second!].join()).not.toMatch(/gdp|GDP|生产总值/);
  });

  it('names the file after the metric, made safe for any file system', () => {
    expect(trackerCsvFileName('新增 学位/人次', new Date(2026, 0, 2))).toBe('报告标注-追踪-新增_学位_人次-2026-01-02.csv');
  });
});
