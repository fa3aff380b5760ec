/**
 * Works of a county or a city on one named thing (鸣犊变电站, 丽香铁路, 查干湖), written the ways a plan
 * part or a 民生实事 list writes them: the works first (升压改造鸣犊变电站), the completion after the
 * name (丽香铁路年内建成, 地铁17号线结构贯通), or a named river put right. A kind, a count or a scope
 * (乡镇卫生院, 两所学校, 城区道路, 沿江) is a programme, not a deliverable.
 */

import { ENCOURAGES, EVENT_ADVERBS, ONGOING } from './commitment-words';
import { KIND_OF_FACILITY, LOCAL_KIND, namesFacility } from './named-object';

/** One named facility of a place: named, and not a kind, a count or a scope. */
function namesLocalFacility(thing: string): boolean {
  const last = thing.split(/[、和及与]/).pop() ?? '';
  return namesFacility(thing, 2) && !KIND_OF_FACILITY.test(thing) && !KIND_OF_FACILITY.test(last) && !LOCAL_KIND.test(thing) && !LOCAL_KIND.test(last);
}

/** 实现地铁17号线结构贯通, 实现北环环隧通车: a named work reaching a state one can see. */
const ACHIEVE_COMPLETION = /^[^，。；]{0,6}?实现([^，。；]{3,}?)(?:结构|主体|全线)?(?:贯通|通车|入住|封顶|竣工|投用|投运|通水|蓄水|通航|并网)$/;
/** 争取丽香铁路年内建成, 242国道忠堡绕镇公路全面贯通: a named work finished, said after it. */
const BUILT_AT_END = /^(.*?)(?:年内|年底前|年底|今年|明年|如期|按期|尽快|早日|全面)*(?:将|要)?(?:建成|竣工|完工|全面贯通)$/;

export function completesNamedWork(c: string): boolean {
  const reached = ACHIEVE_COMPLETION.exec(c);
  if (reached) return namesLocalFacility(reached[1]);
  const built = BUILT_AT_END.exec(c);
  if (built === null) return false;
  const subject = built[1].replace(EVENT_ADVERBS, '');
  // 所有项目年内建成: every work of a kind, none named.
  return !/^(?:所有|全部|各|一批|重点|重大)/.test(subject) && namesLocalFacility(subject);
}

/** 升压改造鸣犊变电站, 修建青岛山历史文化路: building work on a facility named by its place. */
const WORKS_ON_NAMED = /^([^，。；]{0,4}?)(?:升压改造|提升改造|改造提升|升级改造|改扩建|改造|修建|兴建|新修|修缮|加固|整治提升)([^，。；]{4,})$/;

export function worksOnNamed(c: string): boolean {
  const m = WORKS_ON_NAMED.exec(c);
  return m !== null && !ENCOURAGES.test(c) && !ONGOING.test(m[1]) && namesLocalFacility(m[2]);
}

/** 对罗星街道福光综合楼进行改造: the named facilities said first, the works after 进行. */
const WORKS_AFTER_OBJECT = /^[^，。；]{0,4}?对([^，。；]{4,}?)(?:进行|实施)[^，。；]{0,6}?(?:改造|提升|整治|修缮|维修|加固|改扩建|扩建|重建)(?:提升|工程)?$/;

export function worksOnNamedFirst(c: string): boolean {
  const m = WORKS_AFTER_OBJECT.exec(c);
  if (m === null || ENCOURAGES.test(c)) return false;
  const listed = m[1].split(/(?<![高平同对均])等/)[0];
  return listed.split('、').some((thing) => namesLocalFacility(thing));
}

/**
 * 加快大运河（天津段）综合治理, 全力推进查干湖治理: a named river or lake put right. 河湖 and 中小河流 are
 * kinds; a river's name holds at least one character of its own before 河, 江 or 湖.
 */
const RIVER_WORKS =
  /^[^，。；]{0,4}?(?:加快推进|加快|推进|实施|推动|完成)([^，。；、和]{1,6}?(?<![河湖江小中])(?:运河|河|江|湖|溪))(?:（[^）]{1,8}）|\([^)]{1,8}\))?(?:流域|干流)?(?:综合治理|系统治理|治理保护|生态修复|治理|整治)(?:工程|项目)?$/;

export function worksOnRiver(c: string): boolean {
  const m = RIVER_WORKS.exec(c);
  // 沿江, 沿河: the banks of any river.
  return m !== null && !ENCOURAGES.test(c) && !/^(?:沿|重点|主要|城市|城区|农村|乡村|黑臭|骨干|各)/.test(m[1]);
}
