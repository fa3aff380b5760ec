import { describe, expect, test } from 'vitest';
import { extractItems } from '../../lib/extract';

const PLAN = '2025年某区民生实事项目\n';
const metrics = (text: string) => extractItems(PLAN + text, { commitments: false }).map((item) => item.metric);

describe('a list item\'s mark is no part of what it measures', () => {
  test.each([
    ['a star', '*新增1家社区长者食堂', ['新增社区长者食堂']],
    ['a number and a bracket', '13)积极引导1000名以上高校毕业生到基层就业', ['引导高校毕业生到基层就业']],
    ['a number in brackets', '(2)新建公厕12座', ['新建公厕']],
    ['a decimal is no list mark', '人均预期寿命提高1.5岁', ['人均预期寿命提高']],
  ])('%s', (_, text, expected) => {
    expect(metrics(text)).toEqual(expected);
  });
});
