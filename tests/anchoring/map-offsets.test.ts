import { describe, expect, it, test } from 'vitest';
import { mapOffsetsBetween } from '../../lib/anchoring/map-offsets';
import { mapOffsetsBetween as reExported } from '../../lib/anchoring/text-map';
import { normalizeString } from '../../lib/anchoring/normalize';

// What Readability's text of the cloned page looks like: indented lines, blank lines.
const SOURCE = [
  '',
  '    政府工作报告',
  '',
  '    一、2024年工作回顾',
  '    过去一年，全市地区生产总值增长5.2%，城镇新增就业1.85万人，空气质量优良率达到95%。',
  '    二、2025年主要目标',
  '    地区生产总值增长5%左右；城镇新增就业1.85万人以上；空气质量优良率保持在95%以上。',
  '    三、重点任务',
  '    新增学位1.85万个，新建改扩建学校12所。',
  '    力争单位GDP能耗下降百分之五，确保完成国家下达的目标任务。',
  '',
].join('\n');

// The live page's text map: the same paragraphs, in order, with noise before, between and after,
// decoys of the short headings in the navigation, a <br> inside a paragraph and re-flowed whitespace.
const TARGET = [
  '首页',
  '二、2025年主要目标', // decoy in a "hot links" box before the article
  '三、重点任务', // decoy
  '政府工作报告', // decoy (breadcrumb)
  '分享到：微信 微博',
  '政府工作报告',
  '发布时间：2025-01-20 来源：市政府办公室',
  '一、2024年工作回顾',
  '过去一年，全市地区生产总值增长5.2%，',
  '城镇新增就业1.85万人，空气质量优良率达到95%。',
  '【广告】点击下载客户端',
  '二、2025年主要目标',
  '地区生产总值增长5%左右；城镇新增就业 1.85 万人以上；空气质量优良率保持在95%以上。',
  '相关阅读：三、重点任务的解读',
  '三、重点任务',
  '新增学位1.85万个，新建改扩建学校12所。',
  '力争单位GDP能耗下降百分之五，确保完成国家下达的目标任务。',
  '版权所有 © 某市人民政府',
].join('\n');

const ARTICLE_START = TARGET.indexOf('分享到');

describe('mapOffsetsBetween', () => {
  const mapper = mapOffsetsBetween(SOURCE, TARGET);

  test.each([
    ['政府工作报告', 0],
    ['一、2024年工作回顾', 0],
    ['5.2%', 0],
    ['城镇新增就业1.85万人', 0],
    ['增长5.2%，城镇新增就业1.85万人', 0], // across the <br>
    ['空气质量优良率达到95%', 0],
    ['二、2025年主要目标', 0],
    ['城镇新增就业1.85万人以上', 0], // whitespace re-flowed on the page
    ['空气质量优良率保持在95%以上', 0],
    ['三、重点任务', 0],
    ['新建改扩建学校12所', 0],
    ['下降百分之五', 0],
  ])('maps %s to the article, not to the noise', (sub, nth) => {
    let at = -1;
    for (let k = 0; k <= nth; k++) at = SOURCE.indexOf(sub, at + 1);
    const r = mapper.mapRange(at, at + sub.length);
    expect(r, 'mapped').not.toBeNull();
    expect(normalizeString(TARGET.slice(r!.start, r!.end))).toBe(normalizeString(sub));
    expect(r!.start).toBeGreaterThan(ARTICLE_START);
  });

  it('maps paragraphs in order', () => {
    const starts = mapper.spans.map((s) => s.targetStart);
    expect([...starts].sort((a, b) => a - b)).toEqual(starts);
    expect(mapper.spans.length).toBe(8);
  });

  it('maps verbatim paragraphs one to one and re-flowed ones through normalisation', () => {
    const how = (opening: string) => mapper.spans.find((s) => SOURCE.startsWith(opening, s.sourceStart))?.how;
    expect(how('新增学位')).toBe('exact');
    expect(how('过去一年')).toBe('normalized'); // a <br> inside
    expect(how('地区生产总值')).toBe('normalized'); // spaces around a figure
  });

  test.each([
    ['the indentation before a paragraph', SOURCE.indexOf('    一、') + 1],
    ['a blank line', SOURCE.indexOf('\n\n')],
  ])('leaves %s unmapped', (_name, offset) => {
    expect(mapper.mapOffset(offset)).toBeNull();
  });

  it('maps start and end biases at paragraph edges', () => {
    const p = SOURCE.indexOf('新增学位');
    const end = SOURCE.indexOf('12所。') + 4;
    expect(mapper.mapOffset(p, 'start')).toBe(TARGET.indexOf('新增学位'));
    expect(mapper.mapOffset(end, 'end')).toBe(TARGET.indexOf('12所。') + 4);
    expect(mapper.mapOffset(end, 'start')).toBeNull(); // nothing starts at the newline
  });

  it('is re-exported from text-map', () => {
    expect(reExported).toBe(mapOffsetsBetween);
  });
});

describe('mapOffsetsBetween: harder pages', () => {
  it('finds a paragraph cut by an inline ad sentence by sentence', () => {
    const source = '过去一年，全市地区生产总值增长5.2%，经济运行总体平稳。城镇新增就业1.85万人，空气质量优良率达到95%。';
    const target =
      '导航\n过去一年，全市地区生产总值增长5.2%，经济运行总体平稳。【推广】下载客户端。城镇新增就业1.85万人，空气质量优良率达到95%。\n页脚';
    const m = mapOffsetsBetween(source, target);
    for (const sub of ['增长5.2%', '1.85万人', '达到95%']) {
      const at = source.indexOf(sub);
      const r = m.mapRange(at, at + sub.length)!;
      expect(target.slice(r.start, r.end)).toBe(sub);
    }
  });

  it('finds a paragraph that comes earlier on the page than in the main text', () => {
    const p1 = '第一段：地区生产总值增长5%左右，居民收入增长与经济增长同步。';
    const p2 = '第二段：城镇新增就业1.85万人以上，城镇调查失业率控制在5.5%以内。';
    const source = `${p1}\n${p2}`;
    const target = `噪声\n${p2}\n噪声\n${p1}\n噪声`;
    const m = mapOffsetsBetween(source, target);
    for (const sub of ['增长5%左右', '1.85万人以上', '5.5%以内']) {
      const at = source.indexOf(sub);
      const r = m.mapRange(at, at + sub.length)!;
      expect(target.slice(r.start, r.end)).toBe(sub);
    }
  });

  it('places a short heading between its neighbours, not at an earlier decoy', () => {
    const source = '（一）\n这一段足够长，可以作为定位的锚点使用，增长5%左右。\n（二）\n另一段同样足够长，用于给第二个标题定位，增长6%左右。';
    const target = '目录 （一） （二）\n正文\n（一）\n这一段足够长，可以作为定位的锚点使用，增长5%左右。\n（二）\n另一段同样足够长，用于给第二个标题定位，增长6%左右。';
    const m = mapOffsetsBetween(source, target);
    const second = source.indexOf('（二）');
    const r = m.mapRange(second, second + 3)!;
    expect(r.start).toBe(target.lastIndexOf('（二）'));
  });

  it('leaves a paragraph that is not on the page unmapped', () => {
    const source = '页面上有的一段文字，长度足够作为长段落，增长5%左右。\n页面上没有的一段文字，这是Readability多出来的内容。';
    const target = '页面上有的一段文字，长度足够作为长段落，增长5%左右。';
    const m = mapOffsetsBetween(source, target);
    const at = source.indexOf('没有');
    expect(m.mapRange(at, at + 2)).toBeNull();
    expect(m.spans).toHaveLength(1);
  });

  it('handles empty texts', () => {
    expect(mapOffsetsBetween('', '').spans).toEqual([]);
    expect(mapOffsetsBetween('abc', '').mapOffset(0)).toBeNull();
    expect(mapOffsetsBetween('', 'abc').mapRange(0, 1)).toBeNull();
  });

  it('stays fast on a long page', () => {
    const para = (i: number) => `第${i}段：全市地区生产总值增长${(i % 9) + 1}.${i % 10}%，城镇新增就业${i}万人，各项指标稳中向好。`;
    const source = Array.from({ length: 3000 }, (_, i) => para(i)).join('\n');
    const target = Array.from({ length: 3000 }, (_, i) => `噪声${i} 分享 打印\n${para(i).replace('，', '， ')}`).join('\n');
    const t0 = performance.now();
    const m = mapOffsetsBetween(source, target);
    const elapsed = performance.now() - t0;
    expect(m.spans).toHaveLength(3000);
    const at = source.indexOf('城镇新增就业2999万人');
    const r = m.mapRange(at, at + 12)!;
    expect(target.slice(r.start, r.end)).toBe('城镇新增就业2999万人');
    expect(elapsed).toBeLessThan(2000);
  });
});
