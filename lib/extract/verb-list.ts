/**
 * Verb phrases listed with 、 in one clause (建成移动公厕12座、建设怀柔区再生资源分拣中心、整治提升15条):
 * a 民生实事 list often strings a year's works this way. The clause holds a figure, so it is a
 * target; the phrases of it that hold none may each be a commitment of their own.
 */

import { isCommitmentClause } from './commitments';

/** A 、 that starts a new verb phrase, not another object of the same verb. */
const NEXT_PHRASE =
  /、(?=(?:新建|建成|建设|完成|启动|改造|改扩建|扩建|实施|打造|开工|竣工|投用|打通|创建|推进|加快|修建|升级改造|提升改造|改造提升|整治|新增|增设|安装|开展|深入开展|提升|治理|修复|铺设|配备))/g;
/** A figure: a digit, or a Chinese count with its measure word. */
const FIGURE = /[0-9０-９]|[一二三四五六七八九十两百千万]+(?:个|所|条|座|家|项|处|名|户|公里|米|亩|张|套|间|台|辆|批)/;

/**
 * The stretches of text[start, end) that are verb phrases with no figure and promise a deliverable
 * (isCommitmentClause), as [from, to) offsets. Only a clause holding such a 、 is split; most hold none.
 */
export function deliverablesBesideFigures(
  text: string,
  start: number,
  end: number,
  isCommitment: (clause: string) => boolean = isCommitmentClause,
): Array<[number, number]> {
  const clause = text.slice(start, end);
  // 启动X电厂、完成Y电厂共6台机组替代: a count shared by every phrase (共, 合计, 分别) joins them.
  if (!clause.includes('、') || /共(?=[\d一二三四五六七八九十两])|合计|总计|分别|累计/.test(clause)) return [];
  const cuts = [0];
  for (const m of clause.matchAll(NEXT_PHRASE)) cuts.push(m.index + 1);
  if (cuts.length < 2) return [];
  cuts.push(clause.length + 1);
  const found: Array<[number, number]> = [];
  for (let k = 0; k + 1 < cuts.length; k++) {
    const piece = clause.slice(cuts[k], cuts[k + 1] - 1);
    if (!FIGURE.test(piece) && isCommitment(piece)) found.push([start + cuts[k], start + cuts[k + 1] - 1]);
  }
  return found;
}
