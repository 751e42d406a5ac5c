/**
 * Daftar Hadir: officials then journalists, NO / NAMA / NIP / JABATAN-INSTANSI /
 * TANDA TANGAN, the signature places alternating left (odd numbers) and right
 * (even numbers) as Indonesian attendance lists do, rows tall enough to sign,
 * the header row repeating on every page.
 */
import {
  AlignmentType,
  BorderStyle,
  HeightRule,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TabStopType,
  TextRun,
  VerticalAlign,
  WidthType,
  type ParagraphChild,
} from 'docx';
import type { Member } from '../../shared/domain/delegation';
import { DocContext, GRID_BORDERS, SMALL_SIZE, document, mm, section } from './common';
import { hostNames, tripDatesValid, venueNames } from './conditions';
import { tanggalRange } from './drafts';
import { clean, journalistsOf, longDate, nameOf, officialsOf } from './format';
import type { BuiltDocument } from './index';
import type { DocData } from './model';
import { daySpan, isJournalist, nipCell, outletOf, tab } from './parts';

const SMALL = { size: SMALL_SIZE };
const LINE = { style: BorderStyle.SINGLE, size: 4, color: '000000' } as const;
const BORDERS = { top: LINE, bottom: LINE, left: LINE, right: LINE };
const CELL_MARGINS = { top: 40, bottom: 40, left: 80, right: 80 };
/** The narrowest signature column, in mm. */
export const SIGN_MM = 50;
/** Row height: room for a signature. */
export const ATTENDANCE_ROW_MM = 12;

function jabatanLines(ctx: DocContext, m: Member): Paragraph[] {
  const line = (children: ParagraphChild[]) => new Paragraph({ children });
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

export function buildAttendance(data: DocData): BuiltDocument {
  const ctx = new DocContext(data);
  const { trip, members } = data.detail;
  const people = [...officialsOf(members), ...journalistsOf(members)];

  const total = ctx.textWidthMm;
  // A signature needs about 50 mm: the other columns give way (a NIP still fits on a line).
  const fixed = [9, 38, 40, 28];
  const widths = [...fixed, Math.max(SIGN_MM, total - fixed.reduce((a, b) => a + b, 0))].map(mm);
  const sign = widths[4] ?? mm(40);

  const cell = (i: number, children: Paragraph[], extra: { header?: boolean } = {}) =>
    new TableCell({
      width: { size: widths[i] ?? 0, type: WidthType.DXA },
      verticalAlign: VerticalAlign.CENTER,
      borders: BORDERS,
      margins: CELL_MARGINS,
      shading: extra.header ? { fill: 'E7E6E6' } : undefined,
      children,
    });
  const centred = (text: string, bold = false) => new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ ...SMALL, text, bold })] });

  const header = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: ['NO', 'NAMA', 'NIP', 'JABATAN/INSTANSI', 'TANDA TANGAN'].map((h, i) => cell(i, [centred(h, true)], { header: true })),
  });
  const rows = people.map((m, i) => {
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
      height: { value: mm(ATTENDANCE_ROW_MM), rule: HeightRule.ATLEAST },
      children: [
        cell(0, [centred(String(n))]),
        cell(1, [new Paragraph({ children: [ctx.orGap(nameOf(m), 'membersWithoutName', 'Nama', SMALL)] })]),
        // 9 pt keeps an 18-digit NIP on one line in its column.
        cell(2, [new Paragraph({ children: [nipCell(ctx, m, { size: 18 })] })]),
        cell(3, jabatanLines(ctx, m)),
        cell(4, [signature]),
      ],
    });
  });
  if (rows.length === 0) {
    rows.push(
      new TableRow({
        height: { value: mm(ATTENDANCE_ROW_MM), rule: HeightRule.ATLEAST },
        children: [cell(0, [centred('')]), cell(1, [new Paragraph({ children: [ctx.gap('noMembers', 'Peserta')] })]), cell(2, [centred('')]), cell(3, [centred('')]), cell(4, [centred('')])],
      }),
    );
  }
  const table = new Table({
    layout: TableLayoutType.FIXED,
    width: { size: widths.reduce((a, b) => a + b, 0), type: WidthType.DXA },
    columnWidths: widths,
    borders: GRID_BORDERS,
    rows: [header, ...rows],
  });

  const when = daySpan(longDate(trip.startDate), longDate(trip.endDate), tanggalRange(trip.startDate, trip.endDate));
  // Where people sign in: the venue of the visit (from the agenda and the venues), else the host and its region.
  const named = hostNames(data);
  const region = clean(data.hostRegionNames[0] ?? '');
  const venue = venueNames(data)[0] ?? '';
  const place = venue
    ? [venue, ...(region && !venue.includes(region) ? [region] : [])].join(', ')
    : [...named, ...(region && !named.some((h) => h.includes(region)) ? [region] : [])].join(', ');
  const field = (label: string, value: ParagraphChild[]) =>
    new Paragraph({
      tabStops: [
        { type: TabStopType.LEFT, position: mm(34) },
        { type: TabStopType.LEFT, position: mm(37) },
      ],
      indent: { left: mm(37), hanging: mm(37) },
      children: [new TextRun(label), tab(), new TextRun(':'), tab(), ...value],
    });

  const children = [
    new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text: 'DAFTAR HADIR PESERTA', bold: true, size: 28 })] }),
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { after: 240 },
      children: [ctx.orGap(clean(trip.title).toUpperCase(), 'noTripTitle', 'Judul kegiatan', { bold: true })],
    }),
    field('Hari/tanggal', [tripDatesValid(trip) && when ? new TextRun(when) : ctx.gap('noTripDates', 'Tanggal kegiatan')]),
    field('Tempat', [place ? new TextRun(place) : ctx.gap('noHostInstitution', 'Tempat')]),
    new Paragraph({
      spacing: { after: 240 },
      tabStops: [
        { type: TabStopType.LEFT, position: mm(34) },
        { type: TabStopType.LEFT, position: mm(37) },
      ],
      children: [
        new TextRun('Jumlah peserta'),
        tab(),
        new TextRun(':'),
        tab(),
        new TextRun(`${people.length} orang (${officialsOf(members).length} pejabat/ASN, ${journalistsOf(members).length} jurnalis)`),
      ],
    }),
    table,
    new Paragraph({ children: [] }),
  ];

  return {
    doc: document(ctx, `Daftar Hadir — ${trip.title}`.slice(0, 250), [section(ctx, { pageNumbers: true, children })]),
    gaps: ctx.gaps,
    gapCodes: ctx.gapCodes,
  };
}
