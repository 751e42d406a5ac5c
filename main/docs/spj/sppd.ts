/**
 * Surat Perintah Perjalanan Dinas (SPPD), one document for the whole trip:
 * for each paid traveller lembar I (the issuer's kop, title, number, items 1–10
 * as a bordered table, "Dikeluarkan di … Pada tanggal …" and the PPK) and on
 * the next page lembar II (the endorsements I–IV: departure from the origin,
 * arrival at and departure from each place visited, blank for the hosts'
 * stamps and signatures; V the return and the PPK's closing statement; VI and
 * VII the notes and the warning of the form).
 */
import { PageBreak, Paragraph, TabStopType, TextRun, type ParagraphChild } from 'docx';
import type { AgendaItem } from '../../../shared/agenda/schemas';
import { MONEY_DOC_TITLES, SPPD_ATTENTION, SPPD_CHECKED, SPPD_ITEMS, MONEY_SIGNER_LABELS } from '../../../shared/documents/money-docs';
import { regionByCode } from '../../../shared/regions';
import { numberInWords } from '../../../shared/money/terbilang';
import { FARE_MODE_LABELS } from '../../../shared/money/vocabulary';
import { TRANSPORT_MODE_LABELS } from '../../../shared/vocabulary';
import { DocContext, STYLE, authorOf, document, gridTable, mm, run, section, type Cell, type Column, type SignerLines } from '../common';
import { cellParagraph, tabRun } from '../kit/runs';
import { sptTaskLines } from '../conditions';
import { isBlank, nameOf, noEndStop, plainDate } from '../format';
import type { BuiltDocument } from '../index';
import type { DocData } from '../model';
import { jabatanText, rightSigner, tab } from '../parts';
import { cellPara, dateRun, gapLine, levelRun, moneyOf, nipText, pangkatText, ppkSigner, title, travellers, type Traveller } from './common';

/** Blocks of lembar II for the places visited: at least II, III and IV, as the form prints them. */
const MIN_STOPS = 3;
const ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII'];
const roman = (n: number): string => ROMAN[n - 1] ?? String(n);

/** The place the travellers leave from: the issuer's place of issue, else the origin region. */
export function originPlace(data: DocData): string {
  const place = data.issuers.agency.kop.placeOfIssue.trim();
  if (place) return place;
  return regionByCode(moneyOf(data).originRegionCode)?.name ?? '';
}

/** Where the trip goes: the host regions ("Kota Malang"), else the cost sheet's destination. */
export function destinationPlace(data: DocData): string {
  if (data.hostRegionNames.length > 0) return data.hostRegionNames.join(', ');
  return regionByCode(moneyOf(data).destinationRegionCode)?.name ?? '';
}

/**
 * The SPPD number a traveller's sheet prints: the trip's one number from the
 * Perangkat Daerah's register (numbers.issue 'sppd'), followed by the
 * traveller's place among the paid travellers when several travel
 * ("000.1.2.3/12/107.1/2026/2"), so every sheet has its own number and the
 * register one line per SPT's delegation; '' until the number is issued.
 */
export function sppdNumberOf(data: DocData, t: Traveller): string {
  const base = data.numbers.sppd?.number.trim() ?? '';
  if (!base) return '';
  // travellers() numbers them; a Traveller made elsewhere is looked up (once per call).
  const people = t.place === undefined || t.of === undefined ? travellers(data) : null;
  const of = people ? people.length : (t.of ?? 0);
  if (of <= 1) return base;
  return `${base}/${people ? people.findIndex((p) => p.member.id === t.member.id) + 1 : t.place}`;
}

/** The SPPD's date of issue: its number's, else the SPT's signing date ('' when neither is known). */
export function sppdDate(data: DocData): string {
  return data.numbers.sppd?.issuedOn || data.signing.spt.date;
}

/** A place visited as lembar II writes it: where, arrived on, left on, and for where. */
export interface Stop {
  place: string;
  arrive: string;
  depart: string;
  next: string;
}

/** The member's journeys of the agenda in time order. */
function journeysOf(agenda: readonly AgendaItem[], memberId: string): AgendaItem[] {
  return agenda.filter((i) => i.kind === 'travel' && (i.attendance === 'all' || i.memberIds.includes(memberId))).sort((a, b) => a.startAt - b.startAt);
}

/**
 * The places a traveller is endorsed at: with two or more journeys in the
 * agenda, where each but the last one arrives (a leg's arrival, the next
 * leg's departure); otherwise the destination, from their own first to last
 * day.
 */
export function stopsOf(data: DocData, t: Traveller): Stop[] {
  const legs = journeysOf(data.agenda, t.member.id);
  const home = originPlace(data);
  if (legs.length >= 2) {
    return legs.slice(0, -1).map((leg, i) => {
      const next = legs[i + 1] as AgendaItem;
      return { place: leg.toPlace.trim(), arrive: leg.endLocal.slice(0, 10), depart: next.startLocal.slice(0, 10), next: next.toPlace.trim() };
    });
  }
  return [{ place: destinationPlace(data), arrive: t.cost.departDate, depart: t.cost.returnDate, next: home }];
}

/** "Pesawat", from the member's logistics, else the modes of their tickets; '' when neither says. */
export function transportText(t: Traveller): string {
  const mode = t.member.transportMode;
  if (mode) return TRANSPORT_MODE_LABELS[mode];
  const modes = [...new Set(t.cost.lines.filter((l) => l.source?.mode).map((l) => l.source?.mode))].filter((m) => m !== undefined && m !== null);
  return modes.map((m) => (m === 'air' ? TRANSPORT_MODE_LABELS.plane : m === 'sea' ? TRANSPORT_MODE_LABELS.ship : FARE_MODE_LABELS[m])).join(', ');
}

/** "2 (dua) hari". */
const daysText = (n: number): string => `${n} (${numberInWords(Math.max(0, n))}) hari`;

const lines = (...items: Array<string | ParagraphChild[]>): Paragraph[] => items.map((i) => cellPara(i));

function lembarOne(ctx: DocContext, data: DocData, t: Traveller): Array<Paragraph | ReturnType<typeof gridTable>> {
  const { member: m, cost } = t;
  const money = moneyOf(data);
  const ppk = money.ppk;
  const spt = data.numbers.spt;
  const line = money.sheet.budget?.line ?? null;
  const stop = (label: string, value: ParagraphChild[]) =>
    new Paragraph({
      indent: { left: mm(ctx.textWidthMm - 62), hanging: mm(25) },
      tabStops: [
        { type: TabStopType.LEFT, position: mm(ctx.textWidthMm - 62 - 3) },
        { type: TabStopType.LEFT, position: mm(ctx.textWidthMm - 62) },
      ],
      children: [new TextRun(label), tab(), new TextRun(':'), tab(), ...value],
    });
  const head = [
    stop('Lembar ke', [new TextRun('I')]),
    stop('Nomor', [ctx.orGap(sppdNumberOf(data, t), 'noSppdNumber', 'Nomor SPPD')]),
    gapLine(200),
    title('SURAT PERINTAH PERJALANAN DINAS', { underline: false, size: 26, after: 0 }),
    title('(SPPD)', { after: 200 }),
  ];
  const ppkValue = ppk ? run(ppk.jabatan.trim() || ppk.name) : ctx.gap('noPpk', 'Pejabat Pembuat Komitmen');
  const transport = transportText(t);
  const destination = destinationPlace(data);
  const purpose = noEndStop(sptTaskLines(data)[0] ?? data.detail.trip.title);
  const budget = line
    ? [run(authorOf(ctx))]
    : [ctx.gap('noBudgetLine', 'Pembebanan anggaran')];
  const rows: Cell[][] = [
    ['1.', lines(SPPD_ITEMS.ppk), [cellPara([ppkValue])]],
    ['2.', lines(SPPD_ITEMS.traveller), lines([ctx.orGap(nameOf(m), 'membersWithoutName', 'Nama')], `NIP. ${nipText(m)}`)],
    [
      '3.',
      lines(...SPPD_ITEMS.rank.map((l, i) => `${'abc'[i]}. ${l}`)),
      lines(`a. ${pangkatText(m)}`, [run('b. '), ctx.orGap(jabatanText(m), 'membersWithoutJabatan', 'Jabatan')], [run('c. '), levelRun(ctx, cost)]),
    ],
    ['4.', lines(SPPD_ITEMS.purpose), lines(purpose)],
    ['5.', lines(SPPD_ITEMS.transport), [cellPara([ctx.orGap(transport, 'membersWithoutTransport', 'Alat angkut')])]],
    [
      '6.',
      lines(...SPPD_ITEMS.places.map((l, i) => `${'ab'[i]}. ${l}`)),
      lines([run('a. '), ctx.orGap(originPlace(data), 'noPlaceOfIssue', 'Tempat berangkat')], [run('b. '), ctx.orGap(destination, 'noDestinationPlace', 'Tempat tujuan')]),
    ],
    [
      '7.',
      lines(...SPPD_ITEMS.dates.map((l, i) => `${'abc'[i]}. ${l}`)),
      lines(
        `a. ${daysText(cost.days)}`,
        [run('b. '), dateRun(ctx, cost.departDate, 'noTripDates', 'Tanggal berangkat')],
        [run('c. '), dateRun(ctx, cost.returnDate, 'noTripDates', 'Tanggal kembali')],
      ),
    ],
    ['8.', lines(SPPD_ITEMS.followers), lines('-')],
    [
      '9.',
      lines(SPPD_ITEMS.budget[0], `a. ${SPPD_ITEMS.budget[1]}`, `b. ${SPPD_ITEMS.budget[2]}`),
      lines('', [run('a. '), ...budget], [run('b. '), ...(line ? [run([line.code, line.name.trim()].filter(Boolean).join(' — '))] : [run('-')])]),
    ],
    ['10.', lines(SPPD_ITEMS.note), lines(spt ? `Surat Perintah Tugas Nomor ${spt.number} tanggal ${plainDate(spt.issuedOn)}` : '-')],
  ];
  const columns: Column[] = [
    { header: '', widthMm: 9, align: 'center' },
    { header: '', widthMm: 72 },
    { header: '' },
  ];
  const placeDate: ParagraphChild[] = [
    new TextRun('Dikeluarkan di '),
    ctx.orGap(originPlace(data), 'noPlaceOfIssue', 'Tempat'),
    new TextRun({ text: 'Pada tanggal ', break: 1 }),
    dateRun(ctx, sppdDate(data), 'noSppdDate', 'Tanggal SPPD'),
  ];
  return [...head, gridTable(ctx, columns, rows, { header: false }), gapLine(240), ...rightSigner(ctx, ppkSigner(ctx, placeDate))];
}

/** Where a lembar II block's label, colon and value start inside its cell (mm); the block's numeral hangs before the label. */
const COL = { label: 8, colon: 34, value: 37 };

/** "Label : value" lines of a lembar II block, aligned on the colon inside its cell; `numeral` heads the block's first line. */
function field(label: string, value: ParagraphChild[] | null, numeral = ''): Paragraph {
  return cellParagraph({
    style: STYLE.table,
    tabStops: [mm(COL.label), mm(COL.colon), mm(COL.value)],
    indent: value === null ? { left: mm(COL.label) } : { left: mm(COL.value), hanging: mm(COL.value) },
    children: value === null ? [run(label)] : [run(numeral ? `${numeral}.` : ''), tabRun(), run(label), tabRun(), run(':'), tabRun(), ...value],
  });
}

/** Who signs a block: the PPK (name, NIP), or a hand's blank space for the host's head. */
function blockSigner(s: SignerLines | null, role: string): Paragraph[] {
  const p = (children: ParagraphChild[], before = 0) => cellParagraph({ style: STYLE.table, indent: { left: mm(COL.label) }, spacing: { before }, children });
  if (!s) return [p([run(`${role}:`)]), p([run('(.......................................)')], 720), p([run('NIP.')])];
  return [p(s.jabatan), p(s.name, 720), ...(s.nip ? [p([run('NIP. '), ...s.nip])] : [])];
}

const dotted = (): TextRun => run('...........................');
const placeRun = (ctx: DocContext, place: string): TextRun => (isBlank(place) ? dotted() : run(place));
const dayRun = (date: string): TextRun => (isBlank(date) ? dotted() : run(plainDate(date)));

function lembarTwo(ctx: DocContext, data: DocData, t: Traveller): Array<Paragraph | ReturnType<typeof gridTable>> {
  const home = originPlace(data);
  const stops = stopsOf(data, t);
  const first = stops[0];
  const last = stops[stops.length - 1];
  const ppk = (): SignerLines => ppkSigner(ctx);
  const cell = (...ps: Paragraph[][]): Paragraph[] => ps.flat();
  const num = 7;
  const rows: Cell[][] = [];
  rows.push([
    [cellPara('')],
    cell(
      [field('Berangkat dari', [placeRun(ctx, home)], roman(1))],
      [field('(Tempat kedudukan)', null)],
      [field('Ke', [placeRun(ctx, first?.place ?? '')])],
      [field('Pada tanggal', [dayRun(t.cost.departDate)])],
      blockSigner(ppk(), MONEY_SIGNER_LABELS.ppk),
    ),
  ]);
  const count = Math.max(MIN_STOPS, stops.length);
  for (let i = 0; i < count; i++) {
    const s = stops[i];
    rows.push([
      cell([field('Tiba di', [s ? placeRun(ctx, s.place) : dotted()], roman(i + 2))], [field('Pada tanggal', [s ? dayRun(s.arrive) : dotted()])], blockSigner(null, 'Kepala')),
      cell(
        [field('Berangkat dari', [s ? placeRun(ctx, s.place) : dotted()])],
        [field('Ke', [s ? placeRun(ctx, s.next) : dotted()])],
        [field('Pada tanggal', [s ? dayRun(s.depart) : dotted()])],
        blockSigner(null, 'Kepala'),
      ),
    ]);
  }
  rows.push([
    cell(
      [field('Tiba kembali di', [placeRun(ctx, home)], roman(count + 2))],
      [field('(Tempat kedudukan)', null)],
      [field('Pada tanggal', [dayRun(last ? t.cost.returnDate : '')])],
      blockSigner(ppk(), MONEY_SIGNER_LABELS.ppk),
    ),
    cell([cellParagraph({ style: STYLE.table, indent: { left: mm(COL.label) }, children: [run(SPPD_CHECKED)] })], blockSigner(ppk(), MONEY_SIGNER_LABELS.ppk)),
  ]);
  const columns: Column[] = [{ header: '', widthMm: ctx.textWidthMm / 2 }, { header: '' }];
  const note = (n: number, label: string, text: string) =>
    new Paragraph({
      style: 'TableText',
      spacing: { before: 120 },
      tabStops: [{ type: TabStopType.LEFT, position: mm(num + 2) }],
      indent: { left: mm(num + 2), hanging: mm(num + 2) },
      children: [new TextRun(`${roman(n)}.`), tab(), new TextRun({ text: label, bold: true }), ...(text ? [new TextRun({ text, break: 1 })] : [])],
    });
  return [
    gridTable(ctx, columns, rows, { header: false }),
    note(count + 3, 'Catatan Lain-lain', ''),
    note(count + 4, 'PERHATIAN', SPPD_ATTENTION),
  ];
}

export function buildSppd(data: DocData): BuiltDocument {
  const ctx = new DocContext(data, { issuer: data.issuers.agency });
  const people = travellers(data);
  const sections = people.map((t, i) =>
    section(ctx, {
      kop: true,
      // Every traveller's sheets have the first one's kop and blank pages after it: one set of header parts.
      sameHeadersAsPrevious: i > 0,
      children: [...lembarOne(ctx, data, t), new Paragraph({ children: [new PageBreak()] }), ...lembarTwo(ctx, data, t)],
    }),
  );
  if (sections.length === 0) {
    sections.push(section(ctx, { kop: true, children: [title('SURAT PERINTAH PERJALANAN DINAS (SPPD)'), new Paragraph({ children: [ctx.gap('noMembers', 'Pelaksana perjalanan dinas')] })] }));
  }
  return {
    doc: document(ctx, `${MONEY_DOC_TITLES.sppd} — ${data.detail.trip.title}`.slice(0, 250), sections),
    gaps: ctx.gaps,
    gapCodes: ctx.gapCodes,
  };
}
