/** Pelaksanaan and hasil: where and when, the agenda, the results with their figures, the follow-up table. */
import type { Table} from 'docx';
import { Paragraph, TextRun } from 'docx';
import { isRealIsoDate } from '../../../shared/dates';
import { FOLLOWUP_STATUS_LABELS } from '../../../shared/vocabulary';
import { regionByCode } from '../../../shared/regions';
import { formatSpan, groupByLocalDate } from '../../../shared/zones';
import type { DocContext} from '../common';
import { SMALL_SIZE, fieldTable, gridTable, mm, type Cell } from '../common';
import { followupOwner, hostNames, tripDatesValid, venueNames } from '../conditions';
import { cleanText as clean, counted, dateRange, figureText, noArrows, longDate, plainDate, tripDays } from '../format';
import type { Outline } from '../toc';
import type { DocData } from '../model';
import { BODY, PART, SUB, TABLE_INDENT, body, spacer, textBlock, titleCase } from './parts';

export function placeOf(it: DocData['agenda'][number]): string {
  const venue = clean(it.venueName) || clean(it.venueText);
  if (venue) return venue;
  const from = clean(it.fromPlace);
  const to = clean(it.toPlace);
  return from || to ? `${from || '…'} – ${to || '…'}` : '';
}

export function agendaBlock(ctx: DocContext, data: DocData): Array<Paragraph | Table> {
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

export function whereAndWhen(ctx: DocContext, data: DocData): Array<Paragraph | Table> {
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

export function figuresTable(ctx: DocContext, figures: Array<{ label: string; value: string }>, leftMm: number): Table {
  const width = Math.min(120, ctx.textWidthMm - leftMm);
  return gridTable(
    ctx,
    [{ header: 'URAIAN', widthMm: width * 0.62 }, { header: 'DATA', align: 'center' }],
    figures.map((f) => [clean(f.label) || '-', figureText(f.value) || '-']),
    { widthMm: width, indentMm: leftMm },
  );
}

export function resultsBlock(ctx: DocContext, data: DocData, outline: Outline): Array<Paragraph | Table> {
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
export function dateOrDash(memo: Map<string, string>, d: string): string {
  let out = memo.get(d);
  if (out === undefined) {
    out = d && isRealIsoDate(d) ? plainDate(d) : '-';
    memo.set(d, out);
  }
  return out;
}

export function followupTable(ctx: DocContext, data: DocData): Array<Paragraph | Table> {
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
