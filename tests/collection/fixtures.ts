import type { ItemRecord, ReportRecord } from '../../lib/store/records';

export const REPORT_A: ReportRecord = {
  id: 'https://www.gov.cn/a.htm',
  url: 'https://www.gov.cn/a.htm',
  title: '2025年政府工作报告',
  site: 'www.gov.cn',
  firstVisit: 1,
  lastVisit: 2,
  identity: { place: '全国', level: 'national', year: 2025, genre: 'government_work_report' },
  identityCorrected: false,
};

export const REPORT_B: ReportRecord = {
  id: 'https://www.beijing.gov.cn/b.html',
  url: 'https://www.beijing.gov.cn/b.html',
  title: '北京市政府工作报告',
  site: 'www.beijing.gov.cn',
  firstVisit: 1,
  lastVisit: 3,
  identity: { place: '北京市', level: 'province', year: null, genre: 'government_work_report' },
  identityCorrected: false,
};

export const REPORTS = new Map([REPORT_A, REPORT_B].map((r) => [r.id, r]));

let n = 0;
export function item(over: Partial<ItemRecord> & { quote?: string } = {}): ItemRecord {
  const { quote = '国内生产总值增长5%左右', ...rest } = over;
  n++;
  return {
    id: `i${String(n).padStart(3, '0')}`,
    reportId: REPORT_A.id,
    kind: 'target',
    selector: { quote: { exact: quote, prefix: '主要预期目标是：', suffix: '；' }, position: { start: n * 10, end: n * 10 + quote.length } },
    metric: '国内生产总值',
    value: 5,
    max: null,
    unit: '%',
    cmp: '~',
    strength: null,
    deadline: null,
    section: '一、总体要求',
    indicator: null,
    direction: null,
    from: null,
    period: null,
    strengthCue: null,
    parsedByReader: false,
    tags: [],
    note: '',
    source: 'auto',
    status: 'active',
    createdAt: 1000 + n,
    updatedAt: 1000 + n,
    ...rest,
  };
}
