/**
 * Commitments: clauses whose verb promises a checkable deliverable with no figure
 * (建成全国首个全域旅游无障碍区, 实现国家卫生镇全覆盖, 启动建设第七人民医院新院区), as opposed to
 * vague directions (加强…, 深化…, 推进…) that promise no deliverable. Each class of verb is one
 * rule below; the word lists are in commitment-words.ts, what makes an object named in
 * named-object.ts, and speeding up named works in speeds-up.ts.
 */

import {
  alternation, BUILD_VERBS, DOCUMENT_NOUNS, ESTABLISH_VERBS, EVENT_ADVERBS, EVENT_ENDINGS, EVENT_NOUNS, FACILITY_NOUNS, HOST_VERBS, ISSUE_VERBS,
  ENCOURAGES, GENERIC_DOCUMENT, JOINING_CLAUSE, JOINT_BUILDERS, ONGOING, PRAISED,
  RULE_WORDS, WORKS_NOUNS,
} from './commitment-words';
import { DESIGNATION_AT, isNamedObject, KIND_OF_FACILITY, LIST_END, listsNamedWorks, LOCAL_KIND, namesFacility } from './named-object';
import { completesNamedWork, worksOnNamed, worksOnNamedFirst, worksOnRiver } from './local-works';
import { speedsUp, speedsUpListed } from './speeds-up';

/** A deliverable verb followed by its object. */
const VERB_WITH_OBJECT =
  /(?:(?<![创构])(?<!(?:城市|县城|城区|地级以上城市|市区))建成(?!区(?:面积|燃煤|绿|人口|范围|内|路网|道路|规模))|创建|争创|争建|申建|创成|启动建设|开工建设|(?<!新)开工(?!项目|达产|投产|动员|仪式|典礼|建设$)|竣工|出台(?=《|[^，。；]{0,24}(?:办法|条例|意见|方案|政策|措施|规划|细则|规定|标准|法|指引|清单|计划))|获批|建成投运|建成投用|投入使用|实现通车|建成通车)(?!了|区面积|区绿|成果|工作|活动|经验|率|的|和|、|，|$|(?:投用|投运|通车|投产|运营|使用|开放)$)/;
/** The deliverable stated at the clause's end (镇全民健身中心实现全覆盖, 交通强省基本建成). */
const DELIVERED_AT_END =
  /^(.*?)(?:全覆盖|全域覆盖|基本建成|全面建成|建成投运|建成投用|建成通车|开工建设|竣工投用|投入运营|全面完成|全线铺通|全线贯通|全线通车|建成投产|全部(?:脱贫|摘帽|完成|建成|清零|达标|开工|投用))了?$/;
/** Ending a named problem for good (基本消除重污染天气, 消除黑臭水体). */
const ELIMINATE =
  /^(?:[^，。；]{0,6}(?:基本|全面|彻底|动态|稳定))?消除[^，。；]{2,}(?<!风险|隐患|影响|差距|障碍|壁垒|歧视|顾虑|束缚|弊端|分割|限制|门槛)$|[^，。；]{2,}(?:基本|全面|彻底)消除$/;
/** Retiring a named kind of equipment for good (全部淘汰燃煤小锅炉, 基本淘汰黄标车); 淘汰落后产能 alone is a direction. */
const RETIRE = /^[^，。；]{0,6}(?:全部|基本|全面)淘汰[^，。；]{2,}$/;
/** Starting a named work or pilot (启动森林质量提升…工程试点, 启动实施引洮延伸增效工程). */
const LAUNCH = /^[^，。；]{0,6}?(?<!不断|持续)启动(?:实施|建设)?([^，。；]{4,})$/;
/** The kind of work after a named thing (市民中心、市档案馆新馆建设, 育才高中、天有高中迁建). */
const WORK_AFTER = /(?:规划建设|选址建设|建设|迁建|扩建|改扩建|新建|改造|工程|项目)$/;
/** One rule for city and country, or for all (统一城乡义务教育学生“两免一补”政策): a named scheme made one. */
const UNIFY = /^(?:全面|加快|逐步|推动|推进)?统一(?!的|大市场)([^，。；]{2,}(?:政策|标准|制度))$/;
/** 对所有重点工业污染源实行24小时在线监控: a measure applied to every one of a named kind. */
const APPLY_TO_ALL = /^[^，。；]{0,6}?对(?:所有|全部)[^，。；]{2,}(?:实行|实施|推行)[^，。；]{2,}$/;
/** A document issued under its own title (制定实施《中国教育现代化2030》). */
const ISSUE_TITLED = /(?:制定实施|制定出台|研究制定|制定|制订|编制|修订|出台|颁布)《[^》]{2,}》$/;

/** 实现 + an all-inclusive outcome (应保尽保, 清零, 零的突破); 应保尽保 is one wherever it stands. */
const ACHIEVE_ALL = /实现.{0,30}(?:应[^，。；]尽[^，。；]|清零|零的突破|全覆盖|摘帽|(?:基本|全面|全域)覆盖|(?:全国|全省|全市|全县)?联网|零(?:填埋|排放|增长|事故|伤亡|死亡|发生))$|应[保助救养]尽[保助救养]/;
/** A named school or hospital raised in rank (X职业技术学院升格为本科层次): a checkable change of status. */
const RAISED_IN_RANK = /^[^，。；]{0,8}?[^，。；]{2,}(?:学院|学校|大学|医院|专科|高专)(?:升格|升本|升级|更名)(?:为)?[^，。；]{0,12}$/;
/** A named heritage put forward for the world list (X申遗, 推进X申报世界文化遗产). */
const HERITAGE_BID = /^[^，。；]{0,8}?[^，。；]{2,}(?:申遗|申报世界(?:文化|自然|灌溉工程)?遗产)(?:成功)?$/;
/** A service given free to all (为孕妇免费开展产前筛查, 新生儿…全额补助): a benefit one can check. */
const FREE_SERVICE = /免费(?:为[^，。；]{2,})?(?:开展|实施|提供|筛查|接种|检查|体检|开放|乘坐|培训|发放|治疗)[^，。；]{0,20}$|(?:开展|提供)免费[^，。；]{2,}$|全额(?:补助|资助|补贴|报销|保障)$/;
/** 完成 + a named piece of work (…倒损民房的恢复重建, 新一轮村“两委”换届). */
const COMPLETE_WORK = /完成.{2,}(?:任务|工程|项目|改造|建设|扩建|迁建|改建|新建|搬迁|试点|验收|划定|普查|确权|登记|认证|工程量|重组|扩区|重建|换届|整改|安置|治理|整治|修复|编制|修编|调查|清查|核查|复绿|贯通)$/;
/**
 * 完成 + any named piece of work (完成第五次全国经济普查, 完成县乡两级人大换届): the guideline's first verb of
 * a deliverable. Not 完成好 (doing well), 完成率, nor tasks in general (NOT_A_DELIVERABLE).
 */
const COMPLETE_NAMED = /^(?:[^，。；]{0,4}?)(?:全面|全部|基本|如期|按期|高质量|年内|确保|力争|今年)*完成(?!好|了|率|情况|度|量|额)([^，。；]{4,})$/;

function completesNamed(c: string): boolean {
  const m = COMPLETE_NAMED.exec(c);
  if (m === null) return false;
  // 整省试点工作, 经济普查工作: the named work, not 工作 in general.
  // Not 各项改革工作, 年度改革工作: duties, named by nothing.
  const object = /^(?:各项|年度|深化|相关|全面)/.test(m[1]) ? m[1] : m[1].replace(/(?<=试点|普查|换届|确权)工作$/, '');
  // A table's cells (完成配备 | ||) are no object.
  return isNamedObject(object) && !/(?:任务|目标|指标|计划)$|\|/.test(object) && !ENCOURAGES.test(c);
}

/** Goals stated as slogans, work that is a duty rather than a deliverable, and a principle kept to (坚持动态清零). */
const NOT_A_DELIVERABLE =
  /^坚持|下达的?(?:目标)?任务$|(?:有力|有效|务实|更多|更大|精准|针对性)(?:措施|举措|政策)$|小康社会|现代化强国|社会主义现代化国家|决胜|目标任务|各项任务|全年任务|年度[^，。；]{0,4}任务|各项工作|任务全面完成|历史使命|力度$|等(?:各个|各|多个)?(?:环节|方面|领域|阶段)$|(?<![基资成版根日])本(?:实施|行动|工作|专项)?(?:方案|计划|意见|办法|细则|规划)$|一批$|开展[^，。；]*工作$/;

/** 把农业建成现代化大产业: turning something into a vision, not delivering a named thing. */
const VISION =
  /把[^，。；]{1,24}建成[^，。；]+|将(?!基本|全面|如期|率先|全部|建成)[^，。；]{2,24}建成[^，。；]+|成为[^，。；]*$|(?:建成|打造|建设)[^，。；]*(?:重要|战略支点|增长极|关键时期|蓝图)|(?:争创|创建|打造)[^，。；]*高地$|创建[^，。；]*行动$/;
/** 取消居住证收费, 取消建设资金县级配套: a named charge or condition abolished is a deliverable one can check. */
const ABOLISH = /^(?:(?!不|禁|停|暂|严)[^，。；或]){0,4}?(?:全面|全部|一律|逐步|依法)?取消(?!了|或)((?:(?!不合理|不必要|一批)[^，。；]){2,}?(?:收费|费|费用|配套|押金|年检|证明|审批|限制))$/;

/** A deliverable that is refused or held back (不再出台, 严格控制新开工) is no commitment. */
const NEGATED = /不再|不得|不准|严禁|禁止|防止|避免|控制|暂停|停止|取消|要[能把让使]|应当/;


const ESTABLISH = new RegExp(
  `(?:(?:${alternation(JOINT_BUILDERS)})共建|(?<![创重新规])(?:${alternation(ESTABLISH_VERBS)}))(?!以来|之初|之日|时|后|设)([^，。；]*)$`,
);
// 建好用好, 建好建强: using or strengthening what stands, not building it.
const BUILD = new RegExp(`(?<![创构组新])(?:${alternation(BUILD_VERBS)})(?!建强|管好|用活)(?:用好)?([^，。；]*)$`);
/** 开发建设“一区两园”: a place named in quotation marks is a named deliverable. */
const QUOTED_PLACE = /^“[^”]{2,12}[区园港城岛谷湾廊]”$/;
const ISSUE = new RegExp(`(?:${alternation(ISSUE_VERBS)})([^，。；]*?)(?:${alternation(DOCUMENT_NOUNS)})$`);
/** 实施 + a named 工程 of building work (实施G98环岛高速提档扩容工程). An 行动, a 计划 or a programme stays a direction. */
const IMPLEMENT_PROJECT = new RegExp(`^(.{0,6}?)实施([^，。；]{4,}(?:${alternation(WORKS_NOUNS)}|提质增效))(?:工程|项目)(?:等)?$`);
/** 全面实施长期护理保险制度, 全面推广“物质+服务”综合救助模式: a named scheme made universal. */
const UNIVERSALISE = /(?:全面|普遍)(?:实施|推行|推广|普及)([^，。；]{3,})(?:制度|模式|制)$|(?:全面|基本)?普及([^，。；]{2,}(?:教育|服务))$/;
const EVENT_AT_END = new RegExp(`^(.*?)(?:${alternation(EVENT_ENDINGS)})$`);
/** 实现官路水库蓄水, 实现农批农贸市场“天天检”: 实现 + a named thing + what it will do; not an outcome slogan (“双增收”). */
/** 推动中老铁路旅客运输“一地两检”安排落地实施: a named arrangement put into force. */
const NAMED_INTO_FORCE = /“[^”]{2,12}”[^，。；“”]{0,6}落地(?:实施|见效|运行)?$/;
const ACHIEVE_NAMED = /^[^，。；]{0,6}实现[^，。；]{2,}“(?![^”]*(?:增收|增长|提升|双赢|共赢))[^”、，]{2,5}”$|^[^，。；]{0,6}?[^，。；]{4,}进入“[^”]{2,}”[^，。；]{0,4}(?:行列|名单|序列)$/;
/** 将X从A扩大到B: a benefit's scope widened to a named group. */
const WIDEN = /(?:将|把)[^，。；]{2,}(?:从|由)[^，。；]{2,}(?:扩大|延伸|拓展|扩展)(?:到|至)[^，。；]{2,}/;
/** 免费提供, 每天提供“一杯奶”, 全部开设夜间门诊: a service provided to all, or free. */
const PROVIDE = /(?:免费|每[天日月年])(?:为[^，。；]{2,})?提供[^，。；]{2,}|全部(?:开设|配备|配齐|接入|开通|设立)[^，。；]{2,}/;

function launches(c: string): boolean {
  const m = LAUNCH.exec(c);
  if (m === null || ENCOURAGES.test(c)) return false;
  // 启动地铁四号线规划设计前期工作: the first work on a named facility.
  const prepared = /^(.{3,}?)(?:规划设计|规划|设计|勘察设计)?前期工作$/.exec(m[1]);
  if (prepared) return namesFacility(prepared[1], 2) && !KIND_OF_FACILITY.test(prepared[1]);
  if (!isNamedObject(m[1])) return false;
  // A named work or pilot (…生态保护工程试点); or named facilities with the work they get. A programme
  // (新一轮民心工程, 整体改造项目) or kinds listed (工业强基、绿色制造等重大工程) name no work.
  if (/(?:工程|项目|试点|工程建设|项目建设)$/.test(m[1])) {
    return !/^(?:新一轮|整体|颠覆性)/.test(m[1]) && !PRAISED.test(m[1]) && (!LIST_END.test(m[1]) || listsNamedWorks(m[1]));
  }
  const things = m[1].replace(WORK_AFTER, '');
  if (things !== m[1] && things.split('、').some((thing) => namesFacility(thing, 2) && !KIND_OF_FACILITY.test(thing))) return true;
  // 启动交城山森林康养, 启动实施小方正湖综合利用开发: a start is checkable whatever is started, when it is
  // named; a programme (…三年行动), a reform or a kind (城市…) is a direction.
  return LAUNCHED_NAMED.test(m[1]) && !LAUNCHED_KIND.test(m[1]) && !KIND_OF_FACILITY.test(m[1]) && !PRAISED.test(m[1]);
}

/**
 * What a start names: some words, not the 区 of 启动区, and not a programme, a reform, a plan or the
 * kind of work a place does every year (…改造, …建设, …提升, …创建, …编制: 启动老旧小区改造).
 */
const LAUNCHED_NAMED =
  /^(?!区)[^，。；]{5,}(?<!行动|改革|计划|工程|项目|试点|机制|体系|研究|论证|工作|活动|建设|改造|提升|创建|更新|统筹|整治|编制|评估|补偿|优化|升级|改革[^，。；]{1,4})$/;
/** A start of work on a whole area or a kind (全域…, 县城…, 营商环境…): a direction, not one named work. */
const LAUNCHED_KIND = /^(?:全域|全区|全县|全市|全省|全口径|老旧|县城|县域|城区|城市|城乡|农村|乡村|美丽|高标准|营商|新能源|基本|各|重点|重大)/;

/** 推动青桂、青粤绿电外送通道尽早核准开工: named works whose start is stated at the clause's end. */
const STARTS_AT_END = /^(.*?)(?:尽早|尽快|早日|年内|如期)?(?:核准开工|开工建设|开工|迁建|扩建|改扩建|实现整体搬迁|整体搬迁|(?<=并)启动建设)$/;

function startsWorks(c: string): boolean {
  const m = STARTS_AT_END.exec(c);
  if (!m) return false;
  // 申报水磨至梭山三级公路项目并启动建设: the works are named before 并.
  const subject = m[1].replace(EVENT_ADVERBS, '').replace(/^(?:申报|争取|谋划)/, '').replace(/并$/, '');
  return namesFacility(subject, 2) && !KIND_OF_FACILITY.test(subject.split('、').pop() ?? '');
}

function establishes(c: string): boolean {
  // 线上线下 holds 上线 but launches nothing.
  const m = ESTABLISH.exec(c.replace(/线上线下/g, ''));
  return m !== null && !ENCOURAGES.test(c) && isNamedObject(m[1]);
}

function issues(c: string): boolean {
  const m = ISSUE.exec(c);
  // 特色优势产业目录: in a document's name 特色 is what it lists, not praise.
  if (m === null || ENCOURAGES.test(c) || GENERIC_DOCUMENT.test(m[1]) || PRAISED.test(m[1].replace(/^特色/, ''))) return false;
  // 措施 and 举措 are anything done: only with what they do named (算电协同长效措施, not 治理措施, 新举措).
  return !/(?:措施|举措)$/.test(c) || m[1].length >= 5 && !/^(?:实施|落实|分类)/.test(m[1]);
}

/** 设置中小学春秋假: setting up a named thing, said first (学科设置调整机制 is a noun, 违规设置 a wrong). */
const SET_UP = /^[^，。；]{0,4}?(?<!违规)设置([^，。；]{3,})$/;

function setsUp(c: string): boolean {
  const m = SET_UP.exec(c);
  return m !== null && isNamedObject(m[1]) && !/(?:机制|模式|行动|调整|优化)/.test(m[1]);
}

/** 实施淮河入海水道二期、吴淞江江苏段整治等工程: named works listed before 等. */
const IMPLEMENT_LISTED = /^(.{0,6}?)实施([^，。；]{4,})等(?:重大|重点)?(?:项目|工程)$/;
const WORKS_AT_END = new RegExp(`(?:${alternation(WORKS_NOUNS)})$`);

/** 实施赵口、陆浑、渠村等灌区现代化改造: places named before 等, then the kind of facility and the works. */
const IMPLEMENT_LISTED_KIND = new RegExp(`^(.{0,6}?)实施([^，。；]{4,})等([^，。；]{2,12}?)(?:${alternation(WORKS_NOUNS)})$`);
const HAS_FACILITY = new RegExp(alternation(FACILITY_NOUNS));

/** Water works by what they carry (绿隔地区引水入园工程, 滇中引水二期工程): a built work whatever its ending. */
const WATER_WORKS = /引水|调水|供水|输水|补水|防洪|排涝|水系连通/;
const IMPLEMENT_WATER = /^(.{0,6}?)实施([^，。；]{6,})工程$/;

/** 实施 + works on a named facility (白沙水库水源地环境综合整治, 污水处理厂二期工程). */
const IMPLEMENT_ON_FACILITY = new RegExp(`^(.{0,6}?)实施([^，。；]{4,}?)(?:(?:${alternation(WORKS_NOUNS)})(?:工程|项目)?|工程|项目)$`);

/** The words up to a facility's noun (made once: a pattern built per clause cost more than the rules). */
const UP_TO_FACILITY = new RegExp(`^(.*?(?:${alternation(FACILITY_NOUNS)}))`);

function implementsWorks(c: string): boolean {
  const on = IMPLEMENT_ON_FACILITY.exec(c);
  if (on && !ONGOING.test(on[1])) {
    const facility = UP_TO_FACILITY.exec(on[2]);
    if (facility && namesFacility(facility[1], 2) && !KIND_OF_FACILITY.test(facility[1])) return true;
  }
  const m = IMPLEMENT_PROJECT.exec(c);
  // 实施道路品质提升工程, 实施“老有所养”提升工程: a kind of facility, or a slogan, improved is a programme.
  if (m) return !ONGOING.test(m[1]) && isNamedObject(m[2]) && !KIND_OF_FACILITY.test(m[2]) && !/^“[^”]{2,8}”[^“”]{0,4}$/.test(m[2]);
  const water = IMPLEMENT_WATER.exec(c);
  if (water && !ONGOING.test(water[1]) && WATER_WORKS.test(water[2]) && isNamedObject(water[2]) && !KIND_OF_FACILITY.test(water[2])) return true;
  const kind = IMPLEMENT_LISTED_KIND.exec(c);
  if (kind && !ONGOING.test(kind[1]) && kind[2].split('、').length >= 2 && HAS_FACILITY.test(kind[3]) && isNamedObject(kind[2])) return true;
  const listed = IMPLEMENT_LISTED.exec(c);
  if (!listed || ONGOING.test(listed[1])) return false;
  const last = listed[2].split(/[、和及与]/).pop() ?? '';
  // 实施中石化催化剂、中海油新材料等重点项目: projects listed by their long names.
  return namesFacility(last) || (WORKS_AT_END.test(last) && isNamedObject(last) && last.length >= 5) || listsNamedWorks(c.slice(c.indexOf('实施') + 2));
}

/** Areas a place develops (片区, 景区, 小镇): named by their place, or a kind when a kind's word leads. */
const AREA_AT = /(?:片区|景区|旅游区|度假区|小镇)$/;
/** Words of a kind of area wherever they stand (A级旅游景区, 美丽乡村示范片区, 城中村片区). */
const AREA_KIND = /和美|美丽|乡村|城中村|示范|精品|[A-Z]级|特色|宜居/;

function builds(c: string): boolean {
  const m = BUILD.exec(c);
  if (m === null || ENCOURAGES.test(c)) return false;
  // 建好用好国家级创新平台: using well what stands of a kind.
  if (/用好/.test(c) && KIND_OF_FACILITY.test(m[1])) return false;
  // 加力建设佳同铁路、富加铁路、鹤岗机场、绥化机场等项目: named works listed.
  // Kinds listed before a designation (…、具身智能等未来产业技术创新平台) are categories, not works.
  // A kind of area (城市活力片区, 省级和美乡村重点片区) is a programme, a named one (大张家界国际旅游区) a place.
  const last = m[1].split('、').pop() ?? '';
  if (AREA_AT.test(last) && (KIND_OF_FACILITY.test(last) || LOCAL_KIND.test(last) || (!/[、等]/.test(m[1]) && AREA_KIND.test(last)))) return false;
  return namesFacility(m[1]) || QUOTED_PLACE.test(m[1]) || (listsNamedWorks(m[1]) && !DESIGNATION_AT.test(m[1]));
}


/** 办好第八届世界浙商大会: hosting a named event (the first one listed is read). */
const HOST = new RegExp(`^[^，。；]{0,4}(?:${alternation(HOST_VERBS)})([^，。；]+)$`);
const EVENT_AT = new RegExp(`(?:${alternation(EVENT_NOUNS)})$`);

function hosts(c: string): boolean {
  const m = HOST.exec(c);
  if (m === null) return false;
  const first = m[1].split(/[、等]/)[0];
  return isNamedObject(first) && first.length >= 3 && EVENT_AT.test(first) && !/^(?:各类|各种|系列|重大|主场|相关)/.test(first);
}

/** The ending's subject must be a named thing, not only adverbs (力争早日建成投用 has none). */
function endsWithNamedSubject(c: string, ending: RegExp): boolean {
  const m = ending.exec(c);
  if (!m) return false;
  const subject = m[1].replace(EVENT_ADVERBS, '').replace(/(?:尽快|早日|如期|全面|基本|全部|实现|年内|建成|完成|顺利|陆续)+$/, '');
  return subject.replace(/(?:将要|将|要)$/, '').length >= 2 && !/的$/.test(subject);
}

/** X并实行Y: each verb phrase joined by 并 is read on its own (全面完成永久基本农田划定并实行特殊保护). */
const AND_THEN = /并(?=实行|实施|推进|推动|加快|开展|建立|同步|逐步|完善|纳入|力争|确保|投入|开展)/;

/**
 * Whether a clause promises a deliverable. `ruleWords`: the gate, which rules' words a clause holds;
 * a test opens it (foundIn: () => WordLists.ALL) to check that RULE_WORDS misses no rule's word.
 */
export function isCommitmentClause(clause: string, ruleWords: Pick<typeof RULE_WORDS, 'foundIn'> = RULE_WORDS): boolean {
  const c = clause.trim();
  if (c.length < 4 || c.length > 90) return false;
  const found = ruleWords.foundIn(c);
  if (found === 0) return false;
  // Split only where a 并 stands: a split by a pattern builds a new RegExp each call.
  if (!c.includes('并')) return statesDeliverable(c, found);
  return c.split(AND_THEN).some((part, k) => (k === 0 || part.length >= 4) && statesDeliverable(part, ruleWords.foundIn(part)));
}

/**
 * The rules that refuse (NOT_A_DELIVERABLE, NEGATED…) are read only for a clause some rule accepts.
 * `found`: the rule words `c` holds (RULE_WORDS.foundIn), read once per clause.
 */
function statesDeliverable(c: string, found: number): boolean {
  // 取消 is a deliverable of its own, though it refuses something (NEGATED).
  if (RULE_WORDS.has(found, 'abolish') && ABOLISH.test(c) && !ENCOURAGES.test(c)) return true;
  return acceptedByARule(c, found) && !NOT_A_DELIVERABLE.test(c) && !NEGATED.test(c) && !VISION.test(c) && !JOINING_CLAUSE.test(c);
}

function acceptedByARule(c: string, found: number): boolean {
  return (
    // 支持唐山“三个努力建成”…: a verb inside a quoted slogan promises nothing.
    (RULE_WORDS.has(found, 'verbWithObject') && VERB_WITH_OBJECT.test(c.replace(/“[^”]*”/g, '“”'))) ||
    (RULE_WORDS.has(found, 'deliveredAtEnd') && endsWithNamedSubject(c, DELIVERED_AT_END)) ||
    (RULE_WORDS.has(found, 'achieveAll') && ACHIEVE_ALL.test(c)) ||
    (RULE_WORDS.has(found, 'complete') && (COMPLETE_WORK.test(c) || completesNamed(c))) ||
    (RULE_WORDS.has(found, 'eliminate') && ELIMINATE.test(c)) ||
    (RULE_WORDS.has(found, 'retire') && RETIRE.test(c)) ||
    (RULE_WORDS.has(found, 'raisedInRank') && RAISED_IN_RANK.test(c)) ||
    (RULE_WORDS.has(found, 'heritageBid') && HERITAGE_BID.test(c) && !ENCOURAGES.test(c)) ||
    (RULE_WORDS.has(found, 'freeService') && FREE_SERVICE.test(c)) ||
    (RULE_WORDS.has(found, 'launch') && launches(c)) ||
    (RULE_WORDS.has(found, 'unify') && UNIFY.test(c)) ||
    (RULE_WORDS.has(found, 'applyToAll') && APPLY_TO_ALL.test(c)) ||
    (RULE_WORDS.has(found, 'issueTitled') && ISSUE_TITLED.test(c)) ||
    (RULE_WORDS.has(found, 'startsAtEnd') && startsWorks(c)) ||
    (RULE_WORDS.has(found, 'completesWork') && completesNamedWork(c)) ||
    (RULE_WORDS.has(found, 'worksOn') && (worksOnNamed(c) || worksOnNamedFirst(c))) ||
    (RULE_WORDS.has(found, 'river') && worksOnRiver(c)) ||
    (RULE_WORDS.has(found, 'establish') && establishes(c)) ||
    (RULE_WORDS.has(found, 'build') && builds(c)) ||
    (RULE_WORDS.has(found, 'issue') && issues(c)) ||
    (RULE_WORDS.has(found, 'speed') && (speedsUp(c) || speedsUpListed(c))) ||
    (RULE_WORDS.has(found, 'implement') && implementsWorks(c)) ||
    (RULE_WORDS.has(found, 'universalise') && UNIVERSALISE.test(c)) ||
    (RULE_WORDS.has(found, 'host') && hosts(c)) ||
    (RULE_WORDS.has(found, 'setUp') && setsUp(c)) ||
    (RULE_WORDS.has(found, 'eventAtEnd') && endsWithNamedSubject(c, EVENT_AT_END)) ||
    (RULE_WORDS.has(found, 'achieveNamed') && ACHIEVE_NAMED.test(c)) ||
    (RULE_WORDS.has(found, 'intoForce') && NAMED_INTO_FORCE.test(c)) ||
    (RULE_WORDS.has(found, 'widen') && WIDEN.test(c)) ||
    (RULE_WORDS.has(found, 'provide') && PROVIDE.test(c))
  );
}
