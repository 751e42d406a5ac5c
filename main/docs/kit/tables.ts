/** Fixed-width tables: the bordered lists (with their fast path), label/value lines, photo grids, blocks kept on one page. */
import { AlignmentType, Paragraph, Table, TableCell, TableLayoutType, TableRow, TextRun, VerticalAlign, WidthType, type ParagraphChild } from 'docx';
import type { Deferred, DocContext } from './context';
import { runOptions } from './runs';
import type { Cell, Column } from './units';
import { BODY_SIZE, CELL_BORDERS, GRID_BORDERS, NONE, NO_BORDERS, SMALL_SIZE, STYLE, mm } from './units';
import type { Links, PhotoParagraph } from './xml';
import {
  BORDER_XML,
  CLOSING_END,
  CLOSING_SLOT,
  EMPTY_PARAGRAPH,
  NO_BORDER_XML,
  TC_BORDERS,
  TC_MAR,
  XmlTable,
  cellXml,
  imageXml,
  runXml,
  xmlText,
} from './xml';

/**
 * Blocks that must share a page — the last lines of a body and the signature
 * under them: one borderless table of one row that may not split, which both
 * Word and LibreOffice move to the next page whole (keep-with-next across a
 * table is ignored by LibreOffice).
 */
export function keepTogether(ctx: DocContext, children: Array<Paragraph | Table>): Table {
  const width = mm(ctx.textWidthMm);
  return new Table({
    layout: TableLayoutType.FIXED,
    width: { size: width, type: WidthType.DXA },
    columnWidths: [width],
    borders: NO_BORDERS,
    rows: [
      new TableRow({
        cantSplit: true,
        children: [
          new TableCell({
            width: { size: width, type: WidthType.DXA },
            borders: NO_BORDERS,
            margins: { top: 0, bottom: 0, left: 0, right: 0 },
            // A cell must end with a paragraph (a nested table may not be last).
            children: children[children.length - 1] instanceof Table ? [...children, new Paragraph({ spacing: { after: 0 }, children: [] })] : children,
          }),
        ],
      }),
    ],
  });
}

export const ALIGN = { left: AlignmentType.LEFT, center: AlignmentType.CENTER, right: AlignmentType.RIGHT } as const;

export function cellParagraphs(cell: Cell, align: 'left' | 'center' | 'right', size: number, bold = false): Paragraph[] {
  if (typeof cell === 'string') {
    return cell.split('\n').map((line) => new Paragraph({ style: STYLE.table, alignment: ALIGN[align], children: [new TextRun({ text: line, size, bold })] }));
  }
  if (cell.length > 0 && cell[0] instanceof Paragraph) return cell as Paragraph[];
  return [new Paragraph({ style: STYLE.table, alignment: ALIGN[align], children: cell as ParagraphChild[] })];
}

/**
 * Keep a paragraph between two tables: Word and LibreOffice merge adjacent
 * tables into one (the second would inherit the first's repeating header).
 *
 * A bordered table with fixed column widths in DXA and a header row that
 * repeats on every page. Rows never split across pages.
 */
export interface GridOptions {
  size?: number;
  widthMm?: number;
  indentMm?: number;
  header?: boolean;
}

/** Column widths in twips: fixed ones as given, the rest share what is left. */
export function gridWidths(ctx: DocContext, columns: Column[], opts: GridOptions): number[] {
  const total = opts.widthMm ?? ctx.textWidthMm;
  const fixed = columns.reduce((s, c) => s + (c.widthMm ?? 0), 0);
  const flexible = columns.filter((c) => c.widthMm === undefined).length;
  return columns.map((c) => mm(c.widthMm ?? Math.max(15, (total - fixed) / Math.max(1, flexible))));
}

export function gridTable(ctx: DocContext, columns: Column[], rows: Cell[][], opts: GridOptions = {}): Table {
  const widths = gridWidths(ctx, columns, opts);
  const size = opts.size ?? SMALL_SIZE;
  if (!ctx.plain) {
    const xml = gridTableXml(ctx.deferred.links, columns, widths, rows, size, opts.indentMm ? mm(opts.indentMm) : 0, opts.header ?? true);
    if (xml !== null) return new XmlTable(ctx, xml);
  }
  return gridTableDocx(columns, widths, rows, size, opts);
}

/** gridTable the docx way (and the way of tables whose cells hold more than runs); `extra` rows go last. */
export function gridTableDocx(columns: Column[], widths: number[], rows: Cell[][], size: number, opts: GridOptions, extra: TableRow[] = []): Table {
  const margins = { top: 40, bottom: 40, left: 80, right: 80 };
  const header = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: columns.map(
      (c, i) =>
        new TableCell({
          width: { size: widths[i] ?? 0, type: WidthType.DXA },
          verticalAlign: VerticalAlign.CENTER,
          shading: { fill: 'E7E6E6' },
          borders: CELL_BORDERS,
          margins,
          children: cellParagraphs(c.header, 'center', size, true),
        }),
    ),
  });
  const body = rows.map(
    (r) =>
      new TableRow({
        cantSplit: true,
        children: columns.map(
          (c, i) =>
            new TableCell({
              width: { size: widths[i] ?? 0, type: WidthType.DXA },
              borders: CELL_BORDERS,
              margins,
              children: cellParagraphs(r[i] ?? '', c.align ?? 'left', size),
            }),
        ),
      }),
  );
  return new Table({
    layout: TableLayoutType.FIXED,
    width: { size: widths.reduce((a, b) => a + b, 0), type: WidthType.DXA },
    columnWidths: widths,
    ...(opts.indentMm ? { indent: { size: mm(opts.indentMm), type: WidthType.DXA } } : {}),
    borders: GRID_BORDERS,
    rows: [...(opts.header === false ? [] : [header]), ...body, ...extra],
  });
}

export function gridTableXml(
  links: Map<string, string>,
  columns: Column[],
  widths: number[],
  rows: Cell[][],
  size: number,
  indent: number,
  withHeader: boolean,
  lastRow = '',
): string | null {
  const mine: Links = { taken: links, added: new Map() };
  const tc = (w: number, body: string, header: boolean) =>
    `<w:tc><w:tcPr><w:tcW w:type="dxa" w:w="${w}"/>${TC_BORDERS}${header ? '<w:shd w:fill="E7E6E6" w:color="auto" w:val="clear"/>' : ''}${TC_MAR}${
      header ? '<w:vAlign w:val="center"/>' : ''
    }</w:tcPr>${body}</w:tc>`;
  const parts: string[] = [];
  const total = widths.reduce((a, b) => a + b, 0);
  const tblBorders = `<w:tblBorders>${BORDER_XML}<w:insideH w:val="single" w:color="000000" w:sz="4"/><w:insideV w:val="single" w:color="000000" w:sz="4"/></w:tblBorders>`;
  parts.push(
    `<w:tbl><w:tblPr><w:tblW w:type="dxa" w:w="${total}"/>${indent ? `<w:tblInd w:type="dxa" w:w="${indent}"/>` : ''}${tblBorders}<w:tblLayout w:type="fixed"/></w:tblPr>`,
    `<w:tblGrid>${widths.map((w) => `<w:gridCol w:w="${w}"/>`).join('')}</w:tblGrid>`,
  );
  if (withHeader) {
    parts.push('<w:tr><w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>');
    for (const [i, c] of columns.entries()) {
      const body = cellXml(c.header, 'center', size, true);
      if (body === null) return null;
      parts.push(tc(widths[i] ?? 0, body, true));
    }
    parts.push('</w:tr>');
  }
  for (const r of rows) {
    parts.push('<w:tr><w:trPr><w:cantSplit/></w:trPr>');
    for (const [i, c] of columns.entries()) {
      const body = cellXml(r[i] ?? '', c.align ?? 'left', size, false, mine);
      if (body === null) return null;
      parts.push(tc(widths[i] ?? 0, body, false));
    }
    parts.push('</w:tr>');
  }
  parts.push(lastRow, '</w:tbl>');
  for (const [id, href] of mine.added) links.set(id, href);
  return parts.join('');
}

/**
 * A borderless grid of photo cells (rows that never split, cells aligned to
 * the top with 60-twip side margins) as XML; null, with nothing kept, when a
 * run is not one of ours — the caller then builds it the docx way.
 */
export function photoTable(ctx: DocContext, rows: Array<Array<PhotoParagraph[] | null>>, opts: { colTwips: number; indentTwips: number }): Table | null {
  if (ctx.plain) return null;
  const images: Deferred['images'] = new Map(ctx.deferred.images);
  const cols = Math.max(1, ...rows.map((r) => r.length));
  const tcPr = `<w:tcPr><w:tcW w:type="dxa" w:w="${opts.colTwips}"/><w:tcBorders>${NO_BORDER_XML}</w:tcBorders><w:tcMar><w:left w:type="dxa" w:w="60"/><w:right w:type="dxa" w:w="60"/></w:tcMar><w:vAlign w:val="top"/></w:tcPr>`;
  const parts = [
    `<w:tbl><w:tblPr><w:tblW w:type="dxa" w:w="${opts.colTwips * cols}"/>${opts.indentTwips ? `<w:tblInd w:type="dxa" w:w="${opts.indentTwips}"/>` : ''}<w:tblBorders>${NO_BORDER_XML}<w:insideH w:val="none" w:color="FFFFFF" w:sz="0"/><w:insideV w:val="none" w:color="FFFFFF" w:sz="0"/></w:tblBorders><w:tblLayout w:type="fixed"/></w:tblPr>`,
    `<w:tblGrid>${`<w:gridCol w:w="${opts.colTwips}"/>`.repeat(cols)}</w:tblGrid>`,
  ];
  for (const row of rows) {
    parts.push('<w:tr><w:trPr><w:cantSplit/></w:trPr>');
    for (const cell of row) {
      let body = '';
      for (const p of cell ?? []) {
        let runs = '';
        for (const child of p.children) {
          if (child instanceof TextRun) {
            const o = runOptions.get(child);
            const x = o ? runXml(o) : null;
            if (x === null) return null;
            runs += x;
          } else runs += imageXml(images, child);
        }
        const spacing = p.before !== undefined || p.after !== undefined ? `<w:spacing${p.after !== undefined ? ` w:after="${p.after}"` : ''}${p.before !== undefined ? ` w:before="${p.before}"` : ''}/>` : '';
        body += `<w:p><w:pPr>${spacing}<w:jc w:val="center"/></w:pPr>${runs}</w:p>`;
      }
      parts.push(`<w:tc>${tcPr}${body || EMPTY_PARAGRAPH}</w:tc>`);
    }
    parts.push('</w:tr>');
  }
  parts.push('</w:tbl>');
  for (const [id, image] of images) ctx.deferred.images.set(id, image);
  return new XmlTable(ctx, parts.join(''));
}

/**
 * A list that ends in what closes it — a signature: the table of `rows`
 * (header repeated on every page) whose last row, which may not split, holds
 * the list's last `tailRows` rows (a nested table with the same columns) and
 * the `closing` paragraphs. Both Word and LibreOffice move that row to the
 * next page whole, with the header above it: the signature never stands
 * alone on a page, and never without the list it closes. Spread the answer
 * into the body.
 */
export function gridTableWithClosing(
  ctx: DocContext,
  columns: Column[],
  rows: Cell[][],
  closing: Paragraph[],
  opts: GridOptions & { tailRows?: number } = {},
): Array<Table | Paragraph> {
  const widths = gridWidths(ctx, columns, opts);
  const total = widths.reduce((a, b) => a + b, 0);
  const size = opts.size ?? SMALL_SIZE;
  const tail = Math.min(opts.tailRows ?? 2, rows.length);
  const head = rows.slice(0, rows.length - tail);
  const last = rows.slice(rows.length - tail);
  const spanBorders = '<w:tcBorders><w:top w:val="nil"/><w:left w:val="nil"/><w:bottom w:val="nil"/><w:right w:val="nil"/></w:tcBorders>';
  const zero = '<w:tcMar><w:top w:type="dxa" w:w="0"/><w:left w:type="dxa" w:w="0"/><w:bottom w:type="dxa" w:w="0"/><w:right w:type="dxa" w:w="0"/></w:tcMar>';
  if (!ctx.plain) {
    const nested = last.length ? gridTableXml(ctx.deferred.links, columns, widths, last, size, 0, false) : '';
    if (nested !== null) {
      const lastRow = `<w:tr><w:trPr><w:cantSplit/></w:trPr><w:tc><w:tcPr><w:tcW w:type="dxa" w:w="${total}"/><w:gridSpan w:val="${columns.length}"/>${spanBorders}${zero}</w:tcPr>${nested}${CLOSING_SLOT}</w:tc></w:tr>`;
      const xml = gridTableXml(ctx.deferred.links, columns, widths, head, size, opts.indentMm ? mm(opts.indentMm) : 0, opts.header ?? true, lastRow);
      if (xml !== null) {
        const table = new XmlTable(ctx, xml);
        // docx writes the closing paragraphs after the placeholder; pack() moves them into the slot.
        const end = new Paragraph({ children: [new TextRun(`${CLOSING_END}${ctx.deferred.xml.size}_`)] });
        return [table, ...(closing.length ? closing : [new Paragraph('')]), end];
      }
    }
  }
  // The docx way: the same structure with docx's objects.
  const inner = gridTableDocx(columns, widths, last, size, { ...opts, indentMm: 0, header: false });
  const cell = new TableCell({
    width: { size: total, type: WidthType.DXA },
    columnSpan: columns.length,
    borders: { top: NONE, bottom: NONE, left: NONE, right: NONE },
    margins: { top: 0, bottom: 0, left: 0, right: 0 },
    children: [...(last.length ? [inner] : []), ...(closing.length ? closing : [new Paragraph('')])],
  });
  return [gridTableDocx(columns, widths, head, size, opts, [new TableRow({ cantSplit: true, children: [cell] })])];
}

/** Label / colon / value lines ("Nama : …") as a borderless table with fixed widths. */
export function fieldTable(ctx: DocContext, rows: Array<[string, Cell]>, opts: { labelMm?: number; indentMm?: number } = {}): Table {
  const label = mm(opts.labelMm ?? 40);
  const colon = mm(5);
  const indent = mm(opts.indentMm ?? 0);
  const value = mm(ctx.textWidthMm) - label - colon - indent;
  const widths = indent > 0 ? [indent, label, colon, value] : [label, colon, value];
  if (!ctx.plain) {
    const xml = fieldTableXml(ctx.deferred.links, widths, indent > 0, rows);
    if (xml !== null) return new XmlTable(ctx, xml);
  }
  const cell = (w: number, children: Paragraph[]) =>
    new TableCell({ width: { size: w, type: WidthType.DXA }, borders: NO_BORDERS, children });
  return new Table({
    layout: TableLayoutType.FIXED,
    width: { size: widths.reduce((a, b) => a + b, 0), type: WidthType.DXA },
    columnWidths: widths,
    borders: NO_BORDERS,
    rows: rows.map(
      ([l, v]) =>
        new TableRow({
          cantSplit: true,
          children: [
            ...(indent > 0 ? [cell(indent, [new Paragraph('')])] : []),
            cell(label, [new Paragraph({ children: [new TextRun(l)] })]),
            cell(colon, [new Paragraph({ children: [new TextRun(':')] })]),
            cell(value, cellParagraphs(v, 'left', BODY_SIZE)),
          ],
        }),
    ),
  });
}

/** fieldTable's fast path (as gridTable's): null when a value holds something only docx can write. */
export function fieldTableXml(links: Map<string, string>, widths: number[], indented: boolean, rows: Array<[string, Cell]>): string | null {
  const mine: Links = { taken: links, added: new Map() };
  const tc = (w: number, body: string) => `<w:tc><w:tcPr><w:tcW w:type="dxa" w:w="${w}"/><w:tcBorders>${NO_BORDER_XML}</w:tcBorders></w:tcPr>${body}</w:tc>`;
  const plain = (text: string) => `<w:p><w:r><w:t xml:space="preserve">${xmlText(text)}</w:t></w:r></w:p>`;
  const [w0 = 0, w1 = 0, w2 = 0, w3 = 0] = widths;
  const [label, colon, value] = indented ? [w1, w2, w3] : [w0, w1, w2];
  const parts = [
    `<w:tbl><w:tblPr><w:tblW w:type="dxa" w:w="${widths.reduce((a, b) => a + b, 0)}"/><w:tblBorders>${NO_BORDER_XML}<w:insideH w:val="none" w:color="FFFFFF" w:sz="0"/><w:insideV w:val="none" w:color="FFFFFF" w:sz="0"/></w:tblBorders><w:tblLayout w:type="fixed"/></w:tblPr>`,
    `<w:tblGrid>${widths.map((w) => `<w:gridCol w:w="${w}"/>`).join('')}</w:tblGrid>`,
  ];
  for (const [l, v] of rows) {
    const body = cellXml(v, 'left', BODY_SIZE, false, mine);
    if (body === null) return null;
    parts.push('<w:tr><w:trPr><w:cantSplit/></w:trPr>', indented ? tc(w0, plain('')) : '', tc(label, plain(l)), tc(colon, plain(':')), tc(value, body), '</w:tr>');
  }
  parts.push('</w:tbl>');
  for (const [id, href] of mine.added) links.set(id, href);
  return parts.join('');
}
