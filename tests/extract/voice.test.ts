import { describe, expect, test } from 'vitest';
import { extractItems } from '../../lib/extract';

const kinds = (text: string) => extractItems(text).map((item) => `${item.kind}:${item.value ?? item.text}`);

// A news piece on a year's 民生实事 with no heading: told as done, its figures are results.
const DONE =
  '短短10个月，全县扎实推进民生实事项目建设，跑出了加速度！\n' +
  '完成县城区早夜市建设任务。从动工到竣工短短38天，建成了全省最大的早夜市。\n' +
  '新建县城公共卫生厕所4座，完成农村改厕1200户。道路现已成为通途。\n' +
  '惠民工程落地有声，再次交出了一份答卷。';

describe('the voice of a text no heading divides', () => {
  test.each([
    ['told as done: figures are results, deliverables are done', DONE, ['result:4', 'result:1200']],
    ['a plan cue in the text keeps the sentences deciding', DONE.replace('再次交出了一份答卷', '今年将新建公厕10座，年内建成早夜市'), ['target:4', 'target:1200', 'target:10']],
    ['a heading leaves tense to its sections', '二、2026年重点工作\n' + DONE, ['target:4', 'target:1200']],
  ])('%s', (_, text, expected) => {
    expect(kinds(text).filter((k) => !k.startsWith('commitment'))).toEqual(expected);
    if (expected[0].startsWith('result')) expect(kinds(text).some((k) => k.startsWith('commitment'))).toBe(false);
  });
});

test('a sentence of a text told as done may still promise', () => {
  const text = DONE + '\n群众得到了实惠，城市变美了，道路通畅了，环境改善了，百姓笑了，日子好了。\n明年将建成县第二人民医院新院区。';
  expect(kinds(text)).toEqual(['result:4', 'result:1200', 'commitment:明年将建成县第二人民医院新院区']);
});

describe('a fact box: a label stands for the short lines under it', () => {
  const BOX = '“三改一拆”3年目标：拆除违法建筑1亿平方米\n改造旧住宅区1.4亿平方米\n截至目前：已累计拆除违法建筑1.27亿平方米\n旧住宅区改造4479万平方米\n旧厂区改造3435万平方米';
  test.each([
    ['lines under 截至目前 are results', BOX, ['target:100000000', 'target:140000000', 'result:127000000', 'result:44790000', 'result:34350000']],
    [
      'any label opens a box of its own',
      '截至目前：已累计拆除违法建筑1.27亿平方米\n旧住宅区改造4479万平方米\n下步打算：新增旧厂区改造3435万平方米\n新建公厕12座',
      ['result:127000000', 'result:44790000', 'target:34350000', 'target:12'],
    ],
    [
      'a sentence ends the box',
      BOX + '\n今年全省完成旧厂区改造1000万平方米，推进城中村改造。',
      ['target:100000000', 'target:140000000', 'result:127000000', 'result:44790000', 'result:34350000', 'target:10000000'],
    ],
  ])('%s', (_, text, expected) => {
    expect(extractItems(text, { commitments: false }).map((item) => `${item.kind}:${item.value}`)).toEqual(expected);
  });
});
