import { describe, expect, test } from 'vitest';
import { extractItems } from '../../lib/extract';
import { isCommitmentClause } from '../../lib/extract/commitments';

const commitments = (text: string) => extractItems(text).filter((i) => i.kind === 'commitment').map((i) => i.text);

// Real clauses of provincial and national reports (tests/fixtures/corpus), one row per class of verb.
describe('a deliverable verb with a named object is a commitment', () => {
  test.each([
    ['launches', '投用枣庄机场'],
    ['launches', '开通运营青岛国际通信业务出入口局'],
    ['launches', '投运国家中医区域医疗中心'],
    ['launches', '上线运行知识产权一体化综合服务平台'],
    ['launches', '推动开通哈尔滨至莫斯科等国际客运航线'],
    ['establishes', '设立稀土产业基金'],
    ['establishes', '筹建国家碳计量中心（辽宁）'],
    ['establishes', '组建省外贸集团、省交易集团'],
    ['establishes', '在主要消费地区设立牛羊肉前置屠宰加工中心'],
    ['builds jointly', '省部共建国家大学科技园'],
    ['builds jointly', '部区共建内蒙古牛羊肉交易中心'],
    ['builds a named facility', '建设面向全国的稀土产品交易中心'],
    ['builds a named facility', '搭建省级GEP智能核算子系统'],
    ['builds a named facility', '打造自治区牛羊、玉米、马铃薯、大豆技术创新中心'],
    ['builds a named facility', '建设应用“一图管田”信息化管理平台和生猪、牦牛生产智慧管理平台'],
    ['builds a named facility', '建立“博鳌认证”品牌'],
    ['speeds up named projects', '加快洋浦港扩建工程、马村港三期、三亚邮轮港等项目建设'],
    ['speeds up named projects', '加快“三医联动一张网”二期建设'],
    ['speeds up named projects', '提速山钢日照基地二期、永锋临港焦钢一体化等重大项目'],
    ['speeds up named projects', '加快昌化江水资源配置、牛路岭灌区、海口经济圈规模化供水工程进度'],
    ['works on a named thing', '实施G98环岛高速提档扩容工程和国省干道提质升级工程'],
    ['works on a named thing', '实施排水防涝治理及管线改造工程'],
    ['works on named things listed', '实施淮河入海水道二期、吴淞江江苏段整治等工程'],
    ['issues a named document', '制定和实施国家海洋战略'],
    ['issues a named document', '制定新一轮退耕还林还草方案'],
    ['issues a named document', '研究制定生态保护补偿条例'],
    ['universalises', '全面实施长期护理保险制度'],
    ['universalises', '全面推广“物质+服务”综合救助模式'],
    ['universalises', '普及心理健康教育'],
    ['eliminates', '全面消除劣Ⅴ类水体'],
    ['eliminates', '县城黑臭水体基本消除'],
    ['eliminates', '动态消除城乡黑臭水体'],
    ['keeps a checkable state', '保持零就业家庭动态清零'],
    ['retires a kind for good', '全部淘汰地级以上城市建成区燃煤小锅炉'],
    ['retires a kind for good', '基本淘汰黄标车'],
    ['completes named work', '完成国土空间规划编制'],
    ['completes named work', '完成第三次全国土壤普查'],
    ['completes named work', '今年要基本完成公司制改革'],
    ['builds a named line', '建设地铁五号线'],
    ['a state with no exception', '实现生活垃圾焚烧飞灰零填埋'],
    ['raises a named school', '推动兰州职业技术学院升格为本科层次职业学校'],
    ['bids for world heritage', '推进万里茶道申遗'],
    ['builds a named facility listed with its twin', '建立省级科技成果转化项目库与需求库'],
    ['pushes on one named line of a kind of works', '推进藏粤直流等输电工程'],
    ['speeds up named hubs listed', '加快中欧班列广州集结中心、深圳节点城市建设'],
    ['opened for good', '推动铜仁凤凰机场航空口岸正式开放'],
    ['puts a named arrangement into force', '推动中老铁路旅客运输“一地两检”安排落地实施'],
    ['a service free to all', '为孕妇免费开展产前筛查'],
    ['a service free to all', '新生儿医保个人缴费全额补助'],
    ['launches a named work', '启动实施引洮延伸增效工程'],
    ['launches a named work', '全面启动多种形式的医疗联合体建设试点'],
    ['launches named facilities', '启动市民中心、市档案馆新馆建设'],
    ['makes one rule', '统一城乡义务教育学生“两免一补”政策'],
    ['applies to all', '对所有重点工业污染源实行24小时在线监控'],
    ['issues a titled document', '制定实施《中国教育现代化2030》'],
    ['issues a named document', '抓紧制定专门行政法规'],
    ['joins services up', '实现异地就医住院费用直接结算'],
    ['completes named work', '完成新一轮村“两委”换届'],
    ['completes named work', '完成柳湖片区黑臭水体治理'],
    ['finishes works', '首儿所通州院区基本完工'],
    ['states the start at the end', '推动青桂、青粤绿电外送通道尽早核准开工'],
    ['states the works at the end', '职教中心扩建'],
    ['states the works at the end', '市中医院实现整体搬迁'],
    ['works on a named facility', '实施白沙水库水源地环境综合整治'],
    ['works on a named facility', '实施污水处理厂二期工程'],
    ['water works', '实施绿隔地区引水入园工程'],
    ['builds a named facility', '贯通清河两岸滨水步道'],
    ['builds a named facility', '高质量建设国家碳计量中心（福建）'],
    ['builds a named facility', '建好用好国家“人工智能+”农业领域中试基地'],
    ['builds a named place', '协同香港开发建设“一区两园”'],
    ['builds named works listed', '加力建设佳同铁路、富加铁路、鹤岗机场、绥化机场等项目'],
    ['speeds up named works', '加快安定医院选址建设'],
    ['speeds up named works', '加快川藏铁路规划建设'],
    ['speeds up named works', '加快西宁国家植物园创建'],
    ['speeds up named works', '加快西宁至成都铁路建设、青藏铁路格拉段电气化改造'],
    ['speeds up named works', '加快九龙川、唐家河、东水泉东、安家庄、郭家台、平山湖等煤矿建设'],
    ['a voltage class is a name', '加快建设750千伏河西走廊北通道工程'],
    ['a voltage class is a name', '加快川州二期等500千伏输变电工程建设'],
    ['a listed project\'s capacity is a name', '加快金川四矿区贫矿资源综合开发利用、白银集团7万吨锌基合金等项目建设'],
    ['makes mutually recognised', '推动检查检验结果互认'],
    ['covers all', '实现城乡法律援助服务网络全覆盖'],
    ['covers all', '推进法定人群应保尽保'],
    ['reaches a working state', '实现官路水库蓄水'],
    ['reaches a working state', '实现昌江核电二期三号机组并网发电'],
    ['reaches a working state', '推动京东方、惠科等重大产业项目尽快投产满产'],
    ['reaches a working state', '实现农批农贸市场“天天检”'],
    ['completes named work', '全面完成永久基本农田划定并实行特殊保护'],
    ['widens a benefit', '将学生意外伤害责任保险从义务教育阶段扩大到高中阶段和普惠性幼儿园'],
    ['provides to all', '全区三级中医（蒙医）医院全部开设夜间门诊、节假日门诊'],
    ['provides to all', '门诊产前检查基本服务包费用及分娩发生的政策范围内住院医疗费用全额报销'],
    ['pushes on named works listed', '推进古贤水利枢纽、蒋家窑则水库、引汉济渭二期、宝鸡峡灌区改造等项目建设'],
    ['pushes on named works listed', '推进合川渭沱、乌江彭水等多式联运枢纽建设'],
    ['pushes on named works listed', '推进延安千万吨炼化一体化、榆能百万吨煤制芳烃等项目'],
    ['pushes on named works listed', '推进北沿江、通苏嘉甬等高铁建设'],
    ['pushes on a named built work', '积极推动豫皖苏浙大宗商品骨干流通走廊建设'],
    ['pushes on a named built work', '推进材料综合研究设施、原子级制造试验设施建设'],
    ['pushes on a named built work', '推动省华侨博物馆项目建设'],
    ['speeds up named projects', '加快推进平漯周、焦济洛平、郑州南站等高铁项目'],
    ['speeds up named projects', '加快杭淳开高速公路、衢州先导智能传感器、湖州微腔电子纸显示器件等项目建设进度'],
    ['speeds up named projects', '加快推进大宗商品资源配置枢纽“三基地两中心”建设'],
    ['enlarges a named facility', '加快义乌机场改扩建'],
    ['enlarges a named zone', '推动舟山港综保区扩区'],
    ['works on named facilities listed', '实施赵口、陆浑、渠村等灌区现代化改造'],
    ['hosts a named event', '办好第八届世界浙商大会'],
    ['hosts a named event', '办好2026年亚太经合组织贸易部长会议'],
    ['hosts a named event', '办好中国杯世界花样滑冰大奖赛、全国青少年三大球运动会等赛事活动'],
    ['hosts a named event', '办好进博会、广交会、服贸会、数贸会、消博会等重大展会'],
    ['issues a named document', '制订古籍存藏服务标准'],
    ['issues a named document', '制定算电协同长效措施'],
    ['issues a named document', '科学编制特色优势产业目录'],
    ['issues a named document', '落地商业保险创新药目录'],
    ['establishes', '设置中小学春秋假'],
    ['establishes', '建立增资扩产项目库'],
    ['builds a named facility', '加快建设贵州航空产业城'],
    ['clears a named backlog', '加快存量安置房清零'],
    ['completes named work', '完成省重点实验室重组'],
    ['strives for a named title', '争建国家脑机接口技术创新中心、国家血液病医学中心'],
    ['applies for a named zone', '积极申建中国（贵州）自由贸易试验区'],
    ['reaches a working state', '昆明长水国际机场东二跑道投入使用'],
    ['enters a named list', '力争昆明理工大学进入“双一流”建设行列'],
    ['builds a named facility', '建好办好西南联合研究生院和教育部云南高等研究院'],
    ['upgrades a named facility', '扩容升级昆明国际陆港'],
    ['pushes on named works listed', '推进青岛港董家口港区集装箱码头、日照港转型升级工程'],
    ['abolishes a named charge', '取消居住证收费'],
    ['abolishes a named condition', '取消建设资金县级配套'],
    ['builds a zone with a two-character name', '高标准建设雄安新区'],
    ['builds named zones', '高水平建设黄河三角洲国家农高区、潍坊国家农综区'],
    ['implements projects listed by long names', '实施中石化催化剂、中海油新材料、燕山石化绿色新材料、金科日化精细化工等重点项目'],
    ['speeds up numbered lines', '加快推进7号线一期北段、11号线延伸线、东北角“一站两区间”、B1、Z2等地铁建设'],
    ['speeds up named works with no word of work', '加快推进洪江高速、沙公高速杨家厂至孟家溪段'],
    ['pushes on one project told by its long name', '推动时代长安高竹动力电池项目'],
    ['builds named facilities of a county', '建设方正湖嬉雪乐园和冰场'],
    ['covers all', '实现普惠性学前教育资源基本覆盖'],
    ['links up nationwide', '在全国基本实现高速公路电子不停车收费联网'],
    ['gives a service free', '对规模以上工业企业全面开展免费诊断'],
    ['eliminates for good', '稳定消除黑臭、劣Ⅴ类'],
    ['completes a named pilot', '高质量完成二轮土地承包到期延包整省试点工作'],
    ['issues a plan whose name holds 本', '编制国土空间基本规划'],
    ['starts a named piece of work', '启动第三次全国土壤普查'],
    ['starts work on a named place', '启动实施小方正湖综合利用开发'],
    ['starts the first work on a named line', '启动地铁四号线规划设计前期工作'],
    ['a named line reaches a state one can see', '实现地铁17号线结构贯通'],
    ['a named work finished, said after it', '争取丽香铁路年内建成'],
    ['named works finished, said after them', '力促京唐城际铁路完成主体结构'],
    ['homes moved into, said after them', '富民里、曹园还迁小区实现入住'],
    ['named scenic areas listed', '有序推进千湖山、碧沽天池、白马雪山等景点景区开发建设'],
    ['a named park, in Traditional characters', '建設錯埠嶺游園'],
    ['building work on a facility named by its place', '升压改造鸣犊变电站'],
    ['a named road built', '修建青岛山历史文化路'],
    ['a named river put right', '加快大运河（天津段）综合治理'],
    ['named works to be put forward and started', '申报水磨至梭山三级公路项目并启动建设'],
    ['a named road joined up, said after it', '242国道忠堡绕镇公路全面贯通'],
    ['a road named by its number improved', '改造提升816东路(连江一中段)'],
    ['named projects sped up', '加快安徽节源、沈发废弃油脂等在建项目的建设进度'],
    ['a named school enlarged, in Traditional characters with pinyin readings', '擴(kuò)建一中'],
    ['named towns listed', '加快独克宗月光城特色小镇、梅里雪山摄影小镇等特色小镇建设'],
  ])('%s: %s', (_, clause) => {
    expect(commitments(`${clause}。`)).toEqual([clause]);
  });
});

describe('what promises no deliverable is not', () => {
  test.each([
    ['a verb with no object', '力争早日建成投用'],
    ['a verb with no object', '确保年内投产'],
    ['a process, not a thing', '总结推广博鳌零碳示范区创建经验'],
    ['a built-up area', '加密建成区路网'],
    ['a nominal use', '成立以来'],
    ['a clause that only joins', '以创建中国（内蒙古）自由贸易试验区为牵引'],
    ['encouraging others', '支持企业组建体系化任务型创新联合体'],
    ['encouraging others', '支持武汉建设国际性综合交通枢纽'],
    ['trying out', '探索编制全口径政府投资计划'],
    ['a vision', '建设国家重要农畜产品生产基地'],
    ['a vision', '支持西湖大学、宁波东方理工大学建设世界一流新型研究型大学'],
    ['a praised category', '建设高能级科技创新平台'],
    ['capacities, not things', '着力建设强大的制造能力、创造能力、交易能力、要素保障能力、资源整合能力和完善的产业生态系统'],
    ['a count, not a name', '新建设一批智能工厂'],
    ['categories, not names', '建设水电核电、特高压输电、智能电网、油气管网、城市轨道交通等重大项目'],
    ['categories, not names', '加快无废城市、零碳园区、零碳社区、零碳建筑建设'],
    ['a programme, not works', '实施文化复兴工程'],
    ['going on with a programme', '深入实施融资畅通工程'],
    ['a generic document', '制定配套政策'],
    ['a document announced', '制定如下实施方案'],
    ['a rule for how to draft', '制定涉企政策要多听市场主体意见'],
    ['a document someone else made', '认真贯彻党中央、国务院制定的各项政策'],
    ['online and offline', '促进线上线下协调互动、平等竞争'],
    ['water pipes joined', '推进“城—镇—村”供水管网延伸并网'],
    ['a discrimination to end, not a thing', '消除性别和身份歧视'],
    ['a vision', '加快建成中部地区崛起的重要战略支点'],
    ['a vision', '全面打造具有全球影响力的产业科技创新中心'],
    ['a vision', '争创服务高地'],
    ['a campaign', '深入推进民族团结进步创建“一廊一区一带”行动'],
    ['a slogan achieved', '努力实现江苏大地“人享其行、物畅其流”'],
    ['encouraging enterprises', '大力推动规上工业企业设立研发机构'],
    ['a procedure, not a thing', '简化外商投资企业设立程序'],
    ['a vague direction', '加快推进农业农村现代化'],
    ['a vague direction', '深化国有企业改革'],
    ['a kind of facility pushed on', '推进人工智能创新平台建设'],
    ['a kind of facility pushed on', '推进海洋经济示范区建设'],
    ['a kind of facility pushed on', '推动智慧港口、智慧航道、智慧机场建设'],
    ['a kind of project pushed on', '安全有序推进在建核电项目建设'],
    ['a kind of project sped up', '加快推进算力基础设施项目建设'],
    ['categories listed', '推进生态廊道、自然公园、郊野公园、体育公园、口袋公园等建设'],
    ['categories listed', '有序推进城市更新、农村基础设施和公共服务项目建设'],
    ['going on with a named work', '扎实推进“五好”园区建设'],
    ['taking part in another\'s work', '推动省产业技术研究院深度参与长三角国家技术创新中心建设'],
    ['education is no event', '办好特殊教育、继续教育'],
    ['events of every kind', '更高水平办好各类重大展会'],
    ['anything done', '分类制定实施治理措施'],
    ['anything done', '研究制定新举措'],
    ['a subject\'s setting, not a thing set up', '完善学科设置调整机制和人才培养模式'],
    ['a wrong to end', '坚决整治违规设置妨碍货车通行的道路限高限宽设施和检查卡点'],
    ['qualities before 的', '建设功能完善、运行高效的要素配置枢纽'],
    ['stages of work', '聚焦项目签约开工、建设纳统、竣工投产等各个环节'],
    ['using what stands', '建好用好重点民间投资项目库'],
    ['strengthening what stands', '建好建强国家中欧班列（沈阳）集结中心'],
    ['using well what stands of a kind', '建好用好国家级创新平台'],
    ['a facility described, not named', '我们要悉心打造人尽其才的平台'],
    ['items praised', '打造高原特色数据供给、优质数据流通、特色数据应用基地'],
    ['stations of a kind', '建设公路干线重型卡车换电站'],
    ['a pilot of a kind', '试点建设通感一体基站等低空基础设施'],
    ['verbs in a row, no object', '全流程服务项目开工达产'],
    ['kinds of infrastructure', '推动沿边铁路、通信等边境基础设施建设'],
    ['a kind of facility sped up', '加快产业园区建设'],
    ['a kind of facility pushed on', '推进城市绿廊绿道建设'],
    ['measures praised', '依法出台税费减免等有力措施'],
    ['a generic plan', '科学编制和实施建设规划'],
    ['doing well, not completing', '完成好各项工作'],
    ['targets in general', '完成国家下达的目标'],
    ['a facility praised', '建设集约智能口岸'],
    ['a strategic corridor, a vision', '聚力打造国家向西开放战略通道'],
    ['a programme launched', '启动实施新一轮民心工程'],
    ['kinds of works launched', '启动工业强基、绿色制造、高端装备等重大工程'],
    ['kinds listed before a designation', '布局建设生物医药前沿技术、海洋生物制造、绿氢、脑机接口、具身智能等未来产业技术创新平台'],
    ['a cluster of a kind', '打造新能源新材料产业集群'],
    ['carrying out what is unified elsewhere', '全面落实全国统一大市场建设法规政策'],
    ['a system built, not one rule made', '构建统一的信用修复制度'],
    ['supporting others\' bids', '支持申报世界文化遗产'],
    ['a slogan quoted', '支持唐山“三个努力建成”取得更大成效'],
    ['done already', '辉南县建成了全省最大的早夜市'],
    ['the document\'s own making', '特制定本行动方案'],
    ['the document\'s own making', '制定本实施方案'],
    ['an unnamed batch', '开工一批'],
    ['a meeting', '召开全市重大项目开工动员会'],
    ['an aim, not a charge abolished', '放宽或取消外资股比限制'],
    ['unreasonable restrictions', '取消对二手车交易不合理限制'],
    ['a zone of a kind', '有序推进省级农高区建设'],
    ['another verb after 加快', '加快培育高水平工业设计中心、计量和检验检测中心、认证中心等共性技术平台'],
    ['a kind of project', '推进氢基能源项目建设'],
    ['a refused abolition', '不得擅自取消学生乘车收费'],
    ['a forbidden abolition', '严禁取消建设资金县级配套'],
    ['duties, not named work', '全面完成各项改革工作'],
    ['a zone of a kind with a short name', '建设产业新区'],
    ['a kind of project with a long name', '推进城镇老旧小区改造提升项目'],
    ['kinds listed after 加快', '加快推进综合交通枢纽、物流通道'],
    ['a programme started', '启动实施城市更新三年行动'],
    ['a reform started', '启动普惠养老服务改革'],
    ['the start-up area, a noun', '攻坚启动区等重点片区'],
    ['a kind of area', '着力打造城市活力片区'],
    ['a kind of tourist area improved', '实施旅游景区强基焕新工程'],
    ['a principle kept to', '坚持动态清零'],
    ['a kind of home improved', '全面改造提升基层养老院'],
    ['rivers and lakes of a kind put right', '推进河湖综合治理'],
    ['a means to an end', '以绿色低碳示范县创建引领城市高品位、高水平发展'],
    ['a kind of facility improved as a programme', '实施道路品质提升工程'],
    ['a slogan improved as a programme', '实施“老有所养”提升工程'],
    ['a kind of work finished', '确保所有项目年内建成'],
  ])('%s: %s', (_, clause) => {
    expect(commitments(`${clause}。`)).toEqual([]);
  });
});

describe('where a commitment is read', () => {
  test('a numbered item of a list is read past its number, and a bracketed note ends it', () => {
    const text = '3.将学生意外伤害责任保险从义务教育阶段扩大到高中阶段和普惠性幼儿园；每天提供“一杯奶”（牵头单位：教育厅）。';
    expect(commitments(text)).toEqual(['将学生意外伤害责任保险从义务教育阶段扩大到高中阶段和普惠性幼儿园', '每天提供“一杯奶”']);
  });

  test('a heading names its section and promises nothing by itself', () => {
    expect(commitments('四、集中供热扩建工程\n建设县城第二水源地。')).toEqual(['建设县城第二水源地']);
  });

  test('a numbered term being defined is a glossary entry', () => {
    expect(commitments('10.“六个一”全覆盖：一批优质企业。')).toEqual([]);
  });

  test('a statistical communiqué reports what was done: none of its deliverables is a commitment', () => {
    const text = '2023年某县国民经济和社会发展统计公报\n\n全年新建成5G基站。枣庄机场投用，设立稀土产业基金。';
    expect(commitments(text)).toEqual([]);
    expect(commitments('今年工作安排\n\n枣庄机场投用，设立稀土产业基金。')).toEqual(['枣庄机场投用', '设立稀土产业基金']);
  });

  test('a review section tells of what was done', () => {
    expect(commitments('一、2025年工作回顾\n\n设立稀土产业基金，投用枣庄机场。')).toEqual([]);
  });

  test('works listed under a label of works to start or finish are each list a commitment', () => {
    const text = '其中，计划建成项目：605省道吴江段、高垫大桥、胜浦大桥等；计划新开工项目：如通苏湖城际铁路苏州至吴江段、锡太高速、634国道昆山北段等。';
    expect(commitments(text)).toEqual([
      '605省道吴江段、高垫大桥、胜浦大桥等',
      '如通苏湖城际铁路苏州至吴江段、锡太高速、634国道昆山北段等',
    ]);
    // Done works, and kinds listed under a label, are not.
    expect(commitments('已建成项目：605省道吴江段、高垫大桥等。')).toEqual([]);
    expect(commitments('计划新开工项目：道路、桥梁、管网等。')).toEqual([]);
  });

  test('verb phrases listed beside a figure are read one by one', () => {
    const text = '深入开展村庄清洁行动、建设怀柔区再生资源分拣中心、整治提升15条河道。';
    expect(commitments(text)).toEqual(['建设怀柔区再生资源分拣中心']);
    // A count shared by the phrases (共6台) joins them: none stands alone.
    expect(commitments('启动杨柳青电厂、完成大港电厂共6台亚临界机组替代。')).toEqual([]);
  });

  test.each([
    ['建设应急指挥通信平台'],
    ['实施综合防灾减灾救灾能力提升工程'],
  ])('the rule is the clause test too: %s', (clause) => {
    expect(isCommitmentClause(clause)).toBe(true);
  });
});
