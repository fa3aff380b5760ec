/**
 * Speeding up or pushing on named works (加快X、Y等项目建设, 推进X水库、Y灌区等重大水利工程建设,
 * 加快推进洪江高速、沙公高速…段, 推动时代长安高竹动力电池项目): a promise of those works when they are
 * named, a direction when a kind is pushed on or the work is carried on (深入推进, 持续推进).
 */

import { alternation, ENCOURAGES, SPEED_ENDINGS, SPEED_VERBS } from './commitment-words';
import { DESIGNATION_AT, isNamedObject, KIND_OF_FACILITY, listsNamedWorks, namesFacility } from './named-object';

/** 加快X、Y等重大项目建设, 加快X、Y等高铁项目: projects listed by name before 等. */
const LISTED_PROJECTS = /等[^、，。；等]{0,8}(?:项目|工程)$/;
const SPEED = new RegExp(`^[^，。；]{0,4}(?:${alternation(SPEED_VERBS)})(?!建设|推进|发展|构建|实施|形成|培育)([^，。；]+?)(${alternation(SPEED_ENDINGS)})$`);

/** Adverbs of carrying on (深入推进, 持续推进, 接续推进): a direction, not a delivery. */
const ONGOING_LEAD = /深入|持续|接续|纵深|扎实|继续|不断|全面|久久为功/;
/** A clause that only joins another's work (深度参与…建设) or serves it. */
const TAKES_PART = /参与|融入|对接|服务于|支持|配合|协同|共同|一批/;

export function speedsUp(c: string): boolean {
  const m = SPEED.exec(c);
  if (m === null || ENCOURAGES.test(c)) return false;
  // The object with the kind of works it ends in (…等高铁项目), without 建设 and 进度.
  const works = (m[1] + (/^(?:项目|工程)$/.test(m[2]) ? m[2] : '')).replace(/(?:建设|进度)+$/, '');
  // A single object is named by its own noun, not by 项目 or 工程 (算力基础设施项目, 省重大项目 name none).
  // In a list (X调蓄工程、Y项目) each work is named by its own place.
  const single = works.includes('、') ? works : works.replace(/(?:重大|重点)?(?:项目|工程)$/, '');
  if (TAKES_PART.test(works)) return false;
  // 加快 promises speed on what it names; 推进 only named works, not a kind (平安医院) and not carried on
  // (深入推进, 持续推进: a direction).
  if (/^[^，。；]{0,4}(?:加快|提速|加速)/.test(c)) {
    return namesOneProject(works) || (namesFacility(single, 2) && !KIND_OF_FACILITY.test(single.split(/[、和及与]/).pop() ?? '')) || listsNamedWorks(works) || (LISTED_PROJECTS.test(works) && isNamedObject(works)) ||
      // 加快西宁至成都铁路建设、青藏铁路格拉段电气化改造: works listed, each with its own kind of work.
      // 加快中欧班列广州集结中心、深圳节点城市建设: what 加快 names may be a designation too, as for one object.
      (/[、和]/.test(works) && namesSomeWork(works.split(/[、和]/), /(?:建设|改造|改扩建|扩建|电气化|进度)+$/, true));
  }
  const lead = c.slice(0, c.search(/推进|推动/));
  if (ONGOING_LEAD.test(lead)) return false;
  // Each work of a list is read (青岛港董家口港区集装箱码头、日照港转型升级工程).
  return namesSomeWork(works.split(/[、和及与]/), /(?:项目|工程)$/, false) || listsNamedWorks(works) || namesOneProject(works);
}

/** 加快推进洪江高速、沙公高速杨家厂至孟家溪段: named works listed after 加快, with no word of work after them. */
const SPEED_LIST = /^[^，。；]{0,4}加快(?:推进|建设|实施)?([^，。；]+)$/;
/** Words a kind of works starts with (综合交通枢纽, 物流通道), where a named one starts with its place (洪江高速). */
const COMMON_PREFIX = /^(?:综合|物流|交通|能源|水利|信息|市政|公共|基础|配套|应急|骨干|重要|主要|重大|重点|跨境|出海|对外)/;
const LEADING_VERB = /^(?:培育|落地|推动|构建|发展|完善|打造|提升|形成|布局|引进|招引|培养|建立|健全|促进|实现)/;

export function speedsUpListed(c: string): boolean {
  const m = SPEED_LIST.exec(c);
  // 加快培育…中心, 加快落地一批…: another verb's object, not works listed.
  if (m === null || ENCOURAGES.test(c) || LEADING_VERB.test(m[1])) return false;
  const items = m[1].split('、');
  return items.length >= 2 && items.every((item) => item.length >= 4 && isNamedObject(item) && !KIND_OF_FACILITY.test(item) && !COMMON_PREFIX.test(item)) &&
    items.some((item) => namesFacility(item, 2) && !DESIGNATION_AT.test(item));
}

/** What makes a project's name a kind or a programme (重大项目, 新型储能项目, 民生实事项目, 生命线工程). */
const PROGRAMME_WORDS = /一批|重大|重点|各类|新型|示范|试点|工程|计划|行动|产业|基础设施|民生|实事|生命线|国家|省级|中央|两重|网络|体系|城镇|老旧|改造|提升|回收|利用|治理/;
/** The shortest name a project is told by (时代长安高竹动力电池项目: a firm and its product). */
const PROJECT_NAME_LENGTH = 8;

/** 推动时代长安高竹动力电池项目: one project told by a long name of its own, not a kind or a programme. */
function namesOneProject(works: string): boolean {
  if (/[、和及与等]/.test(works) || !/项目$/.test(works)) return false;
  const name = works.replace(/项目$/, '');
  return name.length >= PROJECT_NAME_LENGTH && isNamedObject(name) && !KIND_OF_FACILITY.test(name) && !PROGRAMME_WORDS.test(name);
}

/**
 * Whether one work of a list, without the kind of work after it (`ending`), names a facility and no
 * kind of one; a designation counts only when `designations` (what 加快 names, not what 推进 pushes on).
 */
function namesSomeWork(works: readonly string[], ending: RegExp, designations: boolean): boolean {
  return works.some((work) => {
    const named = work.replace(ending, '');
    return namesFacility(named, 3) && !KIND_OF_FACILITY.test(named) && (designations || !DESIGNATION_AT.test(named));
  });
}
