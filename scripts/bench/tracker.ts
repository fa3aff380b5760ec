/**
 * The tracker in `npm run bench`:
 *
 * - the tracker over the corpus's 41 whole reports (national 2015–2025, the 31 provincial reports
 *   of 2026), text → identity → items → judged ledger, in one fresh process (tracker-run.ts):
 *   the first (cold) run and the median of the warm ones, and the ledger alone from the stored
 *   readings, as the extension's tracker view builds it;
 * - the collection page's tracker view in Chromium with 300 reports stored (30 places × the 10
 *   national reports' figures, read once here), imported with one 'backup/import': open → first
 *   paint, → the tracker painted with data (the 'tracker-painted' mark), median of opens;
 * - a headline figure's card asking for its other years ('tracker/history', sent from an extension
 *   page as the card's content script sends it) with 300 and 3,000 reports stored (30 and 300 places
 *   × 10 years): the round trip, median of asks spread over places and indicators.
 */

import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import type { IndicatorId } from '../../lib/extract/indicators';
import { REPO_ROOT, launchWithExtension } from '../../tests/e2e/harness';
import { send } from '../../tests/e2e/fixtures/collection/seed';
import { CORPUS_DIR, readCorpus } from '../../tests/e2e/fixtures/pages';
import { backupOfTracked, readTracked, type TrackedRecord } from '../../tests/e2e/fixtures/tracker-backup';
import { buildExtensionOnce } from './build-extension';

const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const TSX = join(REPO_ROOT, 'node_modules/.bin/tsx');
const DIRS = [join(CORPUS_DIR, 'national'), join(CORPUS_DIR, 'provincial-2026')];
const PLACES = 30;

const availableCores = () => availableParallelism();
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const ms = (s: number) => `${(s * 1000).toFixed(0)} ms`;

export function benchTrackerLedger(): string[] {
  const run = spawnSync(TSX, [join(REPO_ROOT, 'scripts/bench/tracker-run.ts'), ...DIRS, String(RUNS + 1)], { encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`tracker bench process failed: ${run.stderr}`);
  const r = JSON.parse(run.stdout.trim().split('\n').pop()!) as { files: number; chars: number; rows: number; judged: number; seconds: number[]; extractSeconds: number[]; storedSeconds: number[]; maxRssKiB: number };
  const warm = r.seconds.slice(1);
  const warmExtract = r.extractSeconds.slice(1);
  return [
    `tracker · ${r.files} whole reports (${r.chars.toLocaleString('en-US')} characters), identity + extraction + ledger in one process: ${r.rows} rows, ${r.judged} judged met or missed`,
    `  first (cold) run ${ms(r.seconds[0]!)}, median of ${warm.length} warm runs ${ms(median(warm))} (extraction ${ms(median(warmExtract))} of it); the ledger alone from the stored readings ${(median(r.storedSeconds) * 1000).toFixed(1)} ms; peak RSS ${(r.maxRssKiB / 1024).toFixed(0)} MiB; load average ${loadavg()[0]!.toFixed(1)} on ${availableCores()} cores`,
  ];
}

type NationalReading = ReturnType<typeof readTracked> & { year: number };
let nationalReadings: NationalReading[] | undefined;

/** The 10 national reports' readings, read once (the slow part). */
function readNational(): NationalReading[] {
  const dir = join(CORPUS_DIR, 'national');
  const read: NationalReading[] = readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => {
      const year = Number(/(\d{4})/.exec(f)![1]);
      return { year, ...readTracked({ url: `https://www.gov.cn/gongbao/${year}/gwr.html`, title: `${year}年政府工作报告`, text: readCorpus(join(dir, f)) }) };
    });
  nationalReadings = read;
  return read;
}

/** `places` × 10 reports: the national reports' readings under provincial names, each a place with 10 years. */
function fakeStore(places = PLACES): TrackedRecord[] {
  const read = nationalReadings ?? readNational();
  const records: TrackedRecord[] = [];
  for (let p = 0; p < places; p++) {
    const place = `测试${String(p + 1).padStart(places > 99 ? 3 : 2, '0')}省`;
    for (const r of read) {
      records.push({
        url: `https://www.test${p + 1}.gov.cn/gzbg/${r.year}.html`,
        title: `${place}${r.year}年政府工作报告`,
        identity: { ...r.identity, place, level: 'province' },
        figures: r.figures,
      });
    }
  }
  return records;
}

interface PaintTimes {
  fcp: number;
  /** The data read: the first render with it starts (the 'tracker-ledger' measure's start). */
  read: number;
  /** Building the ledger from the stored readings. */
  ledger: number;
  painted: number;
}

async function paintTimes(page: Page): Promise<PaintTimes> {
  await page.waitForFunction(() => performance.getEntriesByName('tracker-painted').length > 0, undefined, { timeout: 60_000 });
  return page.evaluate(() => {
    // The last ledger built before the paint: the one over the data (an earlier one is over nothing).
    const ledger = performance.getEntriesByName('tracker-ledger').at(-1)!;
    return {
      fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN,
      read: ledger.startTime,
      ledger: ledger.duration,
      painted: performance.getEntriesByName('tracker-painted')[0]!.startTime,
    };
  });
}

export async function benchTrackerView(): Promise<string[]> {
  buildExtensionOnce();
  const records = fakeStore();
  const browser = await launchWithExtension({ args: ['--accept-lang=zh-CN'] });
  try {
    const seeder = await browser.openExtensionPage('collection.html');
    const outcome = await send(seeder, 'backup/import', { data: backupOfTracked(records) });
    if (!outcome.ok || outcome.summary.headlines.added !== records.length) throw new Error(`seeding failed: ${JSON.stringify(outcome).slice(0, 300)}`);
    await seeder.close();

    const runs: PaintTimes[] = [];
    let shown = { rows: 0, charts: 0 };
    for (let i = 0; i < RUNS + 1; i++) {
      const page = await browser.context.newPage();
      await page.setViewportSize({ width: 1440, height: 900 });
      await page.goto(browser.extensionUrl('collection.html#tracker'));
      const t = await paintTimes(page);
      shown = { rows: await page.locator('.tracker-table tbody tr').count(), charts: await page.locator('.tracker-chart').count() };
      await page.close();
      if (i > 0) runs.push(t); // the first open warms the extension's caches
    }
    if (!shown.rows) throw new Error('the tracker view showed no rows');
    const at = (pick: (r: PaintTimes) => number) => `${median(runs.map(pick)).toFixed(0)} ms`;
    return [
      `tracker view · ${records.length} reports stored (${PLACES} places × ${records.length / PLACES} years), Chromium ${browser.context.browser()?.version() ?? ''}, median of ${RUNS} opens`,
      `  collection.html#tracker open → first paint ${at((r) => r.fcp)}, → data read ${at((r) => r.read)}, → tracker painted with data ${at((r) => r.painted)} (${shown.charts} charts, ${shown.rows} table rows of GDP growth); of which the ledger from the stored readings ${at((r) => r.ledger)}; load average ${loadavg()[0]!.toFixed(1)}`,
    ];
  } finally {
    await browser.close();
  }
}

declare const chrome: { runtime: { sendMessage(message: unknown): Promise<unknown> } };

const HISTORY_INDICATORS = ['gdp_growth', 'cpi', 'urban_new_jobs', 'surveyed_unemployment'] as const satisfies readonly IndicatorId[];

/** Median round trip of 'tracker/history' over `asks` reports (spread over the places), and the rows the last answer had. */
async function historyTimes(page: Page, reportIds: string[]): Promise<{ times: number[]; rows: number }> {
  return page.evaluate(
    async ([ids, indicators]) => {
      const times: number[] = [];
      let rows = 0;
      for (let i = 0; i < ids.length; i++) {
        const t0 = performance.now();
        const reply = (await chrome.runtime.sendMessage({ type: 'tracker/history', payload: { reportId: ids[i], indicator: indicators[i % indicators.length] } })) as {
          ok: boolean;
          value?: { rows: unknown[] };
          error?: string;
        };
        times.push(performance.now() - t0);
        if (!reply.ok) throw new Error(reply.error);
        rows = reply.value!.rows.length;
      }
      return { times, rows };
    },
    [reportIds, HISTORY_INDICATORS as readonly string[]] as const,
  );
}

/** A card's other years with 300 and 3,000 reports stored: the 'tracker/history' round trip. */
export async function benchCardHistory(): Promise<string[]> {
  buildExtensionOnce();
  const lines: string[] = [];
  for (const places of [PLACES, PLACES * 10]) {
    const records = fakeStore(places);
    const browser = await launchWithExtension({ args: ['--accept-lang=zh-CN'] });
    try {
      const page = await browser.openExtensionPage('collection.html');
      // In parts of 300 reports: one message stays far below the browser's limit.
      for (let i = 0; i < records.length; i += 300) {
        const part = records.slice(i, i + 300);
        const outcome = await send(page, 'backup/import', { data: backupOfTracked(part) });
        if (!outcome.ok || outcome.summary.headlines.added !== part.length) throw new Error(`seeding failed: ${JSON.stringify(outcome).slice(0, 300)}`);
      }
      // Spread over the places: a report of every (places / 20)th place, each year in turn.
      const asks = Array.from({ length: 40 }, (_, i) => records[((i * Math.floor(records.length / 40)) + (i % 10)) % records.length]!.url);
      await historyTimes(page, asks.slice(0, 5)); // warms the worker and the database
      const { times, rows } = await historyTimes(page, asks);
      if (!rows) throw new Error('tracker/history answered no rows');
      const sorted = [...times].sort((a, b) => a - b);
      lines.push(
        `  ${records.length.toLocaleString('en-US')} reports stored: median ${median(times).toFixed(1)} ms, slowest ${sorted.at(-1)!.toFixed(1)} ms (${times.length} asks, ${rows} rows in the last answer); load average ${loadavg()[0]!.toFixed(1)}`,
      );
    } finally {
      await browser.close();
    }
  }
  return [`card history · 'tracker/history' round trip from an extension page, Chromium, ${PLACES} and ${PLACES * 10} places × 10 years`, ...lines];
}

// Run directly: npx tsx scripts/bench/tracker.ts (--history: the card history line only)
if (process.argv[1] && import.meta.url === new URL(`file://${process.argv[1]}`).href) {
  if (!process.argv.includes('--history')) {
    for (const line of benchTrackerLedger()) console.log(line);
    for (const line of await benchTrackerView()) console.log(line);
  }
  for (const line of await benchCardHistory()) console.log(line);
}
