/**
 * What figures mean, over the real reports of the corpus (issue 7): the national GDP growth target
 * and result of each year with its indicator and year, and the share of unusable metrics.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { extractReport } from '../../lib/extract';
import { isUnusableMetric } from '../../lib/extract/metric';
import type { Comparator, ExtractedItem } from '../../lib/extract/types';

const CORPUS = join(__dirname, '../fixtures/corpus');
const read = (path: string) => readFileSync(path, 'utf8').replace(/^\uFEFF/, '');

describe('national reports 2015–2025: GDP growth, target for the year and result of the year before', () => {
  // report year, target: value, max, cmp; result of the year before: value
  test.each<[number, number, number | null, Comparator, number]>([
    [2015, 7, null, '~', 7.4],
    [2016, 6.5, 7, 'range', 6.9],
    [2017, 6.5, null, '~', 6.7],
    [2018, 6.5, null, '~', 6.9],
    [2019, 6, 6.5, 'range', 6.6],
    [2021, 6, null, '>=', 2.3],
    [2022, 5.5, null, '~', 8.1],
    [2023, 5, null, '~', 3],
    [2024, 5, null, '~', 5.2],
    [2025, 5, null, '~', 5],
  ])('%i: target %d (max %s, %s), result %d', (year, value, max, cmp, result) => {
    const file = `national/gwr-${year}.txt`;
    const { report, items } = extractReport(read(join(CORPUS, file)), { url: file });
    expect(report).toMatchObject({ place: '全国', year, genre: 'government_work_report' });
    const growth = items.filter((i) => i.indicator === 'gdp_growth' && i.period?.kind === 'year');
    const targets = growth.filter((i) => i.kind === 'target');
    const results = growth.filter((i) => i.kind === 'result');
    // The year's list of targets opens with it.
    const listed = targets.find((i) => /国内生产总值增长/.test(i.text));
    expect(listed).toMatchObject({ value, max, cmp, unit: '%', direction: 'up', period: { kind: 'year', year } });
    // Every growth figure for one year speaks of this year's plan or last year's outcome, with the same figure.
    for (const t of targets) expect([t.period!.year, t.value, t.max]).toEqual([year, value, max]);
    expect(results.length).toBeGreaterThan(0);
    for (const r of results) expect([r.period!.year, r.value]).toEqual([year - 1, result]);
  });

  test('a figure of a five-year plan carries its indicator but is not a year’s target', () => {
    const { items } = extractReport(read(join(CORPUS, 'passages/gwr-national-2021-14th-fyp-targets.txt')), { title: '2021年政府工作报告' });
    const plan = items.filter((i) => i.kind === 'target' && i.section.includes('十四五'));
    expect(plan.filter((i) => i.indicator).length).toBeGreaterThan(3);
    // Levels due by the plan's last year, changes over its five years: none for 2021 alone.
    for (const i of plan) expect([i.text, i.period]).toEqual([i.text, i.period?.kind === 'by' ? { kind: 'by', year: 2025, stated: true } : { kind: expect.stringMatching(/average|cumulative/), year: null }]);
  });
});

function textFiles(dir: string): string[] {
  return readdirSync(dir).filter((name) => name.endsWith('.txt')).map((name) => join(dir, name));
}

describe('every target and result of the corpus says what it measures', () => {
  const files = ['national', 'provincial-2026', 'passages'].flatMap((dir) => textFiles(join(CORPUS, dir)));
  const figures = files.flatMap((path) =>
    extractReport(read(path), { url: path }).items
      .filter((i) => i.kind !== 'commitment')
      .map((item): [string, ExtractedItem] => [path.slice(CORPUS.length + 1), item]),
  );
  const unusable = figures.filter(([, item]) => isUnusableMetric(item.metric));

  test('the corpus is there', () => {
    expect(files.length).toBeGreaterThanOrEqual(50);
    expect(figures.length).toBeGreaterThan(5000);
  });

  test('fewer than 1% have a metric that is empty, opens with punctuation, holds a figure or is a lone verb', () => {
    const shown = unusable.slice(0, 20).map(([file, item]) => `${file}: ${JSON.stringify(item.metric)} ← ${item.text}`);
    expect(unusable.length / figures.length, shown.join('\n')).toBeLessThan(0.01);
  });

  test('no target or result has an empty metric', () => {
    expect(figures.filter(([, item]) => !item.metric.trim()).map(([file, item]) => `${file}: ${item.text}`)).toEqual([]);
  });
});
