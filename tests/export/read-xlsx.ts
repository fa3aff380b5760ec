/**
 * Reads an .xlsx back for the tests, as a spreadsheet would: unzips it (fflate) and parses each
 * part with a strict XML parser (@xmldom/xmldom), so a part that is not well-formed XML fails.
 */

import { DOMParser, type Document, type Element } from '@xmldom/xmldom';
import { strFromU8, unzipSync } from 'fflate';

export interface ReadCell {
  /** The t attribute: absent for a number, inlineStr for our text. */
  type: string | null;
  /** A number for a number cell, else the text. */
  value: number | string;
  style: number;
  hasFormula: boolean;
}

export interface ReadSheet {
  name: string;
  cells: Map<string, ReadCell>;
  /** Rows of values, by row number then column letter order; empty cells are undefined. */
  rows: (number | string | undefined)[][];
  frozen: { ySplit: string | null; state: string | null; topLeftCell: string | null } | null;
  widths: number[];
  links: Map<string, string>;
  autoFilter: string | null;
}

export interface ReadWorkbook {
  files: string[];
  sheets: ReadSheet[];
  /** formatCode of each cellXfs index. */
  formats: string[];
  xml: Record<string, string>;
}

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

function parse(xml: string, name: string): Document {
  return new DOMParser({
    onError: (level, message) => {
      if (level !== 'warning') throw new Error(`${name}: ${message}`);
    },
  }).parseFromString(xml, 'text/xml');
}

const all = (node: Document | Element, tag: string): Element[] => Array.from(node.getElementsByTagNameNS(MAIN, tag));
const first = (node: Document | Element, tag: string): Element | null => all(node, tag)[0] ?? null;

/** Excel reads _xHHHH_ in cell text as the character HHHH. */
const excelUnescape = (text: string): string => text.replace(/_x([0-9A-Fa-f]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));

function columnIndex(ref: string): number {
  const letters = /^[A-Z]+/.exec(ref)![0];
  let n = 0;
  for (const ch of letters) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

export function readXlsx(bytes: Uint8Array): ReadWorkbook {
  const zip = unzipSync(bytes);
  const xml: Record<string, string> = {};
  const docs: Record<string, Document> = {};
  for (const [path, data] of Object.entries(zip)) {
    xml[path] = strFromU8(data);
    docs[path] = parse(xml[path]!, path);
  }
  const rels = (path: string): Map<string, string> => {
    const doc = docs[path];
    const map = new Map<string, string>();
    if (doc) for (const r of Array.from(doc.getElementsByTagName('Relationship'))) map.set(r.getAttribute('Id')!, r.getAttribute('Target')!);
    return map;
  };
  const styles = docs['xl/styles.xml']!;
  const numFmts = new Map(all(styles, 'numFmt').map((f) => [f.getAttribute('numFmtId')!, f.getAttribute('formatCode')!]));
  const formats = all(first(styles, 'cellXfs')!, 'xf').map((xf) => numFmts.get(xf.getAttribute('numFmtId')!) ?? 'General');

  const workbookRels = rels('xl/_rels/workbook.xml.rels');
  const sheets = all(docs['xl/workbook.xml']!, 'sheet').map((entry): ReadSheet => {
    const path = 'xl/' + workbookRels.get(entry.getAttributeNS(REL, 'id')!)!;
    const doc = docs[path];
    if (!doc) throw new Error(`missing part ${path}`);
    const cells = new Map<string, ReadCell>();
    const rows: (number | string | undefined)[][] = [];
    for (const row of all(doc, 'row')) {
      const values: (number | string | undefined)[] = [];
      for (const c of all(row, 'c')) {
        const type = c.getAttribute('t');
        const text = type === 'inlineStr' ? excelUnescape(all(c, 't').map((t) => t.textContent).join('')) : (first(c, 'v')?.textContent ?? '');
        const cell: ReadCell = {
          type,
          value: type === null ? Number(text) : text,
          style: Number(c.getAttribute('s') ?? 0),
          hasFormula: first(c, 'f') !== null,
        };
        cells.set(c.getAttribute('r')!, cell);
        values[columnIndex(c.getAttribute('r')!)] = cell.value;
      }
      rows[Number(row.getAttribute('r')) - 1] = values;
    }
    const pane = first(doc, 'pane');
    const sheetRels = rels(path.replace('worksheets/', 'worksheets/_rels/') + '.rels');
    return {
      name: entry.getAttribute('name')!,
      cells,
      rows,
      frozen: pane && { ySplit: pane.getAttribute('ySplit'), state: pane.getAttribute('state'), topLeftCell: pane.getAttribute('topLeftCell') },
      widths: all(doc, 'col').map((c) => Number(c.getAttribute('width'))),
      links: new Map(all(doc, 'hyperlink').map((h) => [h.getAttribute('ref')!, sheetRels.get(h.getAttributeNS(REL, 'id')!)!])),
      autoFilter: first(doc, 'autoFilter')?.getAttribute('ref') ?? null,
    };
  });
  return { files: Object.keys(zip), sheets, formats, xml };
}
