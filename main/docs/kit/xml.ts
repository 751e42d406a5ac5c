/** The XML fast paths: runs, cells, links and pictures written as text, and the placeholders pack() replaces. */
import { ExternalHyperlink, Paragraph, Table, TableCell, TableRow, TextRun, type IRunOptions, type ParagraphChild } from 'docx';
import { xmlSafe } from '../format';
import type { Deferred, DocContext } from './context';
import { linkOptions, paragraphOptions, runOptions, tabRuns } from './runs';
import type { Cell } from './units';
import { STYLE } from './units';

export const HYPERLINK_REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink';

export const IMAGE_REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/image';

export const RAW_PREFIX = 'ROMBONGAN_RAW_';

export const RAW_END = '_END';

/** Text as XML character data: escaped, and without the characters XML forbids (as pack() does to every part). */
export function xmlText(s: string): string {
  return xmlSafe(s)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

export const RUN_KEYS = new Set(['text', 'bold', 'italics', 'underline', 'size', 'color', 'highlight', 'break']);

/** A run as XML, or null when it carries something only docx knows how to write. */
export function runXml(o: IRunOptions & { text: string }, base: { size?: number; bold?: boolean; style?: string } = {}): string | null {
  for (const k of Object.keys(o)) if (!RUN_KEYS.has(k) && (o as Record<string, unknown>)[k] !== undefined) return null;
  if (o.underline && Object.keys(o.underline).some((k) => k !== 'type' || (o.underline as { type?: string }).type !== 'single')) return null;
  if (o.color !== undefined && typeof o.color !== 'string') return null;
  const bold = o.bold ?? base.bold;
  const size = o.size ?? base.size;
  let pr = base.style ? `<w:rStyle w:val="${base.style}"/>` : '';
  if (bold) pr += '<w:b/><w:bCs/>';
  if (o.italics) pr += '<w:i/><w:iCs/>';
  if (typeof o.color === 'string' && o.color) pr += `<w:color w:val="${xmlText(o.color)}"/>`;
  if (size) pr += `<w:sz w:val="${size}"/><w:szCs w:val="${size}"/>`;
  if (o.highlight) pr += `<w:highlight w:val="${xmlText(o.highlight)}"/>`;
  if (o.underline) pr += '<w:u w:val="single"/>';
  const br = '<w:br/>'.repeat(Math.max(0, Math.min(10, o.break ?? 0)));
  return `<w:r>${pr ? `<w:rPr>${pr}</w:rPr>` : ''}${br}<w:t xml:space="preserve">${xmlText(o.text)}</w:t></w:r>`;
}

export const JC = { left: 'left', center: 'center', right: 'right' } as const;

export const BORDER_XML = ['top', 'left', 'bottom', 'right'].map((side) => `<w:${side} w:val="single" w:color="000000" w:sz="4"/>`).join('');

export const TC_BORDERS = `<w:tcBorders>${BORDER_XML}</w:tcBorders>`;

export const TC_MAR = '<w:tcMar><w:top w:type="dxa" w:w="40"/><w:left w:type="dxa" w:w="80"/><w:bottom w:type="dxa" w:w="40"/><w:right w:type="dxa" w:w="80"/></w:tcMar>';

/** The document's link relationships so far, and those a table being written adds (kept only when the whole table is written). */
export type Links = { taken: Map<string, string>; added: Map<string, string> };

/**
 * A link made by link() as XML: its relationship is kept in the document's
 * deferred parts and added by pack() (docx adds it while writing its own
 * hyperlinks). Null for an address with a #fragment (docx writes those with an
 * anchor) or a run we cannot write.
 */
export function linkXml(links: Links, h: ExternalHyperlink): string | null {
  const o = linkOptions.get(h);
  if (!o || o.href.includes('#')) return null;
  const r = runXml(o.run, { style: 'Hyperlink' });
  if (r === null) return null;
  const id = `RombLink${links.taken.size + links.added.size + 1}`;
  links.added.set(id, o.href);
  return `<w:hyperlink r:id="rId${id}" w:history="1">${r}</w:hyperlink>`;
}

/** Runs made by run() / ctx.gap() / tabRun() and links made by link() as XML, or null for anything else. */
export function runsXml(children: readonly ParagraphChild[], links?: Links): string | null {
  let runs = '';
  for (const child of children) {
    if (child instanceof ExternalHyperlink) {
      const x = links ? linkXml(links, child) : null;
      if (x === null) return null;
      runs += x;
      continue;
    }
    if (!(child instanceof TextRun)) return null;
    if (tabRuns.has(child)) {
      runs += '<w:r><w:tab/></w:r>';
      continue;
    }
    const o = runOptions.get(child);
    const x = o ? runXml(o) : null;
    if (x === null) return null;
    runs += x;
  }
  return runs;
}

/**
 * A paragraph made by cellParagraph() as XML (style, tab stops, spacing,
 * indent, alignment in the schema's order, as docx writes them), or null
 * for a paragraph made otherwise or holding a run we cannot write.
 */
export function paragraphXml(p: Paragraph, links?: Links): string | null {
  const spec = paragraphOptions.get(p);
  if (!spec) return null;
  const runs = runsXml(spec.children, links);
  if (runs === null) return null;
  const num = (name: string, v: number | undefined) => (v === undefined ? '' : ` w:${name}="${Math.round(v)}"`);
  let pPr = spec.style !== undefined ? `<w:pStyle w:val="${xmlText(spec.style)}"/>` : '';
  if (spec.tabStops?.length) pPr += `<w:tabs>${spec.tabStops.map((pos) => `<w:tab w:val="left" w:pos="${Math.round(pos)}"/>`).join('')}</w:tabs>`;
  if (spec.spacing && (spec.spacing.before !== undefined || spec.spacing.after !== undefined)) pPr += `<w:spacing${num('before', spec.spacing.before)}${num('after', spec.spacing.after)}/>`;
  if (spec.indent && (spec.indent.left !== undefined || spec.indent.hanging !== undefined)) pPr += `<w:ind${num('left', spec.indent.left)}${num('hanging', spec.indent.hanging)}/>`;
  if (spec.alignment) pPr += `<w:jc w:val="${JC[spec.alignment]}"/>`;
  return `<w:p>${pPr ? `<w:pPr>${pPr}</w:pPr>` : ''}${runs}</w:p>`;
}

/**
 * A cell's paragraphs as XML: text, runs, or paragraphs made by
 * cellParagraph(); null when a run or paragraph is not one of ours.
 */
export function cellXml(cell: Cell, align: 'left' | 'center' | 'right', size: number, bold: boolean, links?: Links): string | null {
  const pPr = `<w:pPr><w:pStyle w:val="${STYLE.table}"/><w:jc w:val="${JC[align]}"/></w:pPr>`;
  if (typeof cell === 'string') {
    return cell
      .split('\n')
      .map((line) => `<w:p>${pPr}${runXml({ text: line }, { size, bold })}</w:p>`)
      .join('');
  }
  if (cell.length > 0 && cell[0] instanceof Paragraph) {
    let body = '';
    for (const p of cell) {
      const x = p instanceof Paragraph ? paragraphXml(p, links) : null;
      if (x === null) return null;
      body += x;
    }
    return body;
  }
  const runs = runsXml(cell as ParagraphChild[], links);
  return runs === null ? null : `<w:p>${pPr}${runs}</w:p>`;
}

// ——— Photo tables as XML ———
//
// A report's photo grid is docx's costliest part after the lists: every photo
// is a drawing of about twenty elements, every cell its borders and margins.
// photoTable() writes the grid as text; its images become parts of their own
// (pack() adds them, document() their relationships), numbered per document.
export interface ImageSpec {
  type: 'jpg' | 'png';
  data: Uint8Array;
  /** Size in pixels at 96 dpi, as docx's ImageRun takes it. */
  transformation: { width: number; height: number };
  altText: { name: string; title?: string; description?: string };
}

/** A paragraph of a photo cell: centred, its spacing, and runs made by run() / ctx.gap() or one image. */
export interface PhotoParagraph {
  before?: number;
  after?: number;
  children: Array<TextRun | ImageSpec>;
}

export const EMU_PER_PX = 9525;

/** What docx writes for new Paragraph(''). */
export const EMPTY_PARAGRAPH = '<w:p><w:r><w:t xml:space="preserve"></w:t></w:r></w:p>';

export const A_NS = 'http://schemas.openxmlformats.org/drawingml/2006/main';

export const PIC_NS = 'http://schemas.openxmlformats.org/drawingml/2006/picture';

/** An inline picture as docx writes one (docPr ids are numbered per document by pack()). */
export function imageXml(images: Deferred['images'], image: ImageSpec): string {
  const n = images.size + 1;
  const id = `RombImg${n}`;
  images.set(id, { path: `media/romb-image${n}.${image.type}`, bytes: image.data });
  const cx = Math.round(image.transformation.width * EMU_PER_PX);
  const cy = Math.round(image.transformation.height * EMU_PER_PX);
  const alt = image.altText;
  const docPr = `<wp:docPr id="0" name="${xmlText(alt.name)}"${alt.description !== undefined ? ` descr="${xmlText(alt.description)}"` : ''}${alt.title !== undefined ? ` title="${xmlText(alt.title)}"` : ''}/>`;
  return (
    `<w:r><w:drawing><wp:inline distT="0" distB="0" distL="0" distR="0"><wp:extent cx="${cx}" cy="${cy}"/><wp:effectExtent t="0" r="0" b="0" l="0"/>${docPr}` +
    `<wp:cNvGraphicFramePr><a:graphicFrameLocks xmlns:a="${A_NS}" noChangeAspect="1"/></wp:cNvGraphicFramePr>` +
    `<a:graphic xmlns:a="${A_NS}"><a:graphicData uri="${PIC_NS}"><pic:pic xmlns:pic="${PIC_NS}"><pic:nvPicPr><pic:cNvPr id="0" name="" descr=""/><pic:cNvPicPr><a:picLocks noChangeAspect="1" noChangeArrowheads="1"/></pic:cNvPicPr></pic:nvPicPr>` +
    `<pic:blipFill><a:blip r:embed="rId${id}" cstate="none"/><a:srcRect/><a:stretch><a:fillRect/></a:stretch></pic:blipFill>` +
    `<pic:spPr bwMode="auto"><a:xfrm><a:off x="0" y="0"/><a:ext cx="${cx}" cy="${cy}"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></pic:spPr></pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing></w:r>`
  );
}

export const CLOSING_SLOT = 'ROMBONGAN_SLOT';

export const CLOSING_END = 'ROMBONGAN_CLOSING_END_';

/**
 * A table docx carries as a one-line placeholder paragraph; pack() puts the
 * table's own XML in its place. (A Table, so callers see no difference.)
 */
export class XmlTable extends Table {
  private readonly placeholder: Paragraph;
  constructor(ctx: DocContext, xml: string) {
    super({ rows: [new TableRow({ children: [new TableCell({ children: [] })] })] });
    const token = `${RAW_PREFIX}${ctx.deferred.xml.size + 1}${RAW_END}`;
    ctx.deferred.xml.set(token, xml);
    this.placeholder = new Paragraph({ children: [new TextRun(token)] });
  }
  override prepForXml(context: Parameters<Table['prepForXml']>[0]): ReturnType<Table['prepForXml']> {
    return this.placeholder.prepForXml(context);
  }
}

/** A block-level element written as XML by the caller (a table, a content control): pack() puts it in place. */
export function rawBlock(ctx: DocContext, xml: string): Table {
  return new XmlTable(ctx, xml);
}

/**
 * Each placeholder paragraph replaced by its XML; a table with a closing slot
 * (gridTableWithClosing) takes the paragraphs docx wrote after it, up to its
 * end marker, into the slot.
 */
export function substituteXml(xml: string, raw: Map<string, string>): string {
  return substitutePieces(xml, raw).join('');
}

/** substituteXml's text as pieces in order (docx's text between placeholders, each table's XML), not yet joined. */
export function substitutePieces(xml: string, raw: Map<string, string>): string[] {
  const out: string[] = [];
  let pos = 0;
  for (;;) {
    const i = xml.indexOf(RAW_PREFIX, pos);
    if (i < 0) break;
    const j = xml.indexOf(RAW_END, i);
    const start = xml.lastIndexOf('<w:p>', i);
    const end = xml.indexOf('</w:p>', i);
    if (j < 0 || start < pos || end < 0) break;
    const token = xml.slice(i, j + RAW_END.length);
    let table = raw.get(token) ?? '';
    out.push(xml.slice(pos, start));
    pos = end + '</w:p>'.length;
    if (table.includes(CLOSING_SLOT)) {
      const n = token.slice(RAW_PREFIX.length, -RAW_END.length);
      const marker = xml.indexOf(`${CLOSING_END}${n}_`, pos);
      const markerStart = marker < 0 ? -1 : xml.lastIndexOf('<w:p>', marker);
      const markerEnd = marker < 0 ? -1 : xml.indexOf('</w:p>', marker);
      if (markerStart >= pos && markerEnd > 0) {
        const closing = xml.slice(pos, markerStart);
        table = table.replace(CLOSING_SLOT, () => closing);
        pos = markerEnd + '</w:p>'.length;
      } else {
        table = table.replace(CLOSING_SLOT, '<w:p/>');
      }
    }
    out.push(table);
  }
  out.push(xml.slice(pos));
  return out;
}

export const NO_BORDER_XML = ['top', 'left', 'bottom', 'right'].map((side) => `<w:${side} w:val="none" w:color="FFFFFF" w:sz="0"/>`).join('');
