import { useCallback } from 'preact/hooks';
import { citationOf } from '../../lib/collection/citation';
import { collectionCsv, collectionXlsx } from '../../lib/collection/export';
import { csvFileName, xlsxFileName } from '../../lib/collection/file-names';
import type { ItemPatch, ItemRecord, ReportRecord } from '../../lib/store/records';
import { deleteItems, restoreItems, updateItem } from './actions';
import { downloadBytes, downloadText } from './download';
import { failureText, language, t } from './i18n';
import type { useToast } from './use-toast';

type Toasts = ReturnType<typeof useToast>;

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Edit, delete with undo, CSV and Excel export and copying a citation, reporting through the toast. Shared by the popup and the collection page. */
export function useItemActions(toasts: Toasts) {
  const { show, showUndo, takeUndo } = toasts;

  const patch = useCallback(
    async (id: string, p: ItemPatch) => {
      try {
        await updateItem(id, p);
      } catch (e) {
        show('error', t('saveFailed', { reason: failureText(e) }));
      }
    },
    [show],
  );

  const remove = useCallback(
    async (ids: string[]) => {
      if (!ids.length) return;
      try {
        const records = await deleteItems(ids);
        showUndo(records, (count) => t('deletedN', { count }));
      } catch (e) {
        show('error', t('deleteFailed', { reason: failureText(e) }));
      }
    },
    [show, showUndo],
  );

  const undo = useCallback(async () => {
    const records = takeUndo();
    if (!records) return;
    try {
      const { restored } = await restoreItems(records);
      show('success', t('restoredN', { count: restored }));
    } catch (e) {
      show('error', t('undoFailed', { reason: failureText(e) }));
    }
  }, [show, takeUndo]);

  const exportCsv = useCallback(
    (items: readonly ItemRecord[], reports: ReadonlyMap<string, ReportRecord>) => {
      if (!items.length) {
        show('info', t('nothingToExport'));
        return;
      }
      try {
        const file = csvFileName();
        const t0 = performance.now();
        downloadText(file, collectionCsv(items, reports, language), 'text/csv;charset=utf-8');
        performance.measure('csv-export', { start: t0, end: performance.now() });
        show('success', t('exportedCsv', { count: items.length, file }));
      } catch (e) {
        show('error', t('exportFailed', { reason: failureText(e) }));
      }
    },
    [show],
  );

  /** The same rows as an Excel workbook, one sheet, in the UI's language. */
  const exportXlsx = useCallback(
    (items: readonly ItemRecord[], reports: ReadonlyMap<string, ReportRecord>) => {
      if (!items.length) {
        show('info', t('nothingToExport'));
        return;
      }
      try {
        const file = xlsxFileName();
        downloadBytes(file, collectionXlsx([{ name: t('itemsSheet'), items }], reports, language), XLSX_TYPE);
        show('success', t('exportedCsv', { count: items.length, file }));
      } catch (e) {
        show('error', t('exportFailed', { reason: failureText(e) }));
      }
    },
    [show],
  );

  /** "Copy as citation": the quote, report title, place and year when known, and the link. */
  const copyCitation = useCallback(
    async (item: ItemRecord, report: ReportRecord | undefined, clipboard: Pick<Clipboard, 'writeText'> = navigator.clipboard) => {
      try {
        await clipboard.writeText(citationOf(item, report, language));
        show('success', t('citationCopied'));
      } catch (e) {
        show('error', t('copyFailed', { reason: failureText(e) }));
      }
    },
    [show],
  );

  return { patch, remove, undo, exportCsv, exportXlsx, copyCitation };
}
