/** The page: kop, page numbers, sections, and the document with its styles and numbering. */
import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  Header,
  ImageRun,
  LineRuleType,
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
  type ISectionOptions,
  type ParagraphChild,
} from 'docx';
import { PAPER_MM } from '../../../shared/documents/schemas';
import { titleWords } from '../../../shared/documents/signing';
import { clean } from '../format';
import type { DocContext } from './context';
import { deferredParts } from './context';
import { numberingConfig } from './text';
import { BODY_SIZE, NO_BORDERS, SMALL_SIZE, STYLE, fitBox, mm, mmToPx } from './units';
import { HYPERLINK_REL, IMAGE_REL } from './xml';

/** The kop: emblem on the left, government line and office name centred, contacts, closed by a double rule. */
export function kopHeader(ctx: DocContext): Header {
  const { kop, emblem: image, level } = ctx.issuer;
  const emblemMm = 24;
  const centred = (children: ParagraphChild[]) => new Paragraph({ alignment: AlignmentType.CENTER, children });
  const picture = (maxW: number, maxH: number) =>
    image
      ? new ImageRun({ type: image.type, data: image.bytes, transformation: fitBox(image.width, image.height, mmToPx(maxW), mmToPx(maxH)) })
      : null;
  if (level === 'regional_head') {
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
            centred([ctx.orGap(kop.officeName, 'noKop', level === 'secretariat' ? 'Sekretariat daerah' : 'Nama perangkat daerah', { bold: true, size: 32 })]),
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
export function pageHeaderCentred(): Header {
  return new Header({
    children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ children: ['- ', PageNumber.CURRENT, ' -'], size: 20 })] })],
  });
}

export const emptyHeader = () => new Header({ children: [new Paragraph('')] });

export const emptyFooter = () => new Footer({ children: [new Paragraph('')] });

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
  /**
   * The same headers and footers as the section before: none are written,
   * and Word and LibreOffice carry the previous section's over (ECMA-376
   * 17.10.5). A set of 500 SPPD sheets then holds 4 header/footer parts, not 2,000.
   */
  sameHeadersAsPrevious?: boolean;
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
    ...(opts.sameHeadersAsPrevious ? {} : { headers, footers }),
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

export const black = { color: '000000' } as const;

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
