// @ts-check
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import tseslint from 'typescript-eslint';

export default defineConfig(
  {
    ignores: [
      '.output/',
      '.wxt/',
      'node_modules/',
      'docs/',
      'coverage/',
      'web-ext-artifacts/',
      'stats.html',
      'tmp/',
      // Copied from ../shared: real reports and the guideline's scorer, kept as they are.
      'tests/fixtures/',
    ],
  },
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    rules: {
      // Chinese text handling quotes U+3000, zero-width and other odd spaces on purpose.
      'no-irregular-whitespace': [
        'error',
        { skipStrings: true, skipComments: true, skipRegExps: true, skipTemplates: true, skipJSXText: true },
      ],
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_' },
      ],
    },
  },
  {
    // lib/ is the core: it never reaches into the browser UI (entrypoints/, components/).
    files: ['lib/**'],
    ignores: ['lib/page/**', 'lib/collection/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['**/entrypoints/**', '**/components/**'], message: 'lib/ never imports from entrypoints/ or components/.' }] },
      ],
    },
  },
  {
    // Only the background opens the database; extension pages read it through
    // components/collection/db.ts (read-only); a content script never may (its
    // IndexedDB would be the website's).
    files: ['components/**', 'entrypoints/**'],
    ignores: ['entrypoints/background.ts', 'components/collection/db.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['**/lib/store/schema', '**/store/schema'], message: 'Only the background opens the database (see lib/store/schema.ts).' },
            { group: ['dexie'], importNames: ['default'], message: 'Only the background opens the database (see lib/store/schema.ts).' },
          ],
        },
      ],
    },
  },
  {
    // lib/page and lib/collection: both rules at once (a later block would replace the rule).
    files: ['lib/page/**', 'lib/collection/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['**/entrypoints/**', '**/components/**'], message: 'lib/ never imports from entrypoints/ or components/.' },
            { group: ['**/lib/store/schema', '**/store/schema'], message: 'Only the background opens the database (see lib/store/schema.ts).' },
            { group: ['dexie'], importNames: ['default'], message: 'Only the background opens the database (see lib/store/schema.ts).' },
          ],
        },
      ],
    },
  },
);
