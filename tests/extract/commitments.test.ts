import { describe, expect, test } from 'vitest';
import { extractItems } from '../../lib/extract';
import { WordLists } from '../../lib/extract/word-lists';

const commitments = (text: string) => extractItems(text).filter((i) => i.kind === 'commitment').map((i) => i.text);

describe('commitments', () => {
  test.each([
    ['建成全国首个全域旅游无障碍区。'],
    ['实现国家卫生镇全覆盖。'],
    ['启动建设第七人民医院新院区。'],
    ['积极创建国家区域医疗中心。'],
    ['争创法治浙江(法治政府)建设示范区。'],
    ['完成市中医院扩建、市妇保院迁建工程。'],
    ['镇全民健身中心实现全覆盖。'],
    ['实现低保对象应保尽保。'],
    ['高水平交通强省基本建成。'],
    ['开工黔江至吉首高铁重庆段、福寿岩水库等项目。'],
    ['出台《促进民营经济发展条例》。'],
  ])('%s is a commitment', (text) => {
    expect(commitments(text)).toEqual([text.replace(/。$/, '')]);
  });

  test.each([
    ['a vague direction', '加强生态环境保护，深化改革，推进城乡融合。'],
    ['keeping a result', '着力巩固生态文明创建成果。'],
    ['a slogan goal', '决胜全面建成小康社会。'],
    ['a built-up area', '城市建成区面积扩大，县城建成区绿地率提高。'],
    ['a refusal', '一般不再出台新的调价措施，严格控制新开工项目。'],
    ['what was done last year', '一、2023年工作回顾\n新一轮机构改革中央层面基本完成，建成一批重大工程。'],
    ['a directive, not a rule', '出台实施政策要能早则早。'],
    ['a figure makes it a target only', '创建省级垃圾分类示范村15个。'],
    ['a glossary entry', '10.“六个一”全覆盖：一批优质企业。'],
    ['more effort, not a deliverable', '加大“双一流”高校建设和创建支持力度。'],
  ])('%s is not', (_, text) => {
    expect(commitments(text)).toEqual([]);
  });
});

describe('WordLists: which lists of words a clause holds, in one pass', () => {
  const lists = new WordLists({ build: ['建设', '建成'], speed: ['加快', '加快推进'], end: ['投用'] });
  test.each([
    ['加快推进机场建设', ['build', 'speed']],
    ['枢纽投用', ['end']],
    ['建成投用', ['build', 'end']],
    ['深化改革', []],
    ['建', []],
  ] as const)('%s holds %j', (clause, expected) => {
    const found = lists.foundIn(clause);
    expect((['build', 'speed', 'end'] as const).filter((name) => lists.has(found, name))).toEqual(expected);
    expect(found === 0).toBe(expected.length === 0);
  });
});
