/**
 * Commitments: clauses whose verb promises a checkable deliverable with no figure
 * (建成全国首个全域旅游无障碍区, 实现国家卫生镇全覆盖, 启动建设第七人民医院新院区), as opposed to
 * vague directions (加强…, 深化…, 推进…) that promise no deliverable.
 */

/** A deliverable verb followed by its object. */
const VERB_WITH_OBJECT =
  /(?:(?<![创构])(?<!(?:城市|县城|城区|地级以上城市|市区))建成(?!区(?:面积|燃煤|绿|人口|范围|内))|创建|争创|创成|启动建设|开工建设|(?<!新)开工(?!项目)|竣工|出台(?=《|[^，。；]{0,24}(?:办法|条例|意见|方案|政策|措施|规划|细则|规定|标准|法|指引|清单|计划))|获批|建成投运|建成投用|投入使用|实现通车|建成通车)(?!区面积|区绿|成果|工作|活动|率|的|和|、|，|$)/;
/** The deliverable stated at the clause's end (镇全民健身中心实现全覆盖, 交通强省基本建成). */
const DELIVERED_AT_END =
  /(?:全覆盖|全域覆盖|基本建成|全面建成|建成投运|建成投用|建成通车|开工建设|竣工投用|投入运营|全面完成|全线铺通|全线贯通|全线通车|建成投产|全部(?:脱贫|摘帽|完成|建成|清零|达标|开工|投用))了?$/;
/** Ending a named problem for good (基本消除重污染天气). */
const ELIMINATE = /^(?:基本|全面|彻底)消除./;
/** 实现 + an all-inclusive outcome (应保尽保, 清零, 零的突破). */
const ACHIEVE_ALL = /实现.{0,30}(?:应[^，。；]尽[^，。；]|清零|零的突破|全覆盖)/;
/** 完成 + a named piece of work. */
const COMPLETE_WORK = /完成.{2,}(?:任务|工程|项目|改造|建设|扩建|迁建|改建|新建|搬迁|试点|验收)$/;
/** Goals stated as slogans, and work that is a duty rather than a deliverable. */
const NOT_A_DELIVERABLE =
  /小康社会|现代化强国|社会主义现代化国家|决胜|目标任务|各项任务|全年任务|年度任务|各项工作|任务全面完成|历史使命|力度$/;

/** 把农业建成现代化大产业: turning something into a vision, not delivering a named thing. */
const VISION = /把[^，。；]{1,24}建成[^，。；]+|将(?!基本|全面|如期|率先|全部|建成)[^，。；]{2,24}建成[^，。；]+/;
/** A deliverable that is refused or held back (不再出台, 严格控制新开工) is no commitment. */
const NEGATED = /不再|不得|不准|严禁|禁止|防止|避免|控制|暂停|停止|取消|要[能把让使]|应当/;

export function isCommitmentClause(clause: string): boolean {
  const c = clause.trim();
  if (c.length < 4 || c.length > 90) return false;
  if (NOT_A_DELIVERABLE.test(c) || NEGATED.test(c) || VISION.test(c)) return false;
  return VERB_WITH_OBJECT.test(c) || DELIVERED_AT_END.test(c) || ACHIEVE_ALL.test(c) || COMPLETE_WORK.test(c) || ELIMINATE.test(c);
}
