import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  test: {
    projects: [
      {
        // Fast tests of lib/ and friends, in Node. `browser`/`chrome` are
        // WXT's in-memory fake (wxt/testing/fake-browser); IndexedDB is fake-indexeddb.
        plugins: [WxtVitest()],
        test: {
          name: 'unit',
          environment: 'node',
          include: ['tests/**/*.test.{ts,tsx}'],
          exclude: ['tests/e2e/**', '**/node_modules/**'],
          setupFiles: ['tests/setup/unit.ts'],
        },
      },
      {
        // The built extension in real Chromium (tests/e2e/harness.ts), one file at a time.
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['tests/e2e/**/*.e2e.test.ts'],
          globalSetup: ['tests/e2e/global-setup.ts'],
          fileParallelism: false,
          maxWorkers: 1,
          testTimeout: 60_000,
          hookTimeout: 120_000,
          retry: process.env.CI ? 1 : 0,
        },
      },
    ],
  },
});
