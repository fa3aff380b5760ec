/**
 * The background's message handlers: every BackgroundMessageMap type, mapped
 * onto the store service and the backup functions.
 *
 *   const db = new AnnotatorDB();
 *   const router = createMessageRouter(createStoreHandlers(new AnnotatorService(db), {
 *     // tell the report's tabs; extension pages see the change through liveQuery
 *     onChange: (reportId) => notifyTabsOf(reportId, { type: 'items/changed', payload: { reportId } }),
 *     // tell the tabs whose cards show those places' years (tracker-history.ts, reportsOfPlaces)
 *     onTrackerChange: (places) => notifyTabsShowing(places, { type: 'tracker/changed', payload: {} }),
 *   }));
 *   browser.runtime.onMessage.addListener(toCallbackListener(router));
 */

import { exportBackup } from '../backup/format';
import { importBackup } from '../backup/import';
import { UploadAssembler } from '../backup/upload';
import type { BackgroundMessageType, MessageHandlers } from '../messages';
import { INDICATOR_IDS, reportIdFor, type IndicatorId } from './records';
import type { AnnotatorService } from './service';
import { figureHistory } from './tracker-history';

export interface StoreHandlerOptions {
  /** Called after a successful change: with the report concerned, or null when many/all may have changed. */
  onChange?: (reportId: string | null) => void;
  /**
   * Called after a change to what a card's other years show (headline figures stored, a report's
   * identity corrected, a report taken out of the tracker or put back): with the places concerned
   * (a corrected place: the old and the new), or null when any may have changed (import, clear).
   */
  onTrackerChange?: (places: string[] | null) => void;
  /** The most text a backup sent in parts may hold (a test seam). */
  maxUploadChars?: number;
}

export function createStoreHandlers(
  service: AnnotatorService,
  opts: StoreHandlerOptions = {},
): MessageHandlers<BackgroundMessageType> {
  const changed = (reportId: string | null) => {
    try {
      opts.onChange?.(reportId);
    } catch {
      // a failing notifier must not fail the request
    }
  };
  /** The one report all given items belong to, else null. */
  const reportOf = (items: { reportId: string }[]) => {
    const ids = new Set(items.map((i) => i.reportId));
    return ids.size === 1 ? [...ids][0]! : null;
  };
  const trackerChanged = (places: (string | null)[] | null) => {
    const named = places && [...new Set(places.filter((p): p is string => !!p))];
    if (named && !named.length) return;
    try {
      opts.onTrackerChange?.(named);
    } catch {
      // a failing notifier must not fail the request
    }
  };
  const { db } = service;
  /** A report's place as stored now (null: not stored, not known, or no valid address). */
  const placeOf = async (reportId: string | (() => string)): Promise<string | null> => {
    try {
      const id = typeof reportId === 'function' ? reportId() : reportId;
      return (await db.reports.get(id))?.identity.place ?? null;
    } catch {
      return null;
    }
  };
  const uploads = new UploadAssembler(opts.maxUploadChars);
  const isIndicatorId = (x: unknown): x is IndicatorId => (INDICATOR_IDS as readonly unknown[]).includes(x);

  return {
    'report/visit': async (p) => {
      const before = await placeOf(() => reportIdFor(p.url));
      const r = await service.upsertReport(p);
      if (p.headlines !== undefined || before !== r.identity.place) trackerChanged([before, r.identity.place]);
      return r;
    },
    // Extension pages see the change through liveQuery; the pages of the report show no identity,
    // but their cards show its place's years.
    'report/setIdentity': async (p) => {
      const before = await placeOf(p.reportId);
      const r = await service.setReportIdentity(p.reportId, p.identity);
      trackerChanged([before, r.identity.place]);
      return r;
    },
    'tracker/setIncluded': async (p) => {
      const r = await service.setTracked(p.reportId, p.included);
      if (r) trackerChanged([await placeOf(p.reportId)]);
      return r;
    },
    'tracker/history': async (p) => {
      if (!isIndicatorId(p.indicator)) throw new Error(`不认识的指标 / unknown indicator: ${String(p.indicator)}`);
      return figureHistory(db, p.reportId, p.indicator);
    },

    'items/forReport': (p) => service.itemsForReport(p.reportId),
    'items/save': async (p) => {
      const r = await service.saveItems(p.reportId, p.items);
      if (r.added.length || r.updated.length) changed(p.reportId);
      return r;
    },
    'items/addManual': async (p) => {
      const r = await service.addManualItem(p.reportId, p.item);
      changed(r.reportId);
      return r;
    },
    'items/update': async (p) => {
      const r = await service.updateItem(p.id, p.patch);
      changed(r.reportId);
      return r;
    },
    'items/setStatus': async (p) => {
      const r = await service.setStatus(p.ids, p.status);
      if (r.length) changed(reportOf(r));
      return r;
    },
    'items/reparse': async (p) => {
      const r = await service.reparseItems(p.reportId, p.items);
      if (r.length) changed(p.reportId);
      return r;
    },
    'items/bulkTag': async (p) => {
      const r = await service.bulkTag(p.ids, p.tag);
      if (r.length) changed(reportOf(r));
      return r;
    },
    'items/bulkUntag': async (p) => {
      const r = await service.bulkUntag(p.ids, p.tag);
      if (r.length) changed(reportOf(r));
      return r;
    },
    'items/delete': async (p) => {
      const r = await service.deleteItems(p.ids);
      if (r.length) changed(reportOf(r));
      return r;
    },
    'items/restore': async (p) => {
      const restored = await service.restoreItems(p.records);
      if (restored) changed(reportOf(p.records));
      return { restored };
    },

    'tags/list': () => service.listTags(),
    'tags/setColour': async (p) => {
      const r = await service.setTagColour(p.name, p.colour);
      changed(null);
      return r;
    },
    'tags/rename': async (p) => {
      const n = await service.renameTag(p.from, p.to);
      changed(null);
      return { changed: n };
    },
    'tags/delete': async (p) => {
      const n = await service.deleteTag(p.name);
      changed(null);
      return { changed: n };
    },

    'backup/export': () => exportBackup(db),
    'backup/import': async (p) => {
      const outcome = await importBackup(db, p.data);
      if (outcome.ok) {
        changed(null);
        trackerChanged(null);
      }
      return outcome;
    },
    'backup/importPart': async (p) => {
      const text = uploads.add(p);
      if (text === null) return null;
      const outcome = await importBackup(db, text);
      if (outcome.ok) {
        changed(null);
        trackerChanged(null);
      }
      return outcome;
    },
    'db/clear': async () => {
      await service.clearAll();
      changed(null);
      trackerChanged(null);
      return null;
    },
  };
}
