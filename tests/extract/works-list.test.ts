import { describe, expect, test } from 'vitest';
import { labelsWorks, listsWorks } from '../../lib/extract/works-list';

describe('a label of works to start or finish', () => {
  test.each([
    ['计划新开工项目', true],
    ['包括计划建成项目', true],
    ['续建重点项目清单', true],
    ['已建成项目', false],
    ['累计开工项目', false],
    ['重要节点项目', false],
  ])('%s → %s', (label, expected) => {
    expect(labelsWorks(label)).toBe(expected);
  });
});

describe('works listed by name', () => {
  test.each([
    ['named bridges and a road section', '605省道吴江段、高垫大桥、胜浦大桥等', true],
    ['a railway section, an expressway and an airport', '如通苏湖城际铁路苏州至吴江段、锡太高速、苏州通用机场等', true],
    ['kinds, each too short to name one', '道路、桥梁、管网等', false],
    ['one named work is no list', '锡太高速', false],
    ['counted, not named', '一批学校、一批医院等', false],
    ['kinds of road section', '干线公路拥堵路段、城区大道延伸段等', false],
  ])('%s', (_, clause, expected) => {
    expect(listsWorks(clause)).toBe(expected);
  });
});
