/**
 * What makes a clause's object a named deliverable (commitments.ts): a facility or project with a
 * name of its own (雄安新区, 青岛港董家口港区集装箱码头), works listed one by one before 等, as opposed
 * to a process, a bare count, praise, or a kind of facility (智慧机场, 省级农高区).
 */

import { alternation, FACILITY_NOUNS, PRAISED, PROCESS_NOUNS } from './commitment-words';

const PROCESS_END = new RegExp(`(?:${alternation(PROCESS_NOUNS)})$`);
/** 一批, 若干: an object counted but not named. */
const UNNAMED = /^(?:一批|一系列|一[幢座栋所个处条家]|一大批|大批|若干|更多|多个|各类|各种|一些|一流|好|重大|重点|\d(?!\d{3}年)(?![\d.]*(?:千伏|kV|号线|[东西南北]路|[国省县]道))|改造|提升|完善|推进|发展|优化|形成)/;
/** Stations of a kind, counted by the hundred rather than named (充电站, 换电站, 基站). */
const KIND_AT = /(?:换电站|充电站|充换电站|加氢站|加油站|加气站|基站)$/;
/** Where a named facility ends: the object's end, or before the next of a list (X中心、Y平台等). */
export const FACILITY_AT = new RegExp(`(?:${alternation(FACILITY_NOUNS)})$`);

/** Zones a government designates (新区, 高新区, 农高区): always a place's own name before them. */
const ZONE_AT = /(?:新区|高新区|开发区|经开区|综保区|保税区|农高区|农综区)$/;
/** What names a kind of zone, not a place (国家农高区, 省级高新区). */
const ZONE_KIND = /^(?:国家|省级|市级|县级|国际|城市|生态|滨海|临空|临港)/;

/**
 * A section of a named route (634国道昆山北段, 城际铁路苏州至吴江段): the route's name, then where. Not a
 * kind of route (干线公路, 国省道) nor a kind of section (拥堵路段, 连接段).
 */
const ROUTE_SECTION =
  /^(?!干线|国省|县乡|城区|农村|高速)[^、，。；]{1,}(?:国道|省道|县道|高速|铁路|城际|公路|大道|快速路|轨道交通|[0-9一二三四五六七八九十]号线)(?![^、，。；]*(?:危险|拥堵|瓶颈|断头|连接|延伸|互通|过境))[^、，。；]{1,8}段$/;

/**
 * Words that make a county's facility a kind, a count or a scope rather than one named place
 * (乡镇卫生院, 病险水库, 两所学校, 高速公路, 城区道路): read by the rules of local works.
 */
export const LOCAL_KIND = /^(?:全县|全市|全区|全镇|所有|各|乡镇|镇区|城区|小型|病险|标准化|通村|通组|精品|[A-Z]级|美丽|和美|城中村|老旧|农贸|干线|国省|县乡|高速|升级|提升|改造|[两二三四五六七八九十\d]+[所座个条家处项])/;

/** 等 closing a list, not the 等 of 高等, 平等, 同等. */
export const LIST_END = /(?<![高平同对均])等/;

/** A named object: not a process, not a bare count, and some words long. */
export function isNamedObject(object: string): boolean {
  return object.length >= 2 && !PROCESS_END.test(object) && !UNNAMED.test(object) && !PRAISED.test(object) && !/^[的了和、及与或如以下]/.test(object);
}

/**
 * A facility or a project with a name of at least `nameLength` characters before its noun. In a
 * list (X中心、Y平台等新型基础设施) the last item listed is read: categories listed (智能电网、
 * 城市轨道交通等重大项目) are not named things.
 */
export function namesFacility(whole: string, nameLength = 3): boolean {
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
  const need = ZONE_AT.test(named) && !ZONE_KIND.test(named) && !KIND_OF_FACILITY.test(named) ? Math.min(nameLength, 2) : nameLength;
  if (facility) return facility.index >= need && facility.index - (named.lastIndexOf('的', facility.index) + 1) >= 2;
  return /“[^”]{2,}”品牌$/.test(last) || ROUTE_SECTION.test(last);
}

/**
 * X水库、Y灌区等重大水利工程, 合川渭沱、乌江彭水等多式联运枢纽: works named one by one before 等, where
 * one of them names a facility, or the kind after 等 is a facility. Kinds listed (保障性住房、城中村改造等项目)
 * are short and name no facility.
 */
export function listsNamedWorks(object: string): boolean {
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
export const KIND_OF_FACILITY = /^(?:新一轮|旅游|基层|道路|城镇|城市|城乡|农村|乡村|露天|智能化|产业|工业|物流|国际|零碳|自然|郊野|体育|口袋|社区|智慧|平安|创业|绿色|数字|现代|示范|标杆|特色|区域|省级|市级|县级|国家级|高水平|新型|一体化)/;
/**
 * Designations (示范区, 基地, 平台, 中心) are granted to many places at once: pushed on (推进海洋经济示范区建设,
 * 推进人工智能创新平台建设) they are a kind of work, not one named work; built works (铁路, 水库, 走廊) are.
 */
export const DESIGNATION_AT = /(?:中心|平台|系统|基地|园区|产业园|科技园|试验区|示范区|先导区|合作区|互贸区|自贸区|功能区|专区|节点|基金|库|综合体|服务站|驿站)$/;
