/**
 * Which report a text is: place (全国, 安徽省, 杭州市, 秀洲区), level, year and genre, read from the
 * report's own title lines, session line, opening, headings and vocabulary, with the page's title
 * and address as weaker hints. Pure and linear: a few passes of fixed patterns over the text.
 *
 * Everything here is a lexicon or a pattern that every report of its kind writes (我代表国务院,
 * 在X第十四届人民代表大会, 一、2025年工作回顾, 统计公报); nothing is lifted from one report.
 */

import { countMatches } from './voice';
import { foldString } from '../text/fold';
import type { ReportGenre, ReportIdentity, ReportLevel } from './types';

export interface IdentityHints {
  /** The page's or file's title (document.title, a file name). */
  title?: string;
  /** The page's address, or a file's path: a gov.cn host and a year in it are read as hints. */
  url?: string;
}

interface Province {
  name: string;
  short: string;
  /** The label before .gov.cn of the provincial government's own sites (www.zj.gov.cn, tjj.zj.gov.cn). */
  hosts: readonly string[];
}

/** The 34 provincial-level units; the four municipalities and five autonomous regions count as provinces. */
const PROVINCES: readonly Province[] = [
  ['北京市', '北京', 'beijing'], ['天津市', '天津', 'tj tianjin'], ['河北省', '河北', 'hebei'],
  ['山西省', '山西', 'shanxi'], ['内蒙古自治区', '内蒙古', 'nmg neimenggu'], ['辽宁省', '辽宁', 'ln liaoning'],
  ['吉林省', '吉林', 'jl jilin'], ['黑龙江省', '黑龙江', 'hlj heilongjiang'], ['上海市', '上海', 'shanghai'],
  ['江苏省', '江苏', 'jiangsu'], ['浙江省', '浙江', 'zj zhejiang'], ['安徽省', '安徽', 'ah anhui'],
  ['福建省', '福建', 'fujian'], ['江西省', '江西', 'jiangxi'], ['山东省', '山东', 'shandong'],
  ['河南省', '河南', 'henan'], ['湖北省', '湖北', 'hubei'], ['湖南省', '湖南', 'hunan'],
  ['广东省', '广东', 'gd guangdong'], ['广西壮族自治区', '广西', 'gxzf guangxi'], ['海南省', '海南', 'hainan'],
  ['重庆市', '重庆', 'cq chongqing'], ['四川省', '四川', 'sc sichuan'], ['贵州省', '贵州', 'guizhou'],
  ['云南省', '云南', 'yn yunnan'], ['西藏自治区', '西藏', 'xizang'], ['陕西省', '陕西', 'shaanxi'],
  ['甘肃省', '甘肃', 'gansu'], ['青海省', '青海', 'qinghai'], ['宁夏回族自治区', '宁夏', 'nx ningxia'],
  ['新疆维吾尔自治区', '新疆', 'xinjiang'], ['香港特别行政区', '香港', ''], ['澳门特别行政区', '澳门', ''],
  ['台湾省', '台湾', ''],
].map(([name, short, hosts]) => ({ name, short, hosts: hosts.split(' ').filter(Boolean) }));

const NATIONAL = '全国';
/** Names a national report goes by: the State Council, the country, the NPC. */
const NATIONAL_NAMES = new Set(['国务院', '全国', '中国', '我国', '中华人民共和国', '国家', '中央', '中共中央']);

const provinceOf = (name: string): Province | undefined =>
  PROVINCES.find((p) => name === p.name || name === p.short || (name.startsWith(p.short) && p.name.startsWith(name)));

const CJK = '\\u3400-\\u9fff';
const CN_DIGITS: Record<string, string> = { '〇': '0', '零': '0', '○': '0', 'Ｏ': '0', '一': '1', '二': '2', '三': '3', '四': '4', '五': '5', '六': '6', '七': '7', '八': '8', '九': '9' };

/**
 * One spelling for what the rules read: characters folded as everywhere (lib/text/fold.ts: full-width
 * digits and letters as ASCII, Traditional characters as Simplified, 1954 我國), and years in
 * Chinese digits (二〇二六年) as Arabic.
 */
export function foldForIdentity(text: string): string {
  return foldString(text).replace(/[一二][九〇零○][〇零○一二三四五六七八九]{2}(?=年)/g, (run) => [...run].map((c) => CN_DIGITS[c]).join(''));
}

/**
 * The lines above the opening (title, date, session, issuer, page furniture), or the first few
 * lines of a passage that has no opening.
 */
function headLines(text: string, count = 24): string[] {
  const lines: string[] = [];
  let start = 0;
  while (lines.length < count && start < text.length && start < 4000) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    const line = text.slice(start, end).replace(/[\s\u200b\u00a0]+/g, ' ').trim();
    if (/^(?:各位代表|同志们)/.test(line) || line.length > 80) break;
    if (line) lines.push(line);
    start = end + 1;
  }
  return lines;
}

/**
 * Lines short enough to be headings, anywhere in the text (一、2025年工作回顾), and the start of
 * numbered list lines (20.2026年10件民生实事：…).
 */
function* headingLines(text: string): Generator<string> {
  let start = 0;
  while (start < text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    const line = text.slice(start, end).trim();
    if (line && end - start <= 60) yield line;
    else if (/^\d{1,2}[.、]/.test(line)) yield line.slice(0, 40);
    start = end + 1;
  }
}


// ---------------------------------------------------------------- genre

const TITLE_GENRES: readonly [RegExp, ReportGenre][] = [
  [/统计公报|统计监测公报|普查公报|经济普查|统计年鉴|统计分析|(?:经济|工业|农业|服务业|消费|投资|外贸|市场)?运行(?:情况|简况|简析|态势|分析)|形势分析/, 'statistical_communique'],
  [/民生实事|为民办实事|民生项目清单/, 'livelihood_projects'],
  [/规划纲要|五年规划|行动方案|实施方案|行动计划|工作方案|攻坚方案|三年行动|实施意见|工作要点|(?:专项|发展)规划$|规划(?:（草案）|\(草案\))?$/, 'plan'],
  [/政府工作报告|代表.{0,8}人民政府.{0,6}报告/, 'government_work_report'],
  [/党代会|党代表大会|中国共产党.{0,12}代表大会|(?:省委|市委|区委|县委|委员会).{0,6}向.{0,16}代表大会/, 'party_congress_report'],
];

const GWR_OPENING = /各位代表|我代表(?:国务院|.{0,12}人民政府|.{0,4}政府)|报告政府工作|政府工作报告/;
const PARTY_MARKS = /全党|我们党|同志们|党代会|全面从严治党|党员干部/g;
const COMMUNIQUE_MARKS = /初步核算|初步测算|统计局|比上年(?:增长|下降|末)|同比(?:增长|下降)|年末|全年|一季度|上半年|前三季度|\d{1,2}[-—至~～]\d{1,2}月/g;
/**
 * What a communiqué never says: it plans nothing and speaks for no one (今年, 力争, 我们). An
 * analysis's 今年1-8月, 今年以来, 今年上半年 is the part of the year it reports on, no plan.
 */
const PLAN_VOICE = /今年(?!(?:\d{1,2}[-—至~～])?(?:1[0-2]|[1-9]|[一二三四五六七八九十]{1,2})月(?![^，。；\n]{0,3}(?:底|前))|以来|上半年|前三季度|一季度)|明年|力争|争取|预期目标|主要目标|我们|到20\d\d年/;
const PLAN_VOICES = new RegExp(PLAN_VOICE.source, 'g');
/** A numbered heading that plans (二、下半年工作安排): a summary and plan, not an analysis with advice. */
const PLANS_BY_HEADING = /(?:^|\n)\s*(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)])[^\n。]{0,20}(?:安排|打算|计划|任务|重点工作|思路)/;
/** How many times an analysis's marks must outnumber its words of advice. */
const ADVICE_RATIO = 5;
const PLAN_MARKS = /主要指标|目标任务|重点任务|保障措施|基本原则|到20\d\d年/g;
const GWR_MARKS = /政府工作|人民代表大会|本届政府|主要预期目标/;
/**
 * A document named in a book title near the start (记者从市发改委了解到，《2018年温州市…行动计划》…):
 * a news report or notice about a plan or a communiqué reads as the document it reports.
 */
const NAMED_DOCUMENT = /《[^《》]{0,40}?(统计公报|规划纲要|五年规划|行动方案|实施方案|行动计划|工作方案|民生实事[^《》]{0,4}|为民办实事[^《》]{0,4})》/;

function genreOfName(name: string): ReportGenre {
  for (const [pattern, genre] of TITLE_GENRES) if (pattern.test(name)) return genre;
  return 'other';
}

function genreOf(head: readonly string[], text: string): ReportGenre {
  for (const line of head) {
    for (const [pattern, genre] of TITLE_GENRES) if (pattern.test(line)) return genre;
  }
  if (GWR_OPENING.test(text)) return 'government_work_report';
  if (countMatches(text, PARTY_MARKS) > 0) return 'party_congress_report';
  const named = NAMED_DOCUMENT.exec(text.slice(0, 400));
  if (named) return genreOfName(named[1]);
  const marks = countMatches(text, COMMUNIQUE_MARKS);
  const perTenThousand = (n: number) => (n * 10000) / Math.max(text.length, 1);
  // A communiqué tells only what happened, impersonally: dense with 全年/比上年, with no plan and no 我们.
  // Its marks recur: one 全年 in a short text is no communiqué. An analysis may close with a few
  // words of advice (下一步要…, 力争…): still a report, when its marks outnumber them many times over.
  const planVoices = countMatches(text, PLAN_VOICES);
  const reportsOnly = planVoices === 0 || (planVoices * ADVICE_RATIO <= marks && !GWR_MARKS.test(text) && !PLANS_BY_HEADING.test(text));
  if (marks >= 3 && perTenThousand(marks) >= 8 && reportsOnly) return 'statistical_communique';
  if (GWR_MARKS.test(text)) return 'government_work_report';
  if (countMatches(text, PLAN_MARKS) >= 2) return 'plan';
  return 'other';
}

// ---------------------------------------------------------------- place

interface Place {
  place: string | null;
  level: ReportLevel | null;
}

const PLACE_SUFFIX = /(?:特别行政区|自治区|自治州|自治县|省|市|区|县|州|盟|旗)$/;

function levelOf(name: string): ReportLevel | null {
  if (name === NATIONAL) return 'national';
  if (PROVINCES.some((p) => p.name === name)) return 'province';
  if (/(?:市|州|盟|地区)$/.test(name)) return 'city';
  if (/(?:区|县|旗)$/.test(name)) return 'county';
  return null;
}

/** A candidate name as written before 政府工作报告, 人民代表大会, 省长…: a place, or nothing. */
function placeFromName(raw: string): string | null {
  const name = raw.replace(/^.*年度?/, '').replace(/^(?:中共|中国共产党)/, '').replace(/人民$/, '').trim();
  if (!name) return null;
  if (NATIONAL_NAMES.has(name)) return NATIONAL;
  const province = provinceOf(name);
  if (province && (name === province.name || name === province.short)) return province.name;
  if (/^(?:全|我|本|各|该|外)(?:省|市|区|县|州)$/.test(name)) return null;
  if (name.length >= 2 && name.length <= 10 && PLACE_SUFFIX.test(name) && new RegExp(`^[${CJK}]+$`).test(name)) return name;
  return null;
}

const NAME = `[${CJK}]{2,12}?`;
/** Lines that say whose report it is, most telling first. */
const NAMING_PATTERNS: readonly RegExp[] = [
  new RegExp(`(${NAME})(?:人民)?政府工作报告`),
  new RegExp(`(${NAME})(?:\\d{4}年)?国民经济和社会发展统计公报`),
  new RegExp(`在(${NAME})(?:第)?[一二三四五六七八九十]+届(?:全国)?人民代表大会`),
  new RegExp(`中国共产党(${NAME})第[一二三四五六七八九十]+次代表大会`),
  new RegExp(`(${NAME})(?:人民政府)?(?:省长|市长|区长|县长|州长|主席|统计局)`),
];

/** A title that opens with its place: 杭州市国民经济和社会发展…, 2026年嘉兴市十大民生实事. */
const LEADING_PLACE = new RegExp(`^(?:\\d{4}年度?)?([${CJK}]{2,10}?(?:自治区|自治州|特别行政区|省|市|区|县|州|盟|旗))(?![级长委])`);

function placeFromHead(head: readonly string[]): string | null {
  for (const pattern of NAMING_PATTERNS) {
    for (const line of head) {
      const match = pattern.exec(line);
      const place = match ? placeFromName(match[1]) : null;
      if (place) return place;
    }
  }
  for (const line of head) {
    if (!TITLE_GENRES.some(([pattern]) => pattern.test(line))) continue;
    const match = LEADING_PLACE.exec(line);
    const place = match ? placeFromName(match[1]) : null;
    if (place) return place;
  }
  for (const line of head) {
    if (/国务院总理|全国人民代表大会|全国人大|第[一二三四五六七八九十]+次全国代表大会/.test(line)) return NATIONAL;
  }
  return null;
}

/** 我代表国务院 / 我代表浙江省人民政府 / 我代表省人民政府 (the tier without the name). */
function placeFromOpening(text: string): Place | null {
  const match = /我代表(国务院|[^，,。\s]{0,12}?人民政府|省政府|市政府|区政府|县政府)/.exec(text);
  if (!match) return null;
  const speaker = match[1];
  if (speaker === '国务院') return { place: NATIONAL, level: 'national' };
  const named = placeFromName(speaker.replace(/(?:人民)?政府$/, ''));
  if (named) return { place: named, level: levelOf(named) };
  const tier = speaker.replace(/(?:人民)?政府$/, '');
  const level: ReportLevel | null = tier === '省' || tier === '自治区' ? 'province' : tier === '市' ? 'city' : tier === '区' || tier === '县' ? 'county' : null;
  return { place: null, level };
}

/** Common words that stand in slogans the way a place does (美丽乡村, 数字经济): never a place. */
const NOT_PLACES = new Set(
  ('乡村 城市 城乡 经济 生活 社会 生态 发展 建设 家园 校园 服务 产业 工程 文化 数字 农村 人民 河湖 社区 乡镇 ' +
    '政府 中国 全国 我国 国家 世界 环境 健康 治理 平安 美丽 幸福 法治 品质 活力 智慧 绿色 低碳 转型 企业 农业 ' +
    '工业 城镇 街道 区域 空间 海洋 森林 湿地 河流 江河 生命 安全 医院 学校 教育 人才 创新 开放 改革 民生 特色 ' +
    '中心 片区 园区 新城 城区 示范 样板 品牌 实践 模式 经验 方案 实际 元素 段').split(' '),
);

const SLOGAN_BEFORE = '美丽|幸福|平安|法治|健康|数字|文化|多彩|智慧|活力|品质|人文|诗画|宜居|韧性|共富|书香|无废|清廉|现代化新|新时代';
const SLOGAN_AFTER = '特色|样板|篇章|院区|发展实际';
const SLOGAN_NAME = new RegExp(`(?:${SLOGAN_BEFORE})([${CJK}]{2})|([${CJK}]{2})(?:${SLOGAN_AFTER})`, 'g');

/**
 * The place a text names most, for passages without a title: a province by its name
 * (浙江 ×9 → 浙江省), else a local name repeated in the slogans every local report writes
 * (美丽秀洲, 平安秀洲, 绍兴特色), given its tier by 全市/全区/全县 or by X市/X区 in the text.
 */
function placeFromVocabulary(text: string): Place | null {
  const provinceCounts = new Map<string, number>();
  const shortNames = new RegExp(PROVINCES.map((p) => p.short).join('|'), 'g');
  for (const match of text.matchAll(shortNames)) provinceCounts.set(match[0], (provinceCounts.get(match[0]) ?? 0) + 1);

  // A name in two different slogans (美丽秀洲, 平安秀洲) is a place; one (数字政务) may be a word.
  const sloganContexts = new Map<string, Set<string>>();
  for (const match of text.matchAll(SLOGAN_NAME)) {
    const name = match[1] ?? match[2];
    if (NOT_PLACES.has(name) || provinceOf(name)) continue;
    const contexts = sloganContexts.get(name) ?? new Set<string>();
    contexts.add(match[0].replace(name, ''));
    sloganContexts.set(name, contexts);
  }
  const localCandidates = [...sloganContexts].filter(([, contexts]) => contexts.size >= 2).map(([name]) => name);
  let local: string | null = null;
  let localCount = 0;
  if (localCandidates.length) {
    const counts = new Map<string, number>();
    for (const match of text.matchAll(new RegExp(localCandidates.join('|'), 'g'))) counts.set(match[0], (counts.get(match[0]) ?? 0) + 1);
    for (const [name, n] of counts) if (n > localCount) [local, localCount] = [name, n];
  }

  const national = countMatches(text, /我国|国务院|全国人民代表大会|中央本级|中央财政|中央政府|全国各族人民|全党/g);
  const tiers = { 省: countMatches(text, /全省|我省|省委/g), 市: countMatches(text, /全市|我市|市委/g), 区: countMatches(text, /全区|我区|区委/g), 县: countMatches(text, /全县|我县|县委/g) };
  let bestProvince: string | null = null;
  let bestProvinceCount = 0;
  for (const [short, n] of provinceCounts) if (n > bestProvinceCount) [bestProvince, bestProvinceCount] = [short, n];

  if (local && localCount >= 3 && localCount > bestProvinceCount) {
    const written = new RegExp(`${local}(市|区|县|州|旗)`).exec(text);
    const suffix = written?.[1] ?? (['市', '区', '县'] as const).reduce((a, b) => (tiers[b] > tiers[a] ? b : a));
    const name = local + suffix;
    return { place: name, level: levelOf(name) };
  }
  const localTier = tiers.省 + tiers.市 + tiers.区 + tiers.县;
  if (bestProvince && (bestProvinceCount >= 2 || localTier > 0) && bestProvinceCount + localTier > national) {
    const name = provinceOf(bestProvince)!.name;
    return { place: name, level: 'province' };
  }
  if (national > 0 && national >= localTier) return { place: NATIONAL, level: 'national' };
  return null;
}

/** www.zj.gov.cn → 浙江省, www.gov.cn → 全国; a file path's province in pinyin (anhui.txt) likewise. */
function placeFromUrl(url: string): string | null {
  const host = /^[a-z][a-z0-9+.-]*:\/\/([^/:?#]+)/i.exec(url)?.[1]?.toLowerCase();
  if (host) {
    if (/^(?:www\.)?gov\.cn$/.test(host)) return NATIONAL;
    const label = /(?:^|\.)([a-z]+)\.gov\.cn$/.exec(host)?.[1];
    const province = label ? PROVINCES.find((p) => p.hosts.includes(label)) : undefined;
    return province?.name ?? null;
  }
  const base = url.split(/[\\/]/).pop()?.toLowerCase() ?? '';
  const words = base.split(/[^a-z]+/);
  const province = PROVINCES.find((p) => p.hosts.some((h) => h.length > 3 && words.includes(h)));
  if (province) return province.name;
  return words.includes('national') ? NATIONAL : null;
}

// ---------------------------------------------------------------- year

const YEAR = '((?:19|20)\\d\\d)';
const PLAN_HEADING = new RegExp(`${YEAR}年(?:的)?(?:重点工作|工作安排|工作任务|主要任务|经济社会发展|工作总体部署|政府工作|主要目标|目标任务|[0-9十]+件民生实事|民生实事)`);
const REVIEW_HEADING = new RegExp(`${YEAR}年(?:[^，。,]{0,12}?)(?:工作)?回顾|${YEAR}年主要工作`);
const SESSION_DATE = new RegExp(`${YEAR}年\\d{1,2}月\\d{1,2}日(?:在|于)`);
const TITLE_YEAR = new RegExp(
  `${YEAR}年(?:度)?[^，。]{0,24}?(?:工作报告|统计公报|民生实事|规划|方案|计划)|(?:工作报告|统计公报)[^，。\\d]{0,4}${YEAR}|(?:规划|方案|计划)[（(]${YEAR}\\s*[—–-]`,
);
const LAST_YEAR = new RegExp(`刚刚过去的${YEAR}年`);
const THIS_YEAR_IS = new RegExp(`${YEAR}年是[^。]{0,60}(?:一年|之年)。[^。]{0,30}今年`);
const DATE_LINE = new RegExp(`${YEAR}(?:年\\d{1,2}月\\d{1,2}日|-\\d{1,2}-\\d{1,2})`);
const ANY_YEAR = /(?<!\d)((?:19[5-9]|20[0-4])\d)(?!\d)/;

function yearOf(head: readonly string[], text: string, hints: IdentityHints): number | null {
  const first = (pattern: RegExp, source: string | readonly string[]): number | null => {
    for (const s of typeof source === 'string' ? [source] : source) {
      const match = pattern.exec(s);
      const year = match?.slice(1).find(Boolean);
      if (year) return Number(year);
    }
    return null;
  };
  const titleLines = head.filter((line) => line.length <= 80);
  const fromTitle = first(TITLE_YEAR, titleLines) ?? first(SESSION_DATE, titleLines);
  if (fromTitle) return fromTitle;
  const headings = [...headingLines(text)];
  const planned = first(PLAN_HEADING, headings);
  if (planned) return planned;
  const reviewed = first(REVIEW_HEADING, headings);
  if (reviewed) return reviewed + 1;
  const lastYear = first(LAST_YEAR, text);
  if (lastYear) return lastYear + 1;
  const thisYear = first(THIS_YEAR_IS, text) ?? first(DATE_LINE, titleLines);
  if (thisYear) return thisYear;
  const hinted = hints.title ? first(TITLE_YEAR, foldForIdentity(hints.title)) : null;
  return hinted ?? (hints.url ? first(ANY_YEAR, hints.url) : null) ?? (hints.title ? first(DATE_LINE, foldForIdentity(hints.title)) : null);
}

// ---------------------------------------------------------------- the whole

/**
 * Reads place, level, year and genre of a report; what the text does not tell stays null. The year
 * is the one the report was given in (2026年政府工作报告, a session of 2026), except for a statistical
 * communiqué, which is named for the year it reports on (2025年…统计公报) and keeps that year.
 */
export function reportIdentityOf(rawText: string, hints: IdentityHints = {}): ReportIdentity {
  const text = foldForIdentity(rawText);
  const title = hints.title ? foldForIdentity(hints.title).replace(/\s+/g, ' ').trim() : '';
  const head = [...(title ? [title] : []), ...headLines(text)];
  const genre = genreOf(head, text);

  let found: Place | null = null;
  const named = placeFromHead(head);
  if (named) found = { place: named, level: levelOf(named) };
  const opening = found ? null : placeFromOpening(text);
  if (opening?.place) found = opening;
  if (!found) {
    const vocabulary = placeFromVocabulary(text);
    if (vocabulary && (!opening?.level || vocabulary.level === opening.level)) found = vocabulary;
  }
  if (!found && hints.url) {
    const hinted = placeFromUrl(hints.url);
    if (hinted) found = { place: hinted, level: levelOf(hinted) };
  }
  if (!found && opening) found = opening;

  return { place: found?.place ?? null, level: found?.level ?? null, year: yearOf(head, text, hints), genre };
}
