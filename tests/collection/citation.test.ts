import { describe, expect, test } from 'vitest';
import { citationOf, citedReportOf } from '../../lib/collection/citation';
import type { ReportRecord } from '../../lib/store/records';
import { REPORT_A, item } from './fixtures';

describe('where and when a report was given, from its title and address', () => {
  test.each<[string, string, { place: string | null; year: number | null }]>([
    ['北京市2026年政府工作报告', 'https://www.beijing.gov.cn/b.html', { place: '北京市', year: 2026 }],
    ['2025年广西壮族自治区政府工作报告', 'https://www.gxzf.gov.cn/a.html', { place: '广西壮族自治区', year: 2025 }],
    ['秀洲区党代会工作报告', 'https://www.xiuzhou.gov.cn/a.html', { place: '秀洲区', year: null }],
    ['政府工作报告——2025年3月5日在第十四届全国人民代表大会第三次会议上', 'https://www.gov.cn/a.htm', { place: '全国', year: 2025 }],
    ['政府工作报告', 'https://www.gov.cn/yaowen/liebiao/202503/content_7013163.htm', { place: null, year: 2025 }],
    ['政府工作报告', 'https://www.hangzhou.gov.cn/art/t20240130_123.html', { place: null, year: 2024 }],
    ['关于做好全市防汛工作的通知', 'https://x.gov.cn/a.html', { place: null, year: null }],
    ['2026年第1号省政府工作报告', 'https://x.gov.cn/reports/0.html', { place: null, year: 2026 }],
    ['', 'file:///C:/reports/a.html', { place: null, year: null }],
  ])('%s (%s)', (title, url, expected) => {
    expect(citedReportOf({ title, url })).toEqual(expected);
  });
});

describe('where and when a report was given, from its stored identity', () => {
  test.each<[string, Partial<ReportRecord>, { place: string | null; year: number | null }]>([
    ['read from the text', { title: '政府工作报告', identity: { place: '安徽省', level: 'province', year: 2026, genre: 'government_work_report' } }, { place: '安徽省', year: 2026 }],
    ['corrected by the reader, whatever the title says', { title: '北京市2026年政府工作报告', identity: { place: '天津市', level: 'province', year: 2025, genre: 'government_work_report' }, identityCorrected: true }, { place: '天津市', year: 2025 }],
    ['what it leaves unknown, from the title', { title: '北京市2026年政府工作报告', identity: { place: null, level: null, year: null, genre: 'other' } }, { place: '北京市', year: 2026 }],
  ])('%s', (_name, over, expected) => {
    expect(citedReportOf({ ...REPORT_A, ...over })).toEqual(expected);
  });
});

describe('copy as citation', () => {
  const gdp = item({ quote: '国内生产总值增长5%左右' });
  const link = 'https://www.gov.cn/a.htm#:~:text=%E4%B8%BB%E8%A6%81%E9%A2%84%E6%9C%9F%E7%9B%AE%E6%A0%87%E6%98%AF%EF%BC%9A-,%E5%9B%BD%E5%86%85%E7%94%9F%E4%BA%A7%E6%80%BB%E5%80%BC%E5%A2%9E%E9%95%BF5%25%E5%B7%A6%E5%8F%B3,-%EF%BC%9B';
  const unknown = { place: null, level: null, year: null, genre: 'other' } as const;
  const titled = (title: string): ReportRecord => ({ ...REPORT_A, title, identity: unknown });

  test.each<[string, ReportRecord, 'zh' | 'en', string]>([
    ['the title says the year; the stored identity adds the place', REPORT_A, 'zh', `“国内生产总值增长5%左右”——《2025年政府工作报告》（全国）。${link}`],
    ['… in English', REPORT_A, 'en', `“国内生产总值增长5%左右” — 2025年政府工作报告 (全国). ${link}`],
    ['the title says the year; no place is known', titled('2025年政府工作报告'), 'zh', `“国内生产总值增长5%左右”——《2025年政府工作报告》。${link}`],
    ['a corrected identity is cited', { ...REPORT_A, identity: { place: '合肥市', level: 'city', year: 2024, genre: 'government_work_report' }, identityCorrected: true }, 'zh', `“国内生产总值增长5%左右”——《2025年政府工作报告》（合肥市，2024年）。${link}`],
    ['place and year the title does not say are added', titled('政府工作报告——国务院总理 李强'), 'zh', `“国内生产总值增长5%左右”——《政府工作报告——国务院总理 李强》（全国）。${link}`],
    ['… in English', titled('政府工作报告——国务院总理 李强'), 'en', `“国内生产总值增长5%左右” — 政府工作报告——国务院总理 李强 (全国). ${link}`],
    ['a report with no title goes by its site', titled(''), 'zh', `“国内生产总值增长5%左右”——《www.gov.cn》。${link}`],
  ])('%s', (_name, report, language, expected) => {
    expect(citationOf(gdp, report, language)).toBe(expected);
  });

  test('the year from the address, the quote on one line, no link where none may be opened', () => {
    const report: ReportRecord = { ...REPORT_A, id: 'file:///C:/r/202503/a.html', url: 'file:///C:/r/202503/a.html', title: '报告', identity: unknown };
    const it = item({ reportId: report.id, quote: '粮食产量\n1.4万亿斤' });
    expect(citationOf(it, report, 'zh')).toBe('“粮食产量 1.4万亿斤”——《报告》（2025年）。file:///C:/r/202503/a.html');
    const unsafe = { ...report, id: 'javascript:alert(1)', url: 'javascript:alert(1)' };
    expect(citationOf(it, unsafe, 'en', { place: null, year: null })).toBe('“粮食产量 1.4万亿斤” — 报告.');
  });
});
