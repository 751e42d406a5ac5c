/**
 * Laporan Hasil Studi Komparasi (PermenPANRB 80/2012 "Format Laporan", as
 * regional governments write it for study visits), Word-native: paragraph
 * styles (Title, Heading 1–3, Body Text), the outline numbered by Word
 * (I. / A. / 1.), lists as Word lists, clipping URLs as links.
 *
 * In order: an optional cover (sampul) in a section of its own; the front
 * matter numbered i, ii, … (an optional lembar pengesahan, the kata
 * pengantar, the daftar isi as a TOC field, toc.ts); then the body from page
 * 1 with the kop: the title, I. Pendahuluan, II. Pelaksanaan (time and place,
 * who received the delegation, the delegation table, the agenda per local
 * day, the Hambatan when chosen), III. Hasil (one sub-heading per learning),
 * IV. Kesimpulan dan Saran with the Rencana Tindak Lanjut table, V. Penutup
 * with the signatures kept on the page of its last lines, and the Lampiran
 * (its block with the report's number and date; participants, photos,
 * clippings). Missing data shows as a gap marker, never a blank.
 */
import type { Table} from 'docx';
import { AlignmentType, Paragraph, TextRun, type FileChild, type ISectionOptions, type ParagraphChild } from 'docx';
import { isRealIsoDate } from '../../../shared/dates';
import { DocContext, SMALL_SIZE, STYLE, document, keepTogether, mm, signatureBlock, type SignerLines } from '../common';
import { reportTexts } from '../conditions';
import { cleanText as clean, plainDate } from '../format';
import { signedBy } from '../parts';
import { orderingAuthority } from '../drafts';
import { BODY_MARK, FRONT_MARK, Outline, daftarIsi, mark, type ReportPages } from '../toc';
import type { BuiltDocument } from '../index';
import type { DocData } from '../model';
import { agendaBlock, followupTable, resultsBlock, whereAndWhen } from './activities';
import { approvalPage, bodySection, cover, foreword, frontSection, reportTitle } from './front';
import { lampiran } from './lampiran';
import { delegationBlock, receivedBy } from './members';
import { BODY, SUB, TABLE_INDENT, body, leadSigner, lowerFirst, placeDate, spacer, textBlock, wordList } from './parts';

/**
 * The report's foot: the delegation lead signs (PermenPANRB 80/2012: place
 * and date, jabatan, name, NIP); "Mengetahui" only by someone senior to the
 * lead (shared/signing.ts), on the left. Dated on the report number's date of
 * issue or the date set on the report, never on the day of export.
 */
export function signatures(ctx: DocContext, data: DocData): Table {
  const s = data.signing.report;
  const right = leadSigner(ctx, data, placeDate(ctx, data));
  if (!s.acknowledge) return signatureBlock(ctx, right);
  const left: SignerLines = { ...signedBy(ctx, { ...s, signer: s.acknowledge, above: [] }), above: 'Mengetahui,' };
  return signatureBlock(ctx, right, left);
}

export interface ReportOptions {
  /** Build with docx's own objects only (real image bytes, docx tables), packable with Packer: the bench's baseline. */
  plain?: boolean;
  /**
   * The pages as LibreOffice renders them (buildReportPaged in index.ts): the
   * daftar isi's numbers and the body's page count. Without them the daftar
   * isi is written dirty, without numbers, for Word to fill in.
   */
  pages?: ReportPages;
}

/** The report for one trip. */
export function buildReport(data: DocData, opts: ReportOptions = {}): BuiltDocument {
  const ctx = new DocContext(data, { plain: opts.plain, issuer: data.signing.report.issuer });
  const { trip } = data.detail;
  const texts = reportTexts(data);
  const title = clean(trip.title);
  const number = clean(data.numbers.report?.number);
  const outline = new Outline(ctx);
  const chapter = (t: string) => outline.heading(t, { level: 0 });
  const sub = (t: string) => outline.heading(t, { level: 1 });

  // The front matter first: its headings come first in the daftar isi.
  const front: FileChild[] = [];
  if (data.text.approval) front.push(...approvalPage(ctx, data, outline));
  front.push(...foreword(ctx, data, outline, front.length === 0));
  front.push(outline.heading('DAFTAR ISI', { level: 0, numbered: false, center: true, pageBreakBefore: true, before: 0, after: 240 }));
  // Where the front matter starts: a hidden bookmark on its first paragraph (its page is i).
  front.unshift(new Paragraph({ spacing: { after: 0 }, children: [mark(FRONT_MARK)] }));

  const { line, topic } = reportTitle(data);
  const children: Array<Paragraph | Table> = [
    new Paragraph({ style: STYLE.title, spacing: { before: 120, after: 0 }, indent: { left: mm(10), right: mm(10) }, children: [mark(BODY_MARK), new TextRun(line)] }),
    new Paragraph({
      style: STYLE.title,
      spacing: { after: number ? 0 : 240 },
      indent: { left: mm(10), right: mm(10) },
      children: [typeof topic === 'string' ? new TextRun(topic) : ctx.gap(topic.gap, topic.what)],
    }),
    ...(number ? [new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after: 240 }, children: [new TextRun(`NOMOR: ${number}`)] })] : []),

    chapter('PENDAHULUAN'),
    sub('Latar Belakang'),
    // No background written: a draft from the trip's data (readiness advises writing one).
    ...textBlock(ctx, texts.background, 'noReportText', 'Latar belakang'),
    sub('Maksud dan Tujuan'),
    ...(clean(trip.purpose) || clean(trip.objectives)
      ? [
          ...(clean(trip.purpose)
            ? textBlock(ctx, `Maksud kegiatan ini adalah ${lowerFirst(trip.purpose)}`, 'noPurposeObjectives', 'Maksud')
            : [body([new TextRun('Maksud: '), ctx.gap('noPurposeObjectives', 'Maksud')], { firstLine: false })]),
          ...(clean(trip.objectives)
            ? textBlock(ctx, `Tujuan kegiatan ini adalah ${lowerFirst(trip.objectives)}`, 'noPurposeObjectives', 'Tujuan')
            : [body([new TextRun('Tujuan: '), ctx.gap('noPurposeObjectives', 'Tujuan')], { firstLine: false })]),
        ]
      : [body([ctx.gap('noPurposeObjectives', 'Maksud dan tujuan')], { firstLine: false })]),
    sub('Ruang Lingkup'),
    ...(clean(trip.scope)
      ? textBlock(ctx, `Ruang lingkup laporan ini meliputi ${lowerFirst(trip.scope)}`, 'noScope', 'Ruang lingkup')
      : [body([ctx.gap('noScope', 'Ruang lingkup')], { firstLine: false })]),
    sub('Dasar'),
    ...basis(ctx, data),

    chapter('PELAKSANAAN'),
    sub('Waktu dan Tempat'),
    ...whereAndWhen(ctx, data),
    sub('Penerima Kunjungan'),
    ...receivedBy(ctx, data),
    sub('Susunan Rombongan'),
    ...delegationBlock(ctx, data),
    sub('Agenda Kegiatan'),
    ...agendaBlock(ctx, data),
    // PermenPANRB 80/2012 reports hambatan with the activity carried out (Pelaksanaan), before the results and the conclusions that answer them.
    ...(data.text.obstaclesOn ? [sub('Hambatan'), ...textBlock(ctx, data.text.obstacles, 'noObstacles', 'Hambatan')] : []),

    chapter('HASIL STUDI KOMPARASI'),
    ...resultsBlock(ctx, data, outline),

    chapter('KESIMPULAN DAN SARAN'),
    sub('Kesimpulan'),
    ...textBlock(ctx, texts.conclusion, 'noReportText', 'Kesimpulan'),
    sub('Saran'),
    ...textBlock(ctx, texts.suggestions, 'noReportText', 'Saran'),
    sub('Rencana Tindak Lanjut'),
    body('Rencana tindak lanjut atas hasil studi komparasi ini disajikan dalam tabel berikut.', { keepNext: true, after: 80 }),
    new Paragraph({
      alignment: AlignmentType.CENTER,
      keepNext: true,
      spacing: { after: 80 },
      indent: { left: mm(TABLE_INDENT) },
      children: [new TextRun({ text: 'RENCANA TINDAK LANJUT', bold: true, size: SMALL_SIZE + 2 })],
    }),
    ...followupTable(ctx, data),

    chapter('PENUTUP'),
    ...closing(ctx, data, texts.closing),
    ...lampiran(ctx, data, outline),
  ];

  front.push(daftarIsi(ctx, outline.entries, opts.pages?.toc));

  const sections: ISectionOptions[] = [
    ...(data.text.cover ? [cover(ctx, data)] : []),
    frontSection(ctx, front),
    bodySection(ctx, children, opts.pages?.bodyPages),
  ];
  const doc = document(ctx, `Laporan Hasil Studi Komparasi${title ? ` – ${title}` : ''}`, sections);
  return { doc, gaps: ctx.gaps, gapCodes: ctx.gapCodes };
}

/** V. Penutup: the closing text, its last lines and the signatures in one unsplittable block (no lonely signature, in Word and LibreOffice). */
export function closing(ctx: DocContext, data: DocData, text: string): Array<Paragraph | Table> {
  const paragraphs = textBlock(ctx, text, 'noReportText', 'Penutup', SUB);
  const lastLines = paragraphs.pop();
  return [...paragraphs, keepTogether(ctx, [...(lastLines ? [lastLines] : []), spacer(240), signatures(ctx, data)])];
}

/** D. Dasar: the trip's legal basis, then the SPT when one is numbered. */
export function basis(ctx: DocContext, data: DocData): Paragraph[] {
  const items: ParagraphChild[][] = data.detail.trip.legalBasis.map(clean).filter(Boolean).map((b) => [new TextRun(b.replace(/[;.]$/, ''))]);
  const spt = data.numbers.spt;
  if (spt && clean(spt.number)) {
    // The SPT is the issuer's: "a.n. BUPATI BULELENG" makes it the Bupati's, else the signer's own jabatan.
    const signer = orderingAuthority(data);
    items.push([
      new TextRun(
        `Surat Perintah Tugas${signer ? ` ${signer}` : ''} Nomor ${clean(spt.number)}${isRealIsoDate(spt.issuedOn) ? ` tanggal ${plainDate(spt.issuedOn)}` : ''}`,
      ),
    ]);
  } else {
    items.push([new TextRun('Surat Perintah Tugas Nomor '), ctx.gap('noSptNumber', 'Nomor SPT')]);
  }
  // Left-aligned: document numbers do not break, and justifying around them leaves holes.
  const item = wordList(ctx, 'decimal', BODY);
  return items.map((runs, i) => item([...runs, new TextRun(i < items.length - 1 ? ';' : '.')], { justify: false }));
}

export { reportTitle } from './front';

export { BODY_MEMBER_LIMIT } from './members';
