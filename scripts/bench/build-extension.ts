/** The browser benchmarks measure the built extension: build it once (BENCH_SKIP_BUILD=1 reuses .output/chrome-mv3). */

import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { REPO_ROOT } from '../../tests/e2e/harness';

let built = false;

export function buildExtensionOnce(): void {
  if (built || process.env.BENCH_SKIP_BUILD === '1') return;
  const run = spawnSync(join(REPO_ROOT, 'node_modules/.bin/wxt'), ['build', '--browser', 'chrome'], {
    cwd: REPO_ROOT,
    encoding: 'utf8',
    env: { ...process.env, NODE_ENV: 'production' },
  });
  if (run.status !== 0) throw new Error(`wxt build failed: ${run.stderr || run.stdout}`);
  built = true;
}
