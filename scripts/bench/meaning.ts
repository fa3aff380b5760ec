/**
 * `npm run bench`: what reading meaning costs, in Node, measured and printed (never asserted).
 * - metric: the time spent in MetricReader.read while extracting the 41 whole reports of the corpus
 *   (national 2015–2025, provincial 2026), against the whole extraction; and the share of targets and
 *   results whose metric is unusable (issue 7: empty, punctuation first, another figure, a lone verb)
 *   over every report and passage of the corpus;
 * - tracker: the ledger of those 41 reports, extraction and identity included, and the ledger alone.
 */

import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { extractReport } from '../../lib/extract';
import { MetricReader, isUnusableMetric } from '../../lib/extract/metric';
import { buildLedger, type TrackerReport } from '../../lib/tracker';

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const fmt = (n: number, digits = 0) => n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });
const RUNS = 5;

function texts(root: string, dirs: string[]): { file: string; text: string }[] {
  return dirs.flatMap((dir) =>
    readdirSync(join(root, dir))
      .filter((name) => name.endsWith('.txt'))
      .sort()
      .map((name) => ({ file: `${dir}/${name}`, text: readFileSync(join(root, dir, name), 'utf8').replace(/^\uFEFF/, '') })),
  );
}

/** MetricReader.read with a stopwatch around it, for as long as `run` runs. */
function timeMetricReading<T>(run: () => T): { result: T; metricMs: number } {
  const original = MetricReader.prototype.read;
  let metricMs = 0;
  MetricReader.prototype.read = function timed(this: MetricReader, ...args: Parameters<typeof original>) {
    const t0 = performance.now();
    try {
      return original.apply(this, args);
    } finally {
      metricMs += performance.now() - t0;
    }
  };
  try {
    return { result: run(), metricMs };
  } finally {
    MetricReader.prototype.read = original;
  }
}

export function benchMeaning(root: string): string[] {
  const corpus = join(root, 'tests/fixtures/corpus');
  const whole = texts(corpus, ['national', 'provincial-2026']);
  const chars = whole.reduce((n, r) => n + r.text.length, 0);
  const extractAll = () => whole.map(({ file, text }) => ({ file, text, ...extractReport(text, { url: file }) }));

  extractAll(); // warm-up
  const extraction: number[] = [];
  const metric: number[] = [];
  let figures = 0;
  for (let run = 0; run < RUNS; run++) {
    const t0 = performance.now();
    const { result, metricMs } = timeMetricReading(extractAll);
    extraction.push(performance.now() - t0);
    metric.push(metricMs);
    figures = result.reduce((n, r) => n + r.items.filter((i) => i.kind !== 'commitment').length, 0);
  }

  const all = texts(corpus, ['national', 'provincial-2026', 'passages']);
  let read = 0;
  let unusable = 0;
  for (const { file, text } of all) {
    for (const item of extractReport(text, { url: file }).items) {
      if (item.kind === 'commitment') continue;
      read++;
      if (isUnusableMetric(item.metric)) unusable++;
    }
  }

  const tracked: number[] = [];
  const ledgerOnly: number[] = [];
  let rows = 0;
  for (let run = 0; run < RUNS; run++) {
    const t0 = performance.now();
    const reports: TrackerReport[] = extractAll().map(({ file, text, report, items }) => ({ file, text, identity: report, items }));
    const t1 = performance.now();
    rows = buildLedger(reports).length;
    const t2 = performance.now();
    tracked.push(t2 - t0);
    ledgerOnly.push(t2 - t1);
  }

  const extractionMs = median(extraction);
  const metricMs = median(metric);
  return [
    `metric · ${whole.length} whole reports (national 2015–2025, provincial 2026), ${fmt(chars)} characters, ${fmt(figures)} targets and results`,
    `  metric reading: ${fmt(metricMs, 1)} ms of ${fmt(extractionMs, 1)} ms extraction (${fmt((100 * metricMs) / extractionMs, 1)}%), ${fmt((1000 * metricMs) / figures, 1)} µs a figure; median of ${RUNS}`,
    `  unusable metrics over ${all.length} corpus texts: ${unusable}/${fmt(read)} = ${fmt((100 * unusable) / read, 2)}% (bar: under 1%)`,
    `tracker · the same ${whole.length} reports, ${rows} ledger rows: ${fmt(median(tracked), 1)} ms with extraction and identity, ledger alone ${fmt(median(ledgerOnly), 1)} ms; median of ${RUNS}`,
  ];
}
