/**
 * UI text of the collection page's tracker view (追踪 / Tracker). zh is the default; en where the
 * browser is English. Status names and the judgement rule come from lib/tracker (STATUS_LABELS,
 * JUDGEMENT_RULE), written once there for the command line, the exports and this view.
 */

import { agreeNumbers } from './collection';
import { translator, type Language, type MessageTable, type Translator } from './index';

export const TRACKER_MESSAGES = {
  tabItems: { zh: '标注', en: 'Items' },
  tabTracker: { zh: '追踪', en: 'Tracker' },
  tabsLabel: { zh: '视图', en: 'Views' },
  trackerTitle: { zh: '目标追踪', en: 'Target tracker' },
  trackerIntro: {
    zh: '每年报告设定的目标，与下一年报告公布的实际值对照。',
    en: 'Each year’s targets, held against the results the next year’s report gives.',
  },

  filtersLabel: { zh: '选择指标和地区', en: 'Choose the indicator and places' },
  indicatorLabel: { zh: '指标', en: 'Indicator' },
  headlineGroup: { zh: '主要指标', en: 'Headline indicators' },
  collectedGroup: { zh: '收藏的指标', en: 'Metrics you collected' },
  metricOption: { zh: '{name}（收藏 {count} 条）', en: '{name} ({count} collected)' },
  metricRule: {
    zh: '收藏的指标没有固定的好坏方向，按目标的写法判断：写明“以内/不超过”或“下降/降低”的目标视为上限，其余视为下限。当年报告的目标对应当年，实际值对应上一年（条目写明年份的按所写年份）；年均、累计等跨年数值不计。',
    en: 'A collected metric has no fixed better way, so the target says it: one written “or less” (以内, 不超过) or as a fall (下降, 降低) is a ceiling, any other a floor. A report’s target is for its own year, its result for the year before (or the year the item names); yearly averages and sums over years are left out.',
  },
  indicatorOption: { zh: '{name}（{count} 行）', en: '{name} ({count} {count|row|rows})' },
  levelLabel: { zh: '级别', en: 'Level' },
  allLevels: { zh: '全部级别', en: 'All levels' },
  placeLabel: { zh: '地区', en: 'Place' },
  allPlaces: { zh: '全部地区', en: 'All places' },
  clearFilters: { zh: '清除筛选', en: 'Clear filters' },
  rowsShown: { zh: '{places} 个地区 · {rows} 行', en: '{places} {places|place|places} · {rows} {rows|row|rows}' },
  statusCounts: { zh: '状态统计', en: 'Statuses' },

  colPlace: { zh: '地区', en: 'Place' },
  colYear: { zh: '年份', en: 'Year' },
  colTarget: { zh: '目标', en: 'Target' },
  colResult: { zh: '实际', en: 'Result' },
  colStatus: { zh: '状态', en: 'Status' },
  tableCaption: {
    zh: '{indicator}：各地区各年份的目标（当年报告）与实际（次年报告）',
    en: '{indicator}: each place’s target (that year’s report) and result (the next year’s report), by year',
  },
  none: { zh: '—', en: '—' },
  noneLabel: { zh: '无', en: 'none' },
  inWords: { zh: '文字表述', en: 'in words' },
  openTarget: { zh: '打开 {year} 年报告中的目标原文：{quote}', en: 'Open the target in the {year} report: {quote}' },
  openResult: { zh: '打开次年报告中的实际值原文：{quote}', en: 'Open the result in the next year’s report: {quote}' },

  chartTitle: { zh: '{place}：{indicator}', en: '{place}: {indicator}' },
  chartDesc: {
    zh: '{from}–{to} 年。{rows}',
    en: '{from}–{to}. {rows}',
  },
  chartRowDesc: { zh: '{year} 年目标 {target}，实际 {result}，{status}', en: '{year}: target {target}, result {result}, {status}' },
  chartLegendTarget: { zh: '目标（区间为色带）', en: 'Target (a range is a band)' },
  chartLegendResult: { zh: '实际值', en: 'Result' },
  chartOtherUnits: {
    zh: '{count} 行的单位与其他行不同，未画入图中（见表格）。',
    en: '{count} {count|row is|rows are} in another unit and left out of the charts (see the table).',
  },
  chartsLabel: { zh: '图表', en: 'Charts' },
  tableLabel: { zh: '表格', en: 'Table' },
  ruleTitle: { zh: '判断规则', en: 'How results are judged' },

  exportCsv: { zh: '导出 CSV', en: 'Export CSV' },
  exportCsvTitle: { zh: '导出表格中显示的 {count} 行（Excel 可直接打开）', en: 'Export the {count} {count|row|rows} shown (opens in Excel)' },
  exportJson: { zh: '导出 JSON', en: 'Export JSON' },
  exportJsonTitle: {
    zh: '导出追踪中的全部报告和各指标的全部行，格式与命令行 npm run track --format json 相同',
    en: 'Export every report in the tracker and every row of every indicator, as the command line’s npm run track --format json writes it',
  },
  exportedCsv: { zh: '已导出 {count} 行到 {file}', en: 'Exported {count} {count|row|rows} to {file}' },
  exportedJson: { zh: '已导出 {reports} 份报告、{rows} 行到 {file}', en: 'Exported {reports} {reports|report|reports} and {rows} {rows|row|rows} to {file}' },
  exportFailed: { zh: '导出失败：{reason}', en: 'Export failed: {reason}' },
  nothingToExport: { zh: '没有可导出的行', en: 'Nothing to export' },

  reportsTitle: { zh: '追踪中的报告（{count}）', en: 'Reports in the tracker ({count})' },
  reportFigures: { zh: '{count} 个指标数值', en: '{count} headline {count|figure|figures}' },
  reportUnknown: { zh: '未识别出地区或年份，不计入追踪', en: 'Place or year not read: not tracked' },
  reportRemoved: { zh: '已移出', en: 'Removed' },
  removeReport: { zh: '移出追踪', en: 'Remove' },
  removeReportTitle: { zh: '把“{title}”移出追踪（之后访问也不会再加入，可随时加回）', en: 'Take “{title}” out of the tracker (later visits keep it out; you can add it back)' },
  removeReportLabel: { zh: '移出追踪：{title}', en: 'Remove: {title}' },
  addReportLabel: { zh: '加回追踪：{title}', en: 'Add back: {title}' },
  addReport: { zh: '加回追踪', en: 'Add back' },
  addReportTitle: { zh: '把“{title}”加回追踪', en: 'Put “{title}” back in the tracker' },
  removedReport: { zh: '已将“{title}”移出追踪', en: 'Took “{title}” out of the tracker' },
  addedReport: { zh: '已将“{title}”加回追踪', en: 'Put “{title}” back in the tracker' },
  saveFailed: { zh: '保存失败：{reason}', en: 'Saving failed: {reason}' },
  openReport: { zh: '打开报告', en: 'Open the report' },

  loading: { zh: '正在加载…', en: 'Loading…' },
  dbFailed: { zh: '无法读取追踪数据：{reason}', en: 'Could not read the tracker’s data: {reason}' },
  emptyTitle: { zh: '追踪表还是空的', en: 'The tracker is empty' },
  emptyBody: {
    zh: '追踪表在你阅读时自动填充：每打开一份政府工作报告，扩展就记下它的地区、年份和主要指标（都保存在本机）。',
    en: 'The tracker fills itself as you read: each government work report you open leaves its place, year and headline figures here (kept on this computer only).',
  },
  emptyHow: {
    zh: '打开同一地区相邻两年的报告（如某省 2025 年和 2026 年的政府工作报告），2025 年报告定下的目标就会和 2026 年报告公布的实际值并排出现，并标出是否完成。',
    en: 'Open two consecutive years’ reports of one place (say a province’s 2025 and 2026 government work reports): the targets the 2025 report set appear beside the results the 2026 report gives, marked met or missed.',
  },
  emptyAllRemoved: {
    zh: '追踪中的报告都已移出。在下方的报告列表中可以加回。',
    en: 'Every report has been taken out of the tracker. Add them back in the list of reports below.',
  },
  emptyIndicator: { zh: '追踪中的报告没有这个指标的数值。', en: 'The reports in the tracker give no figure for this indicator.' },
  emptyFiltered: { zh: '没有符合筛选条件的行。', en: 'No rows match the filters.' },
  onePlaceOneYear: {
    zh: '{place} 只有 {year} 年的报告：再打开它 {next} 年的报告，就能看到 {year} 年目标的完成情况。',
    en: '{place} has only its {year} report: open its {next} report to see how the {year} targets turned out.',
  },
} as const satisfies MessageTable;

export type TrackerMessages = typeof TRACKER_MESSAGES;
export type TrackerKey = keyof TrackerMessages;

export function trackerTranslator(language?: Language): Translator<TrackerMessages> {
  const t = translator(TRACKER_MESSAGES, language);
  return (key, params) => agreeNumbers(t(key, params), params);
}
