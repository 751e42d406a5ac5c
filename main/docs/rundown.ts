/**
 * Jadwal Acara: the agenda as a landscape table per local day, every time
 * with the zone label of the place where it happens ("05.00 WITA – 10.15 WIB"
 * on a leg that crosses a zone), never the machine's own zone.
 */
import { AlignmentType, Paragraph, TextRun, type ParagraphChild } from 'docx';
import type { AgendaItem } from '../../shared/agenda/schemas';
import { isTravelKind } from '../../shared/vocabulary';
import { formatDuration, formatSpan, formatDay, groupByLocalDate, localDateOf, zoneLabel, zoneOffsetMinutes } from '../../shared/zones';
import { DocContext, SMALL_SIZE, document, gridTable, heading, section, type Cell } from './common';
import { agendaPlace, attendeesOf, tripDatesValid } from './conditions';
import { clean, dateRange, nameOf, noArrows } from './format';
import type { BuiltDocument } from './index';
import type { DocData } from './model';

const SMALL = { size: SMALL_SIZE };

/** "Jumat, 25/4". */
function shortDay(date: string): string {
  const weekday = formatDay(date).split(',')[0] ?? '';
  const [, m, d] = date.split('-').map(Number);
  return `${weekday}, ${d}/${m}`;
}

function timeCell(it: AgendaItem): string {
  const span = formatSpan(it.startAt, it.startZone, it.endAt, it.endZone);
  const startDate = localDateOf(it.startAt, it.startZone);
  const endDate = localDateOf(it.endAt, it.endZone);
  return endDate !== startDate ? `${span}\n(s.d. ${shortDay(endDate)})` : span;
}

function placeCell(ctx: DocContext, it: AgendaItem): Cell {
  return [ctx.orGap(agendaPlace(it), 'agendaWithoutPlace', 'Tempat', SMALL)];
}

function notesCell(it: AgendaItem): string {
  const notes: string[] = [];
  if (it.startZone !== it.endZone || isTravelKind(it.kind)) {
    const minutes = Math.round((it.endAt - it.startAt) / 60_000);
    if (minutes > 0) notes.push(`${isTravelKind(it.kind) ? 'Lama perjalanan' : 'Durasi'} ${formatDuration(minutes)}`);
  }
  if (it.startZone !== it.endZone) {
    const a = zoneLabel(it.startZone, it.startAt);
    const b = zoneLabel(it.endZone, it.endAt);
    const diff = (zoneOffsetMinutes(it.startZone, it.startAt) - zoneOffsetMinutes(it.endZone, it.endAt)) / 60;
    if (diff !== 0 && a !== b) notes.push(diff > 0 ? `${a} lebih cepat ${diff} jam dari ${b}` : `${b} lebih cepat ${-diff} jam dari ${a}`);
  }
  if (clean(it.notes)) notes.push(it.notes.trim());
  return notes.join('\n') || '-';
}

export function buildRundown(data: DocData): BuiltDocument {
  const ctx = new DocContext(data, { landscape: true });
  const { trip, members, hosts } = data.detail;
  const byId = new Map(members.map((m) => [m.id, m]));
  const where = clean(data.hostRegionNames.join(', ')) || clean(hosts.map((h) => h.institution.name).join(', '));

  const peopleCell = (it: AgendaItem): Cell => {
    const chosen = attendeesOf(it, byId);
    if (chosen === 'all') return 'Seluruh peserta';
    if (chosen.length === 0) return [ctx.gap('agendaWithoutPeople', 'Peserta')];
    if (chosen.length <= 3) return chosen.map(nameOf).join('\n');
    return `${chosen.length} orang`;
  };

  const children: Array<Paragraph | ReturnType<typeof gridTable>> = [
    new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text: 'JADWAL ACARA', bold: true, size: 28 })] }),
    new Paragraph({
      alignment: AlignmentType.CENTER,
      children: [ctx.orGap(clean(trip.title).toUpperCase(), 'noTripTitle', 'Judul kegiatan', { bold: true })],
    }),
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { after: 240 },
      children: [
        ...(where ? [new TextRun(`${where}, `)] : []),
        tripDatesValid(trip) ? new TextRun(dateRange(trip.startDate, trip.endDate)) : ctx.gap('noTripDates', 'Tanggal kegiatan'),
      ] as ParagraphChild[],
    }),
  ];

  const days = groupByLocalDate(data.agenda);
  if (days.length === 0) {
    children.push(new Paragraph({ children: [ctx.gap('noAgenda', 'Agenda kegiatan')] }));
  }
  let counter = 0;
  for (const day of days) {
    children.push(heading(formatDay(day.date), { before: 120 }));
    children.push(
      gridTable(
        ctx,
        [
          { header: 'NO', widthMm: 10, align: 'center' },
          { header: 'WAKTU', widthMm: 44 },
          { header: 'KEGIATAN', widthMm: 62 },
          { header: 'TEMPAT', widthMm: 48 },
          { header: 'PENANGGUNG JAWAB', widthMm: 40 },
          { header: 'PESERTA', widthMm: 30 },
          { header: 'KETERANGAN' },
        ],
        day.items.map((it) => [
          String(++counter),
          timeCell(it),
          [ctx.orGap(noArrows(it.title), 'agendaWithoutTitle', 'Kegiatan', SMALL)],
          placeCell(ctx, it),
          clean(it.pic) || '-',
          peopleCell(it),
          notesCell(it),
        ]),
      ),
    );
  }
  const zones = [...new Set(data.agenda.flatMap((it) => [zoneLabel(it.startZone, it.startAt), zoneLabel(it.endZone, it.endAt)]))];
  if (zones.length > 0) {
    const offsets: Record<string, string> = { WIB: 'UTC+7', WITA: 'UTC+8', WIT: 'UTC+9' };
    children.push(
      new Paragraph({
        spacing: { before: 240 },
        children: [
          new TextRun({
            text: `Waktu ditulis menurut zona waktu tempat kegiatan berlangsung: ${zones.map((z) => (offsets[z] ? `${z} (${offsets[z]})` : z)).join(', ')}.`,
            italics: true,
            size: SMALL_SIZE,
          }),
        ],
      }),
    );
  } else {
    children.push(new Paragraph({ children: [] }));
  }

  return {
    doc: document(ctx, `Jadwal Acara — ${trip.title}`.slice(0, 250), [section(ctx, { pageNumbers: true, children })]),
    gaps: ctx.gaps,
    gapCodes: ctx.gapCodes,
  };
}
