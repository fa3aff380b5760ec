/**
 * Word lists the commitment rules read (commitments.ts): verbs of deliverables by class, the
 * nouns that make an object a named deliverable, and the nouns that make it a process. Lexicons
 * of how reports in general write a promise, never a phrase of one report.
 */

import { WordLists } from './word-lists';

/** Alternation of a word list for a RegExp, longest first so that 建成投运 wins over 建成. */
export function alternation(words: readonly string[]): string {
  return [...words].sort((a, b) => b.length - a.length).join('|');
}

/**
 * Verbs that deliver by themselves once they have a named object: launching (开通, 上线, 投用),
 * establishing (设立, 组建, 成立, 筹建), building anew (新建, 改建), equipping in full (配齐).
 */
export const ESTABLISH_VERBS = [
  '投用', '投运', '开通运营', '开通', '上线运行', '上线', '设立', '组建', '成立', '筹建', '挂牌成立', '挂牌运营',
  '新建', '改建', '扩建', '迁建', '建成运营', '建成开放', '建成投产', '配齐', '启用',
];

/** Who builds together in 省部共建 X: a 共建 with its partners named is an agreed deliverable. */
export const JOINT_BUILDERS = ['省部', '部省', '部区', '区部', '部市', '省市', '央地', '省校', '市校', '校地'];

/** Verbs that build or set up; they promise a deliverable only when the object is a facility. */
export const BUILD_VERBS = [
  '贯通', '打通', '铺设', '开发建设', '建设运行', '建设应用', '建设运营', '布局建设', '建设', '打造', '搭建', '建立', '建好', '扩容升级', '提档升级', '改造提升',
];

/**
 * What a named deliverable ends in: a facility, an institution, a project or a phase of one
 * (机场二期). 品牌 counts only with its name in quotation marks (建立“X”品牌).
 */
export const FACILITY_NOUNS = [
  '中心', '平台', '子系统', '系统', '基地', '园区', '产业园', '科技园', '试验区', '示范区', '先导区', '合作区', '互贸区',
  '自贸区', '功能区', '港', '航天港', '机场', '铁路', '高铁', '高速', '公路', '大桥', '隧道', '航道', '工程', '项目',
  '医院', '院区', '学校', '大学', '学院', '幼儿园', '美术馆', '博物馆', '图书馆', '文化馆', '体育馆', '场馆', '公园',
  '水库', '电站', '线路', '枢纽', '实验室', '交易所', '步道', '球场', '综合体', '服务站', '驿站', '基金', '数据库',
  '一期', '二期', '三期', '四期', '五期', '专区', '口岸', '码头', '节点', '科创城', '科学城', '科技城', '大学城',
  '产业城', '航空城', '街区', '走廊', '研究设施', '试验设施', '实验设施', '装置', '综保区', '保税区', '船闸', '灌区', '项目库', '人才库', '资源库', '案例库', '研究院', '研究生院', '陆港',
  '通道', '高新区', '开发区', '经开区', '新区', '植物园', '动物园', '煤矿', '矿井', '气田', '油田', '绿道',
  // A station by what it serves; 充电站, 换电站, 基站 are kinds counted by the hundred, not one named place.
  '火车站', '高铁站', '客运站', '枢纽站', '站房', '变电站', '换流站', '泵站',
  '库', '水源地', '处理厂', '水厂', '电厂', '主管网', '路', '大道', '大街', '新馆', '食堂', '教学楼', '综合楼',
  '中学', '小学', '高中', '初中', '卫生院', '养老院', '敬老院', '福利院',
  '号线', '快速路', '环线', '干渠', '地铁', '轻轨', '有轨电车', '校区', '分院', '分校',
  '乐园', '冰场', '雪场', '滑雪场', '剧院', '纪念馆', '科技馆', '展览馆', '档案馆', '规划馆', '农高区', '农综区',
  // Built works a county names (XX工业园标准化厂房, XX镇污水管网, XX河堤防): physical, and named by their place.
  '生产线', '安置房', '安置区', '农贸市场', '物流园', '工业园', '厂房', '填埋场', '中转站', '焚烧厂', '供热站',
  '热源厂', '体育场', '游泳馆', '步行街', '停车场', '立交桥', '立交', '天桥', '堤防', '水闸', '污水管网', '排水管网', '供水管网',
  '涵洞', '广场', '游园',
  // Places a county builds up under their own names (碧沽天池景区, 梅里雪山摄影小镇, 西站南片区).
  '景区', '旅游区', '度假区', '小镇', '片区',
];

/** Documents a government issues: 制定/出台/编制 one is a deliverable. */
export const DOCUMENT_NOUNS = [
  '法规', '规划', '战略', '方案', '条例', '办法', '意见', '纲要', '计划', '细则', '规定', '标准', '法', '指引', '清单',
  '政策措施', '政策', '措施', '举措', '目录', '名录', '指南',
];

/** Verbs that issue a document. */
export const ISSUE_VERBS = ['制定实施', '制定和实施', '研究制定', '制定出台', '制定', '制订', '编制', '修订', '颁布', '落地'];

/**
 * Verbs that speed up or push on the building of named projects (加快X、Y等项目建设, 提速X等重大项目,
 * 推进X水库、Y灌区等重大水利工程建设): with named works listed they promise those works.
 */
export const SPEED_VERBS = ['加快推进', '加快推动', '加快', '提速', '加速', '推进', '推动'];

/** What a sped-up object must end in: the building itself, its progress or its enlargement. */
export const SPEED_ENDINGS = ['的建设进度', '的开工建设', '开工建设', '开发建设', '规划建设', '选址建设', '建设进度', '建设', '进度', '项目', '工程', '改扩建', '扩建', '改建', '迁建', '改造', '创建'];

/**
 * Events a government hosts (办好第八届世界浙商大会, 办好省第十一届艺术节, 办好进博会、广交会等重大展会):
 * a named one is a deliverable; 各类展会 or 特殊教育 are not events.
 */
export const EVENT_NOUNS = ['会', '会议', '会晤', '论坛', '节', '赛', '马拉松'];

/** Verbs of hosting an event. */
export const HOST_VERBS = ['高水平办好', '高质量办好', '办好', '举办', '承办', '筹办', '主办'];

/**
 * A named thing reaching its working state, stated at the clause's end (枣庄机场投用,
 * 官路水库蓄水, 检查结果互认, 重大产业项目尽快投产满产).
 */
export const EVENT_ENDINGS = [
  '并网发电', '全容量并网', '下闸蓄水', '蓄水', '通水', '通航', '通电', '互认', '互通互认', '投产满产', '投产达产',
  '投产达效', '达产达效', '满产', '投产', '挂牌运营', '挂牌成立', '上线运行', '开通运营', '建成开放', '开馆', '开园',
  '全额报销', '应保尽保', '建成运营', '投用', '投运', '投入使用', '清零', '扩区', '扩区调位',
  // Services joined up for everyone (异地就医住院费用直接结算, 高频事项跨省通办).
  '直接结算', '跨省通办', '一网通办', '全程网办',
  // Works finished (首儿所通州院区基本完工, 主体结构封顶, 还迁住宅年内将主体竣工, 还迁小区实现入住).
  '基本完工', '主体完工', '完工', '封顶', '复绿', '完成主体结构', '主体结构完工', '完成主体', '主体竣工', '实现入住',
  // Opened for good (铜仁凤凰机场航空口岸正式开放).
  '正式开放', '开放运营', '正式运营', '正式投用', '正式启用',
];

/** Adverbs and cues that may stand before such an ending without being its subject. */
export const EVENT_ADVERBS =
  /^(?:力争|确保|争取|努力|推动|推进|促进|加快|尽快|早日|如期|按期|年内|年底前|今年|明年|全面|基本|全部|实现|完成|基本实现|(?:到|在|于)?(?:19|20)\d\d年(?:底|末)?(?:前)?)+/;

/**
 * What makes an object a process or a quality rather than a deliverable (创建经验, 建设水平,
 * 成立以来): an object ending in one of these promises nothing checkable.
 */
export const PROCESS_NOUNS = [
  '经验', '工作', '活动', '成果', '成效', '水平', '质量', '力度', '步伐', '进程', '氛围', '意识', '能力', '格局',
  '进展', '任务', '目标', '以来', '之初', '周年', '理念', '作用', '需求', '条件', '基础', '短板', '体系', '机制',
  '程序', '流程', '手续', '审批', '门槛', '办法', '方式', '方法', '途径', '形式',
];

/**
 * A clause that only joins its sentence (以创建X为牵引, 以X为抓手, 以示范县创建引领城市发展): it leads to the
 * deliverable, it is not one.
 */
export const JOINING_CLAUSE =
  /^以[^，。；]{2,}(?:引领|带动|促进|推动)[^，。；]{0,20}(?:发展|升级|转型|提升|振兴|增长|进步|提质|增效)$|^(?:以|通过|围绕|依托|借助|随着|按照|对照|对标|结合|借力).{2,}?(?:为(?:牵引|抓手|载体|引领|重点|主线|核心|突破口|契机|依托|支撑|龙头|基础|目标|方向|导向|平台)|的基础上|的同时|过程中)$/;

/** What turns a 实施…工程 into building work on a named thing (提档扩容工程, 口岸提升工程), not a programme. */
export const WORKS_NOUNS = ['提升', '改造', '扩容', '升级', '提档', '治理', '整治', '加固', '新建', '扩建', '改建', '迁建', '建设', '修复'];

/** Adverbs of going on with something already under way (深入实施, 持续实施): a direction, not a delivery. */
export const ONGOING = /(?:深入|持续|继续|加快|扎实|大力|积极|全面|着力|坚持)$/;

/** What a government only encourages or tries (支持企业组建, 探索编制): not its own deliverable. */
export const ENCOURAGES = /^(?:支持|鼓励|引导|允许|探索|研究探索|指导|帮助|试点)|^(?:大力|积极)?(?:推动|引导|鼓励|支持)[^，。；]{0,10}企业|重在|在于/;

/** An object praised rather than named (世界一流, 国家重要…基地): a vision, not a deliverable. */
export const PRAISED = /^[^的，。；]{2,}、[^的，。；]{2,}的|^(?:世界级|国际化|高水平|高能级|高效|高端|新型|特色|优质|集约|智能|现代化|市场化|多层次|多元化|强大)|一流|生态系统|重要|领先|先进|高地|具有|影响力|竞争力|战略(?:通道|支点|腹地|枢纽)/;

/** Documents anyone drafts (配套政策, 相关方案, 如下方案): a document with no subject of its own. */
export const GENERIC_DOCUMENT = /^(?:配套|相关|有关|具体|专门|新的|实施|落实|分类|支持|若干|和|及|并|建设|发展|工作|专项|年度|总体)*$|^(?:如下|以下|下列|的|各项|各类|一批)|要/;

/**
 * The words each rule needs (its verbs, its endings): a rule is tried only on a clause holding one
 * of them, and a clause holding none of any rule's is let go at once. Most clauses of a report are
 * (measured: 64% of the 31 provincial reports' clauses), and the rules tried in turn on every clause
 * cost a third of extraction. A word left out here loses commitments silently: each list is read off
 * its rule's pattern (commitments.ts), and scripts/bench/extract-identity.sh compares the output over the corpus.
 */
export const RULE_WORDS = new WordLists({
  verbWithObject: ['建成', '创建', '争创', '争建', '申建', '创成', '启动建设', '开工', '竣工', '出台', '获批', '投入使用', '通车'],
  deliveredAtEnd: ['覆盖', '建成', '开工建设', '竣工投用', '投入运营', '全面完成', '全线', '全部'],
  achieveAll: ['实现', '应保尽', '应助尽', '应救尽', '应养尽'],
  complete: ['完成'],
  eliminate: ['消除'],
  retire: ['淘汰'],
  raisedInRank: ['升格', '升本', '升级', '更名'],
  heritageBid: ['申遗', '申报世界'],
  freeService: ['免费', '全额'],
  launch: ['启动'],
  unify: ['统一'],
  applyToAll: ['对所有', '对全部'],
  issueTitled: ['》'],
  startsAtEnd: ['开工', '迁建', '扩建', '搬迁', '启动建设'],
  completesWork: ['实现', '建成', '竣工', '完工', '全面贯通'],
  river: ['治理', '整治', '生态修复'],
  // 对X进行改造 holds 进行 or 实施: gated by those, not by 提升 and 整治, which stand in most clauses.
  worksOn: ['改造', '改扩建', '修建', '兴建', '新修', '修缮', '加固', '整治提升', '进行', '实施'],
  // 线上线下 is taken out before ESTABLISH is read: a clause holding it is always read.
  establish: [...ESTABLISH_VERBS, '共建', '线上线下'],
  build: BUILD_VERBS,
  issue: ISSUE_VERBS,
  speed: SPEED_VERBS,
  implement: ['实施'],
  universalise: ['实施', '推行', '推广', '普及'],
  host: HOST_VERBS,
  setUp: ['设置'],
  abolish: ['取消'],
  eventAtEnd: EVENT_ENDINGS,
  achieveNamed: ['实现', '进入'],
  intoForce: ['落地'],
  widen: ['扩大', '延伸', '拓展', '扩展'],
  provide: ['提供', '全部'],
});
