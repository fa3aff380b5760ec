import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { AnnotatorDB } from '../../lib/store/schema';
import { AnnotatorService } from '../../lib/store/service';
import { extractItems } from '../../lib/extract';
import { selectorFor, type HeadlineFigure, type ItemDraft, type ItemKind, type ReportIdentity } from '../../lib/store/records';
import { headlineFiguresOf } from '../../lib/tracker';

/** A report's main text, as the extractor would see it. */
export const TEXT =
  '2025年主要预期目标是：国内生产总值增长5%左右；城镇新增就业1200万人以上，城镇调查失业率5.5%左右；' +
  '居民消费价格涨幅2%左右。过去一年，粮食产量1.4万亿斤，新增就业1256万人。' +
  '我们要坚持稳中求进，确保完成全年目标任务。';

export const URL_A = 'https://www.gov.cn/yaowen/liebiao/202503/content_7013163.htm';
export const URL_B = 'https://www.beijing.gov.cn/zhengce/zhengcefagui/202501/t20250120_1.html?id=7';

export const NATIONAL_2025: ReportIdentity = { place: '全国', level: 'national', year: 2025, genre: 'government_work_report' };

/** {@link TEXT}'s headline figures, as the background reads them for the tracker. */
export function headlinesOfText(identity: ReportIdentity = NATIONAL_2025, text = TEXT): HeadlineFigure[] {
  return headlineFiguresOf({ text, identity, items: extractItems(text) });
}

/** A database in its own in-memory IndexedDB. */
export function freshDb(name = 'report-annotator'): AnnotatorDB {
  return new AnnotatorDB(name, { indexedDB: new IDBFactory(), IDBKeyRange });
}

/** Monotonic fake clock: each call is one second later. */
export function clock(start = 1_700_000_000_000): () => number {
  let t = start;
  return () => (t += 1000);
}

export function counterIds(prefix = 'item'): () => string {
  let n = 0;
  return () => `${prefix}-${String(++n).padStart(3, '0')}`;
}

export function setup() {
  const db = freshDb();
  const service = new AnnotatorService(db, { now: clock(), newId: counterIds() });
  return { db, service };
}

/** A draft for the first occurrence of `quote` in {@link TEXT}. */
export function draftOf(quote: string, kind: ItemKind = 'target', extra: Partial<ItemDraft> = {}, text = TEXT): ItemDraft {
  const start = text.indexOf(quote);
  if (start < 0) throw new Error(`not in text: ${quote}`);
  return { kind, selector: selectorFor(text, start, start + quote.length), metric: '', ...extra };
}

export const D_GDP = () => draftOf('国内生产总值增长5%左右', 'target', { metric: '国内生产总值', value: 5, unit: '%', cmp: '~', deadline: '2025年' });
export const D_JOBS = () => draftOf('城镇新增就业1200万人以上', 'target', { metric: '城镇新增就业', value: 12_000_000, unit: '人', cmp: '>=' });
export const D_GRAIN = () => draftOf('粮食产量1.4万亿斤', 'result', { metric: '粮食产量', value: 1.4e12, unit: '斤', cmp: '=' });
export const D_TASK = () => draftOf('确保完成全年目标任务', 'commitment', { strength: 'binding' });
