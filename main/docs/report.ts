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
import {
  AlignmentType,
  Footer,
  Header,
  ImageRun,
  PageNumber,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlign,
  WidthType,
  type FileChild,
  type ISectionOptions,
  type ParagraphChild,
} from 'docx';
import { isRealIsoDate } from '../../shared/dates';
import type { Member } from '../../shared/domain/delegation';
import { DEFAULT_OFFICIAL_ROLE, FOLLOWUP_STATUS_LABELS, MEDIA_TYPE_LABELS, MEMBER_ROLE_LABELS, RECEIVER_ROLE, SPEAKER_ROLE, TONE_LABELS, isMediaType } from '../../shared/vocabulary';
import { fullName } from '../../shared/domain/person';
import { regionByCode } from '../../shared/regions';
import { formatSpan, groupByLocalDate } from '../../shared/zones';
import {
  DocContext,
  NO_BORDERS,
  OUTLINE_MM,
  SMALL_SIZE,
  STYLE,
  document,
  fieldTable,
  fitBox,
  gridTable,
  imageRun,
  keepTogether,
  link,
  listItem,
  mm,
  mmToPx,
  photoTable,
  run,
  section,
  signatureBlock,
  type Cell,
  type ListKind,
  type PhotoParagraph,
  type SignerLines,
} from './common';
import { formatNip } from '../../shared/nip';
import {
  followupOwner,
  hostNames,
  leadGap,
  photoType,
  reportTexts,
  textLines,
  tripDatesValid,
  venueNames,
} from './conditions';
import { cleanText as clean, counted, dateRange, figureText, journalistsOf, noArrows, leadOf, longDate, nameOf, officialsOf, pangkatOf, plainDate, tripDays } from './format';
import { jabatanText, nipInvalid, nipMissing, placeRun, rankMissing, signDateRun, signedBy } from './parts';
import { activityName, destination, orderingAuthority, tanggalRange } from './drafts';
import { BODY_MARK, FRONT_MARK, Outline, daftarIsi, mark, sectionPages, type ReportPages, type TitlePart } from './toc';
import type { GapCode } from './readiness';
import type { BuiltDocument } from './index';
import type { DocData, DocImage, DocPhoto } from './model';

/** Left edges, in mm from the margin: a chapter's text, a sub-heading's text (the body), a part's text (1., 2.). */
const SUB: number = OUTLINE_MM[0].left;
const BODY: number = OUTLINE_MM[1].left;
const PART: number = OUTLINE_MM[2].left;
/** A list's number hangs this far before its text. */
const LIST_HANG = 7;
/** Tables start under the sub-heading letters. */
const TABLE_INDENT = SUB;
/** The Lampiran counts its own I, II, III. */
const LAMPIRAN_OUTLINE = 2;

/** A body paragraph (Body Text, justified, the first line indented) at the body's left edge. */
function body(children: ParagraphChild[] | string, opts: { leftMm?: number; firstLine?: boolean; keepNext?: boolean; after?: number } = {}): Paragraph {
  return new Paragraph({
    style: STYLE.body,
    alignment: AlignmentType.JUSTIFIED,
    keepNext: opts.keepNext,
    spacing: { after: opts.after ?? 120 },
    indent: { left: mm(opts.leftMm ?? BODY), firstLine: opts.firstLine === false ? undefined : mm(10) },
    children: typeof children === 'string' ? [new TextRun(children)] : children,
  });
}

/** A Word list: each call to item() adds one entry, the number hanging before `leftMm`'s text edge + 7 mm. */
function wordList(ctx: DocContext, kind: ListKind, leftMm: number) {
  const instance = ctx.nextList();
  return (children: ParagraphChild[], opts: { justify?: boolean; keepNext?: boolean } = {}) =>
    listItem(children, { kind, instance, leftMm: leftMm + LIST_HANG, hangMm: LIST_HANG, justify: opts.justify, keepNext: opts.keepNext });
}

const LIST_LINE = /^\s*(\d{1,3}|[a-z])[.)]\s+(.*)$|^\s*[-•–*]\s+(.*)$/;

/**
 * The user's (or the draft's) text: each line a paragraph; lines starting
 * "1." / "a." / "-" become items of Word lists (numbered by Word: the typed
 * marker is dropped). A list goes on where the typed numbers go on ("3." after
 * "2."), even past a paragraph between; "1." starts a new one.
 */
function textBlock(ctx: DocContext, text: string, code: GapCode, what: string, leftMm = BODY, opts: { firstLine?: boolean } = {}): Paragraph[] {
  const lines = textLines(text);
  if (lines.length === 0) return [body([ctx.gap(code, what)], { leftMm, firstLine: false })];
  const lists = new Map<ListKind, { add: ReturnType<typeof wordList>; count: number }>();
  let last: ListKind | null = null;
  return lines.map((line) => {
    const m = LIST_LINE.exec(line);
    if (!m) {
      last = null;
      return body(line, { leftMm, firstLine: opts.firstLine });
    }
    const marker = m[1];
    const kind: ListKind = marker === undefined ? 'bullet' : /\d/.test(marker) ? 'decimal' : 'letter';
    const n = marker === undefined ? 0 : /\d/.test(marker) ? Number(marker) : marker.charCodeAt(0) - 96;
    let list = lists.get(kind);
    const goesOn = list !== undefined && (kind === 'bullet' ? last === 'bullet' : n === list.count + 1);
    if (!list || !goesOn) {
      list = { add: wordList(ctx, kind, leftMm), count: 0 };
      lists.set(kind, list);
    }
    list.count += 1;
    last = kind;
    return list.add([new TextRun((kind === 'bullet' ? m[3] : m[2]) ?? '')]);
  });
}

/** A paragraph between two tables (adjacent tables merge) that also gives some air. */
const spacer = (after = 120) => new Paragraph({ spacing: { after }, children: [] });

/** "BULELENG" → "Buleleng" (words already mixed-case stay as written). */
function titleCase(s: string): string {
  return s.replace(/\S+/g, (w) => (w === w.toUpperCase() && w.length > 1 ? w.charAt(0) + w.slice(1).toLowerCase() : w));
}

function lowerFirst(s: string): string {
  const t = clean(s);
  // Keep acronyms and names ("SPBE …", "Kota Malang …") as written.
  if (/^[A-Z]{2}/.test(t) || /^(Kota|Kabupaten|Pemerintah|Provinsi)\b/.test(t)) return t;
  return t.charAt(0).toLowerCase() + t.slice(1);
}

const ACTIVITY_WORDS = /^(studi\s+komparasi|studi\s+banding|studi\s+tiru|kunjungan\s+kerja|kunjungan|benchmarking|benchmark)\s+/i;

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
function reportYear(data: DocData): string {
  const d = data.signing.report.date;
  if (isRealIsoDate(d)) return d.slice(0, 4);
  const { endDate, startDate } = data.detail.trip;
  return isRealIsoDate(endDate) ? endDate.slice(0, 4) : isRealIsoDate(startDate) ? startDate.slice(0, 4) : '';
}

/** The region's emblem for the cover: the Perangkat Daerah's, else the Setda's, else the report issuer's (never the Garuda). */
function regionEmblem(ctx: DocContext): DocImage | null {
  const { issuers } = ctx.data;
  return issuers.perangkat_daerah.emblem ?? issuers.setda.emblem ?? (ctx.issuer.level === 'kepala_daerah' ? null : ctx.issuer.emblem);
}

const centred = (children: ParagraphChild[], opts: { before?: number; after?: number } = {}) =>
  new Paragraph({ alignment: AlignmentType.CENTER, spacing: { before: opts.before ?? 0, after: opts.after ?? 0 }, indent: { left: mm(8), right: mm(8) }, children });
const big = (text: string, size: number) => new TextRun({ text, bold: true, size });

/**
 * The sampul: the title and destination, what it is about, the region's
 * emblem (left out when there is none: the kop marks a missing one), the
 * office and the year. No page number.
 */
function cover(ctx: DocContext, data: DocData): ISectionOptions {
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

/** The delegation lead as the signature shows him: "Ketua Rombongan," his jabatan, name, pangkat, NIP. */
function leadSigner(ctx: DocContext, data: DocData, placeDate?: ParagraphChild[]): SignerLines {
  const lead = leadOf(data.detail.members);
  const nameRun = (value: string) => (clean(value) ? new TextRun({ text: clean(value), bold: true, underline: {} }) : ctx.gap('membersWithoutName', 'Nama ketua rombongan'));
  return {
    placeDate,
    above: 'Ketua Rombongan,',
    jabatan: lead && clean(lead.person.jabatan) ? [new TextRun(clean(lead.person.jabatan))] : [new TextRun('')],
    name: [lead ? nameRun(nameOf(lead)) : ctx.gap(leadGap(data.detail.members), 'Ketua rombongan')],
    pangkat: lead ? pangkatOf(lead) || undefined : undefined,
    nip:
      lead && clean(lead.person.nip)
        ? [new TextRun(formatNip(clean(lead.person.nip), lead.person.employment === 'pppk' ? 'pppk' : 'pns'))]
        : lead && nipMissing(lead)
          ? [ctx.gap('membersWithoutNip', 'NIP')]
          : undefined,
  };
}

/** "Singaraja, 28 April 2025": the report's place and date (never the day of export). */
function placeDate(ctx: DocContext, data: DocData): ParagraphChild[] {
  const s = data.signing.report;
  return [placeRun(ctx, s), new TextRun(', '), signDateRun(ctx, s)];
}

/**
 * Lembar pengesahan: the title, what was done, when and where, and two
 * signatures: the lead who made the report, and who approves it — the
 * report's "Mengetahui" signer (someone senior to the lead). Nobody is
 * invented: without one the place is a gap marker.
 */
function approvalPage(ctx: DocContext, data: DocData, outline: Outline): Array<Paragraph | Table> {
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
function foreword(ctx: DocContext, data: DocData, outline: Outline, first: boolean): Array<Paragraph | Table> {
  const paragraphs = textBlock(ctx, reportTexts(data).foreword, 'noReportText', 'Kata pengantar', 0);
  const lastLines = paragraphs.pop();
  return [
    outline.heading('KATA PENGANTAR', { level: 0, numbered: false, center: true, pageBreakBefore: !first, before: 0, after: 360 }),
    ...paragraphs,
    keepTogether(ctx, [...(lastLines ? [lastLines] : []), spacer(360), signatureBlock(ctx, leadSigner(ctx, data, placeDate(ctx, data)))]),
  ];
}

/** The front matter's page number: i, ii, … centred at the foot of every page. */
const romanFooter = () =>
  new Footer({ children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ children: [PageNumber.CURRENT], size: 20 })] })] });

/** The front matter as a section: numbered i, ii, … (no kop). */
function frontSection(ctx: DocContext, children: FileChild[]): ISectionOptions {
  const s = section(ctx, { pageStart: 1, pageFormat: 'lowerRoman', children });
  return { ...s, headers: { default: new Header({ children: [new Paragraph('')] }) }, footers: { default: romanFooter() } };
}

/**
 * The body: the kop on its first page, numbered from 1 in the house style;
 * "Halaman X dari Y" counts the body's pages (a SECTIONPAGES field with the
 * rendered count written in, see sectionPages).
 */
function bodySection(ctx: DocContext, children: FileChild[], bodyPages: number | undefined): ISectionOptions {
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

/** The block at the Lampiran's start: LAMPIRAN : LAPORAN … / NOMOR : … / TANGGAL : …; "LAMPIRAN" is its Heading 1 (the daftar isi lists it). */
function lampiranBlock(ctx: DocContext, data: DocData, outline: Outline): Table {
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
function nipCell(ctx: DocContext, m: Member): Cell {
  const nip = clean(m.person.nip);
  // Grouped as official documents write it (19780817 199703 1 002), as the SPT and lists do.
  // No-break spaces: a NIP never splits across lines.
  if (nip && nipInvalid(m)) return [ctx.invalid('membersInvalidNip', nip, 'NIP tidak valid', { size: SMALL_SIZE })];
  if (nip) return formatNip(nip, m.person.employment === 'pppk' ? 'pppk' : 'pns').replace(/ /g, '\u00a0');
  return nipMissing(m) ? [ctx.gap('membersWithoutNip', 'NIP')] : '-';
}

function jabatanCell(ctx: DocContext, m: Member, withRole: boolean): Cell {
  const role = withRole && m.role !== DEFAULT_OFFICIAL_ROLE ? MEMBER_ROLE_LABELS[m.role] : undefined;
  const runs: ParagraphChild[] = [ctx.orGap(jabatanText(m), 'membersWithoutJabatan', 'Jabatan', { size: SMALL_SIZE })];
  if (role) runs.push(run(`(${role})`, { size: SMALL_SIZE, italics: true, break: 1 }));
  return runs;
}

/** Pangkat as the SPT writes it: a civil servant without one is a gap, the others "-" (one rule in every document). */
function pangkatOrGap(ctx: DocContext, m: Member): Cell {
  if (rankMissing(m)) return [ctx.gap('membersWithoutRank', 'Pangkat/Gol.')];
  return pangkatOf(m) || '-';
}

/** The officials as NO / NAMA / NIP / PANGKAT-GOL / JABATAN, header repeating on every page. */
function delegationTable(ctx: DocContext, officials: Member[], opts: { withRole: boolean; withUnit?: boolean }): Table {
  const width = ctx.textWidthMm - TABLE_INDENT;
  if (opts.withUnit) {
    // The list in the Lampiran: name and NIP share a column to leave room for the unit.
    const rows: Cell[][] = officials.map((m, i) => {
      const nip = nipCell(ctx, m);
      const name: ParagraphChild[] = [ctx.orGap(nameOf(m), 'membersWithoutName', 'Nama', { size: SMALL_SIZE })];
      if (nip !== '-') {
        name.push(
          run('NIP. ', { size: SMALL_SIZE, break: 1 }),
          ...(typeof nip === 'string' ? [run(nip, { size: SMALL_SIZE })] : (nip as ParagraphChild[])),
        );
      }
      return [String(i + 1), name, pangkatOrGap(ctx, m), jabatanCell(ctx, m, opts.withRole), clean(m.person.unit) || clean(m.person.institutionName) || '-'];
    });
    return gridTable(
      ctx,
      [
        { header: 'NO', widthMm: 9, align: 'center' },
        { header: 'NAMA / NIP', widthMm: 52 },
        { header: 'PANGKAT/GOL', widthMm: 29 },
        { header: 'JABATAN' },
        { header: 'UNIT KERJA', widthMm: 28 },
      ],
      rows,
      { widthMm: width, indentMm: TABLE_INDENT },
    );
  }
  const columns = [
    { header: 'NO', widthMm: 9, align: 'center' as const },
    { header: 'NAMA', widthMm: 36 },
    { header: 'NIP', widthMm: 42 },
    { header: 'PANGKAT/GOL', widthMm: 30 },
    { header: 'JABATAN' },
  ];
  const rows: Cell[][] = officials.map((m, i) => [
    String(i + 1),
    [ctx.orGap(nameOf(m), 'membersWithoutName', 'Nama', { size: SMALL_SIZE })],
    nipCell(ctx, m),
    pangkatOrGap(ctx, m),
    jabatanCell(ctx, m, opts.withRole),
  ]);
  return gridTable(ctx, columns, rows, { widthMm: width, indentMm: TABLE_INDENT });
}

function placeOf(it: DocData['agenda'][number]): string {
  const venue = clean(it.venueName) || clean(it.venueText);
  if (venue) return venue;
  const from = clean(it.fromPlace);
  const to = clean(it.toPlace);
  return from || to ? `${from || '…'} – ${to || '…'}` : '';
}

function agendaBlock(ctx: DocContext, data: DocData): Array<Paragraph | Table> {
  if (data.agenda.length === 0) return [body([ctx.gap('noAgenda', 'Agenda kegiatan')], { firstLine: false })];
  const out: Array<Paragraph | Table> = [];
  const width = ctx.textWidthMm - TABLE_INDENT;
  for (const day of groupByLocalDate(data.agenda)) {
    out.push(
      new Paragraph({
        keepNext: true,
        spacing: { before: 120, after: 60 },
        indent: { left: mm(TABLE_INDENT) },
        children: [new TextRun({ text: longDate(day.date), bold: true })],
      }),
    );
    out.push(
      gridTable(
        ctx,
        [
          { header: 'WAKTU', widthMm: 33, align: 'center' },
          { header: 'KEGIATAN', widthMm: width * 0.38 },
          { header: 'TEMPAT' },
          { header: 'PENANGGUNG JAWAB', widthMm: width * 0.2 },
        ],
        day.items.map((it) => [
          formatSpan(it.startAt, it.startZone, it.endAt, it.endZone),
          [ctx.orGap(noArrows(it.title), 'agendaWithoutTitle', 'Nama kegiatan', { size: SMALL_SIZE })],
          placeOf(it) || '-',
          clean(it.pic) || '-',
        ]),
        { widthMm: width, indentMm: TABLE_INDENT },
      ),
    );
  }
  out.push(spacer(60));
  return out;
}

function whereAndWhen(ctx: DocContext, data: DocData): Array<Paragraph | Table> {
  const { trip } = data.detail;
  const validDates = tripDatesValid(trip);
  const weekday = (d: string) => longDate(d).split(',')[0] ?? '';
  const when: Cell = !validDates
    ? [ctx.gap('noTripDates', 'Tanggal perjalanan')]
    : trip.startDate === trip.endDate
      ? longDate(trip.startDate)
      : `${weekday(trip.startDate)} s.d. ${weekday(trip.endDate)}, ${dateRange(trip.startDate, trip.endDate)}`;
  const institutions = hostNames(data);
  const addresses = data.detail.hosts.map((h) => clean(h.institution.address)).filter(Boolean);
  const venues = venueNames(data);
  const shown = venues.slice(0, 8);
  const venueText = shown.join('; ') + (venues.length > shown.length ? `; dan ${venues.length - shown.length} tempat lainnya` : '');
  const rows: Array<[string, Cell]> = [
    ['Hari/Tanggal', when],
    ['Lama', validDates ? `${counted(tripDays(trip.startDate, trip.endDate))} hari` : [ctx.gap('noTripDates', 'Lama perjalanan')]],
    ['Instansi tujuan', institutions.length ? institutions.join('\n') : [ctx.gap('noHostInstitution', 'Instansi tujuan')]],
  ];
  if (data.hostRegionNames.length) rows.push(['Daerah tujuan', data.hostRegionNames.join(', ')]);
  if (addresses.length) rows.push(['Alamat', addresses.join('\n')]);
  rows.push(['Tempat kegiatan', venueText || [ctx.gap('noVenue', 'Tempat kegiatan')]]);
  return [fieldTable(ctx, rows, { indentMm: BODY, labelMm: 38 }), spacer(60)];
}

function receivedBy(ctx: DocContext, data: DocData): Paragraph[] {
  const hosts = data.detail.hostPeople;
  const line = (p: (typeof hosts)[number]['person']) => {
    const jab = clean(p.jabatan);
    return `${clean(fullName(p))}${jab ? `, ${jab}` : ''}`;
  };
  const receivers = hosts.filter((h) => h.hostRole === RECEIVER_ROLE);
  const speakers = hosts.filter((h) => h.hostRole === SPEAKER_ROLE);
  const hostName = clean(data.detail.hosts[0]?.institution.name) || data.hostRegionNames[0] || 'instansi tujuan';
  const out: Paragraph[] = [];
  if (receivers.length === 0) {
    out.push(body([new TextRun(`Rombongan diterima oleh `), ctx.gap('noHostReceiver', 'Pejabat penerima kunjungan'), new TextRun(` di ${hostName}.`)]));
  } else if (receivers.length === 1) {
    out.push(body(`Rombongan diterima oleh ${line(receivers[0]!.person)}, beserta jajaran ${hostName}.`));
  } else {
    out.push(body(`Rombongan diterima oleh pejabat ${hostName} sebagai berikut:`, { keepNext: true }));
    const item = wordList(ctx, 'decimal', BODY);
    for (const r of receivers) out.push(item([new TextRun(line(r.person))]));
  }
  if (speakers.length > 0) {
    out.push(body('Materi dan paparan disampaikan oleh:', { keepNext: true, after: 60 }));
    const item = wordList(ctx, 'decimal', BODY);
    for (const s of speakers) out.push(item([new TextRun(line(s.person))]));
  }
  return out;
}

function delegationBlock(ctx: DocContext, data: DocData): Array<Paragraph | Table> {
  const officials = officialsOf(data.detail.members);
  const journalists = journalistsOf(data.detail.members);
  const total = officials.length + journalists.length;
  const out: Array<Paragraph | Table> = [];
  if (total === 0) return [body([new TextRun('Susunan rombongan: '), ctx.gap('noMembers', 'Peserta rombongan')], { firstLine: false })];
  const outlets = new Set(journalists.map((j) => clean(j.person.institutionName)).filter(Boolean));
  let sentence = `Rombongan berjumlah ${counted(total)} orang, terdiri atas ${counted(officials.length)} orang pejabat/pegawai`;
  sentence += journalists.length
    ? ` dan ${counted(journalists.length)} orang jurnalis${outlets.size ? ` dari ${counted(outlets.size)} media` : ''}. Daftar jurnalis terdapat pada Lampiran I.`
    : '.';
  out.push(body(sentence, { keepNext: officials.length > 0 }));
  if (officials.length > BODY_MEMBER_LIMIT) {
    // A large delegation is listed once, in the Lampiran; the body names its first rows in protocol order.
    const shown = officials.slice(0, BODY_MEMBER_LIMIT);
    out.push(
      body(
        `Susunan ${counted(shown.length)} pejabat/pegawai pertama dalam rombongan sebagai berikut; daftar lengkap ${counted(officials.length)} orang pejabat/pegawai terdapat pada Lampiran I.`,
        { keepNext: true, after: 80 },
      ),
    );
    out.push(delegationTable(ctx, shown, { withRole: true }), spacer(60));
  } else if (officials.length) {
    out.push(body('Susunan pejabat/pegawai dalam rombongan sebagai berikut:', { keepNext: true, after: 80 }));
    out.push(delegationTable(ctx, officials, { withRole: true }), spacer(60));
  }
  return out;
}

/** Up to this many officials (about a page) are listed in the body; the Lampiran always lists everyone. */
export const BODY_MEMBER_LIMIT = 20;

function figuresTable(ctx: DocContext, figures: Array<{ label: string; value: string }>, leftMm: number): Table {
  const width = Math.min(120, ctx.textWidthMm - leftMm);
  return gridTable(
    ctx,
    [{ header: 'URAIAN', widthMm: width * 0.62 }, { header: 'DATA', align: 'center' }],
    figures.map((f) => [clean(f.label) || '-', figureText(f.value) || '-']),
    { widthMm: width, indentMm: leftMm },
  );
}

function resultsBlock(ctx: DocContext, data: DocData, outline: Outline): Array<Paragraph | Table> {
  if (data.learnings.length === 0) {
    return [body([new TextRun('Belum ada hasil yang dicatat. '), ctx.gap('noLearnings', 'Hasil studi komparasi')], { leftMm: SUB })];
  }
  const host = data.hostRegionNames[0] || clean(data.detail.hosts[0]?.institution.name) || 'daerah tujuan';
  const originCode = data.detail.originInstitution?.regionCode ?? '';
  const home =
    clean(originCode ? regionByCode(originCode)?.name : '') ||
    titleCase(clean(data.office.govLine).replace(/^pemerintah\s+/i, '')) ||
    clean(data.detail.originInstitution?.name) ||
    'daerah kita';
  const out: Array<Paragraph | Table> = [
    body(`Hal-hal yang dipelajari dari ${host} dan dapat diterapkan di ${home} adalah sebagai berikut:`, { leftMm: SUB, keepNext: true }),
  ];
  // One numbering across the chapters: each learning a sub-heading A., B. (Heading 2), its parts 1., 2. (Heading 3).
  const part = (label: string) => outline.heading(label, { level: 2, before: 120, after: 40 });
  for (const l of data.learnings) {
    out.push(outline.heading(clean(l.topic) || { gap: 'learningsIncomplete', what: 'Topik' }, { level: 1 }));
    const figures = l.figures.filter((f) => clean(f.label) || clean(f.value));
    out.push(part(`Praktik di ${host}`), ...textBlock(ctx, l.hostPractice, 'learningsIncomplete', 'Praktik di daerah tujuan', PART, { firstLine: false }));
    if (figures.length) out.push(part('Data kunci'), figuresTable(ctx, figures, PART), spacer(60));
    out.push(part(`Penerapan di ${home}`), ...textBlock(ctx, l.applicability, 'learningsIncomplete', 'Penerapan di daerah', PART, { firstLine: false }));
    out.push(part('Rekomendasi'), ...textBlock(ctx, l.recommendation, 'learningsIncomplete', 'Rekomendasi', PART, { firstLine: false }));
  }
  return out;
}

/** "31 Desember 2025", or "-"; memoised (date-fns parsing is slow across hundreds of rows). */
function dateOrDash(memo: Map<string, string>, d: string): string {
  let out = memo.get(d);
  if (out === undefined) {
    out = d && isRealIsoDate(d) ? plainDate(d) : '-';
    memo.set(d, out);
  }
  return out;
}

function followupTable(ctx: DocContext, data: DocData): Array<Paragraph | Table> {
  const rows: Cell[][] = [];
  const dates = new Map<string, string>();
  for (const l of data.learnings) {
    for (const f of l.followups) {
      rows.push([
        String(rows.length + 1),
        [ctx.orGap(f.action, 'followupsIncomplete', 'Rencana aksi', { size: SMALL_SIZE })],
        followupOwner(l, f) || [ctx.gap('followupsIncomplete', 'Penanggung jawab')],
        dateOrDash(dates, f.targetDate),
        FOLLOWUP_STATUS_LABELS[f.status],
      ]);
    }
  }
  if (rows.length === 0) return [body('Belum ada rencana tindak lanjut yang dicatat.', { leftMm: BODY, firstLine: false })];
  const width = ctx.textWidthMm - TABLE_INDENT;
  return [
    gridTable(
      ctx,
      [
        { header: 'NO', widthMm: 9, align: 'center' },
        { header: 'RENCANA AKSI' },
        { header: 'PENANGGUNG JAWAB', widthMm: 36 },
        { header: 'TARGET', widthMm: 26, align: 'center' },
        { header: 'STATUS', widthMm: 27, align: 'center' },
      ],
      rows,
      { widthMm: width, indentMm: TABLE_INDENT },
    ),
    spacer(60),
  ];
}

/**
 * The report's foot: the delegation lead signs (PermenPANRB 80/2012: place
 * and date, jabatan, name, NIP); "Mengetahui" only by someone senior to the
 * lead (shared/signing.ts), on the left. Dated on the report number's date of
 * issue or the date set on the report, never on the day of export.
 */
function signatures(ctx: DocContext, data: DocData): Table {
  const s = data.signing.report;
  const right = leadSigner(ctx, data, placeDate(ctx, data));
  if (!s.acknowledge) return signatureBlock(ctx, right);
  const left: SignerLines = { ...signedBy(ctx, { ...s, signer: s.acknowledge, above: [] }), above: 'Mengetahui,' };
  return signatureBlock(ctx, right, left);
}

function journalistTable(ctx: DocContext, journalists: Member[]): Table {
  const width = ctx.textWidthMm - TABLE_INDENT;
  return gridTable(
    ctx,
    [
      { header: 'NO', widthMm: 9, align: 'center' },
      { header: 'NAMA' },
      { header: 'MEDIA', widthMm: width * 0.27 },
      { header: 'JENIS MEDIA', widthMm: 24, align: 'center' },
      { header: 'NO. KARTU PERS', widthMm: 32, align: 'center' },
    ],
    journalists.map((j, i) => [
      String(i + 1),
      [ctx.orGap(nameOf(j), 'membersWithoutName', 'Nama', { size: SMALL_SIZE })],
      clean(j.person.institutionName) || [ctx.gap('journalistsWithoutMedia', 'Media')],
      isMediaType(j.person.mediaType) ? MEDIA_TYPE_LABELS[j.person.mediaType] : '-',
      clean(j.person.pressCard) || '-',
    ]),
    { widthMm: width, indentMm: TABLE_INDENT },
  );
}

/** Photos two to a row, each scaled into its cell with its proportions, the caption below. */
const altOf = (p: DocPhoto) => ({ name: clean(p.fileName), title: clean(p.fileName), description: clean(p.caption) || clean(p.fileName) });

function photoGrid(ctx: DocContext, photos: DocPhoto[]): Table {
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

function clippingTable(ctx: DocContext, data: DocData): Table {
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

function lampiran(ctx: DocContext, data: DocData, outline: Outline): Array<Paragraph | Table> {
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
function closing(ctx: DocContext, data: DocData, text: string): Array<Paragraph | Table> {
  const paragraphs = textBlock(ctx, text, 'noReportText', 'Penutup', SUB);
  const lastLines = paragraphs.pop();
  return [...paragraphs, keepTogether(ctx, [...(lastLines ? [lastLines] : []), spacer(240), signatures(ctx, data)])];
}

/** D. Dasar: the trip's legal basis, then the SPT when one is numbered. */
function basis(ctx: DocContext, data: DocData): Paragraph[] {
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
