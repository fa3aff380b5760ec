import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';
import { escapeNoncharactersPlugin } from './scripts/vite-escape-noncharacters';

/** Sites the reader may grant "always on this site" for, at run time. */
const OPTIONAL_HOSTS = ['*://*/*'];

// See https://wxt.dev/api/config.html
export default defineConfig({
  // Every import is written out; lib/ is not auto-imported anyway.
  imports: false,
  vite: () => ({
    // escapeNoncharactersPlugin: Chrome rejects scripts holding U+FFFF & co. (Dexie does).
    plugins: [preact(), escapeNoncharactersPlugin()],
  }),
  zip: {
    // `npm run zip:firefox` also zips the sources for addons.mozilla.org, whose reviewers rebuild the
    // add-on from them (npm ci && npm run build:firefox): the build's inputs, not the tests and their
    // corpus, the docs, the benchmark or scratch files.
    excludeSources: [
      'tests/**',
      'docs/**',
      'scripts/bench/**',
      'scripts/bench.ts',
      'scripts/test-browsers.ts',
      'tmp/**',
      'temp/**',
      'coverage/**',
      'web-ext-artifacts/**',
      'stats.html',
      'stats-*.json',
      '**/*.log',
    ],
  },
  manifest: ({ browser, manifestVersion }) => ({
    name: '报告标注 Report Annotator',
    short_name: '报告标注',
    description:
      'Finds the numeric targets, results and commitments in Chinese government reports, highlights them, lets you tag them and exports CSV.',
    // The content script's matches (*://*.gov.cn/*) are the only host access
    // granted at install; other sites are asked for at run time.
    permissions: ['storage', 'activeTab', 'scripting', 'contextMenus'],
    // The keyboard way to run on the current page (grants activeTab like the toolbar button).
    commands: {
      'run-on-page': {
        suggested_key: { default: 'Alt+Shift+M' },
        description: '在此页标注报告 / Annotate this page',
      },
    },
    // MV2 has no optional_host_permissions: hosts go in optional_permissions.
    ...(manifestVersion === 3
      ? { optional_host_permissions: OPTIONAL_HOSTS }
      : { optional_permissions: OPTIONAL_HOSTS }),
    ...(browser === 'firefox' && {
      browser_specific_settings: {
        gecko: {
          id: 'report-annotator@example.org',
          // Everything stays in the browser: no data leaves the machine.
          data_collection_permissions: { required: ['none'] },
        },
      },
    }),
  }),
});
