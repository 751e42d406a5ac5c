/** The delegation in the report: the officials table, who received it, the journalists. */
import type { Paragraph, Table} from 'docx';
import { TextRun, type ParagraphChild } from 'docx';
import type { Member } from '../../../shared/delegation/schemas';
import { DEFAULT_OFFICIAL_ROLE, MEDIA_TYPE_LABELS, MEMBER_ROLE_LABELS, RECEIVER_ROLE, SPEAKER_ROLE, isMediaType } from '../../../shared/vocabulary';
import { fullName } from '../../../shared/directory/person';
import type { DocContext} from '../common';
import { SMALL_SIZE, gridTable, run, type Cell } from '../common';
import { formatNip } from '../../../shared/directory/nip';
import { cleanText as clean, counted, journalistsOf, nameOf, officialsOf, pangkatOf } from '../format';
import { jabatanText, nipInvalid, nipMissing, rankMissing } from '../parts';
import type { DocData } from '../model';
import { BODY, TABLE_INDENT, body, spacer, wordList } from './parts';

export function nipCell(ctx: DocContext, m: Member): Cell {
  const nip = clean(m.person.nip);
  // Grouped as official documents write it (19780817 199703 1 002), as the SPT and lists do.
  // No-break spaces: a NIP never splits across lines.
  if (nip && nipInvalid(m)) return [ctx.invalid('membersInvalidNip', nip, 'NIP tidak valid', { size: SMALL_SIZE })];
  if (nip) return formatNip(nip, m.person.employment === 'pppk' ? 'pppk' : 'pns').replace(/ /g, '\u00a0');
  return nipMissing(m) ? [ctx.gap('membersWithoutNip', 'NIP')] : '-';
}

export function jabatanCell(ctx: DocContext, m: Member, withRole: boolean): Cell {
  const role = withRole && m.role !== DEFAULT_OFFICIAL_ROLE ? MEMBER_ROLE_LABELS[m.role] : undefined;
  const runs: ParagraphChild[] = [ctx.orGap(jabatanText(m), 'membersWithoutJabatan', 'Jabatan', { size: SMALL_SIZE })];
  if (role) runs.push(run(`(${role})`, { size: SMALL_SIZE, italics: true, break: 1 }));
  return runs;
}

/** Pangkat as the SPT writes it: a civil servant without one is a gap, the others "-" (one rule in every document). */
export function pangkatOrGap(ctx: DocContext, m: Member): Cell {
  if (rankMissing(m)) return [ctx.gap('membersWithoutRank', 'Pangkat/Gol.')];
  return pangkatOf(m) || '-';
}

/** The officials as NO / NAMA / NIP / PANGKAT-GOL / JABATAN, header repeating on every page. */
export function delegationTable(ctx: DocContext, officials: Member[], opts: { withRole: boolean; withUnit?: boolean }): Table {
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

export function receivedBy(ctx: DocContext, data: DocData): Paragraph[] {
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

export function delegationBlock(ctx: DocContext, data: DocData): Array<Paragraph | Table> {
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

export function journalistTable(ctx: DocContext, journalists: Member[]): Table {
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
