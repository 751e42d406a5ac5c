/**
 * Building blocks every Rombongan document shares: page setup from the office
 * profile (F4/A4, margins, font), the kop on the first page, "Halaman X dari Y",
 * fixed-width tables (LibreOffice draws auto widths wrong), signature blocks,
 * visible gap markers, and a packer that keeps JPEG bytes out of the deflate.
 */
import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  Header,
  ImageRun,
  LineRuleType,
  Packer,
  PageNumber,
  PageOrientation,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlign,
  WidthType,
  convertMillimetersToTwip,
  type ISectionOptions,
  type IParagraphOptions,
  type IRunOptions,
  type ParagraphChild,
} from 'docx';
import { zipSync, type Zippable } from 'fflate';
import { PAPER_MM } from '../../shared/domain/documents';
import type { DocData } from './model';

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
  gaps = 0;
  readonly landscape: boolean;
  constructor(
    readonly data: DocData,
    opts: { landscape?: boolean } = {},
  ) {
    this.landscape = opts.landscape ?? false;
  }

  get profile(): DocData['profile'] {
    return this.data.profile;
  }

  /** Width between the margins, in mm. */
  get textWidthMm(): number {
    const paper = PAPER_MM[this.profile.paper];
    const width = this.landscape ? paper.height : paper.width;
    return width - this.profile.marginLeft - this.profile.marginRight;
  }

  /** A clearly visible marker where data is missing: never a silent blank. */
  gap(what: string): TextRun {
    this.gaps += 1;
    return new TextRun({ text: `[${what} belum diisi]`, bold: true, color: 'C00000', highlight: 'yellow' });
  }

  /** The text, or a gap marker naming what is missing. */
  orGap(value: string | null | undefined, what: string, opts: IRunOptions = {}): TextRun {
    const v = (value ?? '').trim();
    return v ? new TextRun({ ...opts, text: v }) : this.gap(what);
  }
}

/** mm → twips (DXA). */
export const mm = (v: number): number => Math.round(convertMillimetersToTwip(v));

export function run(text: string, opts: IRunOptions = {}): TextRun {
  return new TextRun({ ...opts, text });
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
    return cell.split('\n').map((line) => new Paragraph({ alignment: ALIGN[align], children: [new TextRun({ text: line, size, bold })] }));
  }
  if (cell.length > 0 && cell[0] instanceof Paragraph) return cell as Paragraph[];
  return [new Paragraph({ alignment: ALIGN[align], children: cell as ParagraphChild[] })];
}

/**
 * Keep a paragraph between two tables: Word and LibreOffice merge adjacent
 * tables into one (the second would inherit the first's repeating header).
 *
 * A bordered table with fixed column widths in DXA and a header row that
 * repeats on every page. Rows never split across pages.
 */
export function gridTable(ctx: DocContext, columns: Column[], rows: Cell[][], opts: { size?: number; widthMm?: number } = {}): Table {
  const total = opts.widthMm ?? ctx.textWidthMm;
  const fixed = columns.reduce((s, c) => s + (c.widthMm ?? 0), 0);
  const flexible = columns.filter((c) => c.widthMm === undefined).length;
  const widths = columns.map((c) => mm(c.widthMm ?? Math.max(15, (total - fixed) / Math.max(1, flexible))));
  const size = opts.size ?? SMALL_SIZE;
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
    borders: GRID_BORDERS,
    rows: [header, ...body],
  });
}

/** Label / colon / value lines ("Nama : …") as a borderless table with fixed widths. */
export function fieldTable(ctx: DocContext, rows: Array<[string, Cell]>, opts: { labelMm?: number; indentMm?: number } = {}): Table {
  const label = mm(opts.labelMm ?? 40);
  const colon = mm(5);
  const indent = mm(opts.indentMm ?? 0);
  const value = mm(ctx.textWidthMm) - label - colon - indent;
  const widths = indent > 0 ? [indent, label, colon, value] : [label, colon, value];
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

function signerParagraphs(s: SignerLines): Paragraph[] {
  const center = (children: ParagraphChild[], extra: Partial<IParagraphOptions> = {}) =>
    new Paragraph({ alignment: AlignmentType.CENTER, ...extra, children });
  return [
    ...(s.placeDate ? [center(s.placeDate)] : [center([new TextRun('')])]),
    ...(s.above ? [center([new TextRun(s.above)])] : []),
    ...(s.onBehalf ? [center([new TextRun(s.onBehalf)])] : []),
    center(s.jabatan, { spacing: { after: 1200 } }),
    center(s.name.map((c) => c)),
    ...(s.pangkat ? [center([new TextRun(s.pangkat)])] : []),
    ...(s.nip ? [center([new TextRun('NIP. '), ...s.nip])] : []),
  ];
}

/**
 * Signature block(s): one signer on the right half, or two side by side
 * (left: "Mengetahui" and the head of office; right: the lead).
 */
export function signatureBlock(ctx: DocContext, right: SignerLines, left?: SignerLines): Table {
  const half = mm(ctx.textWidthMm / 2);
  const cell = (children: Paragraph[]) => new TableCell({ width: { size: half, type: WidthType.DXA }, borders: NO_BORDERS, children });
  return new Table({
    layout: TableLayoutType.FIXED,
    width: { size: half * 2, type: WidthType.DXA },
    columnWidths: [half, half],
    borders: NO_BORDERS,
    rows: [
      new TableRow({
        cantSplit: true,
        children: [cell(left ? signerParagraphs(left) : [new Paragraph('')]), cell(signerParagraphs(right))],
      }),
    ],
  });
}

/** The kop: emblem on the left, government line and office name centred, contacts, closed by a double rule. */
export function kopHeader(ctx: DocContext): Header {
  const p = ctx.profile;
  const emblemMm = 24;
  const emblemCol = mm(emblemMm + 4);
  const textCol = mm(ctx.textWidthMm) - emblemCol * 2;
  const contacts = [
    p.address,
    [p.phone && `Telepon ${p.phone}`, p.email && `Surel ${p.email}`].filter(Boolean).join(', '),
    p.website && `Laman ${p.website}`,
  ].filter(Boolean);
  const centred = (children: ParagraphChild[]) => new Paragraph({ alignment: AlignmentType.CENTER, children });
  const emblem = p.emblem
    ? [
        new Paragraph({
          alignment: AlignmentType.CENTER,
          children: [
            new ImageRun({
              type: p.emblem.type,
              data: p.emblem.bytes,
              transformation: fitBox(p.emblem.width, p.emblem.height, mmToPx(emblemMm), mmToPx(emblemMm + 6)),
            }),
          ],
        }),
      ]
    : [new Paragraph('')];
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
          cell(emblemCol, emblem),
          cell(textCol, [
            centred([ctx.orGap(p.govLine.toUpperCase(), 'Baris pemerintah daerah', { bold: true, size: 28 })]),
            centred([ctx.orGap(p.officeName.toUpperCase(), 'Nama perangkat daerah', { bold: true, size: 32 })]),
            ...contacts.map((c) => centred([new TextRun({ text: c, size: 18 })])),
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

/** "Halaman X dari Y", right-aligned, small. */
export function pageFooter(): Footer {
  return new Footer({
    children: [
      new Paragraph({
        alignment: AlignmentType.RIGHT,
        children: [
          new TextRun({ children: ['Halaman ', PageNumber.CURRENT, ' dari ', PageNumber.TOTAL_PAGES], size: 18 }),
        ],
      }),
    ],
  });
}

export interface SectionOptions {
  /** The kop on the first page (a different first-page header). */
  kop?: boolean;
  pageNumbers?: boolean;
  children: ISectionOptions['children'];
}

/** A section with the profile's paper, orientation and margins. */
export function section(ctx: DocContext, opts: SectionOptions): ISectionOptions {
  const p = ctx.profile;
  const paper = PAPER_MM[p.paper];
  const footer = opts.pageNumbers ? pageFooter() : undefined;
  return {
    properties: {
      titlePage: opts.kop ?? false,
      page: {
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
    headers: opts.kop ? { first: kopHeader(ctx), default: new Header({ children: [new Paragraph('')] }) } : undefined,
    footers: footer ? { default: footer, first: footer } : undefined,
    children: opts.children,
  };
}

/** The document with the profile's font, 12 pt, single spacing (lineRule auto: see architecture.md). */
export function document(ctx: DocContext, title: string, sections: ISectionOptions[]): Document {
  return new Document({
    creator: 'Rombongan',
    title,
    styles: {
      default: {
        document: {
          run: { font: ctx.profile.font, size: BODY_SIZE },
          paragraph: { spacing: { line: 264, lineRule: LineRuleType.AUTO, after: 0 } },
        },
      },
    },
    sections,
  });
}

const compiler = (Packer as unknown as { compiler: { compile(file: Document): Map<string, string | Uint8Array> } }).compiler;

/**
 * Packs the document like Packer.toBuffer, but stores media (already
 * compressed JPEG/PNG) without deflating them again: that deflate is most of
 * docx's packing time for a report with photos (architecture.md).
 */
export function pack(doc: Document): Buffer {
  const files: Zippable = {};
  for (const [path, data] of compiler.compile(doc)) {
    const bytes = typeof data === 'string' ? new TextEncoder().encode(data) : new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
    files[path] = path.startsWith('word/media/') ? [bytes, { level: 0 }] : [bytes, { level: 6 }];
  }
  const zipped = zipSync(files);
  return Buffer.from(zipped.buffer, zipped.byteOffset, zipped.byteLength);
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
