/**
 * Traditional → Simplified for the characters the rules read: numerals, magnitudes, units and
 * cue words (萬 億 兩 點 以內 確保 爭取 …). One code unit to one, so offsets do not move.
 */
const PAIRS =
  '萬万億亿兩两點点內内確确爭争個个噸吨項项處处條条戶户餘余約约達达現现設设產产産产長长' +
  '們们計计劃划預预將将於于為为爲为裏里裡里畝亩臺台輛辆間间張张種种隻只門门屆届歲岁頃顷' +
  '時时這这過过來来務务國国總总發发開开啟启啓启動动創创蓋盖強强證证實实際际圍围際际' +
  '較较與与幾几億亿項项萬万兩两標标準准並并應应當当經经濟济進进農农業业費费價价幣币' +
  '額额積积噸吨鋼钢鐵铁電电機机製制紙纸紗纱棉棉煤煤氣气廠厂場场線线綫线區区縣县鄉乡鎮镇' +
  '鐘钟歷历創创級级點点邊边後后餘余頭头臺台艘艘雙双隊队員员學学醫医藥药療疗衛卫體体' +
  '勞劳動动環环節节約约減减壓压險险確确嚴严堅坚決决須须務务努努爭争取取力力衝冲實实' +
  '現现達达提提高高於于內内左左右右以以上上下下約约近近超超過过突突破破低低少少不不' +
  '覆覆蓋盖啟启動动竣竣開开建建設设完完成成創创獲获批批准准規规劃划頒颁佈布出出台台' +
  '總总資资產产值值增增長长減减降降幅幅率率比比重重萬万億亿噸吨斤斤畝亩公公裏里平平方方' +
  '米米瓦瓦千千伏伏度度元元美美歐欧臺台輛辆座座處处所所家家條条項项戶户名名人人個个間间' +
  '張张種种隻只門门屆届歲岁頃顷時时標标準准煤煤車车輪轮飛飞艦舰機机職职專专業业話话網网' +
  '鐵铁銀银錢钱貸贷險险協协會会黨党報报導导討讨論论議议選选舉举權权規规範范層层級级區区';

export const TRADITIONAL_TO_SIMPLIFIED: ReadonlyMap<number, number> = (() => {
  const map = new Map<number, number>();
  for (let i = 0; i + 1 < PAIRS.length; i += 2) {
    const from = PAIRS.charCodeAt(i);
    const to = PAIRS.charCodeAt(i + 1);
    if (from !== to) map.set(from, to);
  }
  return map;
})();
