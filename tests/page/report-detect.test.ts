import { describe, expect, test } from 'vitest';
import { isGovCnHost, MIN_REPORT_ITEMS, reportEvidence, runsByItself } from '../../lib/page/report-detect';

describe('isGovCnHost', () => {
  test.each([
    ['gov.cn', true],
    ['www.gov.cn', true],
    ['www.xiuzhou.gov.cn', true],
    ['WWW.ZJ.GOV.CN', true],
    ['www.gov.cn.', true],
    ['gov.cn.example.org', false],
    ['notgov.cn', false],
    ['www.gov.com', false],
    ['127.0.0.1', false],
  ])('%s → %s', (host, expected) => {
    expect(isGovCnHost(host)).toBe(expected);
  });
});

describe('does the page read like a report, and does the annotator run by itself', () => {
  const few = MIN_REPORT_ITEMS - 1;
  test.each([
    // host, title, text, items, evidence, runs by itself
    ['www.xiuzhou.gov.cn', '2025年政府工作报告', '各位代表：现在…', 3, 'title', true],
    ['www.xiuzhou.gov.cn', '秀洲区党代会工作报告（节选）', '…', 0, 'title', true],
    ['www.zj.gov.cn', '省第十五次党代表大会开幕', '…', 1, 'title', true],
    ['www.zj.gov.cn', '要闻', '在浙江省第十五次代表大会上的报告\n同志们：', 2, 'heading', true],
    ['www.zj.gov.cn', '国民经济和社会发展统计公报', '全年地区生产总值增长5%…', MIN_REPORT_ITEMS, 'items', true],
    ['www.zj.gov.cn', '通知公告', '关于开展2026年度统计执法检查的公告', few, null, false],
    ['www.zj.gov.cn', '政务动态', `${'某'.repeat(400)}认真落实政府工作报告部署`, 2, null, false],
    ['www.zj.gov.cn', '首页', '', 0, null, false],
    // A site the reader granted: any page with an item.
    ['www.sxyz.example.org', '每周一学', '全年国内生产总值增长3%', 1, null, true],
    ['www.sxyz.example.org', '学校简介', '学校创建于1906年', 0, null, false],
    ['www.sxyz.example.org', '2023年政府工作报告全文', '…', 0, 'title', true],
  ] as const)('%s “%s” with %i items', (host, title, text, itemCount, evidence, runs) => {
    const page = { title, text, itemCount };
    expect(reportEvidence(page)).toBe(evidence);
    expect(runsByItself(host, page)).toBe(runs);
  });
});
