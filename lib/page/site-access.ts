/**
 * "Always on this site": the reader grants one origin (an optional host permission, asked for with
 * permissions.request on a user gesture), and the content script is registered for it
 * (scripting.registerContentScripts). The registration follows the permissions, whichever way they
 * change (our menu, the popup, the browser's own extension settings): `syncRegistration` is run on
 * start-up and whenever permissions are added or removed, so removing the permission unregisters
 * the script, and a browser that did not persist the registration gets it back.
 *
 * Used by the background only; the browser APIs come in as `SiteAccessApi` (a test seam).
 */

import { isGovCnHost } from './report-detect';

/** The manifest's content script pattern: built in, never registered at run time. */
export const BUILT_IN_PATTERNS = ['*://*.gov.cn/*'] as const;

/** The id of our one run-time registration (all granted sites in one script entry). */
export const REGISTRATION_ID = 'report-annotator-granted-sites';

/** The content script bundle WXT builds from entrypoints/content/. */
export const CONTENT_SCRIPT_FILE = 'content-scripts/content.js';

/**
 * The match pattern that grants a page's site: scheme and host, any path. Ports are left out: a
 * Chrome pattern without a port matches every port, and Firefox patterns cannot hold one.
 * null for pages that are not http(s) (the annotator does not run there).
 */
export function sitePatternFor(url: string): string | null {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return null;
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:') return null;
  if (!u.hostname) return null;
  return `${u.protocol}//${u.hostname}/*`;
}

/** A pattern sitePatternFor makes (http(s), one host, any path), and not a built-in site. */
export function isGrantablePattern(pattern: string): boolean {
  const m = /^(https?):\/\/([^/*:]+)\/\*$/.exec(pattern);
  return !!m && sitePatternFor(`${m[1]}://${m[2]}/`) === pattern && !isBuiltInSite(`${m[1]}://${m[2]}/`);
}

/** The host a site pattern names (www.example.org), for the reader. */
export const hostOfPattern = (pattern: string): string => /^\w+:\/\/([^/]+)\//.exec(pattern)?.[1] ?? pattern;

export interface GrantApi {
  /** permissions.request for host origins (asked on the reader's click). */
  request(origins: string[]): Promise<boolean>;
  /** Tell the tab that asked ('page/siteChanged'). */
  tell(tabId: number): Promise<unknown>;
}

/**
 * Ask the browser for a site (grant.html, on the reader's click), then tell the tab that asked.
 * The request is the first thing done, before anything is awaited: Firefox grants a permission
 * only inside the handler of the reader's own input. True when granted.
 */
export async function grantSite(pattern: string, tabId: number | null, api: GrantApi): Promise<boolean> {
  const asked = isGrantablePattern(pattern) ? api.request([pattern]) : Promise.resolve(false);
  const granted = await asked.catch(() => false);
  if (tabId !== null) await api.tell(tabId).catch(() => undefined);
  return granted;
}

/** True for pages the manifest's content script already covers. */
export function isBuiltInSite(url: string): boolean {
  try {
    const u = new URL(url);
    return (u.protocol === 'http:' || u.protocol === 'https:') && isGovCnHost(u.hostname);
  } catch {
    return false;
  }
}

export interface RegisteredScript {
  id: string;
  matches?: string[];
}

export interface ContentScriptRegistration {
  id: string;
  matches: string[];
  js: string[];
  runAt: 'document_idle';
}

export interface SiteAccessApi {
  /** permissions.getAll().origins */
  grantedOrigins(): Promise<string[]>;
  /** scripting.getRegisteredContentScripts() */
  registered(): Promise<RegisteredScript[]>;
  /** scripting.registerContentScripts */
  register(scripts: ContentScriptRegistration[]): Promise<void>;
  /** scripting.unregisterContentScripts */
  unregister(ids: string[]): Promise<void>;
}

/** The granted origins the content script should be registered for (sorted, without duplicates). */
export function patternsToRegister(origins: readonly string[]): string[] {
  const builtIn = new Set<string>(BUILT_IN_PATTERNS);
  return [...new Set(origins.filter((o) => !builtIn.has(o) && /^(\*|https?):\/\//.test(o)))].sort();
}

const samePatterns = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x, i) => x === b[i]);

/**
 * Make the run-time registration match the granted origins: register, replace or remove it.
 * Returns the patterns registered afterwards.
 */
export async function syncRegistration(api: SiteAccessApi): Promise<string[]> {
  const wanted = patternsToRegister(await api.grantedOrigins());
  const current = (await api.registered()).find((s) => s.id === REGISTRATION_ID);
  const have = [...(current?.matches ?? [])].sort();
  if (current && samePatterns(have, wanted)) return wanted;
  if (current) await api.unregister([REGISTRATION_ID]);
  if (wanted.length) {
    await api.register([{ id: REGISTRATION_ID, matches: wanted, js: [CONTENT_SCRIPT_FILE], runAt: 'document_idle' }]);
  }
  return wanted;
}

/** Run `task` one call at a time: a sync started while another runs waits for it (no duplicate registrations). */
export function oneAtATime<T>(task: () => Promise<T>): () => Promise<T> {
  let last: Promise<unknown> = Promise.resolve();
  return () => {
    const run = last.then(task, task);
    last = run.catch(() => undefined);
    return run;
  };
}
