import { describe, expect, test } from 'vitest';
import { countByKind, countByReport, countByTag } from '../../lib/collection/counts';
import { backupJsonFileName, csvFileName } from '../../lib/collection/file-names';
import { MAX_IMPORT_BYTES, MAX_LISTED_TRUNCATIONS, importFileProblem, importRefused, importResult, isQuotaError } from '../../lib/collection/import-file';
import type { ImportSummary } from '../../lib/backup/import';
import { agreeNumbers, collectionTranslator } from '../../lib/i18n/collection';
import { selectRange, selectionState, toggleSelected, visibleSelection } from '../../lib/collection/selection';
import { addTags, parseTags } from '../../lib/collection/tags-input';
import { isNeverReport, isWebPage } from '../../lib/collection/page-summary';
import { UNDO_MS, addToUndo, canUndo, pendingUndo, undoRemaining, type PendingUndo } from '../../lib/collection/undo';
import { REPORT_A, REPORT_B, item } from './fixtures';

describe('file names', () => {
  test.each([
    [new Date(2026, 10, 22, 23, 59), '报告标注-2026-11-22.csv', '报告标注-备份-2026-11-22.json'],
    [new Date(2027, 0, 5, 0, 0), '报告标注-2027-01-05.csv', '报告标注-备份-2027-01-05.json'],
  ])('%s → %s, %s', (date, csv, json) => {
    expect(csvFileName(date)).toBe(csv);
    expect(backupJsonFileName(date)).toBe(json);
  });
});

describe('undo timing', () => {
  const records = [item()];
  const u = pendingUndo(records, 10_000);

  test.each([
    [10_000, UNDO_MS, true],
    [12_500, UNDO_MS - 2_500, true],
    [15_999, 1, true],
    [16_000, 0, false],
    [99_000, 0, false],
  ])('at %i: %i ms left, can undo %s', (now, left, can) => {
    expect(undoRemaining(u, now)).toBe(left);
    expect(canUndo(u, now)).toBe(can);
  });

  test.each([
    [null, 0, false],
    [pendingUndo([], 0), 0, false],
  ])('nothing to undo: %j', (undo, now, can) => {
    expect(canUndo(undo, now)).toBe(can);
  });

  test('a delete while the offer stands joins it; the time restarts', () => {
    const second = item();
    const joined = addToUndo(u, [second], 12_000);
    expect(joined).toEqual({ records: [...records, second], deadline: 12_000 + UNDO_MS });
    expect(canUndo(joined, 17_000)).toBe(true); // past the first delete's deadline
  });

  test.each<[string, PendingUndo | null, number]>([
    ['nothing pending', null, 12_000],
    ['the offer expired', pendingUndo([item()], 0), 12_000],
    ['nothing left in it', pendingUndo([], 11_000), 12_000],
  ])('a delete starts afresh when %s', (_name, current, now) => {
    const fresh = [item()];
    expect(addToUndo(current, fresh, now)).toEqual({ records: fresh, deadline: now + UNDO_MS });
  });

  test('a record deleted again counts once, as deleted last', () => {
    const again = { ...records[0]!, note: 'newer' };
    expect(addToUndo(u, [again], 11_000).records).toEqual([again]);
  });
});

describe('tags input', () => {
  test.each([
    ['就业', ['就业']],
    ['就业, 民生；重点', ['就业', '民生', '重点']],
    ['就业，民生、重点;就业', ['就业', '民生', '重点']],
    [' , ,', []],
    ['two words', ['two words']],
  ])('parseTags(%j) = %j', (input, tags) => {
    expect(parseTags(input)).toEqual(tags);
  });

  test.each<[string[], string, string[], string | null]>([
    [['a'], 'b', ['a', 'b'], null],
    [['a'], 'a', ['a'], null],
    [['a'], 'x'.repeat(101), ['a'], 'tooLong'],
    [Array.from({ length: 100 }, (_, i) => `t${i}`), 'new', Array.from({ length: 100 }, (_, i) => `t${i}`), 'tooMany'],
  ])('addTags(%j, %j)', (current, input, tags, problem) => {
    expect(addTags(current, input)).toEqual({ tags, problem });
  });
});

describe('selection', () => {
  const visible = ['a', 'b', 'c', 'd', 'e'];
  test.each<[string[], string | null, string, string[]]>([
    [[], null, 'c', ['c']],
    [[], 'b', 'd', ['b', 'c', 'd']],
    [['a'], 'd', 'b', ['a', 'b', 'c', 'd']],
    [[], 'gone', 'c', ['c']],
  ])('selectRange(%j, anchor %s, %s)', (selected, anchor, id, expected) => {
    expect([...selectRange(new Set(selected), visible, anchor, id)].sort()).toEqual(expected);
  });

  test.each<[string[], 'all' | 'some' | 'none', string[]]>([
    [[], 'none', []],
    [['b', 'zz'], 'some', ['b']],
    [visible, 'all', visible],
  ])('%j → %s', (selected, state, shown) => {
    expect(selectionState(new Set(selected), visible)).toBe(state);
    expect(visibleSelection(new Set(selected), visible)).toEqual(shown);
  });

  test('toggle', () => {
    expect([...toggleSelected(new Set(['a']), 'a')]).toEqual([]);
    expect([...toggleSelected(new Set(['a']), 'b')]).toEqual(['a', 'b']);
  });
});

describe('counts', () => {
  const items = [
    item({ tags: ['就业', '重点'], kind: 'result' }),
    item({ tags: ['重点'] }),
    item({ reportId: REPORT_B.id, tags: [] , kind: 'commitment'}),
    item({ reportId: REPORT_B.id, tags: ['就业'] }),
    item({ reportId: REPORT_B.id, tags: ['重点'] }),
  ];
  test('by report, tag and kind', () => {
    expect(countByReport(items)).toEqual([
      { key: REPORT_B.id, count: 3 },
      { key: REPORT_A.id, count: 2 },
    ]);
    expect(countByTag(items)).toEqual([
      { key: '重点', count: 3 },
      { key: '就业', count: 2 },
    ]);
    expect(countByKind(items)).toEqual({ target: 3, result: 1, commitment: 1 });
  });
});

describe('import file checks', () => {
  test.each([
    [0, 'empty'],
    [1, null],
    [MAX_IMPORT_BYTES, null],
    [MAX_IMPORT_BYTES + 1, 'tooLarge'],
  ])('%i bytes → %s', (size, problem) => {
    expect(importFileProblem({ size })).toBe(problem);
  });

  test.each([
    ['QuotaExceededError: the quota has been exceeded', true],
    ['Transaction aborted: quota', true],
    ['no such report', false],
  ])('isQuotaError(%j) = %s', (message, expected) => {
    expect(isQuotaError(message)).toBe(expected);
  });
});

describe('import result message', () => {
  const NONE = { reports: 0, items: 0, tags: 0, headlines: 0, problems: [] };
  const summary = (truncated: ImportSummary['truncated'], skipped: ImportSummary['skipped'] = NONE): ImportSummary => ({
    reports: { added: 1, updated: 0, unchanged: 0 },
    items: { added: 3, updated: 2, merged: 1, unchanged: 4 },
    tags: { added: 0, unchanged: 0 },
    headlines: { added: 0, updated: 0, unchanged: 0 },
    truncated,
    skipped,
  });
  const zh = collectionTranslator('zh');
  const en = collectionTranslator('en');

  test.each([
    [zh, 'zh', '导入完成：新增 3 条，更新 2 条，合并 1 条，未变 4 条；新增报告 1 份。'],
    [en, 'en', 'Imported: 3 items added, 2 updated, 1 merged, 4 unchanged; 1 report added.'],
  ] as const)('nothing left out: the counts only (%#)', (t, language, text) => {
    expect(importResult(summary([]), t, language)).toEqual({ tone: 'success', text, details: [] });
  });

  const left: ImportSummary['truncated'] = [
    { id: 'a', quote: '国内生产总值增长5%左右', tags: ['甲', '乙'], note: false },
    { id: 'b', quote: '很'.repeat(40), tags: [], note: true },
    { id: 'c', quote: '粮食', tags: ['丙'], note: true },
  ];
  test.each([
    [zh, 'zh', '导入完成：新增 3 条，更新 2 条，合并 1 条，未变 4 条；新增报告 1 份。其中 3 条合并后超出上限，以下内容没有导入（仍在备份文件中）：', [
      '“国内生产总值增长5%左右”：标签 甲、乙（每条最多 100 个）',
      `“${'很'.repeat(30)}…”：文件中的备注（与已有备注合计超过 10000 字）`,
      '“粮食”：标签 丙（每条最多 100 个）；文件中的备注（与已有备注合计超过 10000 字）',
    ]],
    [en, 'en', 'Imported: 3 items added, 2 updated, 1 merged, 4 unchanged; 1 report added. For 3 items the merge went past the limits; this was not imported (it is still in the backup file):', [
      '“国内生产总值增长5%左右”: tags 甲, 乙 (at most 100 per item)',
      `“${'很'.repeat(30)}…”: the file’s note (with the stored one, over 10,000 characters)`,
      '“粮食”: tags 丙 (at most 100 per item); the file’s note (with the stored one, over 10,000 characters)',
    ]],
  ] as const)('what a merge left out is said, item by item (%#)', (t, language, text, details) => {
    expect(importResult(summary(left), t, language)).toEqual({ tone: 'warning', text, details });
  });

  const skipped: ImportSummary['skipped'] = {
    reports: 0,
    items: 1,
    tags: 0,
    headlines: 0,
    problems: [{ zh: '第 2 条 item（id "x"）：value 不是数字或 null', en: 'item 2 (id "x"): value is not a number or null' }],
  };
  test.each([
    [zh, 'zh', '导入完成：新增 3 条，更新 2 条，合并 1 条，未变 4 条；新增报告 1 份。有 1 条记录无法读取，没有导入（其余已导入）：', [
      '第 2 条 item（id "x"）：value 不是数字或 null',
      '可在备份文件中改正这些记录后再导入一次，已导入的不会重复。',
    ]],
    [en, 'en', 'Imported: 3 items added, 2 updated, 1 merged, 4 unchanged; 1 report added. 1 record could not be read and was left out (the rest was imported):', [
      'item 2 (id "x"): value is not a number or null',
      'Correct these records in the file and import it again; nothing is added twice.',
    ]],
  ] as const)('records left out are named, in the UI’s language only, with what to do (%#)', (t, language, text, details) => {
    expect(importResult(summary([], skipped), t, language)).toEqual({ tone: 'warning', text, details });
  });

  test('a refused file: one message, in the UI’s language, nothing else', () => {
    const reasons = [{ zh: '文件不是有效的 JSON。', en: 'The file is not valid JSON.' }];
    expect(importRefused(reasons, en, 'en')).toEqual({ tone: 'error', text: 'The file was not imported; nothing was changed.', details: ['The file is not valid JSON.'] });
    expect(importRefused(['文件是空的'], zh, 'zh')).toEqual({ tone: 'error', text: '文件未导入，没有做任何更改。', details: ['文件是空的'] });
  });

  test(`names at most ${MAX_LISTED_TRUNCATIONS} items, then counts the rest`, () => {
    const many = Array.from({ length: MAX_LISTED_TRUNCATIONS + 5 }, (_, i) => ({ id: `x${i}`, quote: `条目${i}`, tags: ['t'], note: false }));
    const { details } = importResult(summary(many), zh, 'zh');
    expect(details).toHaveLength(MAX_LISTED_TRUNCATIONS + 1);
    expect(details.at(-1)).toBe('……另有 5 条');
  });
});

describe('English counts agree with their noun', () => {
  const en = collectionTranslator('en');
  const zh = collectionTranslator('zh');
  test.each<[number, number, number, string]>([
    [1, 1, 1, '1 item · 1 report · 1 tag'],
    [0, 0, 0, '0 items · 0 reports · 0 tags'],
    [2, 1, 12, '2 items · 1 report · 12 tags'],
  ])('%i items, %i reports, %i tags', (items, reports, tags, text) => {
    expect(en('headerStats', { items, reports, tags })).toBe(text);
  });

  test.each<[Parameters<typeof en>[0], Record<string, number | string>, string]>([
    ['shownOfTotal', { shown: 1, total: 1 }, '1 of 1 item'],
    ['shownOfTotal', { shown: 1, total: 7 }, '1 of 7 items'],
    ['deletedN', { count: 1 }, 'Deleted 1 item'],
    ['tagDeleteConfirmBody', { count: 1 }, 'It is removed from 1 item; the item stays.'],
    ['tagDeleteConfirmBody', { count: 3 }, 'It is removed from 3 items; the items stay.'],
    ['clearConfirmBody', { reports: 1, items: 2, tags: 1 }, 'This deletes 1 report, 2 items and 1 tag and cannot be undone. Back up to JSON first.'],
  ])('%s %j', (key, params, text) => {
    expect(en(key, params)).toBe(text);
  });

  test('Chinese has no such forms, and an unknown count is left as written', () => {
    expect(zh('headerStats', { items: 1, reports: 1, tags: 1 })).toBe('1 条 · 1 份报告 · 1 个标签');
    expect(agreeNumbers('{n|one|many}', { m: 1 })).toBe('{n|one|many}');
  });
});

describe('which tabs the popup asks', () => {
  test.each([
    ['https://www.gov.cn/a', true],
    ['http://x.gov.cn', true],
    ['chrome://extensions', false],
    ['chrome-extension://abc/popup.html', false],
    [undefined, false],
  ])('isWebPage(%s) = %s', (url, expected) => {
    expect(isWebPage(url)).toBe(expected);
  });

  test.each([
    ['https://www.gov.cn/a', false],
    ['chrome://extensions', true],
    ['chrome-extension://abc/popup.html', true],
    [undefined, false], // hidden by the tabs API: try the page anyway
    ['', false],
  ])('isNeverReport(%s) = %s', (url, expected) => {
    expect(isNeverReport(url)).toBe(expected);
  });
});
