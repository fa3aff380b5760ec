/**
 * The one check of a stored record (report, item, tag): what a backup may hold
 * and what the store accepts over messages. A valid record comes back rebuilt
 * from its known fields only (unknown fields dropped).
 */

import {
  COMPARATORS,
  DIRECTIONS,
  INDICATOR_IDS,
  ITEM_KINDS,
  ITEM_SOURCES,
  ITEM_STATUSES,
  LIMITS,
  PERIOD_KINDS,
  REPORT_GENRES,
  REPORT_LEVELS,
  STRENGTHS,
  isColour,
  isReportUrl,
  reportIdFor,
  type FromFigure,
  type HeadlineFigure,
  type HeadlineRecord,
  type ItemRecord,
  type ItemSelector,
  type Period,
  type ReportIdentity,
  type ReportRecord,
  type TagRecord,
} from '../store/records';
import { identityFromTitle } from '../store/report-identity';
import { Checker } from './checker';
import { isObject, show, type Problem } from './problems';

export type RecordCheck<T> = { ok: true; record: T } | { ok: false; problems: Problem[] };

/** A report's year: a calendar year as reports are dated (the 1950s to the next century). */
const YEAR_RANGE = { min: 1900, max: 2199 } as const;

/** The identity in `c` (a report's, or a correction's): place, level, year, genre. Null with problems added when invalid. */
export function checkIdentityIn(c: Checker): ReportIdentity | null {
  const place = c.str('place', LIMITS.placeLength, { nullable: true });
  const level = c.oneOf('level', REPORT_LEVELS, { nullable: true });
  const year = c.num('year', { nullable: true });
  const genre = c.oneOf('genre', REPORT_GENRES);
  const before = c.problems.length;
  if (year !== null && !(Number.isInteger(year) && year >= YEAR_RANGE.min && year <= YEAR_RANGE.max)) {
    c.fail(`year ${show(year)} 不是 ${YEAR_RANGE.min}–${YEAR_RANGE.max} 之间的年份`, `year ${show(year)} is not a year from ${YEAR_RANGE.min} to ${YEAR_RANGE.max}`);
  }
  if (genre === null || c.problems.length > before) return null;
  const trimmed = place?.trim() ?? '';
  return { place: trimmed || null, level, year, genre };
}

/** A reader's correction of an identity, sent over a message. */
export function checkIdentity(x: unknown): RecordCheck<ReportIdentity> {
  if (!isObject(x)) return { ok: false, problems: [['identity 不是对象', 'identity is not an object']] };
  const c = new Checker(x, 'identity');
  const identity = checkIdentityIn(c);
  return identity && !c.problems.length ? { ok: true, record: identity } : { ok: false, problems: c.problems };
}

/** The passage's selector (quote with its context, position); null with problems added when invalid. */
function selectorIn(c: Checker): ItemSelector | null {
  const sel = c.object('selector');
  if (!sel) return null;
  const q = sel.object('quote');
  const p = sel.object('position');
  const exact = q?.str('exact', LIMITS.quoteLength, { nonEmpty: true }) ?? null;
  const prefix = q?.str('prefix', LIMITS.contextLength) ?? null;
  const suffix = q?.str('suffix', LIMITS.contextLength) ?? null;
  const start = p?.num('start', { index: true }) ?? null;
  const end = p?.num('end', { index: true }) ?? null;
  if (start !== null && end !== null && end < start) {
    c.fail('selector.position.end 小于 start', 'selector.position.end is before start');
  }
  if (exact !== null && prefix !== null && suffix !== null && start !== null && end !== null) {
    return { quote: { exact, prefix, suffix }, position: { start, end } };
  }
  return null;
}

function fromIn(c: Checker): FromFigure | null {
  if (!c.present('from') || c.isNull('from')) return null;
  const f = c.object('from');
  const value = f?.num('value') ?? null;
  const unit = f?.str('unit', LIMITS.unitLength) ?? null;
  return value !== null && unit !== null ? { value, unit } : null;
}

function periodIn(c: Checker): Period | null {
  if (!c.present('period') || c.isNull('period')) return null;
  const p = c.object('period');
  const kind = p?.oneOf('kind', PERIOD_KINDS) ?? null;
  const year = p?.num('year', { nullable: true }) ?? null;
  return kind !== null ? { kind, year } : null;
}

export function checkReportRecord(x: unknown): RecordCheck<ReportRecord> {
  if (!isObject(x)) return { ok: false, problems: [['不是对象', 'is not an object']] };
  const c = new Checker(x);
  const id = c.str('id', LIMITS.urlLength, { nonEmpty: true });
  const url = c.str('url', LIMITS.urlLength);
  const title = c.str('title', LIMITS.titleLength);
  const site = c.str('site', LIMITS.siteLength);
  const firstVisit = c.num('firstVisit');
  const lastVisit = c.num('lastVisit');
  // Records and backups from before identities (schema v3, backup version 1) have none: read from the title and address.
  const identitySub = c.present('identity') ? c.object('identity') : null;
  const identity = identitySub
    ? checkIdentityIn(identitySub)
    : c.present('identity')
      ? null
      : identityFromTitle({ title: title ?? '', url: url ?? '' });
  const identityCorrected = c.present('identityCorrected') ? c.bool('identityCorrected') : false;
  if (url !== null && !isReportUrl(url)) {
    c.fail(`url ${show(url)} 不是 http、https 或 file 地址`, `url ${show(url)} is not an http, https or file address`);
  } else if (url !== null && id !== null && reportIdFor(url) !== id) {
    // The id is what items point at and what a visit looks the report up by: its URL without the fragment.
    const expected = show(reportIdFor(url));
    c.fail(`id 与 url 不符（应为 ${expected}）`, `id does not match url (expected ${expected})`);
  }
  if (c.problems.length) return { ok: false, problems: c.problems };
  return {
    ok: true,
    record: {
      id: id!,
      url: url!,
      title: title!,
      site: site!,
      firstVisit: firstVisit!,
      lastVisit: lastVisit!,
      identity: identity!,
      identityCorrected: identityCorrected!,
    },
  };
}

export function checkItemRecord(x: unknown): RecordCheck<ItemRecord> {
  if (!isObject(x)) return { ok: false, problems: [['不是对象', 'is not an object']] };
  const c = new Checker(x);
  const id = c.str('id', LIMITS.idLength, { nonEmpty: true });
  const reportId = c.str('reportId', LIMITS.urlLength, { nonEmpty: true });
  const kind = c.oneOf('kind', ITEM_KINDS);

  const selector = selectorIn(c);

  const metric = c.str('metric', LIMITS.metricLength);
  const value = c.num('value', { nullable: true });
  const max = c.num('max', { nullable: true });
  const unit = c.str('unit', LIMITS.unitLength);
  const cmp = c.oneOf('cmp', COMPARATORS, { nullable: true });
  const strength = c.oneOf('strength', STRENGTHS, { nullable: true });
  const deadline = c.str('deadline', LIMITS.deadlineLength, { nullable: true });
  const section = c.str('section', LIMITS.sectionLength);
  // Absent from records and backups made before the extractor read them: null, as schema v4's upgrade leaves them.
  const indicator = c.present('indicator') ? c.oneOf('indicator', INDICATOR_IDS, { nullable: true }) : null;
  const direction = c.present('direction') ? c.oneOf('direction', DIRECTIONS, { nullable: true }) : null;
  const from = fromIn(c);
  const period = periodIn(c);
  const strengthCue = c.present('strengthCue') ? c.str('strengthCue', LIMITS.strengthCueLength, { nullable: true }) : null;
  const parsedByReader = c.present('parsedByReader') ? c.bool('parsedByReader') : false;
  const tags = c.tags('tags');
  const note = c.str('note', LIMITS.noteLength);
  const source = c.oneOf('source', ITEM_SOURCES);
  const status = c.oneOf('status', ITEM_STATUSES);
  const createdAt = c.num('createdAt');
  const updatedAt = c.num('updatedAt');

  if (c.problems.length || !selector) return { ok: false, problems: c.problems };
  return {
    ok: true,
    record: {
      id: id!,
      reportId: reportId!,
      kind: kind!,
      selector,
      metric: metric!,
      value,
      max,
      unit: unit!,
      cmp,
      strength,
      deadline,
      section: section!,
      indicator,
      direction,
      from,
      period,
      strengthCue,
      tags: tags!,
      note: note!,
      source: source!,
      status: status!,
      parsedByReader: parsedByReader!,
      createdAt: createdAt!,
      updatedAt: updatedAt!,
    },
  };
}

export function checkTagRecord(x: unknown): RecordCheck<TagRecord> {
  if (!isObject(x)) return { ok: false, problems: [['不是对象', 'is not an object']] };
  const c = new Checker(x);
  const name = c.str('name', LIMITS.tagLength, { nonEmpty: true });
  const colour = c.str('colour', LIMITS.colourLength);
  if (colour !== null && !isColour(colour)) {
    c.fail(`colour ${show(colour)} 不是颜色（应为 #rrggbb）`, `colour ${show(colour)} is not a colour (expected #rrggbb)`);
  }
  if (c.problems.length) return { ok: false, problems: c.problems };
  return { ok: true, record: { name: name!.trim(), colour: colour! } };
}


const HEADLINE_KINDS = ['target', 'result'] as const;

/** One headline figure (lib/tracker/stored.ts); `c` is the figure's own checker. */
function headlineFigureIn(c: Checker): HeadlineFigure | null {
  const before = c.problems.length;
  const kind = c.oneOf('kind', HEADLINE_KINDS);
  const indicator = c.oneOf('indicator', INDICATOR_IDS);
  const metric = c.str('metric', LIMITS.metricLength);
  const value = c.num('value', { nullable: true });
  const max = c.num('max', { nullable: true });
  const cmp = c.oneOf('cmp', COMPARATORS, { nullable: true });
  const unit = c.str('unit', LIMITS.unitLength);
  const direction = c.oneOf('direction', DIRECTIONS, { nullable: true });
  const period = periodIn(c);
  const section = c.str('section', LIMITS.sectionLength);
  const words = c.bool('words');
  const sense = c.object('sense');
  const senseValue = sense?.num('value', { nullable: true }) ?? null;
  const senseMax = sense?.num('max', { nullable: true }) ?? null;
  let clause: HeadlineFigure['clause'] = null;
  if (!c.isNull('clause')) {
    const t = c.object('clause');
    const average = t?.bool('average') ?? null;
    const manyYears = t?.bool('manyYears') ?? null;
    const deadline = t?.num('deadline', { nullable: true }) ?? null;
    const baseYear = t?.num('baseYear', { nullable: true }) ?? null;
    if (average !== null && manyYears !== null) clause = { average, manyYears, deadline, baseYear };
  }
  let paragraph: HeadlineFigure['paragraph'] = null;
  if (!c.isNull('paragraph')) {
    const p = c.object('paragraph');
    const cues = (['targetList', 'thisYear', 'oneYearReview', 'fiveYearReview'] as const).map((f) => p?.bool(f) ?? null);
    const years = p?.integers('years', LIMITS.yearsPerParagraph) ?? null;
    if (years && cues.every((x) => x !== null)) {
      const [targetList, thisYear, oneYearReview, fiveYearReview] = cues as boolean[];
      paragraph = { targetList: targetList!, thisYear: thisYear!, oneYearReview: oneYearReview!, fiveYearReview: fiveYearReview!, years };
    }
  }
  const selector = selectorIn(c);
  if (c.problems.length > before || !selector) return null;
  return {
    kind: kind!,
    indicator: indicator!,
    metric: metric!,
    value,
    max,
    cmp,
    unit: unit!,
    direction,
    period,
    section: section!,
    sense: { value: senseValue, max: senseMax },
    clause,
    paragraph,
    words: words!,
    selector,
  };
}

/** A list of headline figures (a visit's, or a record's); the first bad figure is named. */
export function checkHeadlineFigures(x: unknown): RecordCheck<HeadlineFigure[]> {
  if (!Array.isArray(x)) return { ok: false, problems: [['figures 不是数组', 'figures is not an array']] };
  if (x.length > LIMITS.headlinesPerReport) {
    return { ok: false, problems: [[`figures 过多（${x.length} 个，上限 ${LIMITS.headlinesPerReport}）`, `too many figures (${x.length}, at most ${LIMITS.headlinesPerReport})`]] };
  }
  const figures: HeadlineFigure[] = [];
  for (let i = 0; i < x.length; i++) {
    const raw: unknown = x[i];
    if (!isObject(raw)) return { ok: false, problems: [[`figures[${i}] 不是对象`, `figures[${i}] is not an object`]] };
    const c = new Checker(raw, `figures[${i}]`);
    const figure = headlineFigureIn(c);
    if (!figure) return { ok: false, problems: c.problems };
    figures.push(figure);
  }
  return { ok: true, record: figures };
}

export function checkHeadlineRecord(x: unknown): RecordCheck<HeadlineRecord> {
  if (!isObject(x)) return { ok: false, problems: [['不是对象', 'is not an object']] };
  const c = new Checker(x);
  const reportId = c.str('reportId', LIMITS.urlLength, { nonEmpty: true });
  const removed = c.bool('removed');
  const updatedAt = c.num('updatedAt');
  const figures = c.present('figures') ? checkHeadlineFigures(x.figures) : null;
  if (!figures) c.fail('缺少 figures', 'figures is missing');
  else if (!figures.ok) for (const [zh, en] of figures.problems) c.fail(zh, en);
  if (c.problems.length || !figures?.ok) return { ok: false, problems: c.problems };
  return { ok: true, record: { reportId: reportId!, figures: figures.record, removed: removed!, updatedAt: updatedAt! } };
}
