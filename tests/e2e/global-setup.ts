/**
 * Vitest globalSetup for the e2e project: build the Chrome extension once,
 * so the tests load what `npm run build` ships. Set E2E_SKIP_BUILD=1 to reuse
 * an existing .output/chrome-mv3.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { EXTENSION_DIR, REPO_ROOT } from './harness';

export default function setup(): void {
  if (process.env.E2E_SKIP_BUILD === '1') {
    if (!existsSync(join(EXTENSION_DIR, 'manifest.json'))) {
      throw new Error(`E2E_SKIP_BUILD=1 but there is no build in ${EXTENSION_DIR}`);
    }
    return;
  }
  const wxt = join(REPO_ROOT, 'node_modules', '.bin', 'wxt');
  const result = spawnSync(wxt, ['build', '--browser', 'chrome'], {
    cwd: REPO_ROOT,
    stdio: ['ignore', 'inherit', 'inherit'],
    env: { ...process.env, NODE_ENV: 'production' },
  });
  if (result.error) throw result.error;
  if (result.status !== 0) throw new Error(`wxt build failed with exit code ${result.status}`);
}
