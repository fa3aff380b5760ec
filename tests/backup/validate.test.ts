import { beforeAll, describe, expect, it, test } from 'vitest';
import { BACKUP_FORMAT, serialiseBackup, type BackupFile } from '../../lib/backup/format';
import { show } from '../../lib/backup/problems';
import { MAX_LISTED_ERRORS, jsonErrorPlace, parseBackup, validateBackup, type Skipped } from '../../lib/backup/validate';
import { setup } from '../store/helpers';
import { backupOf, clone, populate } from './fixtures';

let good: BackupFile;

beforeAll(async () => {
  const { db, service } = setup();
  await populate(service);
  good = await backupOf(db);
});

const NONE: Skipped = { reports: 0, items: 0, tags: 0, headlines: 0, problems: [] };
const itemLabel = (i: number) => `第 ${i + 1} 条 item（id "${good.items[i]!.id}"）`;
const itemLabelEn = (i: number) => `item ${i + 1} (id "${good.items[i]!.id}")`;
const zhOf = (r: ReturnType<typeof validateBackup>) => (r.ok ? r.skipped.problems : r.errors).map((m) => m.zh);

describe('validateBackup: the file', () => {
  it('accepts an exported backup, as a value or as JSON text', () => {
    expect(good.format).toBe(BACKUP_FORMAT);
    expect(good.items).toHaveLength(6);
    expect(validateBackup(clone(good))).toEqual({ ok: true, backup: good, skipped: NONE });
    expect(parseBackup(serialiseBackup(good))).toEqual({ ok: true, backup: good, skipped: NONE });
  });

  it('drops unknown fields', () => {
    const b = clone(good) as unknown as { items: Record<string, unknown>[]; extra: number };
    b.items[0]!.injected = '<script>';
    b.extra = 1;
    const r = validateBackup(b);
    expect(r.ok && r.backup.items[0]).not.toHaveProperty('injected');
    expect(r.ok && r.backup).not.toHaveProperty('extra');
  });

  const NOT_A_BACKUP = {
    zh: '文件内容不是 JSON 对象，不是报告标注的备份文件。请选择用“备份 JSON”保存的文件。',
    en: 'The file is not a JSON object, so not a Report Annotator backup. Choose a file saved with “Back up (JSON)”.',
  };
  test.each<[string, unknown]>([
    ['null', null],
    ['an array', []],
    ['a string', 'report'],
    ['a number', 42],
  ])('refuses %s, saying what to do', (_name, json) => {
    expect(validateBackup(json)).toEqual({ ok: false, errors: [NOT_A_BACKUP] });
  });

  test.each<[string, string, string, string]>([
    ['cut short', '{"format": "report-annotator-backup", ', '（第 1 行第 39 列附近有误）', ' (an error near line 1, column 39)'],
    ['broken on line 3', '{\n "a": 1\n "b": 2}', '（第 3 行第 2 列附近有误）', ' (an error near line 3, column 2)'],
    ['broken where the parser does not say', '{"items": [1,,2]}', '', ''],
  ])('refuses text that is not JSON (%s), saying where, in the reader’s words, not the parser’s', (_name, text, zhPlace, enPlace) => {
    const r = parseBackup(text);
    expect(r).toEqual({
      ok: false,
      errors: [
        {
          zh: `文件不是有效的 JSON${zhPlace}，可能已损坏或不完整。请选择用“备份 JSON”保存的文件。`,
          en: `The file is not valid JSON${enPlace}; it may be damaged or cut short. Choose a file saved with “Back up (JSON)”.`,
        },
      ],
    });
    expect(JSON.stringify(r)).not.toMatch(/Unexpected|token|SyntaxError/);
  });

  test.each<[string, string, { line: number; column: number } | null]>([
    ['Unexpected token , in JSON at position 5', 'ab\ncdef', { line: 2, column: 3 }],
    ["Expected ',' or '}' after property value in JSON at position 12 (line 2 column 4)", 'x', { line: 2, column: 4 }],
    ['Unexpected end of JSON input', 'ab\nc', { line: 2, column: 2 }],
    ['JSON.parse: unexpected character at line 3 column 1 of the JSON data', '', { line: 3, column: 1 }],
    ['something else', 'x', null],
  ])('jsonErrorPlace(%j)', (message, text, place) => {
    expect(jsonErrorPlace(text, message)).toEqual(place);
  });

  type Edit = (b: Record<string, any>) => void; // eslint-disable-line @typescript-eslint/no-explicit-any
  test.each<[string, Edit, string]>([
    ['wrong format tag', (b) => (b.format = 'hypothesis-export'), '这不是报告标注的备份文件（format 应为 "report-annotator-backup"，实为 "hypothesis-export"）。请选择用“备份 JSON”保存的文件。'],
    ['a newer version', (b) => (b.version = 3), '备份版本 3 比本扩展支持的版本 2 新，请先更新扩展。'],
    ['an invalid version', (b) => (b.version = 'one'), '备份版本 "one" 无效（应为 1 或 2）。'],
    ['items not an array', (b) => (b.items = {}), '文件：items 不是数组'],
    ['too many items', (b) => (b.items = new Array(200_001).fill({})), '文件：items 过多（200001 条，上限 200000）'],
    ['no exportedAt', (b) => delete b.exportedAt, '文件：exportedAt 不是数字'],
  ])('refuses a file with %s, changing nothing', (_name, edit, expected) => {
    const b = clone(good) as unknown as Record<string, unknown>;
    edit(b);
    const r = validateBackup(b);
    expect(r.ok).toBe(false);
    expect(zhOf(r)).toEqual([expected]);
  });

  it('takes its list limits from the store’s capacity', () => {
    const r = validateBackup(clone(good), { reports: 10, items: 5, tags: 10 });
    expect(zhOf(r)).toEqual(['文件：items 过多（6 条，上限 5）']);
  });
});

describe('validateBackup: a bad record is left out, named, and the rest kept', () => {
  type Edit = (b: Record<string, any>) => void; // eslint-disable-line @typescript-eslint/no-explicit-any
  test.each<[string, Edit, 'reports' | 'items' | 'tags', () => string]>([
    ['item missing value', (b) => delete b.items[1].value, 'items', () => `${itemLabel(1)}：缺少 value`],
    ['item value not a number', (b) => (b.items[1].value = '5%'), 'items', () => `${itemLabel(1)}：value 不是数字或 null`],
    ['duplicate item id', (b) => (b.items[2].id = b.items[0].id), 'items', () => `第 3 条 item（id "${good.items[0]!.id}"）：id 重复（与第 1 条 item 相同）`],
    ['dangling reportId', (b) => (b.items[0].reportId = 'https://example.org/gone'), 'items', () => `${itemLabel(0)}：reportId "https://example.org/gone" 不在 reports 中`],
    ['over-long quote', (b) => (b.items[3].selector.quote.exact = '数'.repeat(10_001)), 'items', () => `${itemLabel(3)}：selector.quote.exact 过长（10001 个字符，上限 10000）`],
    ['over-long note', (b) => (b.items[0].note = 'x'.repeat(10_001)), 'items', () => `${itemLabel(0)}：note 过长（10001 个字符，上限 10000）`],
    ['too many tags', (b) => (b.items[0].tags = Array.from({ length: 101 }, (_, i) => `t${i}`)), 'items', () => `${itemLabel(0)}：tags 过多（101 个，上限 100）`],
    ['a bad kind', (b) => (b.items[0].kind = 'goal'), 'items', () => `${itemLabel(0)}：kind 的值 "goal" 无效（应为 "target", "result", "commitment"）`],
    ['a bad cmp', (b) => (b.items[0].cmp = '≈'), 'items', () => `${itemLabel(0)}：cmp 的值 "≈" 无效（应为 "=", ">=", ">", "<=", "<", "~", "range", null）`],
    ['a bad position', (b) => (b.items[0].selector.position.start = -1), 'items', () => `${itemLabel(0)}：selector.position.start 不是非负整数`],
    ['no selector', (b) => delete b.items[0].selector, 'items', () => `${itemLabel(0)}：缺少 selector`],
    ['an item without an id', (b) => delete b.items[4].id, 'items', () => '第 5 条 item（无 id）：缺少 id'],
    ['an item that is not an object', (b) => (b.items[4] = 7), 'items', () => '第 5 条 item（无 id）：不是对象'],
    ['duplicate tag name', (b) => b.tags.push({ ...b.tags[0] }), 'tags', () => `第 5 条 tag（name "${good.tags[0]!.name}"）：name 重复（与第 1 条 tag 相同）`],
    ['a tag without colour', (b) => delete b.tags[0].colour, 'tags', () => `第 1 条 tag（name "${good.tags[0]!.name}"）：缺少 colour`],
  ])('%s', (_name, edit, list, expected) => {
    const b = clone(good) as unknown as Record<string, unknown>;
    edit(b);
    const r = validateBackup(b);
    if (!r.ok) throw new Error(JSON.stringify(r.errors));
    expect(r.skipped.problems.map((m) => m.zh)).toEqual([expected()]);
    expect({ reports: r.skipped.reports, items: r.skipped.items, tags: r.skipped.tags }).toEqual({ reports: 0, items: 0, tags: 0, [list]: 1 });
    const kept = { reports: r.backup.reports.length, items: r.backup.items.length, tags: r.backup.tags.length };
    const all = { reports: good.reports.length, items: good.items.length, tags: (b.tags as unknown[]).length };
    expect(kept).toEqual({ ...all, [list]: all[list] - 1 });
  });

  it('names the record in English too', () => {
    const b = clone(good) as unknown as { items: Record<string, unknown>[] };
    b.items[1]!.value = '5%';
    delete b.items[4]!.id;
    const r = validateBackup(b);
    expect(r.ok && r.skipped.problems.map((m) => m.en)).toEqual([
      `${itemLabelEn(1)}: value is not a number or null`,
      'item 5 (no id): id is missing',
    ]);
  });

  const reportLabel = (i: number, id: string) => `第 ${i + 1} 条 report（id "${id}"）`;
  // Report 2 is edited; its items follow its id so that only the report itself is wrong.
  type ReportEdit = { id: string; url: string };
  test.each<[string, ReportEdit, string | null]>([
    ['an https page', { id: 'https://www.gov.cn/a.htm', url: 'https://www.gov.cn/a.htm' }, null],
    ['an http page with a query', { id: 'http://x.gov.cn/a?id=7', url: 'http://x.gov.cn/a?id=7' }, null],
    ['a local file', { id: 'file:///C:/reports/a.html', url: 'file:///C:/reports/a.html' }, null],
    ['a javascript: url', { id: 'javascript:alert(1)', url: 'javascript:alert(1)' }, 'url "javascript:alert(1)" 不是 http、https 或 file 地址'],
    ['a data: url', { id: 'data:text/html,x', url: 'data:text/html,x' }, 'url "data:text/html,x" 不是 http、https 或 file 地址'],
    ['an extension page', { id: 'chrome-extension://abc/popup.html', url: 'chrome-extension://abc/popup.html' }, 'url "chrome-extension://abc/popup.html" 不是 http、https 或 file 地址'],
    ['not a url', { id: 'report 1', url: 'report 1' }, 'url "report 1" 不是 http、https 或 file 地址'],
    ['an id that is another page', { id: 'https://www.gov.cn/b.htm', url: 'https://www.gov.cn/a.htm' }, 'id 与 url 不符（应为 "https://www.gov.cn/a.htm"）'],
    ['an id that keeps the fragment', { id: 'https://www.gov.cn/a.htm#p2', url: 'https://www.gov.cn/a.htm#p2' }, 'id 与 url 不符（应为 "https://www.gov.cn/a.htm"）'],
    ['an id that is not normalised', { id: 'HTTPS://WWW.GOV.CN/a.htm', url: 'https://www.gov.cn/a.htm' }, 'id 与 url 不符（应为 "https://www.gov.cn/a.htm"）'],
  ])('a report at %s', (_name, edit, problem) => {
    const b = clone(good);
    const old = b.reports[1]!.id;
    Object.assign(b.reports[1]!, edit);
    for (const i of b.items) if (i.reportId === old) i.reportId = edit.id;
    for (const h of b.headlines) if (h.reportId === old) h.reportId = edit.id;
    const r = validateBackup(b);
    if (!r.ok) throw new Error(JSON.stringify(r.errors));
    const ofReport = good.items.filter((i) => i.reportId === old).length;
    expect(ofReport).toBe(5);
    expect(r.skipped.problems.map((m) => m.zh)).toEqual(
      problem ? [`${reportLabel(1, edit.id)}：${problem}`, `${reportLabel(1, edit.id)}：它的 5 条 item 因此也未导入`] : [],
    );
    // A report left out takes its items with it; the other report and its items stay.
    expect(r.skipped.items).toBe(problem ? ofReport : 0);
    expect(r.backup.items).toHaveLength(problem ? good.items.length - ofReport : good.items.length);
    expect(r.backup.reports.map((x) => x.id)).toContain(good.reports[0]!.id);
  });

  test.each<[string, string | null]>([
    ['#fde047', null],
    ['#ABC', null],
    ['#11223344', null],
    ['red', 'colour "red" 不是颜色（应为 #rrggbb）'],
    ['#12345', 'colour "#12345" 不是颜色（应为 #rrggbb）'],
    ['red; background:url(x)', 'colour "red; background:url(x)" 不是颜色（应为 #rrggbb）'],
    ['', 'colour "" 不是颜色（应为 #rrggbb）'],
  ])('a tag coloured %j', (colour, problem) => {
    const b = clone(good);
    b.tags[0]!.colour = colour;
    const r = validateBackup(b);
    expect(zhOf(r)).toEqual(problem ? [`第 1 条 tag（name "${good.tags[0]!.name}"）：${problem}`] : []);
  });

  it('lists every problem of every record left out, and counts the records', () => {
    const b = clone(good) as unknown as { items: Record<string, unknown>[] };
    b.items[0]!.value = 'x';
    b.items[0]!.note = 3;
    b.items[4]!.kind = 'wish';
    const r = validateBackup(b);
    expect(zhOf(r)).toEqual([
      `${itemLabel(0)}：value 不是数字或 null`,
      `${itemLabel(0)}：note 不是字符串`,
      `${itemLabel(4)}：kind 的值 "wish" 无效（应为 "target", "result", "commitment"）`,
    ]);
    expect(r.ok && r.skipped.items).toBe(2);
    expect(r.ok && r.backup.items).toHaveLength(4);
  });

  it(`lists at most ${MAX_LISTED_ERRORS} problems, then counts the rest`, () => {
    const b = clone(good);
    const proto = b.items[0]!;
    b.items = Array.from({ length: 150 }, (_, i) => ({ ...proto, id: `x${i}`, value: 'bad' as never }));
    const r = validateBackup(b);
    const problems = r.ok ? r.skipped.problems : [];
    expect(problems).toHaveLength(MAX_LISTED_ERRORS + 1);
    expect(problems.at(-1)).toEqual({ zh: '……另有 50 个问题未列出', en: '… and 50 more problems not listed' });
    expect(r.ok && r.skipped.items).toBe(150);
  });
});

describe('values nested deeper than the stack', () => {
  const deep = (n: number): unknown => JSON.parse('['.repeat(n) + ']'.repeat(n));

  it('show() previews a value 100,000 levels deep without overflowing', () => {
    expect(show(deep(100_000))).toBe('[[[…]]]');
    expect(show({ a: { b: { c: 1 } }, d: [1, 2, 3, 4, 5] })).toBe('{"a":{"b":{…}},"d":[1,2,3,4,,…]}'.replace(',,', ','));
  });

  test.each<[string, (b: Record<string, any>) => void, string]>([ // eslint-disable-line @typescript-eslint/no-explicit-any
    ['an item’s kind', (b) => (b.items[0].kind = deep(100_000)), 'kind 的值 [[[…]]] 无效'],
    ['the file’s format', (b) => (b.format = deep(100_000)), '实为 [[[…]]]'],
    ['the file’s version', (b) => (b.version = deep(100_000)), '备份版本 [[[…]]] 无效'],
  ])('a file whose %s is nested 100,000 deep gets a message, not a crash', (_name, edit, expected) => {
    const b = clone(good) as unknown as Record<string, unknown>;
    edit(b);
    const r = validateBackup(b);
    expect(zhOf(r).join('\n')).toContain(expected);
  });
});
