/**
 * Files Firefox saves into its download folder (launchFirefoxWithExtension sets the prefs that save
 * without asking). Firefox writes NAME.part and renames it to NAME when the download is complete.
 */
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

export interface Downloaded {
  name: string;
  file: string;
}

/** A file's size, or 0 while Firefox is still swapping its placeholder for the finished file. */
function sizeOf(file: string): number {
  try {
    return statSync(file).size;
  } catch {
    return 0;
  }
}

/**
 * The next file to appear complete in `dir`: call before the click that downloads, await after.
 * Files already there (earlier downloads) do not count.
 */
export function nextDownload(dir: string, timeoutMs = 15_000): Promise<Downloaded> {
  const before = new Set(readdirSync(dir));
  const deadline = Date.now() + timeoutMs;
  return new Promise((resolve, reject) => {
    const look = () => {
      const names = readdirSync(dir);
      const name = names.find((n) => !before.has(n) && !n.endsWith('.part') && !names.includes(`${n}.part`));
      if (name && sizeOf(join(dir, name)) > 0) return resolve({ name, file: join(dir, name) });
      if (Date.now() > deadline) return reject(new Error(`no download finished in ${dir} within ${timeoutMs} ms (seen: ${names.join(', ') || 'nothing'})`));
      setTimeout(look, 100);
    };
    look();
  });
}
