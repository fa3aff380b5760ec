/** `npm run bench`: 10,000 stored items to the CSV and to the Excel workbook the extension downloads, in Node. */

import { itemsToCsv, type ItemRowInput } from '../../lib/export/item-row';
import { itemsToXlsx } from '../../lib/export/item-xlsx';

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const fmt = (n: number, digits = 0) => n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });

function rows(): ItemRowInput[] {
  return Array.from({ length: 10_000 }, (_, i) => ({
    reportTitle: `2026年某省政府工作报告 ${i % 31}`,
    reportUrl: `https://www.example.gov.cn/zwgk/${i % 31}.html`,
    site: 'www.example.gov.cn',
    item: {
      section: '三、2026年重点工作', kind: i % 3 ? 'target' : 'result', metric: '城镇新增就业', value: 650000 + i,
      max: null, unit: '人', cmp: '>=', strength: null, deadline: '今年',
      quote: `城镇新增就业${65 + i}万人以上，"重点群体"就业稳定`, prefix: '今年经济社会发展主要预期目标是：', suffix: '，一般公共预算收入增长3%',
    },
    tags: ['就业', `标签${i % 7}`],
    note: i % 10 === 0 ? '=核对来源' : '',
    createdAt: 1_760_000_000_000 + i * 1000,
  }));
}

function timed(make: () => number): { ms: number; bytes: number } {
  const times: number[] = [];
  let bytes = 0;
  for (let run = 0; run < 5; run++) {
    const t0 = performance.now();
    bytes = make();
    times.push(performance.now() - t0);
  }
  return { ms: median(times), bytes };
}

export function benchExports(): string[] {
  const items = rows();
  const csv = timed(() => new TextEncoder().encode(itemsToCsv(items, 'zh')).length);
  const xlsx = timed(() => itemsToXlsx([{ name: '全部', rows: items }], 'zh').length);
  return [
    `csv export · 10,000 items: median ${fmt(csv.ms, 1)} ms, ${fmt(csv.bytes / 1024 / 1024, 2)} MiB`,
    `xlsx export · 10,000 items (fflate, as in the browser): median ${fmt(xlsx.ms, 1)} ms, ${fmt(xlsx.bytes / 1024 / 1024, 2)} MiB`,
  ];
}
