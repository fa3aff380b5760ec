import { describe, expect, test } from 'vitest';
import { deliverablesBesideFigures } from '../../lib/extract/verb-list';

const pieces = (clause: string) => deliverablesBesideFigures(clause, 0, clause.length).map(([from, to]) => clause.slice(from, to));

describe('verb phrases listed with 、 beside a figure', () => {
  test.each([
    ['a named facility between two counts', '建成移动公厕12座、建设怀柔区再生资源分拣中心、整治提升15条河道', ['建设怀柔区再生资源分拣中心']],
    ['the first phrase too', '建设城南公共卫生服务中心、新建幼儿园3所', ['建设城南公共卫生服务中心']],
    ['objects of one verb are not phrases', '建成长安十小、长安六中、太乙中心校等11所学校', []],
    ['a count shared by every phrase joins them', '启动杨柳青电厂、完成大港电厂共6台亚临界机组替代', []],
    ['a phrase holding a count is the figure’s', '新建幼儿园3所、建成移动公厕12座', []],
    ['no 、 at all', '建成天然气管网15公里', []],
  ])('%s', (_, clause, expected) => {
    expect(pieces(clause)).toEqual(expected);
  });
});
