/**
 * UI text of the popup and the collection page. zh is the default; en where the browser is English.
 * English counts agree with their noun: `{count|item|items}` reads "item" when count is 1, else
 * "items" (Chinese needs no such form).
 */

import { translator, type Language, type MessageTable, type Translator } from './index';
import { KIND_MESSAGES } from './kinds';

export const COLLECTION_MESSAGES = {
  appName: { zh: '报告标注', en: '报告标注' },
  appSubtitle: { zh: '政府工作报告里的目标、成果与承诺', en: 'Targets, results and commitments in government reports' },
  collectionTitle: { zh: '我的标注', en: 'My collection' },
  openCollection: { zh: '全部标注 ↗', en: 'Open collection ↗' },
  openCollectionTitle: { zh: '在新标签页中打开表格视图', en: 'Open the table view in a new tab' },

  ...KIND_MESSAGES,
  status_active: { zh: '有效', en: 'Active' },
  status_orphaned: { zh: '页面上未找到', en: 'Not found on page' },
  status_dismissed: { zh: '已忽略', en: 'Dismissed' },
  view_current: { zh: '有效与未找到', en: 'Active and not found' },
  view_active: { zh: '仅有效', en: 'Active only' },
  view_orphaned: { zh: '仅页面上未找到', en: 'Not found on page only' },
  view_dismissed: { zh: '仅已忽略', en: 'Dismissed only' },
  view_all: { zh: '全部（含已忽略）', en: 'All, dismissed included' },
  strength_binding: { zh: '约束性', en: 'Binding' },
  strength_aspirational: { zh: '预期性', en: 'Aspirational' },

  // This page (popup)
  thisPage: { zh: '当前页面', en: 'This page' },
  pageLoading: { zh: '正在读取当前页面…', en: 'Reading this page…' },
  pageNotReport: { zh: '当前标签页不是网页，打开一份报告后再试。', en: 'This tab is not a web page. Open a report and try again.' },
  pageNoScript: { zh: '扩展尚未在此页运行。', en: 'The extension has not run on this page yet.' },
  runOnPage: { zh: '在此页运行', en: 'Run on this page' },
  running: { zh: '正在运行…', en: 'Running…' },
  runFailed: { zh: '无法在此页运行：{reason}', en: 'Could not run on this page: {reason}' },
  noAnswer: { zh: '页面没有应答（可能还在加载，或此版本尚不支持）。', en: 'The page did not answer (still loading, or not supported by this version yet).' },
  found: { zh: '找到', en: 'Found' },
  collected: { zh: '已收藏 {count} 条', en: '{count} collected' },
  collectAll: { zh: '全部收藏', en: 'Collect all' },
  collecting: { zh: '正在收藏…', en: 'Collecting…' },
  collectedN: { zh: '已收藏 {count} 条新条目', en: 'Collected {count} new {count|item|items}' },
  collectFailed: { zh: '收藏失败：{reason}', en: 'Collecting failed: {reason}' },

  // Filters
  search: { zh: '搜索原文、指标、备注', en: 'Search quote, metric, note' },
  searchLabel: { zh: '搜索', en: 'Search' },
  kindsLabel: { zh: '类型', en: 'Kinds' },
  tagLabel: { zh: '标签', en: 'Tag' },
  allTags: { zh: '全部标签', en: 'All tags' },
  reportLabel: { zh: '报告', en: 'Report' },
  allReports: { zh: '全部报告', en: 'All reports' },
  statusLabel: { zh: '状态', en: 'Status' },
  clearFilters: { zh: '清除筛选', en: 'Clear filters' },
  tagMatchAll: { zh: '同时含有所选标签', en: 'Has all selected tags' },
  tagMatchAny: { zh: '含任一所选标签', en: 'Has any selected tag' },
  shownOfTotal: { zh: '显示 {shown} / {total} 条', en: '{shown} of {total} {total|item|items}' },
  headerStats: { zh: '{items} 条 · {reports} 份报告 · {tags} 个标签', en: '{items} {items|item|items} · {reports} {reports|report|reports} · {tags} {tags|tag|tags}' },
  itemsCount: { zh: '{count} 条', en: '{count} {count|item|items}' },

  // List
  loading: { zh: '正在加载…', en: 'Loading…' },
  emptyCollection: { zh: '还没有收藏的条目。打开一份政府工作报告，高亮的目标、成果和承诺会出现在这里。', en: 'Nothing collected yet. Open a government work report: the targets, results and commitments it highlights will show up here.' },
  emptyFiltered: { zh: '没有符合筛选条件的条目。', en: 'No items match the filters.' },
  openAtPassage: { zh: '在报告中打开此段', en: 'Open the report at this passage' },
  opening: { zh: '正在打开…', en: 'Opening…' },
  openFailed: { zh: '无法打开报告：{reason}', en: 'Could not open the report: {reason}' },
  edit: { zh: '编辑', en: 'Edit' },
  editItem: { zh: '编辑标签和备注', en: 'Edit tags and note' },
  done: { zh: '完成', en: 'Done' },
  delete: { zh: '删除', en: 'Delete' },
  deleteItem: { zh: '删除此条', en: 'Delete this item' },
  copyCitation: { zh: '复制引文', en: 'Copy as citation' },
  copyCitationTitle: { zh: '复制原文、报告标题、地点年份和链接，便于引用', en: 'Copy the quote, report title, place, year and link, ready to cite' },
  citationCopied: { zh: '已复制引文', en: 'Citation copied' },
  copyFailed: { zh: '无法复制：{reason}', en: 'Could not copy: {reason}' },
  collapse: { zh: '折叠', en: 'Collapse' },
  expand: { zh: '展开', en: 'Expand' },
  noteLabel: { zh: '备注', en: 'Note' },
  notePlaceholder: { zh: '写点备注…', en: 'Add a note…' },
  tagsLabel: { zh: '标签', en: 'Tags' },
  addTag: { zh: '添加标签', en: 'Add tag' },
  addTagPlaceholder: { zh: '输入标签，回车添加', en: 'Type a tag, press Enter' },
  removeTag: { zh: '移除标签 {tag}', en: 'Remove tag {tag}' },
  tagTooLong: { zh: '标签太长（最多 100 个字符）', en: 'Tag too long (at most 100 characters)' },
  tagTooMany: { zh: '标签太多（每条最多 100 个）', en: 'Too many tags (at most 100 per item)' },
  saveFailed: { zh: '保存失败：{reason}', en: 'Saving failed: {reason}' },
  saved: { zh: '已保存', en: 'Saved' },
  noteTooLong: { zh: '备注太长（最多 10000 个字符）', en: 'Note too long (at most 10,000 characters)' },

  // Undo
  deletedN: { zh: '已删除 {count} 条', en: 'Deleted {count} {count|item|items}' },
  undo: { zh: '撤销', en: 'Undo' },
  restoredN: { zh: '已恢复 {count} 条', en: 'Restored {count} {count|item|items}' },
  deleteFailed: { zh: '删除失败：{reason}', en: 'Deleting failed: {reason}' },
  undoFailed: { zh: '撤销失败：{reason}', en: 'Undo failed: {reason}' },
  dismiss: { zh: '关闭', en: 'Dismiss' },

  // Export / import
  exportCsv: { zh: '导出 CSV', en: 'Export CSV' },
  exportCsvTitle: { zh: '导出当前筛选出的 {count} 条（Excel 可直接打开）', en: 'Export the {count} {count|item|items} shown (opens in Excel)' },
  exportedCsv: { zh: '已导出 {count} 条到 {file}', en: 'Exported {count} {count|item|items} to {file}' },
  exportFailed: { zh: '导出失败：{reason}', en: 'Export failed: {reason}' },
  nothingToExport: { zh: '没有可导出的条目', en: 'Nothing to export' },
  data: { zh: '数据', en: 'Data' },
  backupJson: { zh: '备份 JSON', en: 'Back up (JSON)' },
  backupTitle: { zh: '下载全部报告、条目和标签的备份', en: 'Download every report, item and tag' },
  backedUp: { zh: '已备份 {items} 条、{reports} 份报告到 {file}', en: 'Backed up {items} {items|item|items} of {reports} {reports|report|reports} to {file}' },
  importJson: { zh: '导入备份', en: 'Import backup' },
  importChoose: { zh: '选择备份文件（.json）', en: 'Choose a backup file (.json)' },
  importing: { zh: '正在导入…', en: 'Importing…' },
  importDone: {
    zh: '导入完成：新增 {added} 条，更新 {updated} 条，合并 {merged} 条，未变 {unchanged} 条；新增报告 {reports} 份。',
    en: 'Imported: {added} {added|item|items} added, {updated} updated, {merged} merged, {unchanged} unchanged; {reports} {reports|report|reports} added.',
  },
  importTruncated: {
    zh: '其中 {count} 条合并后超出上限，以下内容没有导入（仍在备份文件中）：',
    en: 'For {count} {count|item|items} the merge went past the limits; this was not imported (it is still in the backup file):',
  },
  importTruncatedItem: { zh: '“{quote}”：{what}', en: '“{quote}”: {what}' },
  listSeparator: { zh: '、', en: ', ' },
  clauseSeparator: { zh: '；', en: '; ' },
  sentenceSeparator: { zh: '', en: ' ' },
  importTruncatedTags: { zh: '标签 {tags}（每条最多 100 个）', en: 'tags {tags} (at most 100 per item)' },
  importTruncatedNote: { zh: '文件中的备注（与已有备注合计超过 10000 字）', en: 'the file’s note (with the stored one, over 10,000 characters)' },
  importTruncatedMore: { zh: '……另有 {count} 条', en: '… and {count} more {count|item|items}' },
  importRefused: { zh: '文件未导入，没有做任何更改。', en: 'The file was not imported; nothing was changed.' },
  importSkipped: {
    zh: '有 {count} 条记录无法读取，没有导入（其余已导入）：',
    en: '{count} {count|record|records} could not be read and {count|was|were} left out (the rest was imported):',
  },
  importSkippedAdvice: {
    zh: '可在备份文件中改正这些记录后再导入一次，已导入的不会重复。',
    en: 'Correct these records in the file and import it again; nothing is added twice.',
  },
  importFailed: { zh: '导入失败，没有做任何更改：{reason}', en: 'The import failed; nothing was changed: {reason}' },
  importEmpty: { zh: '文件是空的', en: 'The file is empty' },
  importTooLarge: { zh: '文件太大（上限 400 MB）', en: 'The file is too large (400 MB at most)' },
  importReadFailed: { zh: '无法读取文件：{reason}', en: 'Could not read the file: {reason}' },
  clearAll: { zh: '清空全部', en: 'Clear all' },
  clearConfirmTitle: { zh: '清空全部数据？', en: 'Clear all data?' },
  clearConfirmBody: {
    zh: '将删除 {reports} 份报告、{items} 条条目和 {tags} 个标签，无法撤销。建议先备份 JSON。',
    en: 'This deletes {reports} {reports|report|reports}, {items} {items|item|items} and {tags} {tags|tag|tags} and cannot be undone. Back up to JSON first.',
  },
  clearConfirm: { zh: '清空', en: 'Clear' },
  cancel: { zh: '取消', en: 'Cancel' },
  cleared: { zh: '已清空全部数据', en: 'All data cleared' },
  quotaExceeded: { zh: '磁盘空间不足，浏览器拒绝保存：{reason}', en: 'The disk is full; the browser refused to save: {reason}' },
  dbFailed: { zh: '无法读取标注数据库：{reason}', en: 'Could not read the annotation database: {reason}' },

  // Collection page
  byReport: { zh: '按报告', en: 'By report' },
  byTag: { zh: '按标签', en: 'By tag' },
  noTags: { zh: '还没有标签', en: 'No tags yet' },
  selectAll: { zh: '全选当前显示的条目', en: 'Select every item shown' },
  selectRow: { zh: '选择此条', en: 'Select this item' },
  selectedN: { zh: '已选 {count} 条', en: '{count} selected' },
  bulkTagInput: { zh: '批量标签', en: 'Tag for selected' },
  bulkTagAdd: { zh: '加标签', en: 'Add tag' },
  bulkTagRemove: { zh: '去标签', en: 'Remove tag' },
  bulkDelete: { zh: '删除所选', en: 'Delete selected' },
  clearSelection: { zh: '取消选择', en: 'Clear selection' },
  taggedN: { zh: '已给 {count} 条加上“{tag}”', en: 'Tagged {count} {count|item|items} “{tag}”' },
  untaggedN: { zh: '已从 {count} 条去掉“{tag}”', en: 'Removed “{tag}” from {count} {count|item|items}' },
  sortBy: { zh: '按{column}排序', en: 'Sort by {column}' },
  columns: { zh: '列', en: 'Columns' },
  columnsTitle: { zh: '选择表格显示的列（会记住）', en: 'Choose the columns the table shows (remembered)' },
  filters: { zh: '筛选', en: 'Filters' },
  filtersActive: { zh: '筛选（{count}）', en: 'Filters ({count})' },
  details: { zh: '详情', en: 'Details' },
  closeDetails: { zh: '关闭详情', en: 'Close details' },

  manageTag: { zh: '管理标签“{tag}”', en: 'Manage tag “{tag}”' },
  tagName: { zh: '名称', en: 'Name' },
  tagRename: { zh: '改名', en: 'Rename' },
  tagColour: { zh: '颜色', en: 'Colour' },
  tagColourOption: { zh: '颜色 {colour}', en: 'Colour {colour}' },
  tagDelete: { zh: '删除标签', en: 'Delete tag' },
  tagDeleteConfirmTitle: { zh: '删除标签“{tag}”？', en: 'Delete the tag “{tag}”?' },
  tagDeleteConfirmBody: { zh: '将从 {count} 条条目上去掉这个标签，条目本身保留。', en: 'It is removed from {count} {count|item|items}; the {count|item stays|items stay}.' },
  tagRenamed: { zh: '已将“{from}”改名为“{to}”（{count} 条）', en: 'Renamed “{from}” to “{to}” ({count} {count|item|items})' },
  tagDeleted: { zh: '已删除标签“{tag}”（{count} 条）', en: 'Deleted the tag “{tag}” ({count} {count|item|items})' },
  col_createdAt: { zh: '创建时间', en: 'Created' },
  col_updatedAt: { zh: '修改时间', en: 'Updated' },
  col_report: { zh: '报告', en: 'Report' },
  col_site: { zh: '网站', en: 'Site' },
  col_section: { zh: '章节', en: 'Section' },
  col_kind: { zh: '类型', en: 'Kind' },
  col_metric: { zh: '指标', en: 'Metric' },
  col_value: { zh: '数值', en: 'Value' },
  col_max: { zh: '上限', en: 'Max' },
  col_unit: { zh: '单位', en: 'Unit' },
  col_cmp: { zh: '比较', en: 'Comparator' },
  col_strength: { zh: '力度', en: 'Strength' },
  col_deadline: { zh: '期限', en: 'Deadline' },
  col_quote: { zh: '原文', en: 'Quote' },
  col_tags: { zh: '标签', en: 'Tags' },
  col_note: { zh: '备注', en: 'Note' },
  col_status: { zh: '状态', en: 'Status' },
} as const satisfies MessageTable;

export type CollectionMessages = typeof COLLECTION_MESSAGES;
export type CollectionKey = keyof CollectionMessages;

/** `{count|item|items}` → "item" when params.count is 1, else "items". */
export function agreeNumbers(text: string, params: Record<string, string | number> | undefined): string {
  if (!params) return text;
  return text.replace(/\{(\w+)\|([^|{}]*)\|([^|{}]*)\}/g, (whole, name: string, one: string, other: string) =>
    name in params ? (Number(params[name]) === 1 ? one : other) : whole,
  );
}

export function collectionTranslator(language?: Language): Translator<CollectionMessages> {
  const t = translator(COLLECTION_MESSAGES, language);
  return (key, params) => agreeNumbers(t(key, params), params);
}
