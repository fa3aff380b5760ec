/**
 * Which tab shows which report, so the background can tell the tabs of a report that its items
 * changed (an edit in the collection page updates the highlights). Learnt from the content
 * scripts' own messages (their sender tab); no "tabs" permission needed.
 */

export class ReportTabs {
  private readonly reportOfTab = new Map<number, string>();

  /** A tab's content script spoke about `reportId`: the tab shows that report now. */
  note(tabId: number, reportId: string): void {
    this.reportOfTab.set(tabId, reportId);
  }

  forget(tabId: number): void {
    this.reportOfTab.delete(tabId);
  }

  /** The tabs showing `reportId`; every known tab for null (a change to everything). */
  tabsOf(reportId: string | null): number[] {
    const out: number[] = [];
    for (const [tab, report] of this.reportOfTab) if (reportId === null || report === reportId) out.push(tab);
    return out;
  }
}

/** The report a content script's message is about, if it names one. */
export function reportIdOfMessage(message: unknown): string | null {
  if (typeof message !== 'object' || message === null) return null;
  const { type, payload } = message as { type?: unknown; payload?: unknown };
  if (type !== 'items/forReport' && type !== 'items/save' && type !== 'items/addManual') return null;
  const id = (payload as { reportId?: unknown } | undefined)?.reportId;
  return typeof id === 'string' ? id : null;
}
