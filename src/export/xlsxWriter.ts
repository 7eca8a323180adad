import { strToU8, zipSync } from 'fflate';
import { escapeMarkup } from '../figure/escapeMarkup';

/** A cell: text, a number, a yes/no, a link, or nothing. */
export type SheetValue = string | number | boolean | { text: string; href: string } | null;

export interface SheetCell {
  value: SheetValue;
  /** A background, as ARGB hex (`FFFFF2CC`). */
  fill?: string;
  /** A note on the cell, shown when the pointer rests on it. */
  note?: string;
}

export interface Sheet {
  name: string;
  /** The first row is the header: bold, and frozen above the rest. */
  rows: readonly (readonly (SheetValue | SheetCell)[])[];
  /** Column widths, in characters. */
  widths: readonly number[];
}

export interface WorkbookProperties {
  title: string;
  subject: string;
  creator: string;
  keywords: string;
  /** `YYYY-MM-DD`. */
  created: string;
}

const NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG_REL = 'http://schemas.openxmlformats.org/package/2006/relationships';
const XML = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

/** XML 1.0 allows no control characters but tab and the line ends. */
const allowed = (ch: string) => ch >= ' ' || ch === '\t' || ch === '\n' || ch === '\r';
const esc = (text: string) => escapeMarkup(Array.from(text).filter(allowed).join(''));

/** `A`, `B`, … `Z`, `AA`: a column's letters from its index (0-based). */
export function columnName(index: number): string {
  let n = index + 1;
  let out = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    out = String.fromCharCode(65 + rem) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

function asCell(c: SheetValue | SheetCell): SheetCell {
  return c !== null && typeof c === 'object' && 'value' in c ? c : { value: c };
}

/** Shared strings: each text once, by index. */
class Strings {
  readonly list: string[] = [];
  private readonly index = new Map<string, number>();
  of(text: string): number {
    let i = this.index.get(text);
    if (i === undefined) {
      i = this.list.length;
      this.list.push(text);
      this.index.set(text, i);
    }
    return i;
  }
  xml(): string {
    const items = this.list.map((s) => `<si><t xml:space="preserve">${esc(s)}</t></si>`).join('');
    return `${XML}<sst xmlns="${NS}" count="${String(this.list.length)}" uniqueCount="${String(this.list.length)}">${items}</sst>`;
  }
}

/** Cell formats: 0 plain, 1 bold (headers), 2 a link, then one per fill colour. */
class Styles {
  readonly fills: string[] = [];
  of(cell: SheetCell, header: boolean): number {
    if (header) return 1;
    if (cell.fill) {
      let i = this.fills.indexOf(cell.fill);
      if (i < 0) i = this.fills.push(cell.fill) - 1;
      return 3 + i;
    }
    return typeof cell.value === 'object' && cell.value !== null ? 2 : 0;
  }
  xml(): string {
    const fills = [
      '<fill><patternFill patternType="none"/></fill>',
      '<fill><patternFill patternType="gray125"/></fill>',
      ...this.fills.map(
        (argb) =>
          `<fill><patternFill patternType="solid"><fgColor rgb="${argb}"/><bgColor indexed="64"/></patternFill></fill>`,
      ),
    ];
    const xfs = [
      '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>',
      '<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/>',
      '<xf numFmtId="0" fontId="2" fillId="0" borderId="0" xfId="0" applyFont="1"/>',
      ...this.fills.map(
        (_, i) =>
          `<xf numFmtId="0" fontId="0" fillId="${String(i + 2)}" borderId="0" xfId="0" applyFill="1"/>`,
      ),
    ];
    return (
      `${XML}<styleSheet xmlns="${NS}">` +
      '<fonts count="3"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font>' +
      '<font><b/><sz val="11"/><name val="Calibri"/><family val="2"/></font>' +
      '<font><u/><sz val="11"/><color rgb="FF0563C1"/><name val="Calibri"/><family val="2"/></font></fonts>' +
      `<fills count="${String(fills.length)}">${fills.join('')}</fills>` +
      '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
      '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
      `<cellXfs count="${String(xfs.length)}">${xfs.join('')}</cellXfs>` +
      '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
      '</styleSheet>'
    );
  }
}

interface SheetParts {
  xml: string;
  links: { ref: string; url: string }[];
  notes: { ref: string; row: number; col: number; text: string }[];
}

function cellXml(ref: string, cell: SheetCell, style: number, strings: Strings): string {
  const s = style === 0 ? '' : ` s="${String(style)}"`;
  const v = cell.value;
  if (v === null || v === '') return style === 0 ? '' : `<c r="${ref}"${s}/>`;
  if (typeof v === 'number') return `<c r="${ref}"${s}><v>${String(v)}</v></c>`;
  if (typeof v === 'boolean') return `<c r="${ref}"${s} t="b"><v>${v ? 1 : 0}</v></c>`;
  const text = typeof v === 'string' ? v : v.text;
  return `<c r="${ref}"${s} t="s"><v>${String(strings.of(text))}</v></c>`;
}

function sheetParts(sheet: Sheet, strings: Strings, styles: Styles): SheetParts {
  const links: SheetParts['links'] = [];
  const notes: SheetParts['notes'] = [];
  const rows = sheet.rows.map((row, r) => {
    const cells = row.map((raw, c) => {
      const cell = asCell(raw);
      const ref = `${columnName(c)}${String(r + 1)}`;
      if (typeof cell.value === 'object' && cell.value !== null) {
        links.push({ ref, url: cell.value.href });
      }
      if (cell.note) notes.push({ ref, row: r, col: c, text: cell.note });
      return cellXml(ref, cell, styles.of(cell, r === 0), strings);
    });
    return `<row r="${String(r + 1)}">${cells.join('')}</row>`;
  });
  const cols = sheet.widths
    .map(
      (w, i) =>
        `<col min="${String(i + 1)}" max="${String(i + 1)}" width="${String(w)}" customWidth="1"/>`,
    )
    .join('');
  const linkXml = links.length
    ? `<hyperlinks>${links.map((l, i) => `<hyperlink ref="${l.ref}" r:id="rIdLink${String(i + 1)}"/>`).join('')}</hyperlinks>`
    : '';
  const xml =
    `${XML}<worksheet xmlns="${NS}" xmlns:r="${REL}">` +
    '<sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>' +
    '<selection pane="bottomLeft" activeCell="A2" sqref="A2"/></sheetView></sheetViews>' +
    '<sheetFormatPr defaultRowHeight="15"/>' +
    (cols ? `<cols>${cols}</cols>` : '') +
    `<sheetData>${rows.join('')}</sheetData>` +
    linkXml +
    '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>' +
    (notes.length ? '<legacyDrawing r:id="rIdVml"/>' : '') +
    '</worksheet>';
  return { xml, links, notes };
}

function commentsXml(notes: SheetParts['notes']): string {
  const list = notes
    .map(
      (n) =>
        `<comment ref="${n.ref}" authorId="0"><text><r><t xml:space="preserve">${esc(n.text)}</t></r></text></comment>`,
    )
    .join('');
  return `${XML}<comments xmlns="${NS}"><authors><author></author></authors><commentList>${list}</commentList></comments>`;
}

/** The legacy drawing Excel needs to show a note's box. */
function vmlXml(notes: SheetParts['notes']): string {
  const shapes = notes
    .map(
      (n, i) =>
        `<v:shape id="_x0000_s${String(1025 + i)}" type="#_x0000_t202" style="position:absolute;margin-left:80pt;margin-top:2pt;width:108pt;height:40pt;z-index:${String(i + 1)};visibility:hidden" fillcolor="#ffffe1" o:insetmode="auto">` +
        '<v:fill color2="#ffffe1"/><v:shadow on="t" color="black" obscured="t"/><v:path o:connecttype="none"/>' +
        '<v:textbox style="mso-direction-alt:auto"><div style="text-align:left"></div></v:textbox>' +
        `<x:ClientData ObjectType="Note"><x:MoveWithCells/><x:SizeWithCells/><x:AutoFill>False</x:AutoFill>` +
        `<x:Row>${String(n.row)}</x:Row><x:Column>${String(n.col)}</x:Column></x:ClientData></v:shape>`,
    )
    .join('');
  return (
    '<xml xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel">' +
    '<o:shapelayout v:ext="edit"><o:idmap v:ext="edit" data="1"/></o:shapelayout>' +
    '<v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe">' +
    '<v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>' +
    `${shapes}</xml>`
  );
}

function sheetRels(parts: SheetParts, n: number): string | null {
  const rels = parts.links.map(
    (l, i) =>
      `<Relationship Id="rIdLink${String(i + 1)}" Type="${REL}/hyperlink" Target="${esc(l.url)}" TargetMode="External"/>`,
  );
  if (parts.notes.length) {
    rels.push(
      `<Relationship Id="rIdComments" Type="${REL}/comments" Target="../comments${String(n)}.xml"/>`,
      `<Relationship Id="rIdVml" Type="${REL}/vmlDrawing" Target="../drawings/vmlDrawing${String(n)}.vml"/>`,
    );
  }
  return rels.length
    ? `${XML}<Relationships xmlns="${PKG_REL}">${rels.join('')}</Relationships>`
    : null;
}

function documentParts(sheets: readonly Sheet[], props: WorkbookProperties) {
  const when = `${props.created}T00:00:00Z`;
  const core =
    `${XML}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" ` +
    'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" ' +
    'xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
    `<dc:title>${esc(props.title)}</dc:title><dc:subject>${esc(props.subject)}</dc:subject>` +
    `<dc:creator>${esc(props.creator)}</dc:creator><cp:keywords>${esc(props.keywords)}</cp:keywords>` +
    `<dcterms:created xsi:type="dcterms:W3CDTF">${when}</dcterms:created>` +
    `<dcterms:modified xsi:type="dcterms:W3CDTF">${when}</dcterms:modified></cp:coreProperties>`;
  const app =
    `${XML}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties">` +
    `<Application>${esc(props.creator)}</Application></Properties>`;
  const workbook =
    `${XML}<workbook xmlns="${NS}" xmlns:r="${REL}"><bookViews><workbookView/></bookViews><sheets>` +
    sheets
      .map(
        (s, i) =>
          `<sheet name="${esc(s.name)}" sheetId="${String(i + 1)}" r:id="rId${String(i + 1)}"/>`,
      )
      .join('') +
    '</sheets></workbook>';
  const n = sheets.length;
  const workbookRels =
    `${XML}<Relationships xmlns="${PKG_REL}">` +
    sheets
      .map(
        (_, i) =>
          `<Relationship Id="rId${String(i + 1)}" Type="${REL}/worksheet" Target="worksheets/sheet${String(i + 1)}.xml"/>`,
      )
      .join('') +
    `<Relationship Id="rId${String(n + 1)}" Type="${REL}/styles" Target="styles.xml"/>` +
    `<Relationship Id="rId${String(n + 2)}" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/>` +
    '</Relationships>';
  const rootRels =
    `${XML}<Relationships xmlns="${PKG_REL}">` +
    `<Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/>` +
    '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>' +
    `<Relationship Id="rId3" Type="${REL}/extended-properties" Target="docProps/app.xml"/>` +
    '</Relationships>';
  return { core, app, workbook, workbookRels, rootRels };
}

function contentTypes(sheets: readonly Sheet[], withNotes: readonly boolean[]): string {
  const ml = 'application/vnd.openxmlformats-officedocument.spreadsheetml';
  const overrides = [
    `<Override PartName="/xl/workbook.xml" ContentType="${ml}.sheet.main+xml"/>`,
    `<Override PartName="/xl/styles.xml" ContentType="${ml}.styles+xml"/>`,
    `<Override PartName="/xl/sharedStrings.xml" ContentType="${ml}.sharedStrings+xml"/>`,
    '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>',
    '<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>',
    ...sheets.flatMap((_, i) => [
      `<Override PartName="/xl/worksheets/sheet${String(i + 1)}.xml" ContentType="${ml}.worksheet+xml"/>`,
      ...(withNotes[i]
        ? [
            `<Override PartName="/xl/comments${String(i + 1)}.xml" ContentType="${ml}.comments+xml"/>`,
          ]
        : []),
    ]),
  ];
  return (
    `${XML}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
    '<Default Extension="xml" ContentType="application/xml"/>' +
    '<Default Extension="vml" ContentType="application/vnd.openxmlformats-officedocument.vmlDrawing"/>' +
    `${overrides.join('')}</Types>`
  );
}

/**
 * An Excel workbook (Office Open XML) of plain sheets: shared strings, typed numbers and yes/no
 * values, a bold frozen header, column widths, cell fills, notes and links. What the data
 * files need and no more, so the site carries no spreadsheet library.
 */
export function writeWorkbook(
  sheets: readonly Sheet[],
  props: WorkbookProperties,
): Uint8Array<ArrayBuffer> {
  const strings = new Strings();
  const styles = new Styles();
  const parts = sheets.map((s) => sheetParts(s, strings, styles));
  const doc = documentParts(sheets, props);
  const files: Record<string, Uint8Array> = {
    '[Content_Types].xml': strToU8(
      contentTypes(
        sheets,
        parts.map((p) => p.notes.length > 0),
      ),
    ),
    '_rels/.rels': strToU8(doc.rootRels),
    'docProps/core.xml': strToU8(doc.core),
    'docProps/app.xml': strToU8(doc.app),
    'xl/workbook.xml': strToU8(doc.workbook),
    'xl/_rels/workbook.xml.rels': strToU8(doc.workbookRels),
    'xl/styles.xml': strToU8(styles.xml()),
    'xl/sharedStrings.xml': strToU8(strings.xml()),
  };
  parts.forEach((p, i) => {
    const n = i + 1;
    files[`xl/worksheets/sheet${String(n)}.xml`] = strToU8(p.xml);
    const rels = sheetRels(p, n);
    if (rels) files[`xl/worksheets/_rels/sheet${String(n)}.xml.rels`] = strToU8(rels);
    if (p.notes.length) {
      files[`xl/comments${String(n)}.xml`] = strToU8(commentsXml(p.notes));
      files[`xl/drawings/vmlDrawing${String(n)}.vml`] = strToU8(vmlXml(p.notes));
    }
  });
  const out = zipSync(files, { level: 6, mtime: new Date(`${props.created}T00:00:00Z`) });
  return new Uint8Array(out);
}
