import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** The project's corpus of real reports (tests/fixtures/corpus), which also holds the eval dev texts. */
export const CORPUS = join(__dirname, '../fixtures/corpus');

/** Every .txt under `dir`, in every folder, sorted. */
export function textFiles(dir: string = CORPUS): string[] {
  return readdirSync(dir)
    .flatMap((name) => {
      const path = join(dir, name);
      return statSync(path).isDirectory() ? textFiles(path) : name.endsWith('.txt') ? [path] : [];
    })
    .sort();
}
