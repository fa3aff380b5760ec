/**
 * The browsers the browser tests drive, found where a machine usually has them, and installed from
 * Debian when missing (`npm run test:browsers`, run by `npm run test:e2e` before the tests).
 *
 * - Chromium: $CHROMIUM_PATH, else chromium, chromium-browser, google-chrome on the PATH or in /usr/bin;
 * - Firefox: $FIREFOX_PATH, else firefox-esr, firefox on the PATH or in /usr/bin;
 * - a CJK font, so that the report pages render their text (fontconfig knows one for :lang=zh).
 *
 * What is missing is installed with apt-get (Debian's chromium, firefox-esr, fonts-wqy-microhei), as
 * root or through `sudo -n`; where that cannot be done, it stops with one line naming what to install.
 * tests/e2e/harness.ts and tests/e2e/firefox/harness.ts use the same lookup.
 */

import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { accessSync, constants, statSync } from 'node:fs';
import { delimiter, join } from 'node:path';

export type TestBrowser = 'chromium' | 'firefox';

interface BrowserSpec {
  label: string;
  env: string;
  names: readonly string[];
  /** The Debian package that provides it. */
  debianPackage: string;
}

export const BROWSERS: Record<TestBrowser, BrowserSpec> = {
  chromium: { label: 'Chromium', env: 'CHROMIUM_PATH', names: ['chromium', 'chromium-browser', 'google-chrome'], debianPackage: 'chromium' },
  firefox: { label: 'Firefox', env: 'FIREFOX_PATH', names: ['firefox-esr', 'firefox'], debianPackage: 'firefox-esr' },
};

export const FONT_PACKAGE = 'fonts-wqy-microhei';

export function isExecutableFile(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

export class BrowserNotFoundError extends Error {}

/**
 * The executable of `browser`: the path its variable names (which must be there), else the first
 * of its usual names found on the PATH, then in /usr/bin; null when there is none.
 */
export function findBrowser(
  browser: TestBrowser,
  env: NodeJS.ProcessEnv = process.env,
  isExecutable: (path: string) => boolean = isExecutableFile,
): string | null {
  const spec = BROWSERS[browser];
  const chosen = env[spec.env];
  if (chosen) {
    if (!isExecutable(chosen)) throw new BrowserNotFoundError(`${spec.env}=${chosen} is not an executable file.`);
    return chosen;
  }
  const dirs = [...(env.PATH ?? '').split(delimiter).filter(Boolean), '/usr/bin'];
  for (const name of spec.names) {
    for (const dir of dirs) {
      const path = join(dir, name);
      if (isExecutable(path)) return path;
    }
  }
  return null;
}

/** `findBrowser`, or an error telling what to install. */
export function requireBrowser(browser: TestBrowser, env: NodeJS.ProcessEnv = process.env): string {
  const path = findBrowser(browser, env);
  if (path) return path;
  const spec = BROWSERS[browser];
  throw new BrowserNotFoundError(
    `No ${spec.label} for the browser tests (${spec.env}, or ${spec.names.join(', ')} on the PATH or in /usr/bin): ` +
      `run \`npm run test:browsers\`, which installs ${spec.debianPackage} from Debian.`,
  );
}

type Run = (command: string, args: string[]) => Pick<SpawnSyncReturns<string>, 'status' | 'stdout' | 'error'>;

const runQuietly: Run = (command, args) => spawnSync(command, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });

/** Whether fontconfig knows a font for Chinese (false where there is no fontconfig either). */
export function hasCjkFont(run: Run = runQuietly): boolean {
  const fonts = run('fc-list', [':lang=zh', 'family']);
  return fonts.status === 0 && fonts.stdout.trim() !== '';
}

/** The Debian packages that would give this machine what the browser tests need. */
export function missingPackages(
  env: NodeJS.ProcessEnv = process.env,
  find: typeof findBrowser = findBrowser,
  cjkFont: () => boolean = hasCjkFont,
): string[] {
  const missing: string[] = [];
  for (const browser of Object.keys(BROWSERS) as TestBrowser[]) {
    if (!find(browser, env)) missing.push(BROWSERS[browser].debianPackage);
  }
  if (!cjkFont()) missing.push(FONT_PACKAGE);
  return missing;
}

/** How to run apt-get here: directly as root, through sudo when it needs no password, or not at all. */
export function aptPrefix(uid: number | undefined = process.getuid?.(), run: Run = runQuietly): string[] | null {
  if (run('apt-get', ['--version']).status !== 0) return null;
  if (uid === 0) return [];
  return run('sudo', ['-n', 'true']).status === 0 ? ['sudo', '-n'] : null;
}

function aptGet(prefix: string[], args: string[]): boolean {
  const [command, ...rest] = [...prefix, 'apt-get', ...args];
  const result = spawnSync(command!, rest, {
    stdio: ['ignore', 'inherit', 'inherit'],
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
  return result.status === 0;
}

/**
 * Make sure the browsers and the font are there, installing the missing ones from Debian.
 * Returns what it found; throws one line naming the packages when it cannot.
 */
export function setUpTestBrowsers(log: (line: string) => void = console.log): Record<TestBrowser, string> {
  const missing = missingPackages();
  if (missing.length) {
    const prefix = aptPrefix();
    if (!prefix) throw new BrowserNotFoundError(`The browser tests need ${missing.join(', ')}: ${howToInstall(missing)}.`);
    log(`Installing ${missing.join(', ')} from Debian for the browser tests`);
    const installed = aptGet(prefix, ['update', '-q']) && aptGet(prefix, ['install', '-y', '-q', '--no-install-recommends', ...missing]);
    const still = missingPackages();
    if (!installed || still.length) {
      const failed = still.length ? still : missing;
      throw new BrowserNotFoundError(`apt-get could not install ${failed.join(', ')} for the browser tests: ${howToInstall(failed)}.`);
    }
  }
  return { chromium: requireBrowser('chromium'), firefox: requireBrowser('firefox') };
}

/** What to tell a reader who must install `packages` by hand. */
export function howToInstall(packages: readonly string[]): string {
  const browsers = (Object.keys(BROWSERS) as TestBrowser[]).filter((b) => packages.includes(BROWSERS[b].debianPackage));
  const font = packages.includes(FONT_PACKAGE) ? ' (or any CJK font)' : '';
  const paths = browsers.length ? `, or point ${browsers.map((b) => BROWSERS[b].env).join(' / ')} at an installed browser` : '';
  return `run \`sudo apt-get install ${packages.join(' ')}\`${font}${paths}`;
}

// Run directly: tsx scripts/test-browsers.ts
if (process.argv[1] && import.meta.url.endsWith(process.argv[1].replace(/\\/g, '/').split('/').pop()!)) {
  try {
    const found = setUpTestBrowsers();
    console.log(`Browser tests: Chromium ${found.chromium}, Firefox ${found.firefox}`);
  } catch (error) {
    if (!(error instanceof BrowserNotFoundError)) throw error;
    console.error(error.message);
    process.exit(1);
  }
}
