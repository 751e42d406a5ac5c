/**
 * Surat Perintah Tugas for the delegation's ASN and elected officials, and
 * the Surat Tugas for journalists and other non-ASN (their own format: Nama,
 * Media/Instansi, Keterangan; no NIP or pangkat): the issuer's kop; title and
 * number; Dasar; MEMERINTAHKAN / MENUGASKAN; Kepada (up to four people as
 * blocks, more as a table, many as a table in the Lampiran); Untuk; place and
 * date of issue (the number's date); the issuer's signer with a.n./u.b.;
 * Tembusan.
 */
import type { Table} from 'docx';
import { AlignmentType, PageBreak, Paragraph, TabStopType, TextRun, type IRunOptions, type ParagraphChild } from 'docx';
import { isRealIsoDate } from '../../shared/dates';
import type { Member } from '../../shared/delegation/schemas';
import { MEDIA_TYPE_LABELS, isMediaType } from '../../shared/vocabulary';
import { orderedBy, regionNames } from '../../shared/documents/signing';
import { DocContext, SMALL_SIZE, document, gridTable, gridTableWithClosing, keepTogether, mm, para, run, section, type Cell, type Column } from './common';
import { sptTaskLines } from './conditions';
import { activityName, tanggalRange } from './drafts';
import { nameOf } from './format';
import type { BuiltDocument } from './index';
import type { DocData, DocSigning } from './model';
import { attachmentHead, LIST_STOPS, isJournalist, jabatanCell, labelledList, nipCell, tembusanParas, pangkatCell, placeRun, rightSigner, signDateRun, signedBy, tab } from './parts';

/** Up to this many people are written as field blocks. */
export const SPT_BLOCK_LIMIT = 4;
/** Up to this many people the table stays in the body; more go to the Lampiran. */
export const SPT_INLINE_LIMIT = 15;

/** Tab stops of a person's block under "Kepada :". */
const SUB = { label: LIST_STOPS.text, colon: LIST_STOPS.text + 30, value: LIST_STOPS.text + 33 };

/** What a non-ASN's "Keterangan" says: "Jurnalis media daring", the press card. */
function noteOf(m: Member): string {
  const media = isMediaType(m.person.mediaType) ? MEDIA_TYPE_LABELS[m.person.mediaType].toLowerCase() : '';
  const what = isJournalist(m) ? `Jurnalis${media ? ` media ${media}` : ''}` : m.person.jabatan.trim();
  return [what, m.person.pressCard.trim() && `Kartu pers ${m.person.pressCard.trim()}`].filter(Boolean).join('; ');
}

function personRows(ctx: DocContext, m: Member, nonAsn: boolean, opts: IRunOptions = {}): Array<[string, TextRun]> {
  if (nonAsn) {
    return [
      ['Nama', ctx.orGap(nameOf(m), 'membersWithoutName', 'Nama', opts)],
      ['Media/Instansi', ctx.orGap(m.person.institutionName, 'journalistsWithoutMedia', 'Media', opts)],
      ['Keterangan', run(noteOf(m) || '-', opts)],
    ];
  }
  return [
    ['Nama', ctx.orGap(nameOf(m), 'membersWithoutName', 'Nama', opts)],
    ['Pangkat/Gol.', pangkatCell(ctx, m, opts)],
    ['NIP', nipCell(ctx, m, opts)],
    ['Jabatan', jabatanCell(ctx, m, opts)],
  ];
}

function personBlock(ctx: DocContext, m: Member, index: number, first: boolean, numbered: boolean, nonAsn: boolean): Paragraph[] {
  const rows: Array<[string, ParagraphChild]> = personRows(ctx, m, nonAsn);
  return rows.map(
    ([label, value], r) =>
      new Paragraph({
        tabStops: [
          { type: TabStopType.LEFT, position: mm(LIST_STOPS.colon) },
          { type: TabStopType.LEFT, position: mm(LIST_STOPS.num) },
          { type: TabStopType.LEFT, position: mm(SUB.label) },
          { type: TabStopType.LEFT, position: mm(SUB.colon) },
          { type: TabStopType.LEFT, position: mm(SUB.value) },
        ],
        indent: { left: mm(SUB.value), hanging: mm(SUB.value) },
        spacing: { after: r === rows.length - 1 ? 120 : 0 },
        keepNext: r < rows.length - 1,
        keepLines: true,
        children: [
          new TextRun(first && r === 0 ? 'Kepada' : ''),
          tab(),
          new TextRun(first && r === 0 ? ':' : ''),
          tab(),
          new TextRun(numbered && r === 0 ? `${index + 1}.` : ''),
          tab(),
          new TextRun(label),
          tab(),
          new TextRun(':'),
          tab(),
          value,
        ],
      }),
  );
}

/** The people as a table; with `closing`, those paragraphs (the signature) close it on the page of its last rows. */
function peopleTable(ctx: DocContext, people: Member[], nonAsn: boolean, closing?: Paragraph[]): Array<Table | Paragraph> {
  const columns: Column[] = nonAsn
      ? [
          { header: 'NO', widthMm: 9, align: 'center' },
          { header: 'NAMA', widthMm: 55 },
          { header: 'MEDIA/INSTANSI', widthMm: 50 },
          { header: 'KETERANGAN' },
        ]
      : [
          { header: 'NO', widthMm: 9, align: 'center' },
          { header: 'NAMA', widthMm: 41 },
          { header: 'PANGKAT/GOL.', widthMm: 32 },
          { header: 'NIP', widthMm: 43 },
          { header: 'JABATAN' },
        ];
  const rows: Cell[][] = people.map((m, i) => [String(i + 1), ...personRows(ctx, m, nonAsn, SMALL).map(([, r]): Cell => [r])]);
  return closing ? gridTableWithClosing(ctx, columns, rows, closing) : [gridTable(ctx, columns, rows)];
}

const SMALL = { size: SMALL_SIZE };

/** Tembusan: the head of region (unless he signs himself), the Inspektorat, the people ordered, the archive. */
function tembusan(data: DocData, s: DocSigning): string[] {
  const region = regionNames(data.detail.originInstitution?.regionCode ?? '');
  const head = s.signer?.seat === 'regional_head' && s.above.length === 0 ? '' : region.head || 'Kepala Daerah';
  return [
    ...(head ? [`${head} (sebagai laporan)`] : []),
    `Inspektorat${region.place ? ` ${region.kind} ${region.place}` : ''}`,
    'Yang bersangkutan untuk dilaksanakan',
    'Arsip',
  ];
}

/** The non-ASN letter's tasks: the user's SPT tasks do not apply to journalists. */
function nonAsnTasks(data: DocData): string[] {
  const { trip } = data.detail;
  const place = data.hostRegionNames[0] ?? data.detail.hosts[0]?.institution.name ?? '';
  const when = isRealIsoDate(trip.startDate) && isRealIsoDate(trip.endDate) ? tanggalRange(trip.startDate, trip.endDate) : '';
  const activity = activityName(trip.title);
  return [
    `Mendampingi dan meliput kegiatan ${activity}${place ? ` di ${place}` : ''}${when ? ` pada tanggal ${when}` : ''};`,
    'Menyampaikan hasil peliputan kepada pemberi tugas;',
    'Melaksanakan tugas ini dengan penuh tanggung jawab.',
  ];
}

export function buildSpt(data: DocData): BuiltDocument {
  return buildAssignment(data, 'spt');
}

export function buildSptNonAsn(data: DocData): BuiltDocument {
  return buildAssignment(data, 'spt_non_asn');
}

function buildAssignment(data: DocData, kind: 'spt' | 'spt_non_asn'): BuiltDocument {
  const nonAsn = kind === 'spt_non_asn';
  const signing = data.signing[kind];
  const ctx = new DocContext(data, { issuer: signing.issuer });
  const { trip, members } = data.detail;
  const people = orderedBy(kind, members);
  const issued = data.numbers[kind];
  const numberCode = nonAsn ? 'noNonAsnNumber' : 'noSptNumber';
  const title = nonAsn ? 'SURAT TUGAS' : 'SURAT PERINTAH TUGAS';
  const numberRun = () => ctx.orGap(issued?.number, numberCode, nonAsn ? 'Nomor surat tugas' : 'Nomor SPT');

  const head: Paragraph[] = [
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { before: 120 },
      children: [new TextRun({ text: title, bold: true, underline: {}, size: 28 })],
    }),
    new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after: 360 }, children: [new TextRun('Nomor: '), numberRun()] }),
  ];

  const basis = trip.legalBasis.map((b) => b.trim()).filter(Boolean);
  const dasar = labelledList('Dasar', basis.length ? basis.map((b) => [new TextRun(b)]) : [[ctx.gap('noLegalBasis', 'Dasar (DPA, surat undangan, dll.)')]], LIST_STOPS, 240);

  const order = new Paragraph({
    alignment: AlignmentType.CENTER,
    spacing: { after: 240 },
    keepNext: true,
    children: [new TextRun({ text: nonAsn ? 'MENUGASKAN:' : 'MEMERINTAHKAN:', bold: true })],
  });

  const body: Array<Paragraph | ReturnType<typeof gridTable>> = [...head, ...dasar, order];
  const attached = people.length > SPT_INLINE_LIMIT;
  if (people.length === 0) {
    body.push(...labelledList('Kepada', [[ctx.gap(nonAsn ? 'noNonAsnMembers' : 'noMembers', 'Peserta')]], LIST_STOPS, 240));
  } else if (people.length <= SPT_BLOCK_LIMIT) {
    people.forEach((m, i) => body.push(...personBlock(ctx, m, i, i === 0, people.length > 1, nonAsn)));
    body.push(new Paragraph({ spacing: { after: 120 }, children: [] }));
  } else if (!attached) {
    body.push(...labelledList('Kepada', [[new TextRun(`${people.length} orang sebagaimana tercantum dalam daftar berikut:`)]], LIST_STOPS, 120));
    body.push(...peopleTable(ctx, people, nonAsn));
    body.push(new Paragraph({ spacing: { after: 240 }, children: [] }));
  } else {
    body.push(
      ...labelledList(
        'Kepada',
        [[new TextRun(`${people.length} orang sebagaimana tercantum dalam Lampiran ${nonAsn ? 'Surat Tugas' : 'Surat Perintah Tugas'} ini.`)]],
        LIST_STOPS,
        240,
      ),
    );
  }

  const tasks = nonAsn ? nonAsnTasks(data) : sptTaskLines(data);
  body.push(...labelledList('Untuk', tasks.length ? tasks.map((t) => [new TextRun(t)]) : [[ctx.gap('noSptTasks', 'Tugas')]], LIST_STOPS, 360));

  const placeDate = (): ParagraphChild[] => [
    new TextRun('Dikeluarkan di '),
    placeRun(ctx, signing),
    new TextRun({ text: 'Pada tanggal ', break: 1 }),
    signDateRun(ctx, signing),
  ];
  // The last task and the signature on one page, in LibreOffice as in Word.
  const lastTask = body.pop();
  body.push(keepTogether(ctx, [...(lastTask instanceof Paragraph ? [lastTask] : []), ...rightSigner(ctx, signedBy(ctx, signing, placeDate()))]));

  body.push(...tembusanParas(tembusan(data, signing)));

  if (attached) {
    body.push(new Paragraph({ children: [new PageBreak()] }));
    body.push(
      ...attachmentLines(ctx, nonAsn ? 'LAMPIRAN SURAT TUGAS' : 'LAMPIRAN SURAT PERINTAH TUGAS', [numberRun()], signDateRun(ctx, signing)),
      new Paragraph({
        alignment: AlignmentType.CENTER,
        spacing: { before: 240, after: 240 },
        children: [new TextRun({ text: nonAsn ? 'DAFTAR NAMA YANG DITUGASKAN' : 'DAFTAR NAMA YANG DIPERINTAHKAN', bold: true })],
      }),
      // The list's last rows and the signature in one unsplittable row: the signer never stands alone on a page.
      ...peopleTable(ctx, people, nonAsn, [new Paragraph({ spacing: { after: 240 }, children: [] }), ...rightSigner(ctx, signedBy(ctx, signing))]),
    );
  }

  return {
    doc: document(ctx, `${nonAsn ? 'Surat Tugas' : 'Surat Perintah Tugas'} — ${trip.title}`.slice(0, 250), [section(ctx, { kop: true, pageNumbers: 'fromSecond', children: body })]),
    gaps: ctx.gaps,
    gapCodes: ctx.gapCodes,
  };
}

function attachmentLines(ctx: DocContext, title: string, number: ParagraphChild[], date: ParagraphChild): Paragraph[] {
  const { left, line } = attachmentHead(ctx);
  return [para(title, { indent: { left } }), line('Nomor', number), line('Tanggal', [date])];
}
