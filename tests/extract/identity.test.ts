import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { reportIdentityOf } from '../../lib/extract/identity';
import type { ReportIdentity } from '../../lib/extract/types';
import { htmlToReportText } from '../../scripts/html-text';

const CORPUS = join(__dirname, '../fixtures/corpus');
const read = (path: string) => readFileSync(join(CORPUS, path), 'utf8').replace(/^\uFEFF/, '');

const GWR = 'government_work_report';
const PARTY = 'party_congress_report';

const national = (year: number): ReportIdentity => ({ place: '全国', level: 'national', year, genre: GWR });
const province2026 = (place: string): ReportIdentity => ({ place, level: 'province', year: 2026, genre: GWR });

/** What each corpus report says of itself; null where its text does not tell (a cut passage). */
const CORPUS_IDENTITIES: [string, ReportIdentity][] = [
  ...[2015, 2016, 2017, 2018, 2019, 2021, 2022, 2023, 2024, 2025].map((y): [string, ReportIdentity] => [`national/gwr-${y}.txt`, national(y)]),
  ...(
    [
      ['anhui', '安徽省'], ['beijing', '北京市'], ['chongqing', '重庆市'], ['fujian', '福建省'], ['gansu', '甘肃省'],
      ['guangdong', '广东省'], ['guangxi', '广西壮族自治区'], ['guizhou', '贵州省'], ['hainan', '海南省'], ['hebei', '河北省'],
      ['heilongjiang', '黑龙江省'], ['henan', '河南省'], ['hubei', '湖北省'], ['hunan', '湖南省'], ['jiangsu', '江苏省'],
      ['jiangxi', '江西省'], ['jilin', '吉林省'], ['liaoning', '辽宁省'], ['neimenggu', '内蒙古自治区'], ['ningxia', '宁夏回族自治区'],
      ['qinghai', '青海省'], ['shaanxi', '陕西省'], ['shandong', '山东省'], ['shanghai', '上海市'], ['shanxi', '山西省'],
      ['sichuan', '四川省'], ['tianjin', '天津市'], ['xinjiang', '新疆维吾尔自治区'], ['xizang', '西藏自治区'], ['yunnan', '云南省'],
      ['zhejiang', '浙江省'],
    ] as const
  ).map(([file, place]): [string, ReportIdentity] => [`provincial-2026/${file}.txt`, province2026(place)]),
  // A district party congress report, cut from a listing page (市级党代会工作报告-51篇): 秀洲 named in its slogans, 全区.
  ['seeds/000_bdbca4175f7def8c.txt', { place: '秀洲区', level: 'county', year: null, genre: PARTY }],
  // A city government work report (各位代表), 绍兴 named in 绍兴特色, 健康绍兴; no year in the excerpt.
  ['seeds/003_fdbd4ee5fec1462b.txt', { place: '绍兴市', level: 'city', year: null, genre: GWR }],
  ['passages/gwr-city-chongqing-2026-targets.txt', { place: '重庆市', level: 'province', year: 2026, genre: GWR }],
  // An industry section of 1954: the country (我國), but no year of its own and no genre cue.
  ['passages/gwr-national-1954-traditional.txt', { place: '全国', level: 'national', year: null, genre: 'other' }],
  ['passages/gwr-national-1995.txt', national(1995)],
  ['passages/gwr-national-2018-review.txt', national(2018)],
  ['passages/gwr-national-2018-targets.txt', national(2018)],
  ['passages/gwr-national-2019-targets.txt', national(2019)],
  // 今年 throughout, but the year is never written: only the address would tell.
  ['passages/gwr-national-2020-targets.txt', { ...national(2020), year: null }],
  ['passages/gwr-national-2021-14th-fyp-targets.txt', national(2021)],
  ['passages/gwr-national-2023-targets-news-digest.txt', { ...national(2023), year: null }],
  ['passages/gwr-national-2024-review.txt', national(2024)],
  ['passages/gwr-national-2025-targets.txt', national(2025)],
  ['passages/gwr-province-gansu-2026-review.txt', province2026('甘肃省')],
  ['passages/gwr-province-jiangxi-2026-list.txt', province2026('江西省')],
  ['passages/gwr-province-zhejiang-2026-targets.txt', province2026('浙江省')],
  ['passages/party-congress-national-2022.txt', { place: '全国', level: 'national', year: null, genre: PARTY }],
  ['passages/party-congress-province-zhejiang-2022.txt', { place: '浙江省', level: 'province', year: null, genre: PARTY }],
];

describe('the identity of every corpus report, read from its text', () => {
  test.each(CORPUS_IDENTITIES)('%s', (path, expected) => {
    expect(reportIdentityOf(read(path))).toEqual(expected);
  });

  test('the real web page: its main text and title', () => {
    const page = htmlToReportText(read('html/school-page-gwr-2023.html'));
    // The page's title names a school in 绍兴市; the report it carries is the national one.
    expect(reportIdentityOf(page.text, { title: page.title })).toEqual(national(2023));
  });
});

describe('hints from the address and the title', () => {
  test.each([
    ['a year in the address', { url: 'http://www.gov.cn/guowuyuan/2020zfgzbg.htm' }, { place: '全国', year: 2020 }],
    ['a year in a file name', { url: 'corpus/passages/gwr-national-2020-targets.txt' }, { place: '全国', year: 2020 }],
  ])('%s', (_, hints, expected) => {
    const identity = reportIdentityOf(read('passages/gwr-national-2020-targets.txt'), hints);
    expect(identity).toMatchObject(expected);
  });

  const plain = '今年要坚持稳中求进，全面推进各项工作。主要指标：地区生产总值增长5%。';
  test.each([
    ['https://www.zj.gov.cn/art/2026/1/22/art_1229463129_60268932.html', '浙江省', 'province'],
    ['https://tjj.zj.gov.cn/art/2026/2/28/art_1229129205.html', '浙江省', 'province'],
    ['https://www.gd.gov.cn/zwgk/gongbao/2026/1/content.html', '广东省', 'province'],
    ['https://www.gov.cn/gongbao/2025/issue_11946/content.html', '全国', 'national'],
    ['https://www.hangzhou.gov.cn/art/2026/1/1/art_1.html', null, null],
    ['file:///home/me/reports/anhui.txt', '安徽省', 'province'],
    ['reports/anhui.txt', '安徽省', 'province'],
  ])('%s → %s', (url, place, level) => {
    expect(reportIdentityOf(plain, { url })).toMatchObject({ place, level });
  });

  test('the text outranks the address', () => {
    const text = '各位代表：\n现在，我代表省人民政府，向大会报告工作。\n全省上下，安徽安徽安徽。';
    expect(reportIdentityOf(text, { url: 'https://www.zj.gov.cn/x.html' }).place).toBe('安徽省');
  });
});

describe('genre, place and year from the shapes of other kinds of report', () => {
  test.each<[string, string, Partial<ReportIdentity>]>([
    ['a city communiqué', '2025年杭州市国民经济和社会发展统计公报\n杭州市统计局\n2026年3月1日\n初步核算，全年全市生产总值21860亿元，比上年增长5.5%。',
      { place: '杭州市', level: 'city', year: 2025, genre: 'statistical_communique' }],
    ['a statistics bureau analysis', '2025年全省经济运行情况分析\n浙江省统计局\n全年全省生产总值比上年增长5.5%。',
      { place: '浙江省', genre: 'statistical_communique' }],
    ['a communiqué without a title', '初步核算，全年地区生产总值比上年增长5.2%。年末常住人口1000万人，比上年末增加5万人。全年粮食产量比上年增长1.1%。全年规模以上工业增加值比上年增长6.0%。',
      { genre: 'statistical_communique' }],
    ['an action plan', '秀洲区推进共同富裕三年行动方案（2024—2026年）\n一、主要目标\n到2026年，全区居民人均可支配收入达到8万元。',
      { place: '秀洲区', level: 'county', year: 2024, genre: 'plan' }],
    ['a plan outline', '杭州市国民经济和社会发展第十五个五年规划纲要\n第一章 发展基础\n主要指标 到2030年',
      { place: '杭州市', level: 'city', genre: 'plan' }],
    ['a list of livelihood projects', '2026年嘉兴市十大民生实事项目\n一、新增托位2000个。',
      { place: '嘉兴市', level: 'city', year: 2026, genre: 'livelihood_projects' }],
    ['a county government work report', '政府工作报告\n——2026年1月8日在秀洲区第三届人民代表大会第六次会议上\n各位代表：\n现在，我代表区人民政府，向大会报告工作。',
      { place: '秀洲区', level: 'county', year: 2026, genre: GWR }],
    ['a provincial party congress', '在中国共产党安徽省第十一次代表大会上的报告\n同志们：\n现在，我代表中国共产党安徽省第十届委员会向大会报告工作。',
      { place: '安徽省', level: 'province', genre: PARTY }],
    ['a national report opening with 各位代表 only', '各位代表：\n现在，我代表国务院，向大会报告政府工作。\n一、2030年工作回顾',
      { place: '全国', level: 'national', year: 2031, genre: GWR }],
    ['a city government work report', '2026年杭州市政府工作报告\n——2026年1月20日在杭州市第十四届人民代表大会第五次会议上\n各位代表：\n现在，我代表市人民政府，向大会报告工作。',
      { place: '杭州市', level: 'city', year: 2026, genre: GWR }],
    ['a district report named only in its slogans', '各位代表：\n现在，我代表区人民政府向大会报告工作。\n一、2025年工作回顾\n全区上下建设美丽余杭、平安余杭，余杭特色更加鲜明。',
      { place: '余杭区', level: 'county', year: 2026, genre: GWR }],
    ['the national party congress', '同志们：\n现在，我代表第十九届中央委员会向大会作报告。\n中国共产党第二十次全国代表大会，是在全党全国各族人民迈上新征程的关键时刻召开的。',
      { place: '全国', level: 'national', genre: PARTY }],
    ['a county communiqué', '2025年秀洲区国民经济和社会发展统计公报\n全年全区生产总值比上年增长6.0%。',
      { place: '秀洲区', level: 'county', year: 2025, genre: 'statistical_communique' }],
    ['a provincial report that names other provinces', '2026年安徽省政府工作报告\n各位代表：\n深化与江苏、浙江、上海合作，江苏江苏浙江浙江上海上海。',
      { place: '安徽省', level: 'province', year: 2026, genre: GWR }],
    ['Traditional characters and a year in Chinese digits', '二〇二六年政府工作報告\n各位代表：我代表國務院',
      { place: '全国', year: 2026, genre: GWR }],
  ])('%s', (_, text, expected) => {
    expect(reportIdentityOf(text)).toMatchObject(expected);
  });

  test('an empty text says nothing', () => {
    expect(reportIdentityOf('')).toEqual({ place: null, level: null, year: null, genre: 'other' });
  });
});
