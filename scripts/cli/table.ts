/** The `table` format: items for people to read in a terminal. */

import type { ExtractedItem } from '../../lib/extract';

const CMP_LABEL: Record<string, string> = { '=': '=', '>=': '≥', '>': '>', '<=': '≤', '<': '<', '~': '≈', range: '–' };

/** Columns line up in a terminal: CJK and full-width characters take two cells. */
function displayWidth(text: string): number {
  let width = 0;
  for (const ch of text) width += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]|[\u{20000}-\u{3fffd}]/u.test(ch) ? 2 : 1;
  return width;
}
const pad = (text: string, width: number) => text + ' '.repeat(Math.max(0, width - displayWidth(text)));

function figureOf(item: ExtractedItem): string {
  if (item.value === null) return '';
  const number = (n: number) => n.toLocaleString('en-US', { maximumFractionDigits: 6 });
  const value = item.max !== null ? `${number(item.value)}–${number(item.max)}` : number(item.value);
  return item.unit ? `${value} ${item.unit}` : value;
}

/** One file's block: a heading line, then the aligned table. */
export function tableBlock(file: string, items: readonly ExtractedItem[]): string {
  const rows = items.map((item) => [
    item.kind,
    figureOf(item),
    item.value === null ? '' : CMP_LABEL[item.cmp ?? '=']!,
    item.strength ?? '',
    item.text.replace(/\s+/g, ' '),
  ]);
  const header = ['kind', 'value', 'cmp', 'strength', 'clause'];
  const widths = header.map((h, c) => Math.max(displayWidth(h), ...rows.map((r) => displayWidth(r[c]!))));
  const lines = [header, ...rows].map((row) => row.map((cell, c) => (c === row.length - 1 ? cell : pad(cell, widths[c]!))).join('  '));
  return `# ${file}: ${items.length} items\n${lines.join('\n')}\n`;
}
