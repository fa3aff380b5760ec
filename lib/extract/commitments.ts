/**
 * Commitments: clauses whose verb promises a checkable deliverable with no figure
 * (建成全国首个全域旅游无障碍区, 实现国家卫生镇全覆盖, 启动建设第七人民医院新院区), as opposed to
 * vague directions (加强…, 深化…, 推进…) that promise no deliverable. Each class of verb is one
 * rule below; the word lists are in commitment-words.ts.
 */

import {
  alternation, BUILD_VERBS, DOCUMENT_NOUNS, ESTABLISH_VERBS, EVENT_ADVERBS, EVENT_ENDINGS, EVENT_NOUNS, FACILITY_NOUNS, HOST_VERBS, ISSUE_VERBS,
  ENCOURAGES, GENERIC_DOCUMENT, JOINING_CLAUSE, JOINT_BUILDERS, ONGOING, PRAISED, PROCESS_NOUNS, SPEED_ENDINGS, SPEED_VERBS,
  RULE_WORDS, WORKS_NOUNS,
} from './commitment-words';

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
  const object = m[1].replace(/(?<=试点|普查|换届|改革|确权)工作$/, '');
  // A table's cells (完成配备 | ||) are no object.
  return isNamedObject(object) && !/(?:任务|目标|指标|计划)$|\|/.test(object) && !ENCOURAGES.test(c);
}

/** Goals stated as slogans, and work that is a duty rather than a deliverable. */
const NOT_A_DELIVERABLE =
  /(?:有力|有效|务实|更多|更大|精准|针对性)(?:措施|举措|政策)$|小康社会|现代化强国|社会主义现代化国家|决胜|目标任务|各项任务|全年任务|年度[^，。；]{0,4}任务|各项工作|任务全面完成|历史使命|力度$|等(?:各个|各|多个)?(?:环节|方面|领域|阶段)$|本(?:实施|行动|工作|专项)?(?:方案|计划|意见|办法|细则|规划)$|一批$|开展[^，。；]*工作$/;

/** 把农业建成现代化大产业: turning something into a vision, not delivering a named thing. */
const VISION =
  /把[^，。；]{1,24}建成[^，。；]+|将(?!基本|全面|如期|率先|全部|建成)[^，。；]{2,24}建成[^，。；]+|成为[^，。；]*$|(?:建成|打造|建设)[^，。；]*(?:重要|战略支点|增长极|关键时期|蓝图)|(?:争创|创建|打造)[^，。；]*高地$|创建[^，。；]*行动$/;
/** 取消居住证收费, 取消建设资金县级配套: a named charge or condition abolished is a deliverable one can check. */
const ABOLISH = /^[^，。；或]{0,4}?(?:全面|全部|一律|逐步|依法)?取消(?!了|或)((?:(?!不合理|不必要|一批)[^，。；]){2,}?(?:收费|费|费用|配套|押金|年检|证明|审批|限制))$/;

/** A deliverable that is refused or held back (不再出台, 严格控制新开工) is no commitment. */
const NEGATED = /不再|不得|不准|严禁|禁止|防止|避免|控制|暂停|停止|取消|要[能把让使]|应当/;

const PROCESS_END = new RegExp(`(?:${alternation(PROCESS_NOUNS)})$`);
/** 一批, 若干: an object counted but not named. */
const UNNAMED = /^(?:一批|一系列|一[幢座栋所个处条家]|一大批|大批|若干|更多|多个|各类|各种|一些|一流|好|重大|重点|\d(?!\d{3}年)(?![\d.]*(?:千伏|kV|号线))|改造|提升|完善|推进|发展|优化|形成)/;
/** Stations of a kind, counted by the hundred rather than named (充电站, 换电站, 基站). */
const KIND_AT = /(?:换电站|充电站|充换电站|加氢站|加油站|加气站|基站)$/;
/** Where a named facility ends: the object's end, or before the next of a list (X中心、Y平台等). */
const FACILITY_AT = new RegExp(`(?:${alternation(FACILITY_NOUNS)})$`);

/** Zones a government designates (新区, 高新区, 农高区): always a place's own name before them. */
const ZONE_AT = /(?:新区|高新区|开发区|经开区|综保区|保税区|农高区|农综区)$/;
/** What names a kind of zone, not a place (国家农高区, 省级高新区). */
const ZONE_KIND = /^(?:国家|省级|市级|县级|国际|城市|亚太)/;

/** 等 closing a list, not the 等 of 高等, 平等, 同等. */
const LIST_END = /(?<![高平同对均])等/;

/** A named object: not a process, not a bare count, and some words long. */
function isNamedObject(object: string): boolean {
  return object.length >= 2 && !PROCESS_END.test(object) && !UNNAMED.test(object) && !PRAISED.test(object) && !/^[的了和、及与或如以下]/.test(object);
}

/**
 * A facility or a project with a name of at least `nameLength` characters before its noun. In a
 * list (X中心、Y平台等新型基础设施) the last item listed is read: categories listed (智能电网、
 * 城市轨道交通等重大项目) are not named things.
 */
function namesFacility(whole: string, nameLength = 3): boolean {
  // 国家碳计量中心（福建）, X排水管网及其他附属设施: a note or an appendage after the name.
  const object = whole.replace(/(?:[（(][^）)]{1,12}[）)]|(?:及|和|以及)(?:其他|其它|相关|配套)[^、，。；]{0,8})$/, '');
  if (!isNamedObject(object)) return false;
  const listEnd = object.search(LIST_END);
  const listed = listEnd < 0 ? object : object.slice(0, listEnd);
  // 资源配置枢纽“三基地两中心”: the facility's own name may follow it in quotation marks.
  const items = listed.split(/[、和及与]/);
  const last = (items.at(-1) ?? '').replace(/(?<=.)“[^”]{2,}”$/, '');
  // 打造高原特色数据供给、优质数据流通…基地: items praised are a vision, not named things.
  if (listed.split('、').some((item) => PRAISED.test(item)) || KIND_AT.test(last)) return false;
  // 面向全国的稀土产品交易中心 names one; 人尽其才的平台 only describes one: the name stands after 的.
  const named = last.includes('“') ? last.replace(/“[^”]*”/g, (quoted) => '名'.repeat(quoted.length)) : last;
  const facility = FACILITY_AT.exec(named);
  if (facility && facility.index < nameLength && items.length > 1) {
    // 省级科技成果转化项目库与需求库: the second shares the first's name.
    const first = FACILITY_AT.exec(items.at(-2) ?? '');
    return first !== null && first.index >= nameLength && !/的/.test(items.at(-2) ?? '');
  }
  // A zone is granted to a named place, and places have two-character names (雄安新区, 两江新区).
  const need = ZONE_AT.test(named) && !ZONE_KIND.test(named) ? Math.min(nameLength, 2) : nameLength;
  if (facility) return facility.index >= need && facility.index - (named.lastIndexOf('的', facility.index) + 1) >= 2;
  return /“[^”]{2,}”品牌$/.test(last);
}

const ESTABLISH = new RegExp(
  `(?:(?:${alternation(JOINT_BUILDERS)})共建|(?<![创重新规])(?:${alternation(ESTABLISH_VERBS)}))(?!以来|之初|之日|时|后|设)([^，。；]*)$`,
);
// 建好用好, 建好建强: using or strengthening what stands, not building it.
const BUILD = new RegExp(`(?<![创构组新])(?:${alternation(BUILD_VERBS)})(?!建强|管好|用活)(?:用好)?([^，。；]*)$`);
/** 开发建设“一区两园”: a place named in quotation marks is a named deliverable. */
const QUOTED_PLACE = /^“[^”]{2,12}[区园港城岛谷湾廊]”$/;
const ISSUE = new RegExp(`(?:${alternation(ISSUE_VERBS)})([^，。；]*?)(?:${alternation(DOCUMENT_NOUNS)})$`);
/** 加快X、Y等重大项目建设, 加快X、Y等高铁项目: projects listed by name before 等. */
const LISTED_PROJECTS = /等[^、，。；等]{0,8}(?:项目|工程)$/;
const SPEED = new RegExp(`^[^，。；]{0,4}(?:${alternation(SPEED_VERBS)})(?!建设|推进|发展|构建|实施|形成|培育)([^，。；]+?)(${alternation(SPEED_ENDINGS)})$`);
/** 实施 + a named 工程 of building work (实施G98环岛高速提档扩容工程). An 行动, a 计划 or a programme stays a direction. */
const IMPLEMENT_PROJECT = new RegExp(`^(.{0,6}?)实施([^，。；]{4,}(?:${alternation(WORKS_NOUNS)}|提质增效))(?:工程|项目)(?:等)?$`);
/** 全面实施长期护理保险制度, 全面推广“物质+服务”综合救助模式: a named scheme made universal. */
const UNIVERSALISE = /(?:全面|普遍)(?:实施|推行|推广|普及)([^，。；]{3,})(?:制度|模式|制)$|(?:全面|基本)?普及([^，。；]{2,}(?:教育|服务))$/;
const EVENT_AT_END = new RegExp(`^(.*?)(?:${alternation(EVENT_ENDINGS)})$`);
/** 实现官路水库蓄水, 实现农批农贸市场“天天检”: 实现 + a named thing + what it will do. */
/** 推动中老铁路旅客运输“一地两检”安排落地实施: a named arrangement put into force. */
const NAMED_INTO_FORCE = /“[^”]{2,12}”[^，。；“”]{0,6}落地(?:实施|见效|运行)?$/;
const ACHIEVE_NAMED = /^[^，。；]{0,6}实现[^，。；]{2,}“[^”、，]{2,5}”$|^[^，。；]{0,6}?[^，。；]{4,}进入“[^”]{2,}”[^，。；]{0,4}(?:行列|名单|序列)$/;
/** 将X从A扩大到B: a benefit's scope widened to a named group. */
const WIDEN = /(?:将|把)[^，。；]{2,}(?:从|由)[^，。；]{2,}(?:扩大|延伸|拓展|扩展)(?:到|至)[^，。；]{2,}/;
/** 免费提供, 每天提供“一杯奶”, 全部开设夜间门诊: a service provided to all, or free. */
const PROVIDE = /(?:免费|每[天日月年])(?:为[^，。；]{2,})?提供[^，。；]{2,}|全部(?:开设|配备|配齐|接入|开通|设立)[^，。；]{2,}/;

function launches(c: string): boolean {
  const m = LAUNCH.exec(c);
  if (m === null || ENCOURAGES.test(c) || !isNamedObject(m[1])) return false;
  // A named work or pilot (…生态保护工程试点); or named facilities with the work they get. A programme
  // (新一轮民心工程, 整体改造项目) or kinds listed (工业强基、绿色制造等重大工程) name no work.
  if (/(?:工程|项目|试点|工程建设|项目建设)$/.test(m[1])) {
    return !/^(?:新一轮|整体|颠覆性)/.test(m[1]) && !PRAISED.test(m[1]) && (!LIST_END.test(m[1]) || listsNamedWorks(m[1]));
  }
  const things = m[1].replace(WORK_AFTER, '');
  return things !== m[1] && things.split('、').some((thing) => namesFacility(thing, 2) && !KIND_OF_FACILITY.test(thing));
}

/** 推动青桂、青粤绿电外送通道尽早核准开工: named works whose start is stated at the clause's end. */
const STARTS_AT_END = /^(.*?)(?:尽早|尽快|早日|年内|如期)?(?:核准开工|开工建设|开工|迁建|扩建|改扩建|实现整体搬迁|整体搬迁)$/;

function startsWorks(c: string): boolean {
  const m = STARTS_AT_END.exec(c);
  if (!m) return false;
  const subject = m[1].replace(EVENT_ADVERBS, '');
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
  if (m) return !ONGOING.test(m[1]) && isNamedObject(m[2]);
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

function builds(c: string): boolean {
  const m = BUILD.exec(c);
  if (m === null || ENCOURAGES.test(c)) return false;
  // 建好用好国家级创新平台: using well what stands of a kind.
  if (/用好/.test(c) && KIND_OF_FACILITY.test(m[1])) return false;
  // 加力建设佳同铁路、富加铁路、鹤岗机场、绥化机场等项目: named works listed.
  // Kinds listed before a designation (…、具身智能等未来产业技术创新平台) are categories, not works.
  return namesFacility(m[1]) || QUOTED_PLACE.test(m[1]) || (listsNamedWorks(m[1]) && !DESIGNATION_AT.test(m[1]));
}

/**
 * X水库、Y灌区等重大水利工程, 合川渭沱、乌江彭水等多式联运枢纽: works named one by one before 等, where
 * one of them names a facility, or the kind after 等 is a facility. Kinds listed (保障性住房、城中村改造等项目)
 * are short and name no facility.
 */
function listsNamedWorks(object: string): boolean {
  const at = object.search(LIST_END);
  if (at < 0 || !isNamedObject(object)) return false;
  const items = object.slice(0, at).split(/[、和及与]/);
  // 沿边铁路、通信等边境基础设施: kinds of infrastructure, not named works.
  if (/基础设施|设施$/.test(object.slice(at + 1))) return false;
  // 藏粤直流等输电工程: one named line of a kind of built works.
  if (items.length === 1 && items[0].length >= 4 && BUILT_WORKS_KIND.test(object.slice(at + 1)) && !KIND_OF_FACILITY.test(items[0])) return true;
  if (items.some((item) => namesFacility(item.replace(/(?:项目|工程)$/, ''), 2) && !KIND_OF_FACILITY.test(item))) return true;
  if (items.length < 2) return false;
  const kind = object.slice(at + 1);
  // Projects (not 工程, which may be programmes) listed with long names: 延安千万吨炼化一体化、榆能百万吨煤制芳烃等项目.
  return (FACILITY_AT.test(kind) && !/^(?:项目|工程)$/.test(kind.replace(/^(?:重大|重点|骨干|产业)+/, ''))) ||
    (/项目$/.test(kind) && items.every((item) => item.length >= 6));
}

/** Kinds of built works that a named instance may stand before (藏粤直流等输电工程). */
const BUILT_WORKS_KIND = /^(?:重大|重点)?(?:输电|输变电|特高压|电网|水利|引调水|调水|供水|铁路|高铁|公路|高速公路|航道|港口|机场)(?:工程|项目)$/;
/** What makes a facility a kind rather than one named place (智慧机场, 省级区域应急救援中心, 平安医院). */
const KIND_OF_FACILITY = /^(?:新一轮|城市|城乡|农村|乡村|露天|智能化|产业|工业|物流|国际|零碳|自然|郊野|体育|口袋|社区|智慧|平安|创业|绿色|数字|现代|示范|标杆|特色|区域|省级|市级|县级|国家级|高水平|新型|一体化)/;
/** Adverbs of carrying on (深入推进, 持续推进, 接续推进): a direction, not a delivery. */
const ONGOING_LEAD = /深入|持续|接续|纵深|扎实|继续|不断|全面|久久为功/;
/**
 * Designations (示范区, 基地, 平台, 中心) are granted to many places at once: pushed on (推进海洋经济示范区建设,
 * 推进人工智能创新平台建设) they are a kind of work, not one named work; built works (铁路, 水库, 走廊) are.
 */
const DESIGNATION_AT = /(?:中心|平台|系统|基地|园区|产业园|科技园|试验区|示范区|先导区|合作区|互贸区|自贸区|功能区|专区|节点|基金|库|综合体|服务站|驿站)$/;
/** A clause that only joins another's work (深度参与…建设) or serves it. */
const TAKES_PART = /参与|融入|对接|服务于|支持|配合|协同|共同|一批/;

function speedsUp(c: string): boolean {
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
const LEADING_VERB = /^(?:培育|落地|推动|构建|发展|完善|打造|提升|形成|布局|引进|招引|培养|建立|健全|促进|实现)/;

function speedsUpListed(c: string): boolean {
  const m = SPEED_LIST.exec(c);
  // 加快培育…中心, 加快落地一批…: another verb's object, not works listed.
  if (m === null || ENCOURAGES.test(c) || LEADING_VERB.test(m[1])) return false;
  const items = m[1].split('、');
  return items.length >= 2 && items.every((item) => item.length >= 4 && isNamedObject(item)) &&
    items.some((item) => namesFacility(item, 2) && !KIND_OF_FACILITY.test(item));
}

/** What makes a project's name a kind or a programme (重大项目, 新型储能项目, 民生实事项目, 生命线工程). */
const PROGRAMME_WORDS = /一批|重大|重点|各类|新型|示范|试点|工程|计划|行动|产业|基础设施|民生|实事|生命线|国家|省级|中央|两重|网络|体系/;
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


export function isCommitmentClause(clause: string): boolean {
  const c = clause.trim();
  if (c.length < 4 || c.length > 90 || RULE_WORDS.foundIn(c) === 0) return false;
  // Split only where a 并 stands: a split by a pattern builds a new RegExp each call.
  if (!c.includes('并')) return statesDeliverable(c);
  return c.split(AND_THEN).some((part, k) => (k === 0 || part.length >= 4) && statesDeliverable(part));
}

/** The rules that refuse (NOT_A_DELIVERABLE, NEGATED…) are read only for a clause some rule accepts. */
function statesDeliverable(c: string): boolean {
  const found = RULE_WORDS.foundIn(c);
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
