/** The command line's options. */

import { readFileSync } from 'node:fs';
import type { Language } from '../../lib/i18n';

export type Format = 'table' | 'json' | 'csv' | 'xlsx';
const FORMATS: readonly Format[] = ['table', 'json', 'csv', 'xlsx'];
const LANGUAGES: readonly Language[] = ['zh', 'en'];

export const USAGE =
  'usage: npm run -s extract -- FILE... [--format table|json|csv|xlsx] [--lang zh|en] [--output FILE]\n' +
  '                              [--files-from LIST] [--jobs N] [--no-commitments]';

export interface CliOptions {
  files: string[];
  format: Format;
  /** The language of the CSV and Excel headers and values. */
  language: Language;
  commitments: boolean;
  /** Where the output goes; null for standard output. */
  output: string | null;
  /** Worker threads; null to choose by the number of files and cores. */
  jobs: number | null;
}

/** Not options: what to print and the exit status (0 for --help, 2 for a mistake). */
export interface CliExit {
  message: string;
  status: number;
}

/** The lines of a file list, `-` for standard input: for more files than a command line holds. */
function filesFrom(list: string, readList: (path: string | 0) => string): string[] {
  return readList(list === '-' ? 0 : list)
    .split(/\r?\n/)
    .filter((line) => line.trim() !== '');
}

export function parseArgs(argv: readonly string[], readList = (path: string | 0) => readFileSync(path, 'utf8')): CliOptions | CliExit {
  const options: CliOptions = { files: [], format: 'table', language: 'zh', commitments: true, output: null, jobs: null };
  const fail = (message: string): CliExit => ({ message: `${message}\n${USAGE}`, status: 2 });
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--') {
      options.files.push(...argv.slice(i + 1));
      break;
    }
    const [name, inline] = arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    const value = (): string | undefined => inline ?? argv[++i];
    if (name === '--format') {
      const format = value();
      if (!FORMATS.includes(format as Format)) return fail(`unknown format "${format ?? ''}" (table, json, csv or xlsx)`);
      options.format = format as Format;
    } else if (name === '--lang') {
      const language = value();
      if (!LANGUAGES.includes(language as Language)) return fail(`unknown language "${language ?? ''}" (zh or en)`);
      options.language = language as Language;
    } else if (name === '--output' || name === '-o') {
      const output = value();
      if (!output) return fail('--output needs a file name');
      options.output = output;
    } else if (name === '--jobs') {
      const jobs = Number(value());
      if (!Number.isInteger(jobs) || jobs < 1 || jobs > 64) return fail('--jobs needs a whole number from 1 to 64');
      options.jobs = jobs;
    } else if (name === '--files-from') {
      const list = value();
      if (!list) return fail('--files-from needs a file (or - for standard input)');
      try {
        options.files.push(...filesFrom(list, readList));
      } catch (error) {
        return { message: `${list}: cannot read the file list (${(error as NodeJS.ErrnoException).code ?? String(error)})`, status: 2 };
      }
    } else if (name === '--no-commitments') {
      options.commitments = false;
    } else if (name === '--help' || name === '-h') {
      return { message: USAGE, status: 0 };
    } else if (arg.startsWith('-') && arg !== '-') {
      return fail(`unknown option ${arg}`);
    } else {
      options.files.push(arg);
    }
  }
  if (!options.files.length) return fail('no input file');
  return options;
}
