/** Download file names, dated by the reader's local calendar day. */

function localDate(date: Date): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${p(date.getMonth() + 1)}-${p(date.getDate())}`;
}

/** 报告标注-2026-11-22.csv */
export function csvFileName(date: Date = new Date()): string {
  return `报告标注-${localDate(date)}.csv`;
}

/** 报告标注-2026-11-22.xlsx */
export function xlsxFileName(date: Date = new Date()): string {
  return `报告标注-${localDate(date)}.xlsx`;
}

/** 报告标注-备份-2026-11-22.json */
export function backupJsonFileName(date: Date = new Date()): string {
  return `报告标注-备份-${localDate(date)}.json`;
}
