import { describe, expect, test } from 'vitest';
import { parseArgs } from '../../scripts/cli/args';

describe('options', () => {
  test.each([
    [['a.txt'], { files: ['a.txt'], format: 'table', language: 'zh', commitments: true, output: null, jobs: null }],
    [['--format', 'xlsx', '--output', 'o.xlsx', 'a.txt'], { format: 'xlsx', output: 'o.xlsx' }],
    [['--format=csv', '--lang=en', 'a.txt'], { format: 'csv', language: 'en' }],
    [['-o', 'o.csv', 'a.txt'], { output: 'o.csv' }],
    [['--jobs', '3', 'a.txt'], { jobs: 3 }],
    [['--no-commitments', 'a.txt'], { commitments: false }],
    [['--', '--odd-name.txt'], { files: ['--odd-name.txt'] }],
    [['--files-from', 'list.txt', 'c.txt'], { files: ['a.txt', 'b.txt', 'c.txt'] }],
  ])('%j', (argv, expected) => {
    expect(parseArgs(argv, () => 'a.txt\r\n\nb.txt\n')).toMatchObject(expected);
  });

  test.each([
    [['--format', 'xml', 'a.txt'], 'unknown format "xml"'],
    [['--lang', 'fr', 'a.txt'], 'unknown language "fr"'],
    [['--jobs', '0', 'a.txt'], '--jobs needs a whole number'],
    [['--jobs', 'many', 'a.txt'], '--jobs needs a whole number'],
    [['--output'], '--output needs a file name'],
    [['--frobnicate', 'a.txt'], 'unknown option --frobnicate'],
    [[], 'no input file'],
  ])('%j is refused: %s, with usage', (argv, message) => {
    const result = parseArgs(argv);
    expect(result).toMatchObject({ status: 2 });
    expect('message' in result && result.message).toContain(message);
    expect('message' in result && result.message).toContain('usage');
  });

  test('--help is usage and success', () => {
    expect(parseArgs(['--help'])).toMatchObject({ status: 0, message: expect.stringContaining('usage') });
  });

  test('a file list that cannot be read is named', () => {
    const result = parseArgs(['--files-from', 'gone.txt'], () => {
      throw Object.assign(new Error('nope'), { code: 'ENOENT' });
    });
    expect(result).toEqual({ status: 2, message: 'gone.txt: cannot read the file list (ENOENT)' });
  });
});
