/**
 * Which tab shows which report, so the background can tell the tabs of a report that its items
 * changed (an edit in the collection page updates the highlights). Learnt from the content
 * scripts' own messages (their sender tab); no "tabs" permission needed.
 *
 * Chrome stops an idle MV3 service worker after about 30 seconds and starts it again for the next
 * event, with its memory gone; the tabs would then be forgotten until each page spoke again. So
 * the map is kept in `storage.session` as well (memory of the browser session, not written to
 * disk, not readable by content scripts) and read back when the worker starts.
 */

/** Where the map is kept between two lives of the worker (browser.storage.session). */
export interface TabStore {
  load(): Promise<Record<string, string> | undefined>;
  save(map: Record<string, string>): Promise<void>;
}

/** The storage key in storage.session. */
export const REPORT_TABS_KEY = 'reportTabs';

/** A TabStore on a storage area (browser.storage.session); null when the browser has none. */
export function sessionTabStore(
  area: { get(key: string): Promise<Record<string, unknown>>; set(items: Record<string, unknown>): Promise<void> } | undefined,
): TabStore | null {
  if (!area) return null;
  return {
    load: async () => {
      const value = (await area.get(REPORT_TABS_KEY))[REPORT_TABS_KEY];
      return typeof value === 'object' && value !== null ? (value as Record<string, string>) : undefined;
    },
    save: (map) => area.set({ [REPORT_TABS_KEY]: map }),
  };
}

export class ReportTabs {
  private readonly reportOfTab = new Map<number, string>();
  /** Tabs noted or forgotten before the stored map was read: what we learnt since wins. */
  private readonly touched = new Set<number>();
  private writing: Promise<void> = Promise.resolve();
  /** Resolves once the stored map is read back (at once without a store). */
  readonly ready: Promise<void>;

  constructor(private readonly store: TabStore | null = null) {
    this.ready = store
      ? store
          .load()
          .then((stored) => {
            for (const [tab, report] of Object.entries(stored ?? {})) {
              const id = Number(tab);
              if (Number.isInteger(id) && typeof report === 'string' && !this.touched.has(id)) this.reportOfTab.set(id, report);
            }
          })
          .catch(() => undefined)
      : Promise.resolve();
  }

  /** A tab's content script spoke about `reportId`: the tab shows that report now. */
  note(tabId: number, reportId: string): void {
    this.touched.add(tabId);
    if (this.reportOfTab.get(tabId) === reportId) return;
    this.reportOfTab.set(tabId, reportId);
    this.persist();
  }

  forget(tabId: number): void {
    this.touched.add(tabId);
    if (this.reportOfTab.delete(tabId)) this.persist();
  }

  /** The tabs showing `reportId`; every known tab for null (a change to everything). */
  tabsOf(reportId: string | null): number[] {
    const out: number[] = [];
    for (const [tab, report] of this.reportOfTab) if (reportId === null || report === reportId) out.push(tab);
    return out;
  }

  /** The reports shown in tabs, each once. */
  reports(): string[] {
    return [...new Set(this.reportOfTab.values())];
  }

  /** Writes done (tests, and nothing else waits for them). */
  flushed(): Promise<void> {
    return this.writing;
  }

  /** Write the whole map, one write after the other, never before the stored one was read. */
  private persist(): void {
    const store = this.store;
    if (!store) return;
    this.writing = this.writing
      .then(() => this.ready)
      .then(() => store.save(Object.fromEntries([...this.reportOfTab].map(([tab, report]) => [String(tab), report]))))
      .catch(() => undefined);
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
