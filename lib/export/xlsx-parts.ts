/**
 * The XML parts of an .xlsx file that lib/export/xlsx.ts writes: the fixed ones (content types,
 * relationships, styles) and the pieces of a sheet. Element order follows the schema (ECMA-376
 * part 1, CT_Worksheet and CT_Workbook): Excel refuses a file whose elements are out of order.
 */

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG_REL = 'http://schemas.openxmlformats.org/package/2006/relationships';
const DECLARATION = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

export interface SheetEntry {
  name: string;
  /** Path inside the zip, xl/worksheets/sheetN.xml. */
  path: string;
  /** Rows written, the header included. */
  rows: number;
  columns: number;
}

/** Indices into STYLES' cellXfs. */
export const STYLE = { normal: 0, header: 1, dateTime: 2, link: 3 } as const;

/** Default font; bold for the header; a date-and-time format; blue underlined for links. */
export const STYLES =
  DECLARATION +
  `<styleSheet xmlns="${MAIN}">` +
  '<numFmts count="1"><numFmt numFmtId="164" formatCode="yyyy-mm-dd hh:mm"/></numFmts>' +
  '<fonts count="3">' +
  '<font><sz val="11"/><name val="Calibri"/><family val="2"/></font>' +
  '<font><b/><sz val="11"/><name val="Calibri"/><family val="2"/></font>' +
  '<font><u/><sz val="11"/><color rgb="FF0563C1"/><name val="Calibri"/><family val="2"/></font>' +
  '</fonts>' +
  '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
  '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
  '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
  '<cellXfs count="4">' +
  '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>' +
  '<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/>' +
  '<xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>' +
  '<xf numFmtId="0" fontId="2" fillId="0" borderId="0" xfId="0" applyFont="1"/>' +
  '</cellXfs>' +
  '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
  '</styleSheet>';

export const ROOT_RELS =
  DECLARATION +
  `<Relationships xmlns="${PKG_REL}">` +
  `<Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/>` +
  '</Relationships>';

export function CONTENT_TYPES(sheets: number): string {
  let overrides = '';
  for (let i = 1; i <= sheets; i++) {
    overrides += `<Override PartName="/xl/worksheets/sheet${i}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`;
  }
  return (
    DECLARATION +
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
    '<Default Extension="xml" ContentType="application/xml"/>' +
    '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
    '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>' +
    overrides +
    '</Types>'
  );
}

/** The sheets in order, and each sheet's filter range (Excel keeps it as a hidden defined name). */
export function workbookXml(sheets: readonly SheetEntry[]): string {
  const list = sheets.map((s, i) => `<sheet name="${xmlAttr(s.name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join('');
  const filters = sheets
    .map((s, i) => (s.columns ? `<definedName name="_xlnm._FilterDatabase" localSheetId="${i}" hidden="1">${xmlText(`'${s.name.replaceAll("'", "''")}'!$A$1:$${columnLetters(s.columns - 1)}$${s.rows}`)}</definedName>` : ''))
    .join('');
  return (
    DECLARATION +
    `<workbook xmlns="${MAIN}" xmlns:r="${REL}">` +
    '<bookViews><workbookView/></bookViews>' +
    `<sheets>${list}</sheets>` +
    (filters ? `<definedNames>${filters}</definedNames>` : '') +
    '</workbook>'
  );
}

export function workbookRels(sheets: number): string {
  let rels = '';
  for (let i = 1; i <= sheets; i++) rels += `<Relationship Id="rId${i}" Type="${REL}/worksheet" Target="worksheets/sheet${i}.xml"/>`;
  rels += `<Relationship Id="rId${sheets + 1}" Type="${REL}/styles" Target="styles.xml"/>`;
  return DECLARATION + `<Relationships xmlns="${PKG_REL}">${rels}</Relationships>`;
}

/** A sheet up to its first row: the header frozen (the pane below row 1), the column widths. */
export function sheetHead(widths: readonly number[], selected: boolean): string {
  const cols = widths.map((w, i) => `<col min="${i + 1}" max="${i + 1}" width="${w}" customWidth="1"/>`).join('');
  return (
    DECLARATION +
    `<worksheet xmlns="${MAIN}" xmlns:r="${REL}">` +
    `<sheetViews><sheetView workbookViewId="0"${selected ? ' tabSelected="1"' : ''}>` +
    '<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>' +
    '<selection pane="bottomLeft" activeCell="A2" sqref="A2"/>' +
    '</sheetView></sheetViews>' +
    '<sheetFormatPr defaultRowHeight="15"/>' +
    (cols ? `<cols>${cols}</cols>` : '') +
    '<sheetData>'
  );
}

/** A sheet after its last row: the header's filter buttons and the hyperlinks (rIdN → the Nth link). */
export function sheetTail(filterRange: string | null, linkRefs: readonly string[]): string {
  const links = linkRefs.map((ref, i) => `<hyperlink ref="${ref}" r:id="rId${i + 1}"/>`).join('');
  return (
    '</sheetData>' +
    (filterRange ? `<autoFilter ref="${filterRange}"/>` : '') +
    (links ? `<hyperlinks>${links}</hyperlinks>` : '') +
    '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>' +
    '</worksheet>'
  );
}

export function sheetRels(links: readonly string[]): string {
  const rels = links.map((url, i) => `<Relationship Id="rId${i + 1}" Type="${REL}/hyperlink" Target="${xmlAttr(url)}" TargetMode="External"/>`).join('');
  return DECLARATION + `<Relationships xmlns="${PKG_REL}">${rels}</Relationships>`;
}

/** 0 → A, 25 → Z, 26 → AA. */
export function columnLetters(index: number): string {
  let letters = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

export const cellRef = (column: number, row: number): string => columnLetters(column) + row;

/** Characters XML 1.0 cannot hold at all (C0 controls but tab and line ends, lone surrogates, U+FFFE/F). */
// eslint-disable-next-line no-control-regex -- control characters are what it finds
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Whether text needs any change at all: most cells need none, and are passed through as they are. */
// eslint-disable-next-line no-control-regex -- control characters are among what it finds
const NEEDS_ESCAPE = /[&<>\r\u0000-\u0008\u000B\u000C\u000E-\u001F\uD800-\uDFFF\uFFFE\uFFFF]|_x/;

/** Text as XML character data: &, < and > escaped, a CR as a reference (a parser would turn it into LF). */
export function xmlText(text: string): string {
  if (!NEEDS_ESCAPE.test(text)) return text;
  return text
    .replace(NOT_XML, '')
    .replace(/[&<>\r]/g, (ch) => (ch === '&' ? '&amp;' : ch === '<' ? '&lt;' : ch === '>' ? '&gt;' : '&#13;'));
}

/**
 * A cell's text. Excel reads _xHHHH_ in cell text as an escaped character, so text that looks like
 * one has its underscore escaped: "_x0041_" stays "_x0041_" rather than becoming "A".
 */
export function cellText(text: string): string {
  if (!NEEDS_ESCAPE.test(text)) return text;
  return xmlText(text).replace(/_(x[0-9A-Fa-f]{4}_)/g, '_x005F_$1');
}

export function xmlAttr(text: string): string {
  return xmlText(text).replace(/"/g, '&quot;').replace(/\n/g, '&#10;').replace(/\t/g, '&#9;');
}
