/**
 * Laporan Hasil Studi Komparasi (PermenPANRB 80/2012 "Format Laporan", as
 * regional governments write it for study visits): kop on the first page,
 * title, I. Pendahuluan, II. Pelaksanaan (time and place, who received the
 * delegation, the delegation table, the agenda per local day), III. Hasil,
 * IV. Kesimpulan dan Saran with the Rencana Tindak Lanjut table, V. Penutup,
 * the signatures, and the Lampiran (participants, journalists, photos in a
 * grid, press clippings). Missing data shows as a gap marker, never a blank.
 */
import {
  AlignmentType,
  Paragraph,
  TabStopType,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlign,
  WidthType,
  type ParagraphChild,
} from 'docx';
import { isRealIsoDate } from '../../shared/dates';
import type { Member } from '../../shared/domain/delegation';
import { fullName } from '../../shared/domain/person';
import { regionByCode } from '../../shared/regions';
import { formatSpan, groupByLocalDate } from '../../shared/zones';
import {
  DocContext,
  NO_BORDERS,
  SMALL_SIZE,
  document,
  fieldTable,
  fitBox,
  gridTable,
  imageRun,
  mm,
  mmToPx,
  run,
  section,
  signatureBlock,
  type Cell,
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
import { cleanText as clean, counted, dateRange, journalistsOf, leadOf, longDate, nameOf, officialsOf, pangkatOf, plainDate, tripDays } from './format';
import { jabatanText, nipMissing, placeRun, rankMissing, signDateRun, signedBy } from './parts';
import { orderingAuthority } from './drafts';
import type { GapCode } from './readiness';
import type { BuiltDocument } from './index';
import type { DocData, DocPhoto } from './model';

/** Left edges, in mm from the margin: chapter numerals, sub-heading letters, body text, list text. */
const CH = 0;
const SUB = 8;
const BODY = 16;
const HANG = 8;
/** Tables start under the sub-heading letters. */
const TABLE_INDENT = SUB;

const ROLE_NAMES: Partial<Record<Member['role'], string>> = {
  ketua: 'Ketua Rombongan',
  wakil_ketua: 'Wakil Ketua Rombongan',
  sekretaris: 'Sekretaris Rombongan',
  pendamping: 'Pendamping',
  anggota: 'Anggota',
};
const MEDIA_TYPES: Record<string, string> = { cetak: 'Cetak', online: 'Daring', tv: 'Televisi', radio: 'Radio' };
const STATUS_NAMES: Record<string, string> = { direncanakan: 'Direncanakan', berjalan: 'Berjalan', selesai: 'Selesai', dibatalkan: 'Dibatalkan' };
const TONE_NAMES: Record<string, string> = { positif: 'Positif', netral: 'Netral', negatif: 'Negatif' };
const ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X'];

/** "I.  PENDAHULUAN": a numbered heading with a hanging indent. */
function numberedHeading(marker: string, title: string, leftMm: number, opts: { before?: number } = {}): Paragraph {
  const left = leftMm + HANG;
  return new Paragraph({
    keepNext: true,
    keepLines: true,
    spacing: { before: opts.before ?? 200, after: 100 },
    indent: { left: mm(left), hanging: mm(HANG) },
    tabStops: [{ type: TabStopType.LEFT, position: mm(left) }],
    children: [new TextRun({ text: `${marker}\t${title}`, bold: true })],
  });
}

const chapter = (n: number, title: string) => numberedHeading(`${ROMAN[n - 1] ?? n}.`, title, CH, { before: 280 });
const sub = (letter: string, title: string) => numberedHeading(`${letter}.`, title, SUB);

/** A list item: "1." hanging in front of justified text. */
function item(marker: string, children: ParagraphChild[], leftMm = BODY, opts: { justify?: boolean } = {}): Paragraph {
  const hang = marker.length > 3 ? 9 : 7;
  const left = leftMm + hang;
  return new Paragraph({
    alignment: opts.justify === false ? AlignmentType.LEFT : AlignmentType.JUSTIFIED,
    spacing: { after: 60 },
    indent: { left: mm(left), hanging: mm(hang) },
    tabStops: [{ type: TabStopType.LEFT, position: mm(left) }],
    children: [new TextRun(`${marker}\t`), ...children],
  });
}

/** A body paragraph at the body indent (justified, first line indented). */
function body(children: ParagraphChild[] | string, opts: { leftMm?: number; firstLine?: boolean; keepNext?: boolean; after?: number } = {}): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.JUSTIFIED,
    keepNext: opts.keepNext,
    spacing: { after: opts.after ?? 120 },
    indent: { left: mm(opts.leftMm ?? BODY), firstLine: opts.firstLine === false ? undefined : mm(10) },
    children: typeof children === 'string' ? [new TextRun(children)] : children,
  });
}

const LIST_LINE = /^\s*(\d{1,3}[.)]|[a-z][.)]|[-•–])\s+(.*)$/;

/**
 * The user's (or the draft's) text: blank lines and line breaks start new
 * paragraphs; lines starting "1." / "a." / "-" become hanging list items.
 */
function textBlock(ctx: DocContext, text: string, code: GapCode, what: string, leftMm = BODY, opts: { firstLine?: boolean } = {}): Paragraph[] {
  const lines = textLines(text);
  if (lines.length === 0) return [body([ctx.gap(code, what)], { leftMm, firstLine: false })];
  return lines.map((line) => {
    const m = LIST_LINE.exec(line);
    if (m) return item(m[1] === '-' || m[1] === '–' ? '•' : (m[1] ?? ''), [new TextRun(m[2] ?? '')], leftMm);
    return body(line, { leftMm, firstLine: opts.firstLine });
  });
}

/** A paragraph between two tables (adjacent tables merge) that also gives some air. */
const spacer = (after = 120) => new Paragraph({ spacing: { after }, children: [] });

function nipCell(ctx: DocContext, m: Member): Cell {
  const nip = clean(m.person.nip);
  // Grouped as official documents write it (19780817 199703 1 002), as the SPT and lists do.
  // No-break spaces: a NIP never splits across lines.
  if (nip) return formatNip(nip, m.person.employment === 'pppk' ? 'pppk' : 'pns').replace(/ /g, '\u00a0');
  return nipMissing(m) ? [ctx.gap('membersWithoutNip', 'NIP')] : '-';
}

function jabatanCell(ctx: DocContext, m: Member, withRole: boolean): Cell {
  const role = withRole && m.role !== 'anggota' ? ROLE_NAMES[m.role] : undefined;
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
  return from || to ? `${from || '…'} → ${to || '…'}` : '';
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
          [ctx.orGap(it.title, 'agendaWithoutTitle', 'Nama kegiatan', { size: SMALL_SIZE })],
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
  const receivers = hosts.filter((h) => h.hostRole === 'penerima');
  const speakers = hosts.filter((h) => h.hostRole === 'narasumber');
  const hostName = clean(data.detail.hosts[0]?.institution.name) || data.hostRegionNames[0] || 'instansi tujuan';
  const out: Paragraph[] = [];
  if (receivers.length === 0) {
    out.push(body([new TextRun(`Rombongan diterima oleh `), ctx.gap('noHostReceiver', 'Pejabat penerima kunjungan'), new TextRun(` di ${hostName}.`)]));
  } else if (receivers.length === 1) {
    out.push(body(`Rombongan diterima oleh ${line(receivers[0]!.person)}, beserta jajaran ${hostName}.`));
  } else {
    out.push(body(`Rombongan diterima oleh pejabat ${hostName} sebagai berikut:`, { keepNext: true }));
    receivers.forEach((r, i) => out.push(item(`${i + 1}.`, [new TextRun(line(r.person))])));
  }
  if (speakers.length > 0) {
    out.push(body('Materi dan paparan disampaikan oleh:', { keepNext: true, after: 60 }));
    speakers.forEach((s, i) => out.push(item(`${i + 1}.`, [new TextRun(line(s.person))])));
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
    figures.map((f) => [clean(f.label) || '-', clean(f.value) || '-']),
    { widthMm: width, indentMm: leftMm },
  );
}

function resultsBlock(ctx: DocContext, data: DocData): Array<Paragraph | Table> {
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
  const L2 = SUB + 7;
  const L3 = L2 + 7;
  data.learnings.forEach((l, i) => {
    out.push(
      new Paragraph({
        keepNext: true,
        spacing: { before: 120, after: 60 },
        indent: { left: mm(L2), hanging: mm(7) },
        tabStops: [{ type: TabStopType.LEFT, position: mm(L2) }],
        children: [new TextRun({ text: `${i + 1}.\t`, bold: true }), new TextRun({ text: clean(l.topic) || '', bold: true }), ...(clean(l.topic) ? [] : [ctx.gap('learningsIncomplete', 'Topik')])],
      }),
    );
    const part = (letter: string, label: string, text: string, what: string) => [
      new Paragraph({
        keepNext: true,
        spacing: { after: 40 },
        indent: { left: mm(L3), hanging: mm(7) },
        tabStops: [{ type: TabStopType.LEFT, position: mm(L3) }],
        children: [new TextRun({ text: `${letter}.\t${label}`, italics: false, underline: {} })],
      }),
      ...textBlock(ctx, text, 'learningsIncomplete', what, L3, { firstLine: false }),
    ];
    const figures = l.figures.filter((f) => clean(f.label) || clean(f.value));
    out.push(...part('a', `Praktik di ${host}`, l.hostPractice, 'Praktik di daerah tujuan'));
    let letter = 'b';
    if (figures.length) {
      out.push(
        new Paragraph({
          keepNext: true,
          spacing: { after: 60 },
          indent: { left: mm(L3), hanging: mm(7) },
          tabStops: [{ type: TabStopType.LEFT, position: mm(L3) }],
          children: [new TextRun({ text: `b.\tData kunci`, underline: {} })],
        }),
        figuresTable(ctx, figures, L3),
        spacer(60),
      );
      letter = 'c';
    }
    out.push(...part(letter, `Penerapan di ${home}`, l.applicability, 'Penerapan di daerah'));
    letter = String.fromCharCode(letter.charCodeAt(0) + 1);
    out.push(...part(letter, 'Rekomendasi', l.recommendation, 'Rekomendasi'));
  });
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
        STATUS_NAMES[f.status] ?? f.status,
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
  const placeDate: ParagraphChild[] = [placeRun(ctx, s), new TextRun(', '), signDateRun(ctx, s)];
  const lead = leadOf(data.detail.members);
  const nameRun = (value: string, code: GapCode, what: string) => (clean(value) ? new TextRun({ text: clean(value), bold: true, underline: {} }) : ctx.gap(code, what));
  const right: SignerLines = {
    placeDate,
    above: 'Ketua Rombongan,',
    jabatan: lead && clean(lead.person.jabatan) ? [new TextRun(clean(lead.person.jabatan))] : [new TextRun('')],
    name: [lead ? nameRun(nameOf(lead), 'membersWithoutName', 'Nama ketua rombongan') : ctx.gap(leadGap(data.detail.members), 'Ketua rombongan')],
    pangkat: lead ? pangkatOf(lead) || undefined : undefined,
    nip: lead && clean(lead.person.nip) ? [new TextRun(formatNip(clean(lead.person.nip), lead.person.employment === 'pppk' ? 'pppk' : 'pns'))] : lead && nipMissing(lead) ? [ctx.gap('membersWithoutNip', 'NIP')] : undefined,
  };
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
      MEDIA_TYPES[j.person.mediaType] ?? (clean(j.person.mediaType) || '-'),
      clean(j.person.pressCard) || '-',
    ]),
    { widthMm: width, indentMm: TABLE_INDENT },
  );
}

/** Photos two to a row, each scaled into its cell with its proportions, the caption below. */
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
                  altText: { name: clean(p.fileName), title: clean(p.fileName), description: clean(p.caption) || clean(p.fileName) },
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
      clean(c.url) || '-',
      TONE_NAMES[c.tone] ?? c.tone,
    ]),
    { widthMm: width, indentMm: TABLE_INDENT },
  );
}

function lampiran(ctx: DocContext, data: DocData): Array<Paragraph | Table> {
  const officials = officialsOf(data.detail.members);
  const journalists = journalistsOf(data.detail.members);
  const out: Array<Paragraph | Table> = [
    new Paragraph({
      pageBreakBefore: true,
      alignment: AlignmentType.CENTER,
      spacing: { after: 200 },
      children: [new TextRun({ text: 'LAMPIRAN', bold: true, size: 26 })],
    }),
    numberedHeading('I.', 'DAFTAR PESERTA', CH, { before: 0 }),
    sub('A', 'Pejabat/Pegawai'),
  ];
  out.push(officials.length ? delegationTable(ctx, officials, { withRole: true, withUnit: true }) : body('Tidak ada pejabat/pegawai dalam rombongan.', { firstLine: false }));
  out.push(spacer(60), sub('B', 'Jurnalis'));
  out.push(journalists.length ? journalistTable(ctx, journalists) : body('Tidak ada jurnalis yang menyertai rombongan.', { firstLine: false }));
  out.push(spacer(60), numberedHeading('II.', 'DOKUMENTASI KEGIATAN', CH));
  out.push(data.photos.length ? photoGrid(ctx, data.photos) : body('Belum ada foto dokumentasi.', { leftMm: SUB, firstLine: false }));
  out.push(spacer(60), numberedHeading('III.', 'KLIPING BERITA', CH));
  out.push(data.coverage.length ? clippingTable(ctx, data) : body('Belum ada kliping berita yang dicatat.', { leftMm: SUB, firstLine: false }));
  out.push(spacer(0));
  return out;
}

/**
 * The report for one trip. `plain` builds it with docx's own objects only
 * (real image bytes, docx tables), packable with Packer: the bench's baseline.
 */
export function buildReport(data: DocData, opts: { plain?: boolean } = {}): BuiltDocument {
  const ctx = new DocContext(data, { plain: opts.plain, issuer: data.signing.report.issuer });
  const { trip } = data.detail;
  const texts = reportTexts(data);
  const title = clean(trip.title);
  const number = clean(data.numbers.report?.number);

  const children: Array<Paragraph | Table> = [
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { before: 120, after: 0 },
      children: [new TextRun({ text: 'LAPORAN HASIL STUDI KOMPARASI', bold: true, size: 28 })],
    }),
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { after: number ? 0 : 240 },
      indent: { left: mm(10), right: mm(10) },
      children: [new TextRun({ text: 'TENTANG ', bold: true }), title ? new TextRun({ text: title.toUpperCase(), bold: true }) : ctx.gap('noTripTitle', 'Judul perjalanan')],
    }),
    ...(number ? [new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after: 240 }, children: [new TextRun(`NOMOR: ${number}`)] })] : []),

    chapter(1, 'PENDAHULUAN'),
    sub('A', 'Latar Belakang'),
    // No background written: a draft from the trip's data (readiness advises writing one).
    ...textBlock(ctx, texts.background, 'noReportText', 'Latar belakang'),
    sub('B', 'Maksud dan Tujuan'),
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
    sub('C', 'Ruang Lingkup'),
    ...(clean(trip.scope)
      ? textBlock(ctx, `Ruang lingkup laporan ini meliputi ${lowerFirst(trip.scope)}`, 'noScope', 'Ruang lingkup')
      : [body([ctx.gap('noScope', 'Ruang lingkup')], { firstLine: false })]),
    sub('D', 'Dasar'),
    ...basis(ctx, data),

    chapter(2, 'PELAKSANAAN'),
    sub('A', 'Waktu dan Tempat'),
    ...whereAndWhen(ctx, data),
    sub('B', 'Penerima Kunjungan'),
    ...receivedBy(ctx, data),
    sub('C', 'Susunan Rombongan'),
    ...delegationBlock(ctx, data),
    sub('D', 'Agenda Kegiatan'),
    ...agendaBlock(ctx, data),

    chapter(3, 'HASIL STUDI KOMPARASI'),
    ...resultsBlock(ctx, data),

    chapter(4, 'KESIMPULAN DAN SARAN'),
    sub('A', 'Kesimpulan'),
    ...textBlock(ctx, texts.conclusion, 'noReportText', 'Kesimpulan'),
    sub('B', 'Saran'),
    ...textBlock(ctx, texts.suggestions, 'noReportText', 'Saran'),
    sub('C', 'Rencana Tindak Lanjut'),
    body('Rencana tindak lanjut atas hasil studi komparasi ini disajikan dalam tabel berikut.', { keepNext: true, after: 80 }),
    new Paragraph({
      alignment: AlignmentType.CENTER,
      keepNext: true,
      spacing: { after: 80 },
      indent: { left: mm(TABLE_INDENT) },
      children: [new TextRun({ text: 'RENCANA TINDAK LANJUT', bold: true, size: SMALL_SIZE + 2 })],
    }),
    ...followupTable(ctx, data),

    chapter(5, 'PENUTUP'),
    ...textBlock(ctx, texts.closing, 'noReportText', 'Penutup', SUB),
    spacer(240),
    signatures(ctx, data),
    ...lampiran(ctx, data),
  ];

  const doc = document(ctx, `Laporan Hasil Studi Komparasi${title ? ` – ${title}` : ''}`, [section(ctx, { kop: true, pageNumbers: true, children })]);
  return { doc, gaps: ctx.gaps, gapCodes: ctx.gapCodes };
}

/** "BUPATI BULELENG" → "Bupati Buleleng" (words already mixed-case stay as written). */
function titleCase(s: string): string {
  return s.replace(/\S+/g, (w) => (w === w.toUpperCase() && w.length > 1 ? w.charAt(0) + w.slice(1).toLowerCase() : w));
}

function lowerFirst(s: string): string {
  const t = clean(s);
  // Keep acronyms and names ("SPBE …", "Kota Malang …") as written.
  if (/^[A-Z]{2}/.test(t) || /^(Kota|Kabupaten|Pemerintah|Provinsi)\b/.test(t)) return t;
  return t.charAt(0).toLowerCase() + t.slice(1);
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
  return items.map((runs, i) => item(`${i + 1}.`, [...runs, new TextRun(i < items.length - 1 ? ';' : '.')], BODY, { justify: false }));
}
