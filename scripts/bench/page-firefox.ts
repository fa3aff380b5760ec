/**
 * The page annotator's speed on the largest report in Firefox (Debian's Firefox ESR with the
 * built add-on, tests/e2e/firefox/harness.ts): the same page and the same marks as the Chromium
 * benchmark (./page.ts).
 *
 * - document idle (the content script starts: 'report-annotator:start') → every highlight shown
 *   ('report-annotator:highlighted'), median of runs after a first, warming load;
 * - the annotator's longest synchronous step (its User Timing measures report-annotator:*).
 * Firefox has no Long Tasks API ('longtask' entries), so long tasks are not counted here.
 *
 * Builds the Firefox add-on first (BENCH_SKIP_BUILD=1 reuses .output/firefox-mv2).
 *   npx tsx scripts/bench/page-firefox.ts
 */
import { spawnSync } from 'node:child_process';
import { basename, join } from 'node:path';
import { REPO_ROOT, startFixtureServer } from '../../tests/e2e/harness';
import { largestProvincialFile, provincialReportPage, readCorpus } from '../../tests/e2e/fixtures/pages';
import { launchFirefoxWithExtension } from '../../tests/e2e/firefox/harness';

const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const BUDGET_MS = 50;
const HOST = 'www.example.gov.cn';

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const ms = (n: number) => `${n.toFixed(0)} ms`;

let built = false;

function buildFirefoxOnce(): void {
  if (built || process.env.BENCH_SKIP_BUILD === '1') return;
  const run = spawnSync(join(REPO_ROOT, 'node_modules/.bin/wxt'), ['build', '--browser', 'firefox'], {
    cwd: REPO_ROOT,
    encoding: 'utf8',
    env: { ...process.env, NODE_ENV: 'production' },
  });
  if (run.status !== 0) throw new Error(`wxt build --browser firefox failed: ${run.stderr || run.stdout}`);
  built = true;
}

interface Run {
  idleToHighlighted: number;
  longestStep: number;
  longestStepName: string;
  highlights: number;
}

export async function benchFirefoxPage(): Promise<string[]> {
  buildFirefoxOnce();
  const file = largestProvincialFile();
  const chars = readCorpus(file).length;
  const server = await startFixtureServer({ pages: { '/report.html': provincialReportPage(file) }, defaultHost: HOST });
  const firefox = await launchFirefoxWithExtension({ hosts: [HOST] });
  try {
    const version = (await firefox.browser.version()).replace(/^firefox\//, '');
    const runs: Run[] = [];
    for (let i = 0; i < RUNS + 1; i++) {
      const page = await firefox.open(server.url('/report.html'));
      await page.waitForFunction(() => performance.getEntriesByName('report-annotator:highlighted').length > 0, { timeout: 60_000 });
      // Let the last steps finish and be measured.
      await new Promise((r) => setTimeout(r, 500));
      const run: Run = await page.evaluate((names) => {
        const start = performance.getEntriesByName('report-annotator:start')[0]!.startTime;
        const done = performance.getEntriesByName('report-annotator:highlighted')[0]!.startTime;
        const steps = performance.getEntriesByType('measure').filter((m) => m.name.startsWith('report-annotator:'));
        const longest = steps.reduce((a, b) => (b.duration > a.duration ? b : a), steps[0]!);
        return {
          idleToHighlighted: done - start,
          longestStep: longest.duration,
          longestStepName: longest.name.replace('report-annotator:', ''),
          highlights: names.reduce((n, name) => n + (CSS.highlights.get(name)?.size ?? 0), 0),
        };
      }, ['report-annotator-target', 'report-annotator-result', 'report-annotator-commitment']);
      await page.close();
      if (i > 0) runs.push(run); // the first load warms the browser's caches: left out
    }
    const worstStep = runs.reduce((a, b) => (b.longestStep > a.longestStep ? b : a));
    const over = runs.filter((r) => r.longestStep >= BUDGET_MS).length;
    return [
      `page annotator in Firefox · ${basename(file)} as a gov.cn page (${chars.toLocaleString('en-US')} characters, ${runs[0]!.highlights} items highlighted), Firefox ${version}, ${runs.length} loads`,
      `  document idle → all highlights shown: median ${ms(median(runs.map((r) => r.idleToHighlighted)))} (${runs.map((r) => r.idleToHighlighted.toFixed(0)).join(', ')})`,
      `  the annotator's longest synchronous step: median ${ms(median(runs.map((r) => r.longestStep)))}, worst ${ms(worstStep.longestStep)} (${worstStep.longestStepName}); ` +
        `${over} of ${runs.length} loads had a step over the ${BUDGET_MS} ms budget (Firefox reports no long tasks: no Long Tasks API)`,
    ];
  } finally {
    await firefox.close();
    await server.close();
  }
}

// Run directly: npx tsx scripts/bench/page-firefox.ts
if (process.argv[1] && import.meta.url.endsWith(basename(process.argv[1]))) {
  for (const line of await benchFirefoxPage()) console.log(line);
}
