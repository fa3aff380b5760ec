/**
 * An Excel-safe CSV writer and an RFC 4180 reader.
 *
 * Excel is the spreadsheet most readers will open the export in, so the writer
 * bends towards it: a BOM so it reads the file as UTF-8 (otherwise Chinese text
 * comes out as mojibake), CRLF line ends, and formula-looking text defused.
 */

export type CsvCell = string | number | null | undefined;

const BOM = '\uFEFF';
const CRLF = '\r\n';

/**
 * Excel and LibreOffice start a formula (or DDE call) at these; OWASP "CSV Injection". The
 * full-width and small forms count too: a Chinese input method types ＝ for =, and spreadsheets
 * in East Asian locales fold them to ASCII when they read a cell.
 */
const FORMULA_TRIGGER = /^[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20\uFE66\uFE62\uFE63\u2212]/;

/**
 * What a spreadsheet may skip before it looks for a formula: spaces of any width and the
 * zero-width characters (ZWSP, ZWNJ, ZWJ, word joiner, BOM), which show as nothing and so hide
 * the trigger behind them.
 */
const INVISIBLE_LEAD = /^[\s\u200B-\u200D\u2060\uFEFF\u180E]+/;

/** "-3.5" is data a spreadsheet shows as a number, not a formula, so it needs no defusing. */
const PLAIN_NEGATIVE_NUMBER = /^-(\d+(\.\d*)?|\.\d+)$/;

const NEEDS_QUOTES = /[",\r\n]/;

/** Writes a whole CSV file: BOM, header line, one line per row, each line ended by CRLF. */
export function toCsv(header: readonly CsvCell[], rows: Iterable<readonly CsvCell[]>): string {
  let csv = '';
  for (const line of csvLines(header, rows)) csv += line;
  return csv;
}

/**
 * The same file as {@link toCsv}, a line at a time, so a caller with many rows
 * can write or stream them without building one large string. The first line
 * carries the BOM; every line carries its CRLF.
 */
export function* csvLines(header: readonly CsvCell[], rows: Iterable<readonly CsvCell[]>): Generator<string> {
  yield csvHeaderLine(header);
  for (const row of rows) yield csvLine(row);
}

/** The first line of a file: the BOM, the header, CRLF. */
export function csvHeaderLine(header: readonly CsvCell[]): string {
  return BOM + csvLine(header);
}

/** One record and its CRLF, for a writer that puts a file together from parts. */
export function csvLine(cells: readonly CsvCell[]): string {
  return cells.map(csvField).join(',') + CRLF;
}

function csvField(cell: CsvCell): string {
  if (cell === null || cell === undefined) return '';
  if (typeof cell === 'number') return plainNumber(cell);
  const text = defuseFormula(cell);
  return NEEDS_QUOTES.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** Prefixing a quote makes the spreadsheet show the text as typed instead of running it. */
export function defuseFormula(text: string): string {
  if (PLAIN_NEGATIVE_NUMBER.test(text)) return text;
  // A tab or CR is a trigger itself, so it is looked at before the invisible lead is skipped.
  if (!FORMULA_TRIGGER.test(text) && !FORMULA_TRIGGER.test(text.replace(INVISIBLE_LEAD, ''))) return text;
  return `'${text}`;
}

/**
 * Digits a spreadsheet reads back as the same number. String() switches to
 * exponent form below 1e-6 and from 1e21 on ("1e-7"), which Excel would keep
 * but other readers may take for text, so those are written out in full.
 * NaN and ±Infinity have no cell value and go out empty.
 */
export function plainNumber(n: number): string {
  if (!Number.isFinite(n)) return '';
  const shortest = String(n);
  const match = /^(-?)(\d)(?:\.(\d+))?e([+-]\d+)$/.exec(shortest);
  if (!match) return shortest;
  const [, sign, lead, fraction = '', exponentText] = match;
  const digits = lead! + fraction;
  const exponent = Number(exponentText);
  if (exponent >= 0) return sign! + digits.padEnd(exponent + 1, '0');
  return `${sign}0.${'0'.repeat(-exponent - 1)}${digits}`;
}

/**
 * Reads CSV text into rows of fields (RFC 4180): quoted fields may hold commas,
 * doubled quotes and line breaks; records may end in CRLF, LF or CR; a leading
 * BOM is dropped. A final line break does not make an extra empty row. Fields
 * are returned as written: a defused "'=SUM(A1)" stays "'=SUM(A1)".
 */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let inQuotes = false;
  // Whether the current record has begun, so a trailing line break adds no empty row.
  let recordStarted = false;
  const input = text.startsWith(BOM) ? text.slice(1) : text;

  const endField = () => {
    row.push(field);
    field = '';
  };
  const endRecord = () => {
    endField();
    rows.push(row);
    row = [];
    recordStarted = false;
  };

  for (let i = 0; i < input.length; i++) {
    const ch = input[i]!;
    if (inQuotes) {
      if (ch !== '"') field += ch;
      else if (input[i + 1] === '"') {
        field += '"';
        i++;
      } else inQuotes = false;
      continue;
    }
    if (ch === '"') {
      inQuotes = true;
      recordStarted = true;
    } else if (ch === ',') {
      endField();
      recordStarted = true;
    } else if (ch === '\r' || ch === '\n') {
      if (ch === '\r' && input[i + 1] === '\n') i++;
      endRecord();
    } else {
      field += ch;
      recordStarted = true;
    }
  }
  if (recordStarted) endRecord();
  return rows;
}
