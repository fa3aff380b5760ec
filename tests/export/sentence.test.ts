import { expect, test } from 'vitest';
import { sentenceAround } from '../../lib/export/sentence';

test.each([
  ['both ends in the kept text', '上年成绩显著。今年', '城镇新增就业1200万人以上', '，调查失业率5.5%左右。下一句', {}, '今年城镇新增就业1200万人以上，调查失业率5.5%左右。'],
  ['a line break ends the sentence', '第一段\n今年', '新增学位1.85万个', '\n第二段', {}, '今年新增学位1.85万个'],
  ['！ and ？ end sentences too', '好！今年', '增长5%', '？后文', {}, '今年增长5%？'],
  ['cut on both sides', '提高', '研发投入强度2.5%', '以上，推动', {}, '…提高研发投入强度2.5%以上，推动…'],
  ['the start and end of the text are no cut', '今年', '增长5%', '左右', { atStart: true, atEnd: true }, '今年增长5%左右'],
  ['nothing around', '', '增长5%', '', {}, '增长5%'],
  ['white space runs become one space', '。 今年\t', '增长\u3000 5%', '  左右。', {}, '今年 增长 5% 左右。'],
])('%s', (_, before, quote, after, edges, sentence) => {
  expect(sentenceAround(before, quote, after, edges)).toBe(sentence);
});
