/**
 * A small .xlsx (Office Open XML workbook) writer: named sheets of typed columns, a frozen and
 * filterable header row, column widths, web links as hyperlinks, dates as dates. The zip is
 * fflate's (8 kB); the few XML parts are written here (lib/export/xlsx-parts.ts).
 *
 * It streams: rows go out compressed as they are added, so the command line's memory does not
 * grow with the number of rows, and the extension gets its file from the same code in one piece.
 *
 * Safe against formula injection by construction: text is written as inline strings, which a
 * spreadsheet shows and never evaluates; no cell is ever a formula.
 */

import { Zip, ZipDeflate, ZipPassThrough, strToU8, type ZipInputFile } from 'fflate';
import {
  CONTENT_TYPES,
  ROOT_RELS,
  STYLES,
  STYLE,
  cellRef,
  cellText,
  columnLetters,
  sheetHead,
  sheetRels,
  sheetTail,
  workbookRels,
  workbookXml,
  type SheetEntry,
} from './xlsx-parts';

export type XlsxColumnType = 'text' | 'number' | 'link' | 'datetime';

export interface XlsxColumn {
  header: string;
  type: XlsxColumnType;
  /** Width in characters of the default font. */
  width: number;
  /** What a link column's cells show over their hyperlink (打开原文); the address itself when absent. */
  linkText?: string;
}

/** Text, a number (milliseconds since the epoch in a datetime column), or an empty cell. */
export type XlsxValue = string | number | null | undefined;

/** Rows a sheet may hold, the header included (Excel's limit); more go on a continuation sheet. */
export const XLSX_MAX_ROWS = 1_048_576;
/** Hyperlinks Excel accepts in one sheet; later links stay as plain text. */
export const XLSX_MAX_LINKS = 65_530;
/** Characters a cell may hold; longer text is cut, with … at its end. */
export const XLSX_MAX_CELL_CHARS = 32_767;
/** Excel refuses longer link targets. */
const MAX_LINK_CHARS = 2_079;

/** Compressed a piece at a time: fflate works best on pieces of some tens of kilobytes. */
const FLUSH_CHARS = 64 * 1024;

/**
 * Raw DEFLATE of one piece of a file; `final` on the last piece ends the stream. Pieces are
 * compressed one after another into one stream, so a function may compress each on its own
 * (flushed, not finished) as Node's zlib does.
 */
export type DeflatePiece = (piece: Uint8Array, final: boolean) => Uint8Array;

export interface XlsxWriterOptions {
  /** Compression to use instead of fflate's, e.g. Node's zlib on the command line (several times faster). */
  deflate?: DeflatePiece;
  /** Rows per sheet, the header included; a test lowers it to see the continuation sheet. */
  maxRows?: number;
  /** Minutes to add to UTC for local time, as Date.getTimezoneOffset() gives them (sign reversed). */
  timeZoneOffset?: (date: Date) => number;
}

interface OpenSheet {
  entry: SheetEntry;
  /** The name asked for, which a continuation sheet numbers on from. */
  wanted: string;
  columns: readonly XlsxColumn[];
  file: ZipInputFile & { push(chunk: Uint8Array, final?: boolean): void };
  rows: number;
  links: string[];
  linkRefs: string[];
  buffer: string;
}

/**
 * Writes a workbook to `emit` as it grows. Call addSheet, then addRow for each row, again for
 * each sheet, and finish() once; every byte has been emitted when finish() returns.
 */
export class XlsxWriter {
  private readonly zip: Zip;
  private readonly sheets: SheetEntry[] = [];
  private readonly names = new Set<string>();
  private sheet: OpenSheet | null = null;
  private readonly maxRows: number;
  private readonly timeZoneOffset: (date: Date) => number;
  private readonly deflate: DeflatePiece | undefined;
  private error: Error | null = null;
  private finished = false;

  constructor(emit: (chunk: Uint8Array) => void, options: XlsxWriterOptions = {}) {
    this.maxRows = options.maxRows ?? XLSX_MAX_ROWS;
    this.timeZoneOffset = options.timeZoneOffset ?? ((d) => d.getTimezoneOffset());
    this.deflate = options.deflate;
    this.zip = new Zip((error, chunk) => {
      if (error) this.error = error;
      else emit(chunk);
    });
  }

  /** Ends the sheet being written, if any, and starts a new one with these columns. */
  addSheet(name: string, columns: readonly XlsxColumn[]): void {
    this.endSheet();
    this.openSheet(name, columns);
  }

  addRow(values: readonly XlsxValue[]): void {
    let sheet = this.sheet;
    if (!sheet) throw new Error('XlsxWriter: addRow before addSheet');
    if (sheet.rows >= this.maxRows) {
      this.endSheet();
      sheet = this.openSheet(sheet.wanted, sheet.columns);
    }
    const r = ++sheet.rows;
    let xml = `<row r="${r}">`;
    for (let c = 0; c < sheet.columns.length; c++) xml += this.cell(sheet, c, r, values[c]);
    sheet.buffer += xml + '</row>';
    if (sheet.buffer.length >= FLUSH_CHARS) this.flush(sheet, false);
  }

  finish(): void {
    if (this.finished) return;
    if (!this.sheet && !this.sheets.length) this.addSheet('Sheet1', []);
    this.endSheet();
    this.finished = true;
    this.addPart('xl/workbook.xml', workbookXml(this.sheets));
    this.addPart('xl/_rels/workbook.xml.rels', workbookRels(this.sheets.length));
    this.addPart('xl/styles.xml', STYLES);
    this.addPart('_rels/.rels', ROOT_RELS);
    this.addPart('[Content_Types].xml', CONTENT_TYPES(this.sheets.length));
    this.zip.end();
    this.check();
  }

  private openSheet(wanted: string, columns: readonly XlsxColumn[]): OpenSheet {
    const index = this.sheets.length + 1;
    const entry: SheetEntry = { name: this.uniqueName(wanted), path: `xl/worksheets/sheet${index}.xml`, rows: 1, columns: columns.length };
    this.sheets.push(entry);
    const file = this.zipEntry(entry.path);
    let header = '<row r="1">';
    columns.forEach((column, c) => (header += textCell(cellRef(c, 1), column.header, STYLE.header)));
    const sheet: OpenSheet = {
      entry,
      wanted,
      columns,
      file,
      rows: 1,
      links: [],
      linkRefs: [],
      buffer: sheetHead(columns.map((c) => c.width), index === 1) + header + '</row>',
    };
    this.sheet = sheet;
    return sheet;
  }

  private endSheet(): void {
    const sheet = this.sheet;
    if (!sheet) return;
    this.sheet = null;
    sheet.entry.rows = sheet.rows;
    const filter = sheet.columns.length ? `A1:${columnLetters(sheet.columns.length - 1)}${sheet.rows}` : null;
    sheet.buffer += sheetTail(filter, sheet.linkRefs);
    this.flush(sheet, true);
    if (sheet.links.length) this.addPart(sheet.entry.path.replace('worksheets/', 'worksheets/_rels/') + '.rels', sheetRels(sheet.links));
  }

  private cell(sheet: OpenSheet, c: number, r: number, value: XlsxValue): string {
    if (value === null || value === undefined || value === '') return '';
    const ref = cellRef(c, r);
    const type = sheet.columns[c]!.type;
    if (typeof value === 'number') {
      if (!Number.isFinite(value)) return '';
      if (type === 'datetime') {
        const serial = this.dateSerial(value);
        return serial === null ? '' : `<c r="${ref}" s="${STYLE.dateTime}"><v>${serial}</v></c>`;
      }
      return `<c r="${ref}"><v>${value}</v></c>`;
    }
    if (type === 'link' && isWebLink(value) && sheet.links.length < XLSX_MAX_LINKS) {
      sheet.links.push(value);
      sheet.linkRefs.push(ref);
      return textCell(ref, sheet.columns[c]!.linkText ?? value, STYLE.link);
    }
    return textCell(ref, value, STYLE.normal);
  }

  /** Excel's serial date of local time: days since 1899-12-30, the time as a fraction of a day. */
  private dateSerial(ms: number): number | null {
    const date = new Date(ms);
    if (Number.isNaN(date.getTime())) return null;
    const serial = (ms - this.timeZoneOffset(date) * 60_000) / 86_400_000 + 25_569;
    // Excel's calendar runs from 1900 to 9999.
    return serial >= 1 && serial < 2_958_466 ? serial : null;
  }

  private flush(sheet: OpenSheet, final: boolean): void {
    sheet.file.push(strToU8(sheet.buffer), final);
    sheet.buffer = '';
    this.check();
  }

  private addPart(path: string, xml: string): void {
    this.zipEntry(path).push(strToU8(xml), true);
    this.check();
  }

  private zipEntry(path: string): OpenSheet['file'] {
    const file = this.deflate ? new ZipDeflateWith(path, this.deflate) : new ZipDeflate(path, { level: 3 });
    this.zip.add(file);
    return file;
  }

  private check(): void {
    if (this.error) throw this.error;
  }

  /** Excel's rules for sheet names: at most 31 characters, none of []:*?/\, unique whatever the case. */
  private uniqueName(wanted: string): string {
    // eslint-disable-next-line no-control-regex -- control characters are refused in sheet names
    const base = wanted.replace(/[[\]:*?/\\\u0000-\u001f]/g, ' ').replace(/^'+|'+$/g, '').trim().slice(0, 31) || `Sheet${this.sheets.length + 1}`;
    let name = base;
    for (let n = 2; this.names.has(name.toLowerCase()) || name.toLowerCase() === 'history'; n++) {
      const suffix = ` (${n})`;
      name = base.slice(0, 31 - suffix.length) + suffix;
    }
    this.names.add(name.toLowerCase());
    return name;
  }
}

/** A zip entry compressed by the caller's DEFLATE; fflate's pass-through keeps its size and CRC. */
class ZipDeflateWith extends ZipPassThrough {
  constructor(
    filename: string,
    private readonly deflatePiece: DeflatePiece,
  ) {
    super(filename);
    this.compression = 8;
  }

  protected override process(chunk: Uint8Array<ArrayBuffer>, final: boolean): void {
    this.ondata(null, this.deflatePiece(chunk, final) as Uint8Array<ArrayBuffer>, final);
  }
}

function textCell(ref: string, text: string, style: number): string {
  const clipped = text.length > XLSX_MAX_CELL_CHARS ? text.slice(0, XLSX_MAX_CELL_CHARS - 1) + '…' : text;
  const s = style ? ` s="${style}"` : '';
  return `<c r="${ref}"${s} t="inlineStr"><is><t xml:space="preserve">${cellText(clipped)}</t></is></c>`;
}

/** Only web addresses become hyperlinks: a javascript: or file: link stays text. */
function isWebLink(text: string): boolean {
  return text.length <= MAX_LINK_CHARS && /^https?:\/\/[^\s]+$/i.test(text);
}

/** A whole workbook in memory, for a download: the same writer, its pieces joined. */
export function xlsxWorkbook(
  sheets: Iterable<{ name: string; columns: readonly XlsxColumn[]; rows: Iterable<readonly XlsxValue[]> }>,
  options: XlsxWriterOptions = {},
): Uint8Array {
  const chunks: Uint8Array[] = [];
  const writer = new XlsxWriter((chunk) => chunks.push(chunk), options);
  for (const sheet of sheets) {
    writer.addSheet(sheet.name, sheet.columns);
    for (const row of sheet.rows) writer.addRow(row);
  }
  writer.finish();
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return out;
}
