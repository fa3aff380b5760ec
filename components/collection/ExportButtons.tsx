import type { ItemRecord, ReportRecord } from '../../lib/store/records';
import { t } from './i18n';

interface Props {
  /** The items the filter shows: what the files will hold. */
  items: readonly ItemRecord[];
  reports: ReadonlyMap<string, ReportRecord>;
  /** Whether every item is read; before that a file would be partial. */
  complete: boolean;
  exportCsv: (items: readonly ItemRecord[], reports: ReadonlyMap<string, ReportRecord>) => void;
  exportXlsx: (items: readonly ItemRecord[], reports: ReadonlyMap<string, ReportRecord>) => void;
  /** Classes of the CSV and Excel buttons (the popup's are small, the collection's CSV is primary). */
  csvClass: string;
  xlsxClass: string;
}

/** 导出 CSV and 导出 Excel of what the filter shows, shared by the popup and the collection page. */
export function ExportButtons({ items, reports, complete, exportCsv, exportXlsx, csvClass, xlsxClass }: Props) {
  return (
    <>
      <button
        type="button"
        class={csvClass}
        title={complete ? t('exportCsvTitle', { count: items.length }) : t('loading')}
        disabled={!complete}
        onClick={() => exportCsv(items, reports)}
      >
        {t('exportCsv')}
      </button>
      <button
        type="button"
        class={xlsxClass}
        title={complete ? t('exportXlsxTitle', { count: items.length }) : t('loading')}
        disabled={!complete}
        onClick={() => exportXlsx(items, reports)}
      >
        {t('exportXlsx')}
      </button>
    </>
  );
}
