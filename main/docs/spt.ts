/**
 * Surat Perintah Tugas: kop; title and number; Dasar; MEMERINTAHKAN; Kepada
 * (up to four people as Nama / Pangkat-Gol / NIP / Jabatan blocks, more as a
 * table, many as a table in the Lampiran); Untuk; place and date of issue;
 * the signer; Tembusan.
 */
import { AlignmentType, PageBreak, Paragraph, TabStopType, TextRun, type ParagraphChild } from 'docx';
import type { Member } from '../../shared/domain/delegation';
import { formatNip } from '../../shared/nip';
import { DocContext, SMALL_SIZE, document, gridTable, mm, para, section, type SignerLines } from './common';
import { draftTexts } from './drafts';
import { journalistsOf, nameOf, officialsOf, plainDate } from './format';
import type { BuiltDocument } from './index';
import type { DocData } from './model';
import {
  LIST_STOPS,
  headOfGovernment,
  jabatanCell,
  labelledList,
  listLines,
  nipCell,
  numberedParas,
  pangkatCell,
  regionOfGovLine,
  rightSigner,
  signerName,
  tab,
} from './parts';

/** Up to this many people are written as field blocks. */
export const SPT_BLOCK_LIMIT = 4;
/** Up to this many people the table stays in the body; more go to the Lampiran. */
export const SPT_INLINE_LIMIT = 15;

/** Tab stops of a person's block under "Kepada :". */
const SUB = { label: LIST_STOPS.text, colon: LIST_STOPS.text + 30, value: LIST_STOPS.text + 33 };

function personBlock(ctx: DocContext, m: Member, index: number, first: boolean, numbered: boolean): Paragraph[] {
  const rows: Array<[string, ParagraphChild]> = [
    ['Nama', ctx.orGap(nameOf(m), 'Nama')],
    ['Pangkat/Gol.', pangkatCell(ctx, m)],
    ['NIP', nipCell(ctx, m)],
    ['Jabatan', jabatanCell(ctx, m)],
  ];
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

function peopleTable(ctx: DocContext, people: Member[], keepLast = false) {
  return gridTable(
    ctx,
    [
      { header: 'NO', widthMm: 9, align: 'center' },
      { header: 'NAMA', widthMm: 41 },
      { header: 'PANGKAT/GOL.', widthMm: 32 },
      { header: 'NIP', widthMm: 43 },
      { header: 'JABATAN' },
    ],
    people.map((m, i) => {
      // The last rows keep with what follows, so the signer never stands alone on a page.
      const keepNext = keepLast && i >= people.length - 3;
      const cell = (run: TextRun, align: (typeof AlignmentType)[keyof typeof AlignmentType] = AlignmentType.LEFT) => [
        new Paragraph({ keepNext, alignment: align, children: [run] }),
      ];
      return [
        cell(new TextRun({ ...SMALL, text: String(i + 1) }), AlignmentType.CENTER),
        cell(ctx.orGap(nameOf(m), 'Nama', SMALL)),
        cell(pangkatCell(ctx, m, SMALL)),
        cell(nipCell(ctx, m, SMALL)),
        cell(jabatanCell(ctx, m, SMALL)),
      ];
    }),
  );
}

const SMALL = { size: SMALL_SIZE };

function tembusan(data: DocData): string[] {
  const head = headOfGovernment(data.profile.govLine);
  const region = regionOfGovLine(data.profile.govLine);
  return [
    `${head || 'Kepala Daerah'} (sebagai laporan)`,
    `Inspektorat${region ? ` ${/^pemerintah\s+kota/i.test(data.profile.govLine) ? 'Kota' : /^pemerintah\s+provinsi/i.test(data.profile.govLine) ? 'Provinsi' : 'Kabupaten'} ${region}` : ''}`,
    'Yang bersangkutan untuk dilaksanakan',
    'Arsip',
  ];
}

export function buildSpt(data: DocData): BuiltDocument {
  const ctx = new DocContext(data);
  const { trip, members } = data.detail;
  const p = data.profile;
  const people = [...officialsOf(members), ...journalistsOf(members)];
  const issued = data.numbers.spt;
  const numberRun = ctx.orGap(issued?.number, 'Nomor SPT');
  const dateRun = (): TextRun => (issued?.issuedOn ? new TextRun(plainDate(issued.issuedOn)) : ctx.gap('Tanggal SPT'));

  const head: Paragraph[] = [
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { before: 120 },
      children: [new TextRun({ text: 'SURAT PERINTAH TUGAS', bold: true, underline: {}, size: 28 })],
    }),
    new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after: 360 }, children: [new TextRun('Nomor: '), numberRun] }),
  ];

  const basis = trip.legalBasis.map((b) => b.trim()).filter(Boolean);
  const dasar = labelledList('Dasar', basis.length ? basis.map((b) => [new TextRun(b)]) : [[ctx.gap('Dasar (DPA, surat undangan, dll.)')]], LIST_STOPS, 240);

  const order = new Paragraph({
    alignment: AlignmentType.CENTER,
    spacing: { after: 240 },
    keepNext: true,
    children: [new TextRun({ text: 'MEMERINTAHKAN:', bold: true })],
  });

  const body: Array<Paragraph | ReturnType<typeof gridTable>> = [...head, ...dasar, order];
  const attached = people.length > SPT_INLINE_LIMIT;
  if (people.length === 0) {
    body.push(...labelledList('Kepada', [[ctx.gap('Peserta')]], LIST_STOPS, 240));
  } else if (people.length <= SPT_BLOCK_LIMIT) {
    people.forEach((m, i) => body.push(...personBlock(ctx, m, i, i === 0, people.length > 1)));
    body.push(new Paragraph({ spacing: { after: 120 }, children: [] }));
  } else if (!attached) {
    body.push(...labelledList('Kepada', [[new TextRun(`${people.length} orang sebagaimana tercantum dalam daftar berikut:`)]], LIST_STOPS, 120));
    body.push(peopleTable(ctx, people));
    body.push(new Paragraph({ spacing: { after: 240 }, children: [] }));
  } else {
    body.push(
      ...labelledList(
        'Kepada',
        [[new TextRun(`${people.length} orang sebagaimana tercantum dalam Lampiran Surat Perintah Tugas ini.`)]],
        LIST_STOPS,
        240,
      ),
    );
  }

  const tasks = listLines(data.text.sptTasks.trim() ? data.text.sptTasks : draftTexts(data).sptTasks);
  body.push(...labelledList('Untuk', tasks.length ? tasks.map((t) => [new TextRun(t)]) : [[ctx.gap('Tugas')]], LIST_STOPS, 360));

  const signer = (withPlace: boolean): SignerLines => ({
    placeDate: withPlace
      ? [
          new TextRun('Dikeluarkan di '),
          ctx.orGap(p.placeOfIssue, 'Tempat'),
          new TextRun({ text: 'Pada tanggal ', break: 1 }),
          dateRun(),
        ]
      : undefined,
    onBehalf: p.sptSigner.onBehalf.trim() || undefined,
    jabatan: [ctx.orGap(p.sptSigner.jabatan ? `${p.sptSigner.jabatan.trim().replace(/,$/, '')},` : '', 'Jabatan penanda tangan')],
    name: [signerName(ctx, p.sptSigner.name, 'Nama penanda tangan')],
    pangkat: p.sptSigner.pangkat.trim() || undefined,
    nip: p.sptSigner.nip.trim() ? [new TextRun(formatNip(p.sptSigner.nip.trim()))] : p.sptSigner.name.trim() ? undefined : [ctx.gap('NIP penanda tangan')],
  });
  body.push(...rightSigner(ctx, signer(true)));

  body.push(new Paragraph({ spacing: { before: 360 }, keepNext: true, children: [new TextRun({ text: 'Tembusan:', underline: {} })] }));
  body.push(...numberedParas(tembusan(data).map((t, i, all) => [new TextRun(`${t}${i === all.length - 1 ? '.' : ';'}`)])));

  if (attached) {
    body.push(new Paragraph({ children: [new PageBreak()] }));
    body.push(
      ...attachmentLines(ctx, [ctx.orGap(issued?.number, 'Nomor SPT')], dateRun()),
      new Paragraph({
        alignment: AlignmentType.CENTER,
        spacing: { before: 240, after: 240 },
        children: [new TextRun({ text: 'DAFTAR NAMA YANG DIPERINTAHKAN', bold: true })],
      }),
      peopleTable(ctx, people, true),
      new Paragraph({ spacing: { after: 240 }, keepNext: true, children: [] }),
      ...rightSigner(ctx, signer(false)),
    );
  }

  return {
    doc: document(ctx, `Surat Perintah Tugas — ${trip.title}`.slice(0, 250), [section(ctx, { kop: true, pageNumbers: attached, children: body })]),
    gaps: ctx.gaps,
  };
}

function attachmentLines(ctx: DocContext, number: ParagraphChild[], date: ParagraphChild): Paragraph[] {
  const left = mm(Math.max(0, ctx.textWidthMm - 100));
  // Tab stops count from the margin, not from the indent: place them after it.
  const stops = [
    { type: TabStopType.LEFT, position: left + mm(20) },
    { type: TabStopType.LEFT, position: left + mm(23) },
  ];
  const line = (label: string, value: ParagraphChild[]) =>
    new Paragraph({ tabStops: stops, indent: { left: left + mm(23), hanging: mm(23) }, children: [new TextRun(label), tab(), new TextRun(':'), tab(), ...value] });
  return [para('LAMPIRAN SURAT PERINTAH TUGAS', { indent: { left } }), line('Nomor', number), line('Tanggal', [date])];
}
