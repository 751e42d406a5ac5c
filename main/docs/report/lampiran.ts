/** The Lampiran: its block, the delegation in full, the photo grid, the press clippings. */
import { AlignmentType, Paragraph, Table, TableCell, TableLayoutType, TableRow, TextRun, VerticalAlign, WidthType, type ParagraphChild } from 'docx';
import { isRealIsoDate } from '../../../shared/dates';
import { TONE_LABELS } from '../../../shared/vocabulary';
import type {
  DocContext} from '../common';
import {
  NO_BORDERS,
  SMALL_SIZE,
  STYLE,
  fitBox,
  gridTable,
  imageRun,
  link,
  mm,
  mmToPx,
  photoTable,
  run,
  type PhotoParagraph,
} from '../common';
import { photoType } from '../conditions';
import { cleanText as clean, journalistsOf, officialsOf, plainDate } from '../format';
import { signDateRun } from '../parts';
import { activityName } from '../drafts';
import type { Outline } from '../toc';
import type { DocData, DocPhoto } from '../model';
import { delegationTable, journalistTable } from './members';
import { LAMPIRAN_OUTLINE, SUB, TABLE_INDENT, body, spacer } from './parts';

/** The block at the Lampiran's start: LAMPIRAN : LAPORAN … / NOMOR : … / TANGGAL : …; "LAMPIRAN" is its Heading 1 (the daftar isi lists it). */
export function lampiranBlock(ctx: DocContext, data: DocData, outline: Outline): Table {
  const number = clean(data.numbers.report?.number);
  const widths = [mm(24), mm(5), mm(76)];
  const indent = Math.max(0, mm(ctx.textWidthMm) - widths.reduce((a, b) => a + b, 0));
  const cell = (w: number, children: Paragraph[]) => new TableCell({ width: { size: w, type: WidthType.DXA }, borders: NO_BORDERS, margins: { left: 0, right: 0 }, children });
  const p = (children: ParagraphChild[]) => new Paragraph({ children });
  const rowOf = (label: Paragraph, value: ParagraphChild[]) =>
    new TableRow({ cantSplit: true, children: [cell(widths[0] ?? 0, [label]), cell(widths[1] ?? 0, [p([new TextRun(':')])]), cell(widths[2] ?? 0, [p(value)])] });
  const heading = outline.custom(['LAMPIRAN'], 0, (children) => new Paragraph({ style: STYLE.h1, keepNext: true, spacing: { before: 0, after: 0 }, children }));
  return new Table({
    layout: TableLayoutType.FIXED,
    width: { size: widths.reduce((a, b) => a + b, 0), type: WidthType.DXA },
    columnWidths: widths,
    indent: { size: indent, type: WidthType.DXA },
    borders: NO_BORDERS,
    rows: [
      rowOf(heading, [new TextRun(`LAPORAN HASIL ${activityName(data.detail.trip.title).toUpperCase()}`)]),
      // The number is optional (readiness advises one): dots leave it to be written in by hand, as naskah dinas do.
      rowOf(p([new TextRun({ text: 'NOMOR', bold: true })]), [new TextRun(number || '……………………………')]),
      rowOf(p([new TextRun({ text: 'TANGGAL', bold: true })]), [signDateRun(ctx, data.signing.report)]),
    ],
  });
}

/** Photos two to a row, each scaled into its cell with its proportions, the caption below. */
export const altOf = (p: DocPhoto) => ({ name: clean(p.fileName), title: clean(p.fileName), description: clean(p.caption) || clean(p.fileName) });

export function photoGrid(ctx: DocContext, photos: DocPhoto[]): Table {
  const width = ctx.textWidthMm - TABLE_INDENT;
  const col = mm(width / 2);
  const boxW = width / 2 - 6;
  const boxH = Math.min(62, boxW * 0.78);
  const cell = (p: DocPhoto | undefined, index: number) => {
    const children: Paragraph[] = [];
    if (p) {
      const type = photoType(p);
      children.push(
        new Paragraph({
          alignment: AlignmentType.CENTER,
          spacing: { before: 60, after: 40 },
          children: type
            ? [
                imageRun(ctx, {
                  type,
                  data: p.bytes,
                  transformation: fitBox(p.width, p.height, mmToPx(boxW), mmToPx(boxH)),
                  altText: altOf(p),
                }),
              ]
            : [ctx.gap('photosUnreadable', `Berkas foto ${clean(p.fileName)}`)],
        }),
        new Paragraph({
          alignment: AlignmentType.CENTER,
          spacing: { after: 120 },
          children: [new TextRun({ text: `Foto ${index + 1}. `, bold: true, size: SMALL_SIZE }), clean(p.caption) ? new TextRun({ text: clean(p.caption), size: SMALL_SIZE }) : ctx.gap('photosWithoutCaption', 'Keterangan foto')],
        }),
      );
    } else {
      children.push(new Paragraph(''));
    }
    return new TableCell({
      width: { size: col, type: WidthType.DXA },
      borders: NO_BORDERS,
      verticalAlign: VerticalAlign.TOP,
      margins: { left: 60, right: 60 },
      children,
    });
  };
  // As XML when every caption run is ours (it is, unless docx is asked to write it all: ctx.plain).
  const caption = (p: DocPhoto, index: number) => [
    run(`Foto ${index + 1}. `, { bold: true, size: SMALL_SIZE }),
    clean(p.caption) ? run(clean(p.caption), { size: SMALL_SIZE }) : ctx.gap('photosWithoutCaption', 'Keterangan foto'),
  ];
  const spec = (p: DocPhoto | undefined, index: number): PhotoParagraph[] | null => {
    if (!p) return null;
    const type = photoType(p);
    return [
      {
        before: 60,
        after: 40,
        children: type
          ? [{ type, data: p.bytes, transformation: fitBox(p.width, p.height, mmToPx(boxW), mmToPx(boxH)), altText: altOf(p) }]
          : [ctx.gap('photosUnreadable', `Berkas foto ${clean(p.fileName)}`)],
      },
      { after: 120, children: caption(p, index) },
    ];
  };
  if (!ctx.plain) {
    const grid: Array<Array<PhotoParagraph[] | null>> = [];
    for (let i = 0; i < photos.length; i += 2) grid.push([spec(photos[i], i), spec(photos[i + 1], i + 1)]);
    const fast = photoTable(ctx, grid, { colTwips: col, indentTwips: mm(TABLE_INDENT) });
    if (fast) return fast;
  }
  const rows: TableRow[] = [];
  for (let i = 0; i < photos.length; i += 2) {
    rows.push(new TableRow({ cantSplit: true, children: [cell(photos[i], i), cell(photos[i + 1], i + 1)] }));
  }
  return new Table({
    layout: TableLayoutType.FIXED,
    width: { size: col * 2, type: WidthType.DXA },
    columnWidths: [col, col],
    indent: { size: mm(TABLE_INDENT), type: WidthType.DXA },
    borders: NO_BORDERS,
    rows,
  });
}

export function clippingTable(ctx: DocContext, data: DocData): Table {
  const width = ctx.textWidthMm - TABLE_INDENT;
  return gridTable(
    ctx,
    [
      { header: 'NO', widthMm: 9, align: 'center' },
      { header: 'TANGGAL', widthMm: 24, align: 'center' },
      { header: 'MEDIA', widthMm: 24 },
      { header: 'JUDUL' },
      { header: 'TAUTAN', widthMm: 36 },
      { header: 'NADA', widthMm: 16, align: 'center' },
    ],
    data.coverage.map((c, i) => [
      String(i + 1),
      isRealIsoDate(c.publishedOn) ? plainDate(c.publishedOn) : clean(c.publishedOn) || '-',
      [ctx.orGap(c.outlet, 'clippingsIncomplete', 'Media', { size: SMALL_SIZE })],
      [ctx.orGap(c.headline, 'clippingsIncomplete', 'Judul berita', { size: SMALL_SIZE })],
      clean(c.url) ? [link(clean(c.url), { size: SMALL_SIZE })] : '-',
      TONE_LABELS[c.tone],
    ]),
    { widthMm: width, indentMm: TABLE_INDENT },
  );
}

export function lampiran(ctx: DocContext, data: DocData, outline: Outline): Array<Paragraph | Table> {
  const officials = officialsOf(data.detail.members);
  const journalists = journalistsOf(data.detail.members);
  const part = (title: string) => outline.heading(title, { level: 0, instance: LAMPIRAN_OUTLINE });
  const sub = (title: string) => outline.heading(title, { level: 1, instance: LAMPIRAN_OUTLINE });
  const out: Array<Paragraph | Table> = [
    new Paragraph({ pageBreakBefore: true, spacing: { after: 0 }, children: [] }),
    lampiranBlock(ctx, data, outline),
    spacer(240),
    part('DAFTAR PESERTA'),
    sub('Pejabat/Pegawai'),
  ];
  out.push(officials.length ? delegationTable(ctx, officials, { withRole: true, withUnit: true }) : body('Tidak ada pejabat/pegawai dalam rombongan.', { firstLine: false }));
  out.push(spacer(60), sub('Jurnalis'));
  out.push(journalists.length ? journalistTable(ctx, journalists) : body('Tidak ada jurnalis yang menyertai rombongan.', { firstLine: false }));
  out.push(spacer(60), part('DOKUMENTASI KEGIATAN'));
  out.push(data.photos.length ? photoGrid(ctx, data.photos) : body('Belum ada foto dokumentasi.', { leftMm: SUB, firstLine: false }));
  out.push(spacer(60), part('KLIPING BERITA'));
  out.push(data.coverage.length ? clippingTable(ctx, data) : body('Belum ada kliping berita yang dicatat.', { leftMm: SUB, firstLine: false }));
  out.push(spacer(0));
  return out;
}
