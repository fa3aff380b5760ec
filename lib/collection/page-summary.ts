/** Which tabs the popup's "this page" card can ask about at all. */

/** Pages a content script can run on. */
export function isWebPage(url: string | undefined): boolean {
  return !!url && /^https?:\/\//i.test(url);
}

/**
 * Pages it certainly cannot run on (chrome:, about:, the extension's own).
 * An unknown URL (the tabs API hides it without access to the tab) is not ruled out.
 */
export function isNeverReport(url: string | undefined): boolean {
  return url !== undefined && url !== '' && !isWebPage(url);
}
