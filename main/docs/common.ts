/**
 * Building blocks every Rombongan document shares: page setup from the office
 * profile (F4/A4, margins, font), the kop on the first page, "Halaman X dari Y",
 * fixed-width tables (LibreOffice draws auto widths wrong), signature blocks,
 * visible gap markers, and a packer that keeps JPEG bytes out of the deflate.
 * Big tables and photos take fast paths around docx's own machinery (see
 * gridTable's fast path, imageRun and pack); `new DocContext(data, { plain:
 * true })` builds the same document the plain docx way, for comparison.
 */
import {
  AlignmentType,
  BorderStyle,
  Document,
  ExternalHyperlink,
  Footer,
  Header,
  ImageRun,
  LevelFormat,
  LineRuleType,
  Packer,
  PageNumber,
  NumberFormat,
  PageOrientation,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TabStopType,
  TextRun,
  VerticalAlign,
  WidthType,
  convertMillimetersToTwip,
  type ISectionOptions,
  type IParagraphOptions,
  type IRunOptions,
  type ParagraphChild,
} from 'docx';
import * as zlib from 'node:zlib';
import { PAPER_MM } from '../../shared/domain/documents';
import { titleWords } from '../../shared/signing';
import { clean, isBlank, xmlSafe } from './format';
import type { Profile } from '../../shared/domain/documents';
import type { DocData, DocIssuer } from './model';
import type { GapCode } from './readiness';

/** Half-points: 12 pt body text. */
export const BODY_SIZE = 24;
export const SMALL_SIZE = 20;

const NONE = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' } as const;
export const NO_BORDERS = { top: NONE, bottom: NONE, left: NONE, right: NONE, insideHorizontal: NONE, insideVertical: NONE };
const LINE = { style: BorderStyle.SINGLE, size: 4, color: '000000' } as const;
export const GRID_BORDERS = { top: LINE, bottom: LINE, left: LINE, right: LINE, insideHorizontal: LINE, insideVertical: LINE };
/** LibreOffice ignores table-level borders from docx: every cell carries its own. */
const CELL_BORDERS = { top: LINE, bottom: LINE, left: LINE, right: LINE };

/** One document being built: the data, the page geometry, and the gaps marked so far. */
export class DocContext {
  /** Gap markers written so far. */
  gaps = 0;
  /** The readiness gaps those markers stand for (readiness.ts lists the same for this document). */
  readonly gapCodes = new Set<GapCode>();
  readonly landscape: boolean;
  /** Pictures added with imageRun() and tables written by gridTable(): placeholder → what pack() puts in. */
  readonly deferred: Deferred = { media: new Map(), xml: new Map(), links: new Map(), images: new Map() };
  /**
   * Build with docx's own objects only (real image bytes, docx tables), as a
   * plain docx generator would: the bench's baseline. Such a document packs
   * with Packer.toBuffer too.
   */
  readonly plain: boolean;
  /** Who issues this document: its kop and page style (the Perangkat Daerah for documents nobody signs). */
  readonly issuer: DocIssuer;
  /** Word numbering instances handed out so far (each list restarts at 1). */
  private lists = 0;
  constructor(
    readonly data: DocData,
    opts: { landscape?: boolean; plain?: boolean; issuer?: DocIssuer } = {},
  ) {
    this.landscape = opts.landscape ?? false;
    this.plain = opts.plain ?? false;
    this.issuer = opts.issuer ?? data.issuers.perangkat_daerah;
  }

  /** The page style: the issuer's own paper, font and margins, else the house style. */
  get profile(): Profile {
    return this.issuer.style;
  }

  /** Width between the margins, in mm. */
  get textWidthMm(): number {
    const paper = PAPER_MM[this.profile.paper];
    const width = this.landscape ? paper.height : paper.width;
    return width - this.profile.marginLeft - this.profile.marginRight;
  }

  /**
   * A clearly visible marker where data is missing: never a silent blank.
   * `code` is the readiness gap it stands for (readiness.ts must list it for
   * this document under the same condition), `what` the words in the marker.
   */
  gap(code: GapCode, what: string): TextRun {
    this.gaps += 1;
    this.gapCodes.add(code);
    return run(`[${what} belum diisi]`, { bold: true, color: 'C00000', highlight: 'yellow' });
  }

  /** A new instance of a Word list (numbering.xml): its items count from 1 again. */
  nextList(): number {
    this.lists += 1;
    return this.lists + 1;
  }

  /**
   * A value that is there but wrong (an invalid NIP): printed as typed, followed
   * by a marker in the gap style, and listed by readiness under `code`.
   */
  invalid(code: GapCode, value: string, what: string, opts: IRunOptions = {}): TextRun {
    this.gaps += 1;
    this.gapCodes.add(code);
    return run(`${value} [${what}]`, { ...opts, bold: true, color: 'C00000', highlight: 'yellow' });
  }

  /** The text, or a gap marker naming what is missing (blank: nothing visible, see isBlank). */
  orGap(value: string | null | undefined, code: GapCode, what: string, opts: IRunOptions = {}): TextRun {
    return isBlank(value) ? this.gap(code, what) : run((value ?? '').trim(), opts);
  }
}

/** mm → twips (DXA). */
export const mm = (v: number): number => Math.round(convertMillimetersToTwip(v));

/** What run() was given, so gridTable() can write such runs as XML itself. */
const runOptions = new WeakMap<TextRun, IRunOptions & { text: string }>();

/** A text run; gap markers and runs made here can go into gridTable()'s fast path (see runXml). */
export function run(text: string, opts: IRunOptions = {}): TextRun {
  const o = { ...opts, text };
  const r = new TextRun(o);
  runOptions.set(r, o);
  return r;
}

/** A paragraph of plain text; `\n` in the text becomes line breaks. */
export function para(content: string | ParagraphChild[], opts: Omit<IParagraphOptions, 'children' | 'text'> & { bold?: boolean; size?: number } = {}): Paragraph {
  const { bold, size, ...rest } = opts;
  const children =
    typeof content === 'string'
      ? content.split('\n').map((line, i) => new TextRun({ text: line, bold, size, break: i > 0 ? 1 : undefined }))
      : content;
  return new Paragraph({ ...rest, children });
}

/** Multi-paragraph narrative text: blank lines split paragraphs; justified, first line indented. */
export function narrative(text: string, opts: { indentMm?: number } = {}): Paragraph[] {
  return text
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean)
    .map(
      (p) =>
        new Paragraph({
          style: STYLE.body,
          alignment: AlignmentType.JUSTIFIED,
          indent: { left: mm(opts.indentMm ?? 0), firstLine: mm(10) },
          spacing: { after: 120 },
          children: p.split('\n').map((line, i) => new TextRun({ text: line, break: i > 0 ? 1 : undefined })),
        }),
    );
}

export function heading(text: string, opts: { center?: boolean; size?: number; before?: number } = {}): Paragraph {
  return new Paragraph({
    alignment: opts.center ? AlignmentType.CENTER : AlignmentType.LEFT,
    spacing: { before: opts.before ?? 240, after: 120 },
    keepNext: true,
    children: [new TextRun({ text, bold: true, size: opts.size })],
  });
}

// ——— Word-native structure: styles, numbering, links ———
//
// Every document carries real paragraph styles (Title, Heading 1–3 in black,
// Body Text, Table Text, Signature, TOC 1–3) that Word's Navigation pane and a
// table of contents use, Word numbering (numbering.xml) for the report's
// outline I / A / 1 / a and for lists, Indonesian as the language of every run
// (docDefaults), and the office as the author.

/** Paragraph style ids (styles.xml). */
export const STYLE = {
  title: 'Title',
  h1: 'Heading1',
  h2: 'Heading2',
  h3: 'Heading3',
  body: 'BodyText',
  table: 'TableText',
  signature: 'Signature',
} as const;

/** Numbering definitions (numbering.xml): the report's outline, and three kinds of list. */
export const NUMBERING = { outline: 'outline', decimal: 'list-decimal', letter: 'list-letter', bullet: 'list-bullet' } as const;
export type ListKind = 'decimal' | 'letter' | 'bullet';

/** The outline's left edges, in mm: I. at 0, A. at 8, 1. at 16, a. at 23; text 8 or 7 mm further. */
export const OUTLINE_MM = [
  { left: 8, hanging: 8 },
  { left: 16, hanging: 8 },
  { left: 23, hanging: 7 },
  { left: 30, hanging: 7 },
] as const;

const outlineLevels = [
  { format: LevelFormat.UPPER_ROMAN, text: '%1.' },
  { format: LevelFormat.UPPER_LETTER, text: '%2.' },
  { format: LevelFormat.DECIMAL, text: '%3.' },
  { format: LevelFormat.LOWER_LETTER, text: '%4.' },
].map((l, level) => ({
  level,
  format: l.format,
  text: l.text,
  alignment: AlignmentType.LEFT,
  style: {
    paragraph: { indent: { left: mm(OUTLINE_MM[level]?.left ?? 8), hanging: mm(OUTLINE_MM[level]?.hanging ?? 8) } },
    run: { bold: level < 2 },
  },
}));

const listLevels = (format: (typeof LevelFormat)[keyof typeof LevelFormat], text: (n: number) => string) =>
  [0, 1, 2].map((level) => ({
    level,
    format,
    text: text(level + 1),
    alignment: AlignmentType.LEFT,
    style: { paragraph: { indent: { left: mm(7 + level * 7), hanging: mm(7) } } },
  }));

const numberingConfig = [
  { reference: NUMBERING.outline, levels: outlineLevels },
  { reference: NUMBERING.decimal, levels: listLevels(LevelFormat.DECIMAL, (n) => `%${n}.`) },
  { reference: NUMBERING.letter, levels: listLevels(LevelFormat.LOWER_LETTER, (n) => `%${n}.`) },
  { reference: NUMBERING.bullet, levels: listLevels(LevelFormat.BULLET, () => '•') },
];

/**
 * A heading of the outline: style Heading 1–3 (so the Navigation pane and the
 * daftar isi find it) numbered by Word (I. / A. / 1.), or unnumbered
 * (`numbered: false`: "KATA PENGANTAR", "LAMPIRAN"). `instance` restarts the
 * numbering (the Lampiran counts I, II again); `level` 0 is a chapter.
 */
export function outlineHeading(
  text: string | ParagraphChild[],
  opts: { level?: 0 | 1 | 2; numbered?: boolean; instance?: number; center?: boolean; before?: number; after?: number; pageBreakBefore?: boolean } = {},
): Paragraph {
  const level = opts.level ?? 0;
  const numbered = opts.numbered ?? true;
  const style = level === 0 ? STYLE.h1 : level === 1 ? STYLE.h2 : STYLE.h3;
  return new Paragraph({
    style,
    keepNext: true,
    keepLines: true,
    pageBreakBefore: opts.pageBreakBefore,
    alignment: opts.center ? AlignmentType.CENTER : undefined,
    spacing: { before: opts.before ?? (level === 0 ? 280 : 200), after: opts.after ?? 100 },
    ...(numbered ? { numbering: { reference: NUMBERING.outline, level, instance: opts.instance ?? 1 } } : {}),
    ...(!numbered && !opts.center && level > 0 ? { indent: { left: mm(OUTLINE_MM[level - 1]?.left ?? 0) } } : {}),
    children: typeof text === 'string' ? [new TextRun(text)] : text,
  });
}

/**
 * One item of a Word list (numbering.xml): `instance` from ctx.nextList() per
 * list, so each list counts from 1; `leftMm` is where the text starts (the
 * number hangs 7 mm before it).
 */
export function listItem(
  children: ParagraphChild[],
  opts: { kind?: ListKind; instance: number; leftMm?: number; hangMm?: number; justify?: boolean; after?: number; keepNext?: boolean },
): Paragraph {
  const kind = opts.kind ?? 'decimal';
  const hang = opts.hangMm ?? 7;
  return new Paragraph({
    style: STYLE.body,
    alignment: opts.justify === false ? AlignmentType.LEFT : AlignmentType.JUSTIFIED,
    keepNext: opts.keepNext,
    spacing: { after: opts.after ?? 60 },
    numbering: { reference: NUMBERING[kind], level: 0, instance: opts.instance },
    ...(opts.leftMm !== undefined ? { indent: { left: mm(opts.leftMm), hanging: mm(hang) } } : {}),
    children,
  });
}

/** A web address or e-mail as a real hyperlink (blue, underlined, clickable); other text stays a run. */
export function link(target: string, opts: IRunOptions & { text?: string } = {}): ParagraphChild {
  const t = clean(target);
  const { text, ...runOpts } = opts;
  const href = /^https?:\/\//i.test(t)
    ? t
    : /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(t)
      ? `mailto:${t}`
      : /^(www\.)?[a-z0-9-]+(\.[a-z0-9-]+)+(\/\S*)?$/i.test(t)
        ? `https://${t}`
        : null;
  if (!href) return run(text ?? t, runOpts);
  const h = new ExternalHyperlink({ link: href, children: [new TextRun({ ...runOpts, text: text ?? t, style: 'Hyperlink' })] });
  linkOptions.set(h, { href, run: { ...runOpts, text: text ?? t } });
  return h;
}

/** What link() was given, so gridTable() can write such links as XML itself (see linkXml). */
const linkOptions = new WeakMap<ExternalHyperlink, { href: string; run: IRunOptions & { text: string } }>();

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

export interface Column {
  header: string;
  /** Width in mm; the last column takes what is left when omitted. */
  widthMm?: number;
  align?: 'left' | 'center' | 'right';
}

export type Cell = string | ParagraphChild[] | Paragraph[];

const ALIGN = { left: AlignmentType.LEFT, center: AlignmentType.CENTER, right: AlignmentType.RIGHT } as const;

function cellParagraphs(cell: Cell, align: 'left' | 'center' | 'right', size: number, bold = false): Paragraph[] {
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
function gridWidths(ctx: DocContext, columns: Column[], opts: GridOptions): number[] {
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
function gridTableDocx(columns: Column[], widths: number[], rows: Cell[][], size: number, opts: GridOptions, extra: TableRow[] = []): Table {
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

// ——— gridTable's fast path ———
//
// docx turns every cell into a tree of objects (width, four borders, four
// margins, paragraph and run properties) and then into XML; for a report with
// 500 members, 200 agenda items and 300 learnings that is seconds of CPU and
// hundreds of MB of garbage. The same XML written as a string takes
// milliseconds. gridTable() writes it so when every cell is text or runs made
// by run() / ctx.gap() / ctx.orGap(); anything else goes the docx way.

type Deferred = {
  media: Map<string, Uint8Array>;
  xml: Map<string, string>;
  links: Map<string, string>;
  /** Images written as XML here (photoTable): relationship id → the part's path under word/ and its bytes. */
  images: Map<string, { path: string; bytes: Uint8Array }>;
};
const HYPERLINK_REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink';
const IMAGE_REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/image';
const RAW_PREFIX = 'ROMBONGAN_RAW_';
const RAW_END = '_END';

/** Text as XML character data: escaped, and without the characters XML forbids (as pack() does to every part). */
export function xmlText(s: string): string {
  return xmlSafe(s)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

const RUN_KEYS = new Set(['text', 'bold', 'italics', 'underline', 'size', 'color', 'highlight', 'break']);

/** A run as XML, or null when it carries something only docx knows how to write. */
function runXml(o: IRunOptions & { text: string }, base: { size?: number; bold?: boolean; style?: string } = {}): string | null {
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

const JC = { left: 'left', center: 'center', right: 'right' } as const;
const BORDER_XML = ['top', 'left', 'bottom', 'right'].map((side) => `<w:${side} w:val="single" w:color="000000" w:sz="4"/>`).join('');
const TC_BORDERS = `<w:tcBorders>${BORDER_XML}</w:tcBorders>`;
const TC_MAR = '<w:tcMar><w:top w:type="dxa" w:w="40"/><w:left w:type="dxa" w:w="80"/><w:bottom w:type="dxa" w:w="40"/><w:right w:type="dxa" w:w="80"/></w:tcMar>';

/** The document's link relationships so far, and those a table being written adds (kept only when the whole table is written). */
type Links = { taken: Map<string, string>; added: Map<string, string> };

/**
 * A link made by link() as XML: its relationship is kept in the document's
 * deferred parts and added by pack() (docx adds it while writing its own
 * hyperlinks). Null for an address with a #fragment (docx writes those with an
 * anchor) or a run we cannot write.
 */
function linkXml(links: Links, h: ExternalHyperlink): string | null {
  const o = linkOptions.get(h);
  if (!o || o.href.includes('#')) return null;
  const r = runXml(o.run, { style: 'Hyperlink' });
  if (r === null) return null;
  const id = `RombLink${links.taken.size + links.added.size + 1}`;
  links.added.set(id, o.href);
  return `<w:hyperlink r:id="rId${id}" w:history="1">${r}</w:hyperlink>`;
}

/** A cell's paragraphs as XML, or null when a run is not one of ours (or the cell holds Paragraphs). */
function cellXml(cell: Cell, align: 'left' | 'center' | 'right', size: number, bold: boolean, links?: Links): string | null {
  const pPr = `<w:pPr><w:pStyle w:val="${STYLE.table}"/><w:jc w:val="${JC[align]}"/></w:pPr>`;
  if (typeof cell === 'string') {
    return cell
      .split('\n')
      .map((line) => `<w:p>${pPr}${runXml({ text: line }, { size, bold })}</w:p>`)
      .join('');
  }
  let runs = '';
  for (const child of cell) {
    if (child instanceof ExternalHyperlink) {
      const x = links ? linkXml(links, child) : null;
      if (x === null) return null;
      runs += x;
      continue;
    }
    const o = child instanceof TextRun ? runOptions.get(child) : undefined;
    if (!o) return null;
    const x = runXml(o);
    if (x === null) return null;
    runs += x;
  }
  return `<w:p>${pPr}${runs}</w:p>`;
}

function gridTableXml(
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

const EMU_PER_PX = 9525;
/** What docx writes for new Paragraph(''). */
const EMPTY_PARAGRAPH = '<w:p><w:r><w:t xml:space="preserve"></w:t></w:r></w:p>';
const A_NS = 'http://schemas.openxmlformats.org/drawingml/2006/main';
const PIC_NS = 'http://schemas.openxmlformats.org/drawingml/2006/picture';

/** An inline picture as docx writes one (docPr ids are numbered per document by pack()). */
function imageXml(images: Deferred['images'], image: ImageSpec): string {
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

const CLOSING_SLOT = 'ROMBONGAN_SLOT';
const CLOSING_END = 'ROMBONGAN_CLOSING_END_';

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

/**
 * A table docx carries as a one-line placeholder paragraph; pack() puts the
 * table's own XML in its place. (A Table, so callers see no difference.)
 */
class XmlTable extends Table {
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
function substituteXml(xml: string, raw: Map<string, string>): string {
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
  return out.join('');
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

const NO_BORDER_XML = ['top', 'left', 'bottom', 'right'].map((side) => `<w:${side} w:val="none" w:color="FFFFFF" w:sz="0"/>`).join('');

/** fieldTable's fast path (as gridTable's): null when a value holds something only docx can write. */
function fieldTableXml(links: Map<string, string>, widths: number[], indented: boolean, rows: Array<[string, Cell]>): string | null {
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

export interface SignerLines {
  /** "Singaraja, 28 April 2025" (or a gap marker). */
  placeDate?: ParagraphChild[];
  /** "Mengetahui," and similar, above the jabatan. */
  above?: string;
  onBehalf?: string;
  jabatan: ParagraphChild[];
  name: ParagraphChild[];
  pangkat?: string;
  nip?: ParagraphChild[];
}

function signerLine(children: ParagraphChild[], extra: Partial<IParagraphOptions> = {}): Paragraph {
  return new Paragraph({ style: STYLE.signature, alignment: AlignmentType.CENTER, ...extra, children });
}

/** Above the signing space: place and date, "Mengetahui,", a.n., jabatan (kept with the names below). */
function signerTop(s: SignerLines): Paragraph[] {
  return [
    ...(s.placeDate ? [signerLine(s.placeDate, { keepNext: true })] : []),
    ...(s.above ? [signerLine([new TextRun(s.above)], { keepNext: true })] : []),
    ...(s.onBehalf ? s.onBehalf.split('\n').map((line) => signerLine([new TextRun(line)], { keepNext: true })) : []),
    signerLine(s.jabatan, { keepNext: true }),
  ];
}

/** Below the signing space: full name, pangkat, NIP. */
function signerBottom(s: SignerLines): Paragraph[] {
  return [
    signerLine(s.name.map((c) => c), { spacing: { before: 1200 } }),
    ...(s.pangkat ? [signerLine([new TextRun(s.pangkat)])] : []),
    ...(s.nip ? [signerLine([new TextRun('NIP. '), ...s.nip])] : []),
  ];
}

/**
 * Signature block(s): one signer on the right half, or two side by side
 * (left: "Mengetahui" and the head of office; right: the lead). Two rows, the
 * upper aligned to its bottom, so both names sit on one line however many
 * lines each jabatan takes.
 */
export function signatureBlock(ctx: DocContext, right: SignerLines, left?: SignerLines): Table {
  const half = mm(ctx.textWidthMm / 2);
  const cell = (children: Paragraph[], bottom = false) =>
    new TableCell({
      width: { size: half, type: WidthType.DXA },
      borders: NO_BORDERS,
      verticalAlign: bottom ? VerticalAlign.BOTTOM : VerticalAlign.TOP,
      children,
    });
  const empty = () => [new Paragraph('')];
  return new Table({
    layout: TableLayoutType.FIXED,
    width: { size: half * 2, type: WidthType.DXA },
    columnWidths: [half, half],
    borders: NO_BORDERS,
    rows: [
      new TableRow({ cantSplit: true, children: [cell(left ? signerTop(left) : empty(), true), cell(signerTop(right), true)] }),
      new TableRow({ cantSplit: true, children: [cell(left ? signerBottom(left) : empty()), cell(signerBottom(right))] }),
    ],
  });
}

/** The kop: emblem on the left, government line and office name centred, contacts, closed by a double rule. */
export function kopHeader(ctx: DocContext): Header {
  const { kop, emblem: image, level } = ctx.issuer;
  const emblemMm = 24;
  const centred = (children: ParagraphChild[]) => new Paragraph({ alignment: AlignmentType.CENTER, children });
  const picture = (maxW: number, maxH: number) =>
    image
      ? new ImageRun({ type: image.type, data: image.bytes, transformation: fitBox(image.width, image.height, mmToPx(maxW), mmToPx(maxH)) })
      : null;
  if (level === 'kepala_daerah') {
    // Kop jabatan: the Garuda centred above "BUPATI BULELENG", no address, no rule.
    const garuda = picture(22, 22);
    return new Header({
      children: [
        centred([garuda ?? ctx.gap('noGaruda', 'Lambang Garuda')]),
        new Paragraph({
          alignment: AlignmentType.CENTER,
          spacing: { before: 60, after: 240 },
          children: [ctx.orGap(kop.officeName, 'noKop', 'Jabatan kepala daerah', { bold: true, size: 28 })],
        }),
      ],
    });
  }
  const emblemCol = mm(emblemMm + 4);
  const textCol = mm(ctx.textWidthMm) - emblemCol * 2;
  const emblem = picture(emblemMm, emblemMm + 6);
  const cell = (w: number, children: Paragraph[]) =>
    new TableCell({ width: { size: w, type: WidthType.DXA }, borders: NO_BORDERS, verticalAlign: VerticalAlign.CENTER, children });
  const table = new Table({
    layout: TableLayoutType.FIXED,
    width: { size: emblemCol * 2 + textCol, type: WidthType.DXA },
    columnWidths: [emblemCol, textCol, emblemCol],
    borders: NO_BORDERS,
    rows: [
      new TableRow({
        children: [
          cell(emblemCol, [emblem ? centred([emblem]) : new Paragraph('')]),
          cell(textCol, [
            centred([ctx.orGap(kop.govLine, 'noKop', 'Baris pemerintah daerah', { bold: true, size: 28 })]),
            centred([ctx.orGap(kop.officeName, 'noKop', level === 'setda' ? 'Sekretariat daerah' : 'Nama perangkat daerah', { bold: true, size: 32 })]),
            ...kop.contacts.map((c) => centred([new TextRun({ text: c, size: 18 })])),
          ]),
          cell(emblemCol, [new Paragraph('')]),
        ],
      }),
    ],
  });
  const rule = new Paragraph({
    border: { bottom: { style: BorderStyle.THICK_THIN_SMALL_GAP, size: 24, color: '000000', space: 1 } },
    spacing: { after: 120 },
    children: [],
  });
  return new Header({ children: [table, rule] });
}

/** "Halaman X dari Y", right-aligned, small (Y: the document's pages, or the section's). */
export function pageFooter(total: 'document' | 'section' = 'document'): Footer {
  return new Footer({
    children: [
      new Paragraph({
        alignment: AlignmentType.RIGHT,
        children: [
          new TextRun({
            children: ['Halaman ', PageNumber.CURRENT, ' dari ', total === 'section' ? PageNumber.TOTAL_PAGES_IN_SECTION : PageNumber.TOTAL_PAGES],
            size: 18,
          }),
        ],
      }),
    ],
  });
}

/** "- 2 -", centred at the top (the ministry style: from the second page on). */
function pageHeaderCentred(): Header {
  return new Header({
    children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ children: ['- ', PageNumber.CURRENT, ' -'], size: 20 })] })],
  });
}

const emptyHeader = () => new Header({ children: [new Paragraph('')] });
const emptyFooter = () => new Footer({ children: [new Paragraph('')] });

export interface SectionOptions {
  /** The kop on the first page (a different first-page header). */
  kop?: boolean;
  /**
   * Page numbers in the house style (profile.pageNumbers): true on every page
   * ("Halaman 1 dari 3" on the first too), 'fromSecond' not on the first page
   * (letters: none on a one-page letter). The top-centre style never numbers
   * the first page.
   */
  pageNumbers?: boolean | 'fromSecond';
  /** Where this section's page numbers start and how they are written (the report's front matter: i, ii …). */
  pageStart?: number;
  pageFormat?: 'decimal' | 'lowerRoman';
  /** "dari Y" counts the section's pages rather than the document's (a report's body after its front matter). */
  totalPages?: 'document' | 'section';
  children: ISectionOptions['children'];
}

/** A section with the profile's paper, orientation and margins, the kop and the house style's page numbers. */
export function section(ctx: DocContext, opts: SectionOptions): ISectionOptions {
  const p = ctx.profile;
  const paper = PAPER_MM[p.paper];
  const numbered = opts.pageNumbers ?? false;
  const centred = numbered !== false && p.pageNumbers === 'top_center';
  const fromSecond = numbered === 'fromSecond' || centred;
  const titlePage = (opts.kop ?? false) || (numbered !== false && fromSecond);
  const footer = numbered !== false && !centred ? pageFooter(opts.totalPages) : undefined;
  const first = opts.kop ? kopHeader(ctx) : emptyHeader();
  const headers = centred ? { first, default: pageHeaderCentred() } : titlePage ? { first, default: emptyHeader() } : undefined;
  const footers = footer ? { default: footer, first: fromSecond ? emptyFooter() : footer } : titlePage ? { first: emptyFooter(), default: emptyFooter() } : undefined;
  return {
    properties: {
      titlePage,
      page: {
        ...(opts.pageStart !== undefined || opts.pageFormat
          ? { pageNumbers: { start: opts.pageStart, formatType: opts.pageFormat === 'lowerRoman' ? NumberFormat.LOWER_ROMAN : NumberFormat.DECIMAL } }
          : {}),
        // docx swaps width and height itself for landscape: pass portrait sizes.
        size: { width: mm(paper.width), height: mm(paper.height), orientation: ctx.landscape ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT },
        margin: {
          top: mm(p.marginTop),
          right: mm(p.marginRight),
          bottom: mm(p.marginBottom),
          left: mm(p.marginLeft),
          header: mm(10),
          footer: mm(10),
        },
      },
    },
    headers,
    footers,
    children: opts.children,
  };
}

/** The office as a document's author: "Dinas Komunikasi, Informatika, Persandian dan Statistik Kabupaten Buleleng". */
export function authorOf(ctx: DocContext): string {
  const o = ctx.data.office;
  const office = titleWords(clean(o.officeName));
  const gov = titleWords(clean(o.govLine)).replace(/^Pemerintah\s+/i, '');
  return (office ? `${office}${gov && !office.includes(gov) ? ` ${gov}` : ''}` : gov) || 'Rombongan';
}

const black = { color: '000000' } as const;

/**
 * The document with the profile's font, 12 pt, single spacing (lineRule auto:
 * see architecture.md), Indonesian as every run's language, the paragraph
 * styles and numbering above, and the office as its author.
 */
export function document(ctx: DocContext, title: string, sections: ISectionOptions[], opts: { subject?: string } = {}): Document {
  const font = ctx.profile.font;
  const heading = (size: number, before: number) => ({
    run: { ...black, bold: true, size, font },
    paragraph: { keepNext: true, keepLines: true, spacing: { before, after: 100 } },
  });
  const author = authorOf(ctx);
  const doc = new Document({
    creator: author,
    lastModifiedBy: author,
    title,
    subject: opts.subject,
    styles: {
      default: {
        document: {
          run: { font, size: BODY_SIZE, language: { value: 'id-ID' } },
          paragraph: { spacing: { line: 264, lineRule: LineRuleType.AUTO, after: 0 } },
        },
        title: { run: { ...black, bold: true, size: 28, font }, paragraph: { alignment: AlignmentType.CENTER, spacing: { after: 0 } } },
        heading1: heading(BODY_SIZE, 280),
        heading2: heading(BODY_SIZE, 200),
        heading3: heading(BODY_SIZE, 160),
        hyperlink: { run: { color: '0563C1', underline: { type: 'single' } } },
      },
      paragraphStyles: [
        { id: STYLE.body, name: 'Body Text', basedOn: 'Normal', quickFormat: true, paragraph: { alignment: AlignmentType.JUSTIFIED, spacing: { after: 120 } } },
        { id: STYLE.table, name: 'Table Text', basedOn: 'Normal', quickFormat: true, run: { size: SMALL_SIZE } },
        { id: STYLE.signature, name: 'Signature', basedOn: 'Normal', quickFormat: true, paragraph: { alignment: AlignmentType.CENTER } },
        ...[1, 2, 3].map((n) => ({
          id: `TOC${n}`,
          name: `toc ${n}`,
          basedOn: 'Normal',
          next: 'Normal',
          paragraph: {
            indent: { left: mm((n - 1) * 8) },
            spacing: { before: n === 1 ? 80 : 0, after: 40 },
            tabStops: [{ type: TabStopType.RIGHT, position: mm(ctx.textWidthMm), leader: 'dot' as const }],
          },
          run: { bold: n === 1 },
        })),
      ],
    },
    numbering: { config: numberingConfig },
    sections,
  });
  // The links gridTable() wrote itself: their relationships, as docx adds its own hyperlinks' (rId + id, external).
  for (const [id, href] of ctx.deferred.links) doc.Document.Relationships.addRelationship(id, HYPERLINK_REL, href, 'External');
  for (const [id, image] of ctx.deferred.images) doc.Document.Relationships.addRelationship(id, IMAGE_REL, image.path);
  if (ctx.deferred.media.size > 0 || ctx.deferred.xml.size > 0) deferredParts.set(doc, ctx.deferred);
  return doc;
}

/** What pack() puts in place of placeholders, per document. */
const deferredParts = new WeakMap<Document, Deferred>();
const PLACEHOLDER = 'rombongan-media:';

/**
 * An inline picture. docx names every image after a SHA-1 of its bytes,
 * computed in plain JavaScript (about 15 ms per 400 KB photo, most of the
 * build time of a report with photos); this hands docx a short placeholder
 * instead, and pack() swaps the real bytes in. Such a document must be
 * packed with pack(), not with docx's Packer.
 */
export function imageRun(
  ctx: DocContext,
  opts: { type: 'jpg' | 'png'; data: Uint8Array; transformation: { width: number; height: number }; altText?: { name: string; title?: string; description?: string } },
): ImageRun {
  if (ctx.plain) return new ImageRun(opts);
  const token = `${PLACEHOLDER}${ctx.deferred.media.size + 1}`;
  ctx.deferred.media.set(token, opts.data);
  return new ImageRun({ ...opts, data: new TextEncoder().encode(token) });
}

const compiler = (Packer as unknown as { compiler: { compile(file: Document): Map<string, string | Uint8Array> } }).compiler;

/**
 * Packs the document like Packer.toBuffer, but: media (already compressed
 * JPEG/PNG) stored, not deflated again (architecture.md: that deflate is most
 * of docx's packing time with photos); the placeholders of imageRun() and
 * gridTable() filled in; every XML part stripped of the characters XML 1.0
 * forbids (format.ts xmlSafe: one regex pass a part); and the zip written with
 * Node's native zlib (CRC-32 and deflate in C, not JavaScript).
 */
export function pack(doc: Document): Buffer {
  const deferred = deferredParts.get(doc);
  const decoder = new TextDecoder();
  const entries: ZipEntry[] = [];
  // docx numbers drawings from a counter shared by the whole process: number them per document, so the same data gives the same bytes.
  let drawing = 0;
  for (const [path, data] of compiler.compile(doc)) {
    if (typeof data === 'string') {
      const raw = deferred && deferred.xml.size > 0 && data.includes(RAW_PREFIX) ? substituteXml(data, deferred.xml) : data;
      const numbered = raw.includes('<wp:docPr ') ? raw.replace(/<wp:docPr id="\d+"/g, () => `<wp:docPr id="${(drawing += 1)}"`) : raw;
      const xml = path.startsWith('word/') ? nativeTabs(bookmarksPerDocument(numbered)) : numbered;
      // The one place every part passes (body, kop headers, footers, core properties, relationships with link targets, the
      // raw-XML tables): what XML 1.0 forbids goes, whichever field the user typed it in, or Word and LibreOffice refuse the file.
      entries.push({ path, bytes: Buffer.from(xmlSafe(xml), 'utf8'), deflate: true });
      continue;
    }
    let bytes = new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
    const isMedia = path.startsWith('word/media/');
    if (isMedia && deferred && bytes.length < 64) bytes = deferred.media.get(decoder.decode(bytes)) ?? bytes;
    entries.push({ path, bytes, deflate: !isMedia });
  }
  // The images photoTable() wrote itself (their relationships were added in document()).
  for (const image of deferred?.images.values() ?? []) entries.push({ path: `word/${image.path}`, bytes: image.bytes, deflate: false });
  return zip(entries);
}

/**
 * docx numbers bookmarks from a counter shared by the whole process: number
 * them per document (start and end keep their pair), so the same data gives
 * the same bytes.
 */
function bookmarksPerDocument(xml: string): string {
  if (!xml.includes('<w:bookmarkStart ')) return xml;
  const ids = new Map<string, number>();
  return xml.replace(/<w:bookmark(Start|End)( [^>]*?)?w:id="(\d+)"/g, (_m, which: string, before: string | undefined, id: string) => {
    let n = ids.get(id);
    if (n === undefined) {
      n = ids.size + 1;
      ids.set(id, n);
    }
    return `<w:bookmark${which}${before ?? ''}w:id="${n}"`;
  });
}

/** A tab character inside a run's text becomes Word's own <w:tab/> (a literal tab in w:t is not a tab to Word). */
export function nativeTabs(xml: string): string {
  if (!xml.includes('\t')) return xml;
  return xml.replace(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g, (m, text: string) =>
    text.includes('\t') ? text.split('\t').map((t) => (t ? `<w:t xml:space="preserve">${t}</w:t>` : '')).join('<w:tab/>') : m,
  );
}

interface ZipEntry {
  path: string;
  bytes: Uint8Array;
  deflate: boolean;
}

/** A plain zip (no zip64: a .docx stays far below 4 GB), names in UTF-8, a fixed timestamp (1980-01-01). */
export function zip(entries: ZipEntry[]): Buffer {
  const chunks: Uint8Array[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = Buffer.from(e.path, 'utf8');
    const crc = zlib.crc32(e.bytes);
    const body = e.deflate ? zlib.deflateRawSync(e.bytes, { level: 1 }) : e.bytes;
    const method = e.deflate ? 8 : 0;
    if (offset + body.length > 0xffff_fff0) throw new Error('document too large for a zip without zip64');
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6);
    local.writeUInt16LE(method, 8);
    local.writeUInt16LE(0, 10);
    local.writeUInt16LE(0x21, 12);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(body.length, 18);
    local.writeUInt32LE(e.bytes.length, 22);
    local.writeUInt16LE(name.length, 26);
    local.writeUInt16LE(0, 28);
    const dir = Buffer.alloc(46);
    dir.writeUInt32LE(0x02014b50, 0);
    dir.writeUInt16LE(20, 4);
    dir.writeUInt16LE(20, 6);
    dir.writeUInt16LE(0x0800, 8);
    dir.writeUInt16LE(method, 10);
    dir.writeUInt16LE(0, 12);
    dir.writeUInt16LE(0x21, 14);
    dir.writeUInt32LE(crc, 16);
    dir.writeUInt32LE(body.length, 20);
    dir.writeUInt32LE(e.bytes.length, 24);
    dir.writeUInt16LE(name.length, 28);
    dir.writeUInt32LE(offset, 42);
    central.push(dir, name);
    chunks.push(local, name, body);
    offset += local.length + name.length + body.length;
  }
  const dirSize = central.reduce((n, b) => n + b.length, 0);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(dirSize, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...chunks, ...central, end]);
}

/** 96 dpi pixels, the unit docx uses for image sizes. */
export const mmToPx = (v: number): number => Math.round((v / 25.4) * 96);

/** The largest width × height with the picture's proportions inside the box. */
export function fitBox(width: number, height: number, maxW: number, maxH: number): { width: number; height: number } {
  const w = Math.max(1, width);
  const h = Math.max(1, height);
  const scale = Math.min(maxW / w, maxH / h);
  return { width: Math.max(1, Math.round(w * scale)), height: Math.max(1, Math.round(h * scale)) };
}
