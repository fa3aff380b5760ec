/**
 * Vitest globalSetup for the e2e project: find the browsers (one clear line when one is missing:
 * `npm run test:browsers` installs them), then build the extension once for each, so the tests
 * load what `npm run build` and `npm run build:firefox` ship. Set E2E_SKIP_BUILD=1 to reuse
 * .output/chrome-mv3 and .output/firefox-mv2.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { BrowserNotFoundError, requireBrowser } from '../../scripts/test-browsers';
import { FIREFOX_EXTENSION_DIR } from './firefox/harness';
import { EXTENSION_DIR, REPO_ROOT } from './harness';

const BUILDS = [
  { browser: 'chrome', dir: EXTENSION_DIR },
  { browser: 'firefox', dir: FIREFOX_EXTENSION_DIR },
] as const;

export default function setup(): void {
  try {
    requireBrowser('chromium');
    requireBrowser('firefox');
  } catch (error) {
    // One line, not a stack: what is missing and how to get it.
    if (error instanceof BrowserNotFoundError) error.stack = error.message;
    throw error;
  }
  for (const { browser, dir } of BUILDS) {
    if (process.env.E2E_SKIP_BUILD === '1') {
      if (!existsSync(join(dir, 'manifest.json'))) throw new Error(`E2E_SKIP_BUILD=1 but there is no build in ${dir}`);
      continue;
    }
    const wxt = join(REPO_ROOT, 'node_modules', '.bin', 'wxt');
    const result = spawnSync(wxt, ['build', '--browser', browser], {
      cwd: REPO_ROOT,
      stdio: ['ignore', 'inherit', 'inherit'],
      env: { ...process.env, NODE_ENV: 'production' },
    });
    if (result.error) throw result.error;
    if (result.status !== 0) throw new Error(`wxt build --browser ${browser} failed with exit code ${result.status}`);
  }
}
