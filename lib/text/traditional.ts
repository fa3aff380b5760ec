/**
 * Traditional → Simplified, one character to one, so that offsets do not move: a report page in
 * Traditional characters (建設錯埠嶺游園, 創建成省級規范化學校) is read by the same rules as one in
 * Simplified. The table is OpenCC's (opencc-js, its TSCharacters dictionary, the first Simplified
 * form of each character); phrases, and characters outside the Basic Multilingual Plane, are left.
 */

import TS_CHARACTERS from 'opencc-js/dict/TSCharacters';

/**
 * Characters OpenCC folds that Simplified text also writes as they are, with a meaning of their own
 * (乾坤, 昇 in names, 蒜薹, 夥伴): those found in the Simplified reports of the corpus, and those of the
 * Simplified character set GB 2312. 後 and 於 are folded all the same: Traditional text writes them
 * in every other sentence (以後, 關於), Simplified text hardly ever.
 */
const ALSO_SIMPLIFIED = new Set(['乾', '昇', '吒', '濛', '徵', '拚', '摺', '薹', '菸', '醣', '麴', '袷', '榘', '捱', '夥', '麽']);

export const TRADITIONAL_TO_SIMPLIFIED: ReadonlyMap<number, number> = (() => {
  const map = new Map<number, number>();
  for (const pair of TS_CHARACTERS.split('|')) {
    const [from, to] = pair.split(' ');
    if (from === undefined || to === undefined || from.length !== 1 || ALSO_SIMPLIFIED.has(from)) continue;
    const code = to.charCodeAt(0);
    // A surrogate pair cannot stand in one code unit.
    if (code >= 0xd800 && code <= 0xdfff) continue;
    if (code !== from.charCodeAt(0)) map.set(from.charCodeAt(0), code);
  }
  return map;
})();
