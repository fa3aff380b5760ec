/**
 * Tables flattened into text, as communiqués copied from web pages look (issue 9). Three shapes are
 * read: cells separated by spaces with a header row (指标名称 单位 2023年 增长(%), then 一、粮食总产量
 * 万吨 8.16 0.40); one cell per line (2023年 / 较上年增长(%), then 粮食总产量 / 162817吨 / 0.5); and
 * cells between bars, also with whole columns on one line (指 标 | 年末数(万人) | 比重(%) |, then the
 * labels, then 26.8 0.4 13.1 … |). A bare figure in a column whose header names a unit, or in a row
 * whose unit cell does, is an item with that unit and magnitude (26.8 under 年末数(万人) is 268000 人);
 * header cells, years and row numbers are not. Figures written with their own unit (162817吨) are
 * left to the figure scanner. One pass over the lines: linear in the text.
 */

import { matchUnit, tidy } from './numbers';
import type { Figure } from './figures';
import type { Span } from './metric';

/** A figure read from a table cell, with the row label and the column words that say what it measures. */
export interface TableFigure extends Figure {
  metric: Span[];
  /** A cell written with its own unit (162817吨): the scanner reads the figure, the table only says what it measures. */
  scanned?: boolean;
}

interface Token {
  start: number;
  end: number;
  text: string;
}

interface Column {
  /** The unit a bare cell takes (人 for 年末数(万人)), or null when the header names none (2023年). */
  unit: string | null;
  magnitude: number;
  /** The 单位 column: its cells name the row's unit. */
  unitColumn: boolean;
  /** The header's words a cell's metric adds (增长, 比重), for change and share columns. */
  words: Span | null;
}

const BARE_NUMBER = /^[-−]?\d+(?:,\d{3})*(?:\.\d+)?$/;
const NUMBER_WITH_UNIT = /^[-−]?\d+(?:,\d{3})*(?:\.\d+)?[^\d.,]+$/;
const PROSE = /[。；;，！？]|,(?!\d)/;
const LONGEST_TABLE_LINE = 120;
const YEAR_HEADER = /^(?:19|20)\d\d年(?:末|底|度)?$/;
const LABEL_HEADER = /^(?:指\s*标(?:\s*名\s*称)?|项\s*目|名\s*称|类\s*别)$/;
const UNIT_HEADER = /^单\s*位$/;
/** A column of amounts in the table's unit (绝对数, 总量): like a year's column, it takes the unit 单位：亿元 names. */
const AMOUNT_HEADER = /^(?:绝对数|绝对值|绝对额|总量|总额|数量|金额|实绩|本期|本年|全年)$/;
/** A line of bars only: a separator between the cells of a one-cell-per-line table, as a blank line is. */
const BARS_ONLY = /^[\s|｜]+$/;
/** A header naming its unit: 年末数(万人), 增长(%), 比重(%), 增长%. */
const UNIT_IN_HEADER = /^([^()（）]*?)[(（]\s*([^()（）]{1,8}?)\s*[)）]$|^([\u3400-\u9fff]{1,8})(%|‰)$/;
const TABLE_UNIT = /^单\s*位\s*[:：]\s*(\S{1,8})$/;
const CHANGE_OR_SHARE = /增长|增幅|增速|增减|涨跌|升降|比重|占比|构成|下降/;
const MAGNITUDES: Readonly<Record<string, number>> = { 万: 1e4, 亿: 1e8, 万亿: 1e12, 千万: 1e7, 百万: 1e6 };

/** 万吨 → 吨 × 10⁴; % → %; 吨 → 吨. Null when it is no unit. */
function unitOf(written: string): { unit: string; magnitude: number } | null {
  const w = written.trim();
  if (w === '%' || w === '‰') return { unit: w, magnitude: 1 };
  const prefix = /^(?:万亿|千万|百万|万|亿)/.exec(w)?.[0] ?? '';
  const rest = w.slice(prefix.length);
  if (rest && matchUnit(rest, 0) === rest) return { unit: rest, magnitude: prefix ? MAGNITUDES[prefix] : 1 };
  if (!rest && prefix) return { unit: '', magnitude: MAGNITUDES[prefix] };
  return null;
}

function headerColumn(token: Token): Column | 'label' | 'year' | null {
  const { text } = token;
  if (LABEL_HEADER.test(text)) return 'label';
  if (UNIT_HEADER.test(text)) return { unit: null, magnitude: 1, unitColumn: true, words: null };
  if (YEAR_HEADER.test(text) || AMOUNT_HEADER.test(text)) return 'year';
  const m = UNIT_IN_HEADER.exec(text);
  if (!m) return null;
  const words = (m[1] ?? m[3] ?? '').trim();
  const unit = unitOf(m[2] ?? m[4]);
  if (!unit) return null;
  const wordsSpan = words && CHANGE_OR_SHARE.test(words) ? { start: token.start, end: token.start + text.indexOf(words) + words.length } : null;
  return { unit: unit.unit, magnitude: unit.magnitude, unitColumn: false, words: wordsSpan };
}

/** The value columns of a header, or null when the tokens are no header (one unit or change column at least). */
function readHeader(tokens: readonly Token[]): Column[] | null {
  const columns: Column[] = [];
  let named = false;
  for (const token of tokens) {
    const column = headerColumn(token);
    if (!column) return null;
    if (column === 'label') continue;
    if (column === 'year') columns.push({ unit: null, magnitude: 1, unitColumn: false, words: null });
    else {
      named = true;
      columns.push(column);
    }
  }
  return named || columns.some((c) => c.unitColumn) ? columns : null;
}

function numberOf(text: string): number {
  return Number(text.replace(/,/g, '').replace('−', '-'));
}

function cellFigure(token: Token, column: Column, rowUnit: { unit: string; magnitude: number } | null, label: Span | null): TableFigure {
  const unit = column.unit ?? rowUnit?.unit ?? '';
  const magnitude = column.unit !== null ? column.magnitude : rowUnit?.magnitude ?? 1;
  const metric: Span[] = [];
  if (label) metric.push(label);
  if (column.words) metric.push(column.words);
  return { start: token.start, end: token.end, value: tidy(numberOf(token.text) * magnitude), max: null, unit, unitStart: -1, cmp: '=', metric };
}

/** Tokens of a line split at spaces (cells of a space-separated row), with their offsets. */
function spaceTokens(text: string, start: number, end: number): Token[] {
  const tokens: Token[] = [];
  const re = /\S+/g;
  re.lastIndex = start;
  for (let m = re.exec(text); m && m.index < end; m = re.exec(text)) {
    tokens.push({ start: m.index, end: Math.min(end, m.index + m[0].length), text: m[0].slice(0, end - m.index) });
  }
  return tokens;
}

/** Rows of cells separated by spaces or one cell per line, under a header of value columns. */
class SpacedTable {
  private columns: Column[] | null = null;
  private headerTokens: Token[] = [];
  private tableUnit: { unit: string; magnitude: number } | null = null;
  private row: { label: Span | null; unit: { unit: string; magnitude: number } | null; values: Token[] } | null = null;

  constructor(private readonly out: TableFigure[]) {}

  /** A line of the table; a prose line ends it. */
  line(tokens: Token[]): void {
    if (tokens.length === 1) {
      const unit = TABLE_UNIT.exec(tokens[0].text);
      if (unit && unitOf(unit[1])) {
        this.tableUnit = unitOf(unit[1]);
        return;
      }
    }
    // 指 标: a header cell with spaces inside is one cell.
    const joined = tokens.map((t) => t.text).join('');
    if (tokens.length > 1 && LABEL_HEADER.test(joined)) tokens = [{ ...tokens[0], end: tokens[tokens.length - 1].end, text: joined }];
    // Header cells may stand on one line or one per line (2023年 / 较上年增长(%)).
    if (tokens.every((t) => headerColumn(t) !== null)) {
      this.flushRow();
      this.headerTokens.push(...tokens);
      const columns = readHeader(this.headerTokens);
      if (columns) this.columns = columns;
      return;
    }
    this.headerTokens = [];
    if (!this.columns) return;
    for (const token of tokens) {
      const unit = unitOf(token.text);
      if (BARE_NUMBER.test(token.text) || NUMBER_WITH_UNIT.test(token.text)) {
        if (!this.row) this.row = { label: null, unit: null, values: [] };
        this.row.values.push(token);
      } else if (unit && this.columns.some((c) => c.unitColumn) && this.row && !this.row.values.length) {
        this.row.unit = unit;
      } else {
        // A label cell starts a row; words after a label continue it (其中: 夏粮产量).
        if (this.row && !this.row.values.length && this.row.label) this.row.label = { start: this.row.label.start, end: token.end };
        else {
          this.flushRow();
          this.row = { label: { start: token.start, end: token.end }, unit: null, values: [] };
        }
      }
    }
  }

  end(): void {
    this.flushRow();
    this.columns = null;
    this.headerTokens = [];
    this.tableUnit = null;
  }

  private flushRow(): void {
    const { row, columns } = this;
    this.row = null;
    if (!row || !columns) return;
    const valueColumns = columns.filter((c) => !c.unitColumn);
    if (row.values.length > valueColumns.length) return;
    // A row that lost a cell (二、油料总产量 4543 1.32 under 单位 2023年 增长) keeps its last ones: right-aligned.
    const offset = valueColumns.length - row.values.length;
    row.values.forEach((token, k) => {
      const column = valueColumns[offset + k];
      if (!BARE_NUMBER.test(token.text)) {
        this.out.push({ ...cellFigure({ ...token, text: '0' }, column, null, row.label), scanned: true });
        return;
      }
      const rowUnit = row.unit ?? this.tableUnit;
      if (column.unit === null && !rowUnit && !columns.some((c) => c.unitColumn)) return;
      this.out.push(cellFigure(token, column, rowUnit, row.label));
    });
  }
}

/** Cells between bars: rows end with a bar at the line's end; a row of one cell is a whole column (transposed). */
function readBarTable(text: string, start: number, end: number, out: TableFigure[]): void {
  let columns: Column[] | null = null;
  let tableUnit: { unit: string; magnitude: number } | null = null;
  let transposedColumn = 0;
  let labels: Token[] = [];
  const rowEnds = /\|[ \t]*(?:\n|$)/g;
  rowEnds.lastIndex = start;
  let rowStart = start;
  for (let m = rowEnds.exec(text); m && m.index < end; m = rowEnds.exec(text)) {
    const rowEnd = m.index;
    const cells: Token[] = [];
    let cellStart = rowStart;
    for (let i = rowStart; i <= rowEnd; i++) {
      if (i === rowEnd || text[i] === '|') {
        const raw = text.slice(cellStart, i);
        const lead = raw.length - raw.trimStart().length;
        const trimmed = raw.trim();
        if (trimmed) cells.push({ start: cellStart + lead, end: cellStart + lead + trimmed.length, text: trimmed });
        cellStart = i + 1;
      }
    }
    rowStart = m.index + m[0].length;
    if (!cells.length) continue;
    const caption = cells.length === 1 ? /[(（]\s*([^()（）]{1,8}?)\s*[)）]\s*$/.exec(cells[0].text) : null;
    if (cells.length > 1 && LABEL_HEADER.test(cells[0].text.replace(/\s+/g, ''))) {
      const words = cells.slice(1).map((c) => headerColumn({ ...c, text: c.text.replace(/\s+/g, '') }));
      columns = words.map((w, k) =>
        w && w !== 'label' && w !== 'year'
          ? w
          : { unit: null, magnitude: 1, unitColumn: false, words: CHANGE_OR_SHARE.test(cells[k + 1].text.replace(/\s+/g, '')) ? { start: cells[k + 1].start, end: cells[k + 1].end } : null },
      );
      transposedColumn = 0;
      continue;
    }
    if (!columns) {
      // A caption naming the table's unit: 2024年居民消费价格比上年涨跌幅度(%).
      if (caption && unitOf(caption[1])) tableUnit = unitOf(caption[1]);
      continue;
    }
    const unitOfColumn = (column: Column) => (column.unit === null && tableUnit ? { ...column, unit: tableUnit.unit, magnitude: tableUnit.magnitude } : column);
    if (cells.length === 1) {
      // Transposed: the labels' column, then each value column, one row each.
      const tokens = spaceTokens(text, cells[0].start, cells[0].end);
      if (transposedColumn === 0) labels = tokens;
      else if (transposedColumn <= columns.length) {
        const column = unitOfColumn(columns[transposedColumn - 1]);
        const numbers = tokens.filter((t) => BARE_NUMBER.test(t.text));
        if (column.unit !== null && numbers.length === tokens.length) {
          numbers.forEach((t, k) => out.push(cellFigure(t, column, null, labels[k] ? { start: labels[k].start, end: labels[k].end } : null)));
        }
      }
      transposedColumn++;
      continue;
    }
    const label = { start: cells[0].start, end: cells[0].end };
    cells.slice(1).forEach((cell, k) => {
      if (k >= columns!.length || !BARE_NUMBER.test(cell.text)) return;
      const column = unitOfColumn(columns![k]);
      if (column.unit !== null) out.push(cellFigure(cell, column, null, label));
    });
  }
}

/** Whether a line may belong to a table: short, no sentence punctuation. */
function isTableLine(line: string): boolean {
  return line.length <= LONGEST_TABLE_LINE && !PROSE.test(line);
}

/** The bare figures of the flattened tables in a normalised text, in order. */
export function readTableFigures(text: string): TableFigure[] {
  const out: TableFigure[] = [];
  const spaced = new SpacedTable(out);
  let barStart = -1;
  let start = 0;
  while (start <= text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    const line = text.slice(start, end);
    const barsOnly = BARS_ONLY.test(line);
    const hasBar = !barsOnly && line.includes('|');
    if (hasBar && barStart < 0) barStart = start;
    if (barStart >= 0 && !hasBar && !isTableLine(line)) {
      readBarTable(text, barStart, start, out);
      barStart = -1;
    }
    if (!line.trim() || barsOnly) {
      // Blank lines stand between the cells of a one-cell-per-line table.
    } else if (hasBar || !isTableLine(line)) {
      spaced.end();
    } else {
      spaced.line(spaceTokens(text, start, end));
    }
    start = end + 1;
  }
  spaced.end();
  if (barStart >= 0) readBarTable(text, barStart, text.length, out);
  return out.sort((a, b) => a.start - b.start);
}

export const isTableFigure = (figure: Figure): figure is TableFigure => 'metric' in figure;

/** The scanned figures and the bare figures of tables, in order; a cell the scanner read stays the scanner's. */
export function withTableFigures(scanned: Figure[], cells: TableFigure[]): Figure[] {
  if (!cells.length) return scanned;
  const merged: Figure[] = [];
  let s = 0;
  for (const cell of cells) {
    while (s < scanned.length && scanned[s].end <= cell.start) merged.push(scanned[s++]);
    if (s < scanned.length && scanned[s].start < cell.end) {
      // A cell with its own unit (162817吨) is the scanner's figure, measuring the row's label.
      if (cell.scanned && scanned[s].start === cell.start) merged.push({ ...scanned[s++], metric: cell.metric } as TableFigure);
      continue;
    }
    if (!cell.scanned) merged.push(cell);
  }
  while (s < scanned.length) merged.push(scanned[s++]);
  return merged;
}
