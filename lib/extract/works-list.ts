/**
 * Works listed under a label (计划新开工项目：X铁路苏州至吴江段、Y大桥、Z机场等): a county's or a
 * city's plan often names its projects this way, by name only, with the verb in the label. Each
 * list is a promise of the works it names.
 */

import { KIND_OF_FACILITY, namesFacility } from './named-object';

/** A label that promises what follows: works to start, finish or go on with this year. */
const WORKS_LABEL = /(?:新开工|开工|建成|竣工|完工|投产|投用|续建|新建|实施)(?:的)?(?:重点|重大|市级|省级|县级)?(?:建设)?(?:项目|工程)(?:清单|名单)?$/;

/** Whether a clause that ends in a colon labels works to be built (计划新开工项目, 续建重点项目). */
export function labelsWorks(label: string): boolean {
  return WORKS_LABEL.test(label) && !/(?:已|累计|共|完成了)/.test(label);
}

/**
 * Whether a clause lists works by name: at least two items, each some words long, one of them a
 * named facility or a section of a named route (605省道吴江段); kinds listed (道路、桥梁等) name none.
 */
export function listsWorks(clause: string): boolean {
  const items = clause.replace(/等(?:项目|工程)?$/, '').split('、');
  // A route's number is its name (605省道吴江段), not a count.
  const named = items.filter((item) => namesFacility(item.replace(/^\d+(?=[国省县]道)/, '号'), 2) && !KIND_OF_FACILITY.test(item));
  return items.length >= 2 && named.length >= 2 && items.every((item) => item.length >= 3 && !/^(?:一批|各类|若干|多个)/.test(item));
}
