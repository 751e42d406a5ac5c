/** The report before its body: title, cover, lembar pengesahan, kata pengantar, and the sections of the front matter and the body. */
import type { Table} from 'docx';
import { AlignmentType, Footer, Header, ImageRun, PageNumber, Paragraph, TextRun, type FileChild, type ISectionOptions } from 'docx';
import { isRealIsoDate } from '../../../shared/dates';
import type { DocContext} from '../common';
import { STYLE, fieldTable, fitBox, keepTogether, mmToPx, section, signatureBlock, type Cell, type SignerLines } from '../common';
import { hostNames, reportTexts, tripDatesValid } from '../conditions';
import { cleanText as clean, counted } from '../format';
import { signedBy } from '../parts';
import { activityName, destination, tanggalRange } from '../drafts';
import type { Outline} from '../toc';
import { sectionPages, type TitlePart } from '../toc';
import type { DocData, DocImage } from '../model';
import { big, centred, leadSigner, placeDate, spacer, textBlock } from './parts';

export const ACTIVITY_WORDS = /^(studi\s+komparasi|studi\s+banding|studi\s+tiru|kunjungan\s+kerja|kunjungan|benchmarking|benchmark)\s+/i;

/**
 * The report's title: "LAPORAN HASIL STUDI KOMPARASI KE KOTA MALANG", and
 * below it what it is about: "TENTANG KOMUNIKASI PUBLIK" from a title "Studi
 * Komparasi Komunikasi Publik ke Kota Malang" (the activity and the
 * destination are in the first line already), else the trip's own title;
 * a gap marker when the trip has none.
 */
export function reportTitle(data: DocData): { line: string; topic: TitlePart } {
  const title = clean(data.detail.trip.title);
  const where = destination(data);
  const line = `LAPORAN HASIL ${activityName(title).toUpperCase()}${where ? ` KE ${where.toUpperCase()}` : ''}`;
  if (!title) return { line, topic: { gap: 'noTripTitle', what: 'Judul perjalanan' } };
  if (ACTIVITY_WORDS.test(title)) {
    const subject = title
      .replace(ACTIVITY_WORDS, '')
      .replace(/^(tentang|mengenai|terkait)\s+/i, '')
      .replace(/\s+(ke|di)\s+.*$/i, '')
      .replace(/\s+(tahun\s+(anggaran\s+)?)?\d{4}$/i, '')
      .trim();
    const words = subject.split(' ').filter(Boolean).length;
    if (words > 0 && words <= 12 && /\p{L}/u.test(subject)) return { line, topic: `TENTANG ${subject.toUpperCase()}` };
  }
  return { line, topic: title.toUpperCase() };
}

/** The year the report is dated: its date, else the trip's ('' when neither is a real date). */
export function reportYear(data: DocData): string {
  const d = data.signing.report.date;
  if (isRealIsoDate(d)) return d.slice(0, 4);
  const { endDate, startDate } = data.detail.trip;
  return isRealIsoDate(endDate) ? endDate.slice(0, 4) : isRealIsoDate(startDate) ? startDate.slice(0, 4) : '';
}

/** The region's emblem for the cover: the Perangkat Daerah's, else the Setda's, else the report issuer's (never the Garuda). */
export function regionEmblem(ctx: DocContext): DocImage | null {
  const { issuers } = ctx.data;
  return issuers.agency.emblem ?? issuers.secretariat.emblem ?? (ctx.issuer.level === 'regional_head' ? null : ctx.issuer.emblem);
}

/**
 * The sampul: the title and destination, what it is about, the region's
 * emblem (left out when there is none: the kop marks a missing one), the
 * office and the year. No page number.
 */
export function cover(ctx: DocContext, data: DocData): ISectionOptions {
  const { line, topic } = reportTitle(data);
  const where = destination(data);
  const head = where ? line.slice(0, line.length - where.length - 4) : line;
  const emblem = regionEmblem(ctx);
  const year = reportYear(data);
  const office = [clean(data.office.govLine).toUpperCase(), clean(data.office.officeName).toUpperCase()].filter(Boolean);
  const children: Paragraph[] = [
    centred([big(head, 32)], { before: 1200 }),
    ...(where ? [centred([big(`KE ${where.toUpperCase()}`, 32)], { before: 80 })] : []),
    centred([typeof topic === 'string' ? big(topic, 28) : ctx.gap(topic.gap, topic.what)], { before: 360 }),
    centred(
      emblem ? [new ImageRun({ type: emblem.type, data: emblem.bytes, transformation: fitBox(emblem.width, emblem.height, mmToPx(50), mmToPx(60)) })] : [],
      { before: emblem ? 1800 : 3600 },
    ),
    ...office.map((o, i) => centred([big(o, 28)], { before: i === 0 ? 2400 : 60 })),
    ...(year ? [centred([big(`TAHUN ${year}`, 28)], { before: 240 })] : []),
  ];
  return section(ctx, { children });
}

/**
 * Lembar pengesahan: the title, what was done, when and where, and two
 * signatures: the lead who made the report, and who approves it — the
 * report's "Mengetahui" signer (someone senior to the lead). Nobody is
 * invented: without one the place is a gap marker.
 */
export function approvalPage(ctx: DocContext, data: DocData, outline: Outline): Array<Paragraph | Table> {
  const { line, topic } = reportTitle(data);
  const { trip } = data.detail;
  const s = data.signing.report;
  const members = data.detail.members.length;
  const hosts = hostNames(data);
  const rows: Array<[string, Cell]> = [
    ['Kegiatan', clean(trip.title) || [ctx.gap('noTripTitle', 'Judul perjalanan')]],
    ['Waktu', tripDatesValid(trip) ? tanggalRange(trip.startDate, trip.endDate) : [ctx.gap('noTripDates', 'Tanggal perjalanan')]],
    ['Tempat', hosts.length ? hosts.join('; ') : [ctx.gap('noHostInstitution', 'Instansi tujuan')]],
    ['Peserta', members ? `${counted(members)} orang` : [ctx.gap('noMembers', 'Peserta rombongan')]],
  ];
  const approver: SignerLines = s.acknowledge
    ? { ...signedBy(ctx, { ...s, signer: s.acknowledge, above: [] }), above: 'Mengesahkan,' }
    : { above: 'Mengesahkan,', jabatan: [new TextRun('')], name: [ctx.gap('noApprover', 'Pejabat yang mengesahkan')] };
  return [
    outline.heading('LEMBAR PENGESAHAN', { level: 0, numbered: false, center: true, before: 0, after: 360 }),
    new Paragraph({ style: STYLE.title, children: [new TextRun(line)] }),
    new Paragraph({
      style: STYLE.title,
      spacing: { after: 480 },
      children: [typeof topic === 'string' ? new TextRun(topic) : ctx.gap(topic.gap, topic.what)],
    }),
    fieldTable(ctx, rows, { labelMm: 30, indentMm: 10 }),
    spacer(600),
    signatureBlock(ctx, leadSigner(ctx, data, placeDate(ctx, data)), approver),
  ];
}

/** Kata pengantar: the user's text or the draft, signed by the lead with place and date, its last lines kept with the signature. */
export function foreword(ctx: DocContext, data: DocData, outline: Outline, first: boolean): Array<Paragraph | Table> {
  const paragraphs = textBlock(ctx, reportTexts(data).foreword, 'noReportText', 'Kata pengantar', 0);
  const lastLines = paragraphs.pop();
  return [
    outline.heading('KATA PENGANTAR', { level: 0, numbered: false, center: true, pageBreakBefore: !first, before: 0, after: 360 }),
    ...paragraphs,
    keepTogether(ctx, [...(lastLines ? [lastLines] : []), spacer(360), signatureBlock(ctx, leadSigner(ctx, data, placeDate(ctx, data)))]),
  ];
}

/** The front matter's page number: i, ii, … centred at the foot of every page. */
export const romanFooter = () =>
  new Footer({ children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ children: [PageNumber.CURRENT], size: 20 })] })] });

/** The front matter as a section: numbered i, ii, … (no kop). */
export function frontSection(ctx: DocContext, children: FileChild[]): ISectionOptions {
  const s = section(ctx, { pageStart: 1, pageFormat: 'lowerRoman', children });
  return { ...s, headers: { default: new Header({ children: [new Paragraph('')] }) }, footers: { default: romanFooter() } };
}

/**
 * The body: the kop on its first page, numbered from 1 in the house style;
 * "Halaman X dari Y" counts the body's pages (a SECTIONPAGES field with the
 * rendered count written in, see sectionPages).
 */
export function bodySection(ctx: DocContext, children: FileChild[], bodyPages: number | undefined): ISectionOptions {
  const s = section(ctx, { kop: true, pageNumbers: true, pageStart: 1, pageFormat: 'decimal', totalPages: 'section', children });
  if (ctx.profile.pageNumbers !== 'bottom_right') return s;
  const footer = () =>
    new Footer({
      children: [
        new Paragraph({
          alignment: AlignmentType.RIGHT,
          children: [new TextRun({ children: ['Halaman ', PageNumber.CURRENT, ' dari '], size: 18 }), sectionPages(bodyPages, 18)],
        }),
      ],
    });
  return { ...s, footers: { default: footer(), first: footer() } };
}
