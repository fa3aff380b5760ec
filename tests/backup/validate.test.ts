import { beforeAll, describe, expect, it, test } from 'vitest';
import { BACKUP_FORMAT, serialiseBackup, type BackupFile } from '../../lib/backup/format';
import { MAX_LISTED_ERRORS, parseBackup, validateBackup } from '../../lib/backup/validate';
import { setup } from '../store/helpers';
import { backupOf, clone, populate } from './fixtures';

let good: BackupFile;

beforeAll(async () => {
  const { db, service } = setup();
  await populate(service);
  good = await backupOf(db);
});

const itemLabel = (i: number) => `第 ${i + 1} 条 item（id "${good.items[i]!.id}"）`;

describe('validateBackup', () => {
  it('accepts an exported backup, as a value or as JSON text', () => {
    expect(good.format).toBe(BACKUP_FORMAT);
    expect(good.items).toHaveLength(6);
    const r = validateBackup(clone(good));
    expect(r).toEqual({ ok: true, backup: good });
    expect(parseBackup(serialiseBackup(good))).toEqual({ ok: true, backup: good });
  });

  it('drops unknown fields', () => {
    const b = clone(good) as unknown as { items: Record<string, unknown>[]; extra: number };
    b.items[0]!.injected = '<script>';
    b.extra = 1;
    const r = validateBackup(b);
    expect(r.ok && r.backup.items[0]).not.toHaveProperty('injected');
    expect(r.ok && r.backup).not.toHaveProperty('extra');
  });

  test.each<[string, unknown, string]>([
    ['null', null, '文件内容不是 JSON 对象 / the file is not a JSON object'],
    ['an array', [], '文件内容不是 JSON 对象 / the file is not a JSON object'],
    ['a string', 'report', '文件内容不是 JSON 对象 / the file is not a JSON object'],
    ['a number', 42, '文件内容不是 JSON 对象 / the file is not a JSON object'],
  ])('refuses %s', (_name, json, message) => {
    expect(validateBackup(json)).toEqual({ ok: false, errors: [message] });
  });

  it('refuses text that is not JSON', () => {
    const r = parseBackup('{"format": "report-annotator-backup", ');
    expect(r.ok).toBe(false);
    expect(!r.ok && r.errors[0]).toMatch(/^文件不是有效的 JSON：.* \/ the file is not valid JSON: /);
  });

  type Edit = (b: Record<string, any>) => void; // eslint-disable-line @typescript-eslint/no-explicit-any
  test.each<[string, Edit, RegExp | (() => string)]>([
    ['wrong format tag', (b) => (b.format = 'hypothesis-export'), /^format 应为 "report-annotator-backup"，实为 "hypothesis-export".* \/ format should be/],
    ['a newer version', (b) => (b.version = 2), /备份版本 2 比本扩展支持的版本 1 新.* \/ backup version 2 is newer/],
    ['items not an array', (b) => (b.items = {}), /^文件：items 不是数组 \/ file: items is not an array$/],
    ['too many items', (b) => (b.items = new Array(200_001).fill({})), /^文件：items 过多（200001 条，上限 200000） \/ file: too many items/],
    ['item missing value', (b) => delete b.items[1].value, () => `${itemLabel(1)}：缺少 value / value is missing`],
    ['item value not a number', (b) => (b.items[1].value = '5%'), () => `${itemLabel(1)}：value 不是数字或 null / value is not a number or null`],
    ['duplicate item id', (b) => (b.items[2].id = b.items[0].id), () => `第 3 条 item（id "${good.items[0]!.id}"）：id 重复（与第 1 条 item 相同） / duplicate id (same as item 1)`],
    ['dangling reportId', (b) => (b.items[0].reportId = 'https://example.org/gone'), () => `${itemLabel(0)}：reportId "https://example.org/gone" 不在 reports 中 / reportId "https://example.org/gone" is not among the reports`],
    ['over-long quote', (b) => (b.items[3].selector.quote.exact = '数'.repeat(10_001)), () => `${itemLabel(3)}：selector.quote.exact 过长（10001 个字符，上限 10000） / selector.quote.exact is too long (10001 characters, at most 10000)`],
    ['over-long note', (b) => (b.items[0].note = 'x'.repeat(10_001)), /note 过长（10001 个字符，上限 10000）/],
    ['too many tags', (b) => (b.items[0].tags = Array.from({ length: 101 }, (_, i) => `t${i}`)), /tags 过多（101 个，上限 100） \/ too many tags \(101, at most 100\)/],
    ['a bad kind', (b) => (b.items[0].kind = 'goal'), /kind 的值 "goal" 无效（应为 "target", "result", "commitment"）/],
    ['a bad cmp', (b) => (b.items[0].cmp = '≈'), /cmp 的值 "≈" 无效（应为 .*null）/],
    ['a bad position', (b) => (b.items[0].selector.position.start = -1), /selector\.position\.start 不是非负整数 \/ selector\.position\.start is not a non-negative integer/],
    ['no selector', (b) => delete b.items[0].selector, /缺少 selector \/ selector is missing/],
    ['an item without an id', (b) => delete b.items[4].id, /^第 5 条 item（无 id \/ no id）：缺少 id \/ id is missing$/],
    ['an item that is not an object', (b) => (b.items[4] = 7), /^第 5 条 item（无 id \/ no id）：不是对象 \/ is not an object$/],
    ['a report missing its title', (b) => delete b.reports[1].title, /^第 2 条 report（id "https:.*"）：缺少 title \/ title is missing$/],
    ['duplicate report id', (b) => ([b.reports[1].id, b.reports[1].url] = [b.reports[0].id, b.reports[0].url]), /第 2 条 report.*id 重复（与第 1 条 report 相同）/],
    ['duplicate tag name', (b) => b.tags.push({ ...b.tags[0] }), /条 tag（name ".*"）：name 重复/],
    ['a tag without colour', (b) => delete b.tags[0].colour, /第 1 条 tag.*缺少 colour/],
  ])('refuses a file with %s, naming the record', (_name, edit, expected) => {
    const b = clone(good) as unknown as Record<string, unknown>;
    edit(b);
    const r = validateBackup(b);
    expect(r.ok).toBe(false);
    const errors = r.ok ? [] : r.errors;
    if (typeof expected === 'function') expect(errors).toContain(expected());
    else expect(errors.some((e) => expected.test(e)), errors.join('\n')).toBe(true);
  });

  const reportLabel = (i: number, id: string) => `第 ${i + 1} 条 report（id "${id}"）`;
  // Report 2 is edited; its items follow its id so that only the report itself is wrong.
  type ReportEdit = { id: string; url: string };
  test.each<[string, ReportEdit, string | null]>([
    ['an https page', { id: 'https://www.gov.cn/a.htm', url: 'https://www.gov.cn/a.htm' }, null],
    ['an http page with a query', { id: 'http://x.gov.cn/a?id=7', url: 'http://x.gov.cn/a?id=7' }, null],
    ['a local file', { id: 'file:///C:/reports/a.html', url: 'file:///C:/reports/a.html' }, null],
    ['a javascript: url', { id: 'javascript:alert(1)', url: 'javascript:alert(1)' }, 'url "javascript:alert(1)" 不是 http、https 或 file 地址 / url "javascript:alert(1)" is not an http, https or file address'],
    ['a data: url', { id: 'data:text/html,x', url: 'data:text/html,x' }, 'url "data:text/html,x" 不是 http、https 或 file 地址 / url "data:text/html,x" is not an http, https or file address'],
    ['an extension page', { id: 'chrome-extension://abc/popup.html', url: 'chrome-extension://abc/popup.html' }, 'url "chrome-extension://abc/popup.html" 不是 http、https 或 file 地址 / url "chrome-extension://abc/popup.html" is not an http, https or file address'],
    ['not a url', { id: 'report 1', url: 'report 1' }, 'url "report 1" 不是 http、https 或 file 地址 / url "report 1" is not an http, https or file address'],
    ['an id that is another page', { id: 'https://www.gov.cn/b.htm', url: 'https://www.gov.cn/a.htm' }, 'id 与 url 不符（应为 "https://www.gov.cn/a.htm"） / id does not match url (expected "https://www.gov.cn/a.htm")'],
    ['an id that keeps the fragment', { id: 'https://www.gov.cn/a.htm#p2', url: 'https://www.gov.cn/a.htm#p2' }, 'id 与 url 不符（应为 "https://www.gov.cn/a.htm"） / id does not match url (expected "https://www.gov.cn/a.htm")'],
    ['an id that is not normalised', { id: 'HTTPS://WWW.GOV.CN/a.htm', url: 'https://www.gov.cn/a.htm' }, 'id 与 url 不符（应为 "https://www.gov.cn/a.htm"） / id does not match url (expected "https://www.gov.cn/a.htm")'],
  ])('a report at %s', (_name, edit, problem) => {
    const b = clone(good);
    const old = b.reports[1]!.id;
    Object.assign(b.reports[1]!, edit);
    for (const i of b.items) if (i.reportId === old) i.reportId = edit.id;
    const r = validateBackup(b);
    expect(r.ok ? [] : r.errors).toEqual(problem ? [`${reportLabel(1, edit.id)}：${problem}`] : []);
  });

  test.each<[string, string | null]>([
    ['#fde047', null],
    ['#ABC', null],
    ['#11223344', null],
    ['red', 'colour "red" 不是颜色（应为 #rrggbb） / colour "red" is not a colour (expected #rrggbb)'],
    ['#12345', 'colour "#12345" 不是颜色（应为 #rrggbb） / colour "#12345" is not a colour (expected #rrggbb)'],
    ['red; background:url(x)', 'colour "red; background:url(x)" 不是颜色（应为 #rrggbb） / colour "red; background:url(x)" is not a colour (expected #rrggbb)'],
    ['', 'colour "" 不是颜色（应为 #rrggbb） / colour "" is not a colour (expected #rrggbb)'],
  ])('a tag coloured %j', (colour, problem) => {
    const b = clone(good);
    b.tags[0]!.colour = colour;
    const r = validateBackup(b);
    expect(r.ok ? [] : r.errors).toEqual(problem ? [`第 1 条 tag（name "${good.tags[0]!.name}"）：${problem}`] : []);
  });

  it('checks the whole file and reports every problem', () => {
    const b = clone(good) as unknown as { items: Record<string, unknown>[] };
    b.items[0]!.value = 'x';
    b.items[0]!.note = 3;
    b.items[4]!.kind = 'wish';
    const r = validateBackup(b);
    expect(r.ok ? [] : r.errors).toEqual([
      `${itemLabel(0)}：value 不是数字或 null / value is not a number or null`,
      `${itemLabel(0)}：note 不是字符串 / note is not a string`,
      `${itemLabel(4)}：kind 的值 "wish" 无效（应为 "target", "result", "commitment"） / kind has invalid value "wish" (expected "target", "result", "commitment")`,
    ]);
  });

  it(`lists at most ${MAX_LISTED_ERRORS} problems, then counts the rest`, () => {
    const b = clone(good);
    const proto = b.items[0]!;
    b.items = Array.from({ length: 150 }, (_, i) => ({ ...proto, id: `x${i}`, value: 'bad' as never }));
    const r = validateBackup(b);
    const errors = r.ok ? [] : r.errors;
    expect(errors).toHaveLength(MAX_LISTED_ERRORS + 1);
    expect(errors.at(-1)).toBe('……另有 50 个问题未列出 / … and 50 more problems not listed');
  });
});
