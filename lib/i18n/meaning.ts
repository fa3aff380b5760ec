/**
 * What a figure means and which report it comes from, in words, one wording for every part of the
 * UI and for the exports (lib/export/item-columns.ts): the report's genre and level, a change's
 * direction, the span of time a figure covers, the headline indicator's name (from the fixed list,
 * lib/extract/indicators.ts), a from-value, a report's identity in one line.
 */

import { INDICATORS, type IndicatorId } from '../extract/indicators';
import type { Direction, FromFigure, Period, ReportGenre, ReportIdentity, ReportLevel } from '../extract/types';
import type { Language } from './index';

type Labels<K extends string> = Readonly<Record<K, { readonly zh: string; readonly en: string }>>;

export const GENRE_LABELS: Labels<ReportGenre> = {
  government_work_report: { zh: '政府工作报告', en: 'Government work report' },
  party_congress_report: { zh: '党代会报告', en: 'Party congress report' },
  statistical_communique: { zh: '统计公报', en: 'Statistical communiqué' },
  plan: { zh: '规划纲要/行动方案', en: 'Plan' },
  livelihood_projects: { zh: '民生实事', en: 'Livelihood projects' },
  other: { zh: '其他', en: 'Other' },
};

export const LEVEL_LABELS: Labels<ReportLevel> = {
  national: { zh: '国家', en: 'National' },
  province: { zh: '省级', en: 'Provincial' },
  city: { zh: '市级', en: 'City' },
  county: { zh: '县级', en: 'County' },
};

export const DIRECTION_LABELS: Labels<Direction> = {
  up: { zh: '上升', en: 'Up' },
  down: { zh: '下降', en: 'Down' },
  flat: { zh: '持平', en: 'Flat' },
};

const PERIOD_LABELS: Labels<Exclude<Period['kind'], 'by'>> = {
  year: { zh: '当年', en: 'One year' },
  average: { zh: '年均', en: 'Yearly average' },
  cumulative: { zh: '累计', en: 'Cumulative' },
};

export const genreLabel = (genre: ReportGenre, language: Language): string => GENRE_LABELS[genre][language];
export const levelLabel = (level: ReportLevel, language: Language): string => LEVEL_LABELS[level][language];
export const directionLabel = (direction: Direction | null, language: Language): string => (direction ? DIRECTION_LABELS[direction][language] : '');

/** The headline indicator's name (地区生产总值增长 / GDP growth); '' for none. */
export const indicatorName = (id: IndicatorId | null, language: Language): string => (id ? INDICATORS[id][language] : '');

/** 当年, 年均, 累计, 到2027年 / One year, Yearly average, Cumulative, By 2027; '' when not known. */
export function periodLabel(period: Period | null, language: Language): string {
  if (!period) return '';
  if (period.kind !== 'by') return PERIOD_LABELS[period.kind][language];
  if (period.year === null) return language === 'zh' ? '到期限' : 'By a deadline';
  return language === 'zh' ? `到${period.year}年` : `By ${period.year}`;
}

/** A from-value as written with its unit: 1100万人, 2.1% (English: 11,000,000 people stays 11000000 人). */
export function fromLabel(from: FromFigure | null, format: (n: number) => string = String): string {
  if (!from) return '';
  return `${format(from.value)}${from.unit}`;
}

/** A report's identity in one line: 安徽省 · 2026年 · 政府工作报告 / 安徽省 · 2026 · Government work report. Unknown parts are left out. */
export function identityLine(identity: ReportIdentity, language: Language): string {
  const parts = [
    identity.place ?? '',
    identity.year === null ? '' : language === 'zh' ? `${identity.year}年` : String(identity.year),
    identity.genre === 'other' ? '' : genreLabel(identity.genre, language),
  ];
  return parts.filter(Boolean).join(' · ');
}
