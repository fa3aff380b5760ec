/** opencc-js ships its dictionaries as modules whose default export is the table as text ("萬 万|億 亿|…"). */
declare module 'opencc-js/dict/TSCharacters' {
  const table: string;
  export default table;
}
