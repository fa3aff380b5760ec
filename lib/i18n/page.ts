/** UI text of the on-page annotator (summary, card, selection button) and of the background's menus. */

import { translator, type Language } from './index';
import { KIND_MESSAGES } from './kinds';

export const PAGE_TEXT = {
  appName: { zh: '报告标注', en: 'Report Annotator' },

  ...KIND_MESSAGES,

  // Summary
  reading: { zh: '正在读取本页…', en: 'Reading this page…' },
  noText: { zh: '此页没有可读的正文。', en: 'This page has no readable text.' },
  noTextShort: { zh: '无可读正文', en: 'No readable text' },
  failedShort: { zh: '出错了', en: 'Something went wrong' },
  noItems: {
    zh: '此页未发现数字目标、结果或承诺。选中文字可标为条目。',
    en: 'No numeric targets, results or commitments found. Select text to mark one.',
  },
  collectedCount: { zh: '已收藏 {count}', en: '{count} collected' },
  taggedCount: { zh: '已加标签 {count}', en: '{count} tagged' },
  notFoundCount: { zh: '{count} 条已保存的条目未找到', en: '{count} saved items not found' },
  notFoundHint: {
    zh: '页面内容已变化，这些条目仍保存在收藏中。',
    en: 'The page has changed; these items are kept in your collection.',
  },
  shortcutHint: { zh: 'J / K 逐条查看 · Esc 关闭卡片', en: 'J / K step through · Esc closes the card' },
  hideSummary: { zh: '收起', en: 'Hide' },
  summaryLabel: { zh: '报告标注摘要', en: 'Report Annotator summary' },
  openSummary: { zh: '展开摘要', en: 'Open the summary' },
  kindToggleTitle: { zh: '在页面上显示或隐藏{kind}', en: 'Show or hide {kind} on the page' },
  kindsShown: { zh: '在页面上显示', en: 'Shown on the page' },
  moveLabel: { zh: '位置', en: 'Move' },
  moveTo_top_left: { zh: '移到左上角', en: 'Move to the top left' },
  moveTo_top_right: { zh: '移到右上角', en: 'Move to the top right' },
  moveTo_bottom_left: { zh: '移到左下角', en: 'Move to the bottom left' },
  moveTo_bottom_right: { zh: '移到右下角', en: 'Move to the bottom right' },
  outline: { zh: '目录', en: 'Outline' },
  outlineTitle: { zh: '本页条目', en: 'Items on this page' },
  outlineSearch: { zh: '搜索条目或章节', en: 'Search items or sections' },
  outlineCount: { zh: '{shown} / {total} 条', en: '{shown} of {total}' },
  outlineEmpty: { zh: '没有匹配的条目。', en: 'No matching items.' },
  noSection: { zh: '（未分章节）', en: '(no section)' },
  alwaysOnHere: { zh: '已设为在此网站始终运行', en: 'Runs by itself on this site' },
  stopAlwaysOn: { zh: '停止', en: 'Stop' },
  alwaysOnOffer: { zh: '在此网站始终运行', en: 'Always run on this site' },
  alwaysOnOfferHint: {
    zh: '以后打开此网站的页面时自动标注（会请你在新窗口中确认）。',
    en: 'Annotate this site’s pages by itself from now on (you confirm in a new window).',
  },
  alwaysOnAsked: { zh: '请在新打开的窗口中确认。', en: 'Please confirm in the window that opened.' },
  failed: { zh: '操作失败：{reason}', en: 'Failed: {reason}' },
  textCut: {
    zh: '此页正文很长（{total} 字），只读取了前 {read} 字；其后的条目未标出。',
    en: 'This page’s text is long ({total} characters): only the first {read} were read, and items after them are not shown.',
  },
  quotaExceeded: {
    zh: '磁盘空间不足，浏览器未能保存。请腾出空间后再试。',
    en: 'The disk is full, so the browser could not save this. Free some space and try again.',
  },
  tagTooLong: { zh: '标签太长（最多 {max} 个字符），未保存。', en: 'Tag too long (at most {max} characters); not saved.' },
  tagTooMany: { zh: '标签太多（每条最多 {max} 个），未保存。', en: 'Too many tags (at most {max} per item); not saved.' },

  // Card
  cardLabel: { zh: '{kind}：{quote}', en: '{kind}: {quote}' },
  metric: { zh: '指标', en: 'Metric' },
  figure: { zh: '数值', en: 'Figure' },
  strength: { zh: '力度', en: 'Strength' },
  deadline: { zh: '期限', en: 'Deadline' },
  section: { zh: '章节', en: 'Section' },
  none: { zh: '—', en: '—' },
  strength_binding: { zh: '约束性（确保、必须）', en: 'Binding (确保, 必须)' },
  strength_aspirational: { zh: '预期性（力争、争取）', en: 'Aspirational (力争, 争取)' },
  strengthCue_binding: { zh: '约束性（“{cue}”）', en: 'Binding (“{cue}”)' },
  strengthCue_aspirational: { zh: '预期性（“{cue}”）', en: 'Aspirational (“{cue}”)' },
  indicator: { zh: '指标项', en: 'Indicator' },
  direction: { zh: '方向', en: 'Direction' },
  from: { zh: '起始值', en: 'From' },
  period: { zh: '期间', en: 'Period' },
  correctedByReader: { zh: '已更正', en: 'Corrected' },
  correctMeaning: { zh: '更正指标', en: 'Correct what it measures' },
  noIndicator: { zh: '（不是重点指标）', en: '(not a headline indicator)' },
  saveMeaning: { zh: '保存', en: 'Save' },
  cancel: { zh: '取消', en: 'Cancel' },
  metricEmpty: { zh: '请填写指标', en: 'Please name the metric' },
  historyTitle: { zh: '{place}历年', en: '{place}, year by year' },
  historyRow: { zh: '{year} 目标 {target} → 实际 {result}', en: '{year} target {target} → actual {result}' },
  historyNoTarget: { zh: '未设', en: 'none set' },
  historyNoResult: { zh: '待公布', en: 'not yet reported' },
  historyFailed: { zh: '历年数据读取失败', en: 'Could not read the other years' },
  kindLabel: { zh: '类型', en: 'Kind' },
  tags: { zh: '标签', en: 'Tags' },
  tagPlaceholder: { zh: '输入标签，回车添加', en: 'Type a tag, Enter adds it' },
  removeTag: { zh: '移除标签“{tag}”', en: 'Remove tag “{tag}”' },
  suggestedTags: { zh: '常用标签', en: 'Your tags' },
  note: { zh: '笔记', en: 'Note' },
  notePlaceholder: { zh: '写点笔记…（Ctrl+Enter 保存）', en: 'Write a note… (Ctrl+Enter saves)' },
  saveNote: { zh: '保存笔记', en: 'Save note' },
  collect: { zh: '收藏', en: 'Collect' },
  collected: { zh: '已收藏', en: 'Collected' },
  manual: { zh: '手动标注', en: 'Marked by hand' },
  dismiss: { zh: '不是条目', en: 'Not an item' },
  delete: { zh: '删除', en: 'Delete' },
  close: { zh: '关闭', en: 'Close' },
  dismissed: { zh: '已忽略一条', en: 'Item dismissed' },
  deleted: { zh: '已删除一条', en: 'Item deleted' },
  undo: { zh: '撤销', en: 'Undo' },
  saving: { zh: '保存中…', en: 'Saving…' },

  // Selection
  markSelection: { zh: '标为条目', en: 'Mark as item' },

  // The page that asks for a site ("always run on this site")
  grantTitle: { zh: '在此网站始终运行？', en: 'Always run on this site?' },
  grantText: {
    zh: '允许「报告标注」在 {site} 的页面上自动找出并标注目标、成果和承诺。页面内容不会离开你的浏览器。',
    en: 'Let Report Annotator find and highlight targets, results and commitments on the pages of {site} by itself. Nothing leaves your browser.',
  },
  grantAllow: { zh: '允许', en: 'Allow' },
  grantCancel: { zh: '取消', en: 'Cancel' },
  grantDone: { zh: '已允许。此网站的页面今后会自动标注。', en: 'Done: this site’s pages are annotated by themselves from now on.' },
  grantRefused: { zh: '未允许，什么也没有改变。', en: 'Not allowed; nothing changed.' },
  grantBadSite: { zh: '这个地址不能设为始终运行。', en: 'This address cannot be set to run by itself.' },

  // Popup: collect all, undone
  collectedAllUndo: { zh: '已收藏 {count} 条', en: '{count} collected' },
  collectAllUndone: { zh: '已撤销，{count} 条不再收藏', en: 'Undone: {count} no longer collected' },
  collectAllUndoFailed: { zh: '撤销失败：{reason}', en: 'Undo failed: {reason}' },

  // Background: context menu
  menuRunHere: { zh: '在此页标注报告', en: 'Annotate this page' },
  menuAlwaysHere: { zh: '在此网站始终运行', en: 'Always run on this site' },
} as const;

export type PageTextKey = keyof typeof PAGE_TEXT;

export const pageText = (language?: Language) => translator(PAGE_TEXT, language);
