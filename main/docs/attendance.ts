/**
 * Daftar Hadir: one sheet per day of the visit or per session of its agenda
 * (the user's choice, ReportText.attendanceSplit), each on its own page with
 * its own heading (the activity, day and date, time, venue of that day or
 * session) and a table of everybody: officials then journalists, NO / NAMA /
 * NIP / JABATAN-INSTANSI / TANDA TANGAN, the signature places alternating left
 * (odd numbers) and right (even numbers) as Indonesian attendance lists do,
 * rows tall enough to sign, the header row repeating on every page. Each sheet
 * closes with the place and date of that day and the Sekretaris Rombongan (or
 * the Ketua) as signer.
 *
 * The closing never stands alone on a page: it sits in the table's last row,
 * an unsplittable row that also holds the last people's rows (as a nested
 * table drawn like the rows above), so LibreOffice and Word move them to the
 * next page together (both ignore keep-with-next from a table to what follows).
 */
import { AlignmentType, BorderStyle, HeightRule, Paragraph, Table, TableCell, TableLayoutType, TableRow, TabStopType, TextRun, VerticalAlign, WidthType, type ParagraphChild } from 'docx';
import type { AgendaItem } from '../../shared/agenda/schemas';
import type { Member } from '../../shared/delegation/schemas';
import { SECRETARY_ROLE, takesAttendance } from '../../shared/vocabulary';
import { regionByCode } from '../../shared/regions';
import { addDays, formatSpan, groupByLocalDate } from '../../shared/zones';
import { DocContext, GRID_BORDERS, NO_BORDERS, SMALL_SIZE, STYLE, document, mm, section } from './common';
import { hostNames, leadGap, tripDatesValid } from './conditions';
import { clean, cleanText, journalistsOf, leadOf, longDate, nameOf, noArrows, officialsOf, plainDate } from './format';
import type { BuiltDocument } from './index';
import type { DocData } from './model';
import { isJournalist, nipCell, nipMissing, outletOf, signerName, tab } from './parts';

const SMALL = { size: SMALL_SIZE };
const LINE = { style: BorderStyle.SINGLE, size: 4, color: '000000' } as const;
const NONE = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' } as const;
const BORDERS = { top: LINE, bottom: LINE, left: LINE, right: LINE };
const CELL_MARGINS = { top: 40, bottom: 40, left: 80, right: 80 };
/** The narrowest signature column, in mm. */
export const SIGN_MM = 50;
/** Row height: room for a signature. */
export const ATTENDANCE_ROW_MM = 12;
/** A 21-character NIP ("19780817 199703 1 002") at 9 pt on one line, with the cell's margins. */
const NIP_MM = 38;
const NO_MM = 9;
/** The last people's rows kept on the page of the closing signer. */
const KEPT_ROWS = 2;
/** A trip without agenda gets a sheet per day: at most this many (a mistyped end date must not print a year of sheets). */
export const MAX_DAY_SHEETS = 31;

/** One sheet of the list: a day of the visit or one session of its agenda. */
export interface AttendanceSheet {
  /** The local date of the place (YYYY-MM-DD); '' when the trip has neither agenda nor valid dates. */
  date: string;
  /** The session (split 'session'); undefined for a day's sheet. */
  item?: AgendaItem;
  /** "09.00–10.30 WIB"; '' when the agenda does not say. */
  time: string;
  /** The venue of that day (its first one) or session; '' when the agenda names none. */
  venue: string;
}

/** What people sign in for: every agenda item but the journeys and the breaks (vocabulary: takesAttendance). */
export const attendanceItems = (data: DocData): AgendaItem[] => data.agenda.filter((it) => takesAttendance(it.kind));

const venueOf = (it: AgendaItem): string => cleanText(it.venueName) || cleanText(it.venueText);

/**
 * The sheets, in time order: per session one for each agenda item but the
 * journeys; per day one for each local date (of the place) such an item
 * starts on. Without such items: a sheet per day of the trip.
 */
export function attendanceSheets(data: DocData): AttendanceSheet[] {
  const items = attendanceItems(data);
  const { trip } = data.detail;
  if (items.length === 0) {
    if (!tripDatesValid(trip)) return [{ date: '', time: '', venue: '' }];
    const days: AttendanceSheet[] = [];
    for (let d = trip.startDate; d <= trip.endDate && days.length < MAX_DAY_SHEETS; d = addDays(d, 1)) days.push({ date: d, time: '', venue: '' });
    return days;
  }
  const groups = groupByLocalDate(items);
  if (data.text.attendanceSplit === 'session') {
    return groups.flatMap((g) =>
      g.items.map((it) => ({ date: g.date, item: it, time: formatSpan(it.startAt, it.startZone, it.endAt, it.endZone), venue: venueOf(it) })),
    );
  }
  return groups.map((g) => {
    const first = g.items[0]!;
    const last = g.items.reduce((a, b) => (b.endAt > a.endAt ? b : a));
    return {
      date: g.date,
      time: formatSpan(first.startAt, first.startZone, Math.max(last.endAt, first.startAt), last.endZone),
      venue: g.items.map(venueOf).find(Boolean) ?? '',
    };
  });
}

/** "Malang" from "Kota Malang", "Sleman" from "Kabupaten Sleman", "Jakarta Pusat" from "Kota Administrasi Jakarta Pusat". */
export const placeOfRegion = (name: string): string =>
  clean(name)
    .replace(/^(kabupaten|kota)\s+(administrasi\s+)?/i, '')
    .replace(/^provinsi\s+/i, '');

/** The place a sheet is closed at: the town of the host region (the trip's, else a host's); '' when neither is known. */
export function attendancePlace(data: DocData): string {
  const names = [...data.hostRegionNames, ...data.detail.hosts.map((h) => regionByCode(h.institution.regionCode)?.name ?? '')];
  for (const n of names) {
    const place = placeOfRegion(n);
    if (place) return place;
  }
  return '';
}

/** Who signs each sheet: the Sekretaris Rombongan, else the Ketua (leadOf); undefined when the delegation has no official. */
export function attendanceSigner(members: readonly Member[]): { member: Member; title: string } | undefined {
  const secretary = members.find((m) => m.role === SECRETARY_ROLE);
  if (secretary) return { member: secretary, title: 'Sekretaris Rombongan' };
  const lead = leadOf(members);
  return lead ? { member: lead, title: 'Ketua Rombongan' } : undefined;
}

/** Whose NIP the list prints (a stray number on a journalist or other non-ASN is not one); readiness.ts asks the same. */
export const attendanceNipShown = (m: Member): boolean => !isJournalist(m) && m.person.employment !== 'non_asn';

/**
 * Only officials have a NIP: journalists and other non-ASN get "-" (a dash
 * says "none" on purpose, where a blank cell looks forgotten and invites a
 * pen), as do elected officials; a civil servant without one is a gap marker.
 */
function nipRun(ctx: DocContext, m: Member): TextRun {
  // 9 pt keeps an 18-digit NIP on one line in its column.
  const small = { size: 18 };
  return attendanceNipShown(m) ? nipCell(ctx, m, small) : new TextRun({ ...small, text: '-' });
}

function jabatanLines(ctx: DocContext, m: Member): Paragraph[] {
  const line = (children: ParagraphChild[]) => new Paragraph({ style: STYLE.table, children });
  if (isJournalist(m)) {
    const outlet = outletOf(m);
    return [line([new TextRun({ ...SMALL, text: 'Jurnalis' })]), ...(outlet ? [line([new TextRun({ ...SMALL, text: outlet })])] : [])];
  }
  const jabatan = clean(m.person.jabatan);
  const unit = clean(m.person.unit) || clean(m.person.institutionName);
  return [
    line([ctx.orGap(jabatan, 'membersWithoutJabatan', 'Jabatan', SMALL)]),
    ...(unit && !jabatan.toLowerCase().includes(unit.toLowerCase()) ? [line([new TextRun({ ...SMALL, text: unit })])] : []),
  ];
}

/** Column widths in twips: the signature at least SIGN_MM, the NIP on one line, name and jabatan share the rest. */
function columnWidths(ctx: DocContext): number[] {
  const total = ctx.textWidthMm;
  const sign = Math.max(SIGN_MM, Math.round(total * 0.3));
  const rest = total - NO_MM - NIP_MM - sign;
  const name = Math.round(rest * 0.53);
  return [NO_MM, name, NIP_MM, rest - name, sign].map(mm);
}

/** The table of one sheet: header, everybody, and the closing row (the last people and the signer, unsplittable). */
function sheetTable(ctx: DocContext, people: Member[], closing: Paragraph[]): Table {
  const widths = columnWidths(ctx);
  const total = widths.reduce((a, b) => a + b, 0);
  const sign = widths[4] ?? mm(SIGN_MM);

  const cell = (i: number, children: Paragraph[], extra: { header?: boolean; top?: boolean } = {}) =>
    new TableCell({
      width: { size: widths[i] ?? 0, type: WidthType.DXA },
      verticalAlign: VerticalAlign.CENTER,
      // The first kept row sits under the row above (or the header), which draws the line between them.
      borders: extra.top === false ? { ...BORDERS, top: NONE } : BORDERS,
      margins: CELL_MARGINS,
      shading: extra.header ? { fill: 'E7E6E6' } : undefined,
      children,
    });
  const centred = (text: string, bold = false) => new Paragraph({ style: STYLE.table, alignment: AlignmentType.CENTER, children: [new TextRun({ ...SMALL, text, bold })] });
  const tall = { value: mm(ATTENDANCE_ROW_MM), rule: HeightRule.ATLEAST };

  const personRow = (m: Member, i: number, top = true) => {
    const n = i + 1;
    // Odd numbers sign on the left half, even numbers on the right half.
    const inner = sign - CELL_MARGINS.left - CELL_MARGINS.right;
    const half = Math.round(inner / 2);
    const even = n % 2 === 0;
    const signature = new Paragraph({
      indent: { left: even ? half + mm(1) : 0 },
      tabStops: [{ type: TabStopType.RIGHT, position: even ? inner - mm(1) : half - mm(1), leader: 'dot' }],
      children: [new TextRun({ ...SMALL, text: `${n}. ` }), tab()],
    });
    return new TableRow({
      cantSplit: true,
      height: tall,
      children: [
        cell(0, [centred(String(n))], { top }),
        cell(1, [new Paragraph({ style: STYLE.table, children: [ctx.orGap(nameOf(m), 'membersWithoutName', 'Nama', SMALL)] })], { top }),
        cell(2, [new Paragraph({ style: STYLE.table, alignment: AlignmentType.CENTER, children: [nipRun(ctx, m)] })], { top }),
        cell(3, jabatanLines(ctx, m), { top }),
        cell(4, [signature], { top }),
      ],
    });
  };

  const header = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: ['NO', 'NAMA', 'NIP', 'JABATAN/INSTANSI', 'TANDA TANGAN'].map((h, i) => cell(i, [centred(h, true)], { header: true })),
  });
  const keptFrom = Math.max(0, people.length - KEPT_ROWS);
  const rows = people.slice(0, keptFrom).map((m, i) => personRow(m, i));
  const kept =
    people.length > 0
      ? people.slice(keptFrom).map((m, i) => personRow(m, keptFrom + i, i > 0))
      : [
          new TableRow({
            height: tall,
            children: [
              cell(0, [centred('')], { top: false }),
              cell(1, [new Paragraph({ children: [ctx.gap('noMembers', 'Peserta')] })], { top: false }),
              cell(2, [centred('')], { top: false }),
              cell(3, [centred('')], { top: false }),
              cell(4, [centred('')], { top: false }),
            ],
          }),
        ];
  const keptTable = new Table({
    layout: TableLayoutType.FIXED,
    width: { size: total, type: WidthType.DXA },
    columnWidths: widths,
    borders: NO_BORDERS,
    rows: kept,
  });
  const closingRow = new TableRow({
    cantSplit: true,
    children: [
      new TableCell({
        columnSpan: 5,
        width: { size: total, type: WidthType.DXA },
        borders: { top: NONE, bottom: NONE, left: NONE, right: NONE },
        margins: { top: 0, bottom: 0, left: 0, right: 0 },
        children: [keptTable, ...closing],
      }),
    ],
  });
  return new Table({
    layout: TableLayoutType.FIXED,
    width: { size: total, type: WidthType.DXA },
    columnWidths: widths,
    borders: GRID_BORDERS,
    rows: [header, ...rows, closingRow],
  });
}

/** "Malang, 24 April 2025" / "Sekretaris Rombongan," / signing space / name / NIP, on the right half, kept together. */
function closingLines(ctx: DocContext, data: DocData, date: string): Paragraph[] {
  const members = data.detail.members;
  const signer = attendanceSigner(members);
  const place = attendancePlace(data);
  const placeDate = [
    place ? new TextRun(place) : ctx.gap('noHostRegion', 'Tempat'),
    new TextRun(', '),
    date ? new TextRun(plainDate(date)) : ctx.gap('noTripDates', 'Tanggal'),
  ];
  const lines: Array<{ children: ParagraphChild[]; before?: number; after?: number }> = [{ children: placeDate, before: 360 }];
  if (!signer) {
    lines.push({ children: [new TextRun('Ketua Rombongan,')], after: 1200 }, { children: [ctx.gap(leadGap(members), 'Ketua rombongan')] });
  } else {
    const m = signer.member;
    const nip = clean(m.person.nip);
    lines.push({ children: [new TextRun(`${signer.title},`)], after: 1200 }, { children: [signerName(ctx, nameOf(m), 'membersWithoutName', 'Nama')] });
    // The signer's NIP as the list prints it: none for a journalist, non-ASN or elected official, a gap for a civil servant without one.
    if (attendanceNipShown(m) && (nip !== '' || nipMissing(m))) {
      lines.push({ children: [new TextRun('NIP. '), nipCell(ctx, m)] });
    }
  }
  return lines.map(
    (l, i) =>
      new Paragraph({
        alignment: AlignmentType.CENTER,
        indent: { left: mm(ctx.textWidthMm / 2) },
        keepNext: i < lines.length - 1,
        keepLines: true,
        spacing: { before: l.before ?? 0, after: l.after ?? 0 },
        children: l.children,
      }),
  );
}

export function buildAttendance(data: DocData): BuiltDocument {
  const ctx = new DocContext(data);
  const { trip, members } = data.detail;
  const people = [...officialsOf(members), ...journalistsOf(members)];

  // Where people sign in when the agenda names no venue for the day or session: the trip's venues, else the host and its region.
  const named = hostNames(data);
  const region = clean(data.hostRegionNames[0] ?? '');
  const withRegion = (venue: string) => [venue, ...(region && !venue.includes(region) ? [region] : [])].join(', ');
  const tripVenue = data.detail.venues.map((v) => cleanText(v.name)).find(Boolean) ?? '';
  const agendaVenue = attendanceItems(data).map(venueOf).find(Boolean) ?? '';
  const hostPlace = [...named, ...(region && !named.some((h) => h.includes(region)) ? [region] : [])].join(', ');
  const fallbackPlace = tripVenue ? withRegion(tripVenue) : hostPlace || (agendaVenue ? withRegion(agendaVenue) : '');

  const stops = [
    { type: TabStopType.LEFT, position: mm(34) },
    { type: TabStopType.LEFT, position: mm(37) },
  ];
  const field = (label: string, value: ParagraphChild[], after = 0) =>
    new Paragraph({ tabStops: stops, indent: { left: mm(37), hanging: mm(37) }, spacing: { after }, children: [new TextRun(label), tab(), new TextRun(':'), tab(), ...value] });
  const count = `${people.length} orang (${officialsOf(members).length} pejabat/ASN, ${journalistsOf(members).length} jurnalis)`;

  const children = attendanceSheets(data).flatMap((sheet, i) => {
    const place = sheet.venue ? withRegion(sheet.venue) : fallbackPlace;
    const when = sheet.date ? longDate(sheet.date) : '';
    return [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        // Each sheet on a page of its own.
        pageBreakBefore: i > 0,
        children: [new TextRun({ text: 'DAFTAR HADIR PESERTA', bold: true, size: 28 })],
      }),
      new Paragraph({
        alignment: AlignmentType.CENTER,
        spacing: { after: 240 },
        children: [ctx.orGap(clean(trip.title).toUpperCase(), 'noTripTitle', 'Judul kegiatan', { bold: true })],
      }),
      ...(sheet.item ? [field('Acara', [ctx.orGap(noArrows(sheet.item.title), 'agendaWithoutTitle', 'Nama kegiatan', { bold: true })])] : []),
      field('Hari/tanggal', [when ? new TextRun(when) : ctx.gap('noTripDates', 'Tanggal kegiatan')]),
      ...(sheet.time ? [field('Waktu', [new TextRun(sheet.time)])] : []),
      field('Tempat', [place ? new TextRun(place) : ctx.gap('noHostInstitution', 'Tempat')]),
      field('Jumlah peserta', [new TextRun(count)], 240),
      sheetTable(ctx, people, closingLines(ctx, data, sheet.date)),
    ];
  });

  return {
    doc: document(ctx, `Daftar Hadir — ${trip.title}`.slice(0, 250), [section(ctx, { pageNumbers: true, children })]),
    gaps: ctx.gaps,
    gapCodes: ctx.gapCodes,
  };
}
