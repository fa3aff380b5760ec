import { describe, expect, it, test } from 'vitest';
import { aptPrefix, BrowserNotFoundError, findBrowser, hasCjkFont, howToInstall, missingPackages, type TestBrowser } from '../../scripts/test-browsers';

const onDisk = (...paths: string[]) => (path: string) => paths.includes(path);
const ok = (stdout = '') => ({ status: 0, stdout, error: undefined });
const fails = { status: 1, stdout: '', error: undefined };

describe('findBrowser', () => {
  test.each<[string, TestBrowser, NodeJS.ProcessEnv, string[], string | null]>([
    ['the path the variable names, before anything on the PATH', 'chromium', { CHROMIUM_PATH: '/opt/c/chrome', PATH: '/usr/bin' }, ['/opt/c/chrome', '/usr/bin/chromium'], '/opt/c/chrome'],
    ['the first usual name found, in the order of the PATH', 'chromium', { PATH: '/snap/bin:/usr/local/bin' }, ['/usr/local/bin/chromium', '/snap/bin/google-chrome'], '/usr/local/bin/chromium'],
    ['chromium-browser where there is no chromium', 'chromium', { PATH: '/usr/local/bin' }, ['/usr/local/bin/chromium-browser', '/usr/bin/google-chrome'], '/usr/local/bin/chromium-browser'],
    ['/usr/bin when the PATH lacks it', 'firefox', { PATH: '/home/me/bin' }, ['/usr/bin/firefox-esr'], '/usr/bin/firefox-esr'],
    ['firefox-esr before firefox', 'firefox', { PATH: '/usr/bin' }, ['/usr/bin/firefox', '/usr/bin/firefox-esr'], '/usr/bin/firefox-esr'],
    ['firefox where there is no ESR', 'firefox', { PATH: '/usr/bin' }, ['/usr/bin/firefox'], '/usr/bin/firefox'],
    ['nothing on a machine without one', 'firefox', { PATH: '/usr/bin' }, ['/usr/bin/chromium'], null],
    ['nothing with no PATH at all', 'chromium', {}, [], null],
  ])('finds %s', (_, browser, env, files, expected) => {
    expect(findBrowser(browser, env, onDisk(...files))).toBe(expected);
  });

  it('refuses a variable that names no executable, rather than taking another browser', () => {
    expect(() => findBrowser('firefox', { FIREFOX_PATH: '/opt/ff/firefox', PATH: '/usr/bin' }, onDisk('/usr/bin/firefox-esr'))).toThrow(
      new BrowserNotFoundError('FIREFOX_PATH=/opt/ff/firefox is not an executable file.'),
    );
  });
});

describe('what to install', () => {
  test.each<[string, (TestBrowser | 'font')[], string[]]>([
    ['nothing on a ready machine', ['chromium', 'firefox', 'font'], []],
    ['only Firefox', ['chromium', 'font'], ['firefox-esr']],
    ['everything on a fresh machine', [], ['chromium', 'firefox-esr', 'fonts-wqy-microhei']],
    ['the font alone', ['chromium', 'firefox'], ['fonts-wqy-microhei']],
  ])('%s', (_, present, packages) => {
    const find = (b: TestBrowser) => (present.includes(b) ? `/usr/bin/${b}` : null);
    expect(missingPackages({}, find, () => present.includes('font'))).toEqual(packages);
  });

  test.each([
    [['firefox-esr'], 'run `sudo apt-get install firefox-esr`, or point FIREFOX_PATH at an installed browser'],
    [
      ['chromium', 'firefox-esr', 'fonts-wqy-microhei'],
      'run `sudo apt-get install chromium firefox-esr fonts-wqy-microhei` (or any CJK font), or point CHROMIUM_PATH / FIREFOX_PATH at an installed browser',
    ],
    [['fonts-wqy-microhei'], 'run `sudo apt-get install fonts-wqy-microhei` (or any CJK font)'],
  ])('tells how to install %j by hand', (packages, text) => {
    expect(howToInstall(packages)).toBe(text);
  });

  it('knows a CJK font from fontconfig, and none where fontconfig is missing', () => {
    expect(hasCjkFont(() => ok('WenQuanYi Micro Hei\n'))).toBe(true);
    expect(hasCjkFont(() => ok(''))).toBe(false);
    expect(hasCjkFont(() => ({ status: null, stdout: '', error: new Error('ENOENT') }))).toBe(false);
  });
});

describe('aptPrefix', () => {
  const machine = (has: Record<string, boolean>) => (command: string) => (has[command] ? ok() : fails);
  test.each([
    ['apt-get as it is for root', 0, { 'apt-get': true, sudo: false }, []],
    ['sudo -n for a user who may use it without a password', 1000, { 'apt-get': true, sudo: true }, ['sudo', '-n']],
    ['nothing for a user without sudo', 1000, { 'apt-get': true, sudo: false }, null],
    ['nothing where there is no apt-get (not Debian)', 0, { 'apt-get': false, sudo: true }, null],
  ])('%s', (_, uid, has, prefix) => {
    expect(aptPrefix(uid, machine(has))).toEqual(prefix);
  });
});
