import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { buildTextMap } from '../../lib/anchoring/text-map';
import { extractItems } from '../../lib/extract';
import { anchorSelection, manualDraft, sectionAt, selectionSpan } from '../../lib/page/selection';

const MAIN = '一、工作回顾\n全年新增城镇就业86万人，新建口袋公园12个。\n二、今年目标\n加快建设数字政府，推进“一网通办”。';
const LIVE = `首页 政务公开\n${MAIN}\n相关链接 图片说明：全市绿道总长达到1200公里`;

const span = (text: string, inText = LIVE) => {
  const start = inText.indexOf(text);
  return { start, end: start + text.length };
};

describe('marking a selection as an item', () => {
  it('anchors a selection in the main text and parses its figure', () => {
    const anchor = anchorSelection(LIVE, span('新建口袋公园12个'), MAIN);
    expect(anchor.space).toBe('main');
    expect(MAIN.slice(anchor.start, anchor.end)).toBe('新建口袋公园12个');
    expect(anchor.selector.position).toEqual({ start: anchor.start, end: anchor.end });
    expect(anchor.selector.quote.prefix).toBe(MAIN.slice(0, anchor.start).slice(-32));
    expect(manualDraft(anchor, extractItems(anchor.selector.quote.exact))).toMatchObject({ value: 12, unit: '个' });
  });

  it('keeps a selection outside the main text anchored in the page text', () => {
    const anchor = anchorSelection(LIVE, span('全市绿道总长达到1200公里'), MAIN);
    expect(anchor.space).toBe('live');
    expect(LIVE.slice(anchor.start, anchor.end)).toBe('全市绿道总长达到1200公里');
    expect(manualDraft(anchor, extractItems(anchor.selector.quote.exact)).value).toBe(1200);
  });

  it('makes a selection without a figure a commitment the reader can re-kind', () => {
    expect(manualDraft(anchorSelection(LIVE, span('推进“一网通办”'), MAIN), [])).toMatchObject({ kind: 'commitment', value: null, metric: '' });
    expect(manualDraft(anchorSelection(LIVE, span('新建口袋公园12个'), MAIN), []).kind).toBe('target');
  });

  it('reads a DOM selection as trimmed offsets of the page text', () => {
    const { document } = parseHTML('<html><body><p id="a">全年新增城镇就业<b>86万人</b>，</p><p id="b"> 新建口袋公园12个。</p></body></html>');
    const map = buildTextMap(document.body);
    const a = document.querySelector('#a')!.firstChild!;
    const b = document.querySelector('#b')!.firstChild!;
    const s = selectionSpan(map, { startContainer: a, startOffset: 4, endContainer: document.querySelector('b')!.firstChild!, endOffset: 4 });
    expect(map.text.slice(s!.start, s!.end)).toBe('城镇就业86万人');
    const padded = selectionSpan(map, { startContainer: b, startOffset: 0, endContainer: b, endOffset: 3 });
    expect(map.text.slice(padded!.start, padded!.end)).toBe('新建');
    expect(selectionSpan(map, { startContainer: b, startOffset: 0, endContainer: b, endOffset: 1 })).toBeNull();
  });

  const REPORT = [
    '一、过去一年工作回顾',
    '全年地区生产总值增长5.2%，城镇新增就业86万人，粮食产量达到1285万吨。我们推进美丽乡村建设，新建口袋公园12个。',
    '二、2026年主要目标任务',
    '地区生产总值增长5%左右，城镇新增就业80万人以上。加快建设数字政府，力争建成充电桩3000个。',
  ].join('\n');

  it.each([
    ['新建口袋公园12个', 'result', 12, '一、过去一年工作回顾'],
    ['推进美丽乡村建设', 'result', null, '一、过去一年工作回顾'],
    ['加快建设数字政府', 'commitment', null, '二、2026年主要目标任务'],
    ['建成充电桩3000个', 'target', 3000, '二、2026年主要目标任务'],
  ] as const)('takes the tense of the section a hand-marked passage stands in (%s → %s)', (text, kind, value, section) => {
    const detected = extractItems(REPORT);
    const anchor = anchorSelection(REPORT, span(text, REPORT), REPORT);
    const context = sectionAt(detected, REPORT, anchor.start);
    const draft = manualDraft(anchor, extractItems(text), context);
    expect(draft).toMatchObject({ kind, value, section });
    if (kind === 'result') expect(draft).toMatchObject({ strength: null, deadline: null });
  });
});
