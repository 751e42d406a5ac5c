/**
 * Surat permohonan kunjungan to the host institution: kop; place and date
 * (above the Nomor block, or on the Nomor line: the house style's
 * letterDate); Nomor / Sifat / Lampiran / Hal; "Yth. … di …"; the request
 * with the planned dates, arrival, venue, the number of participants, the
 * topics and a named liaison reached through the office; "Demikian …"; the
 * signer; the issuer's Tembusan; the delegation as the Lampiran. Pages are
 * numbered from the second.
 */
import { AlignmentType, PageBreak, Paragraph, TabStopType, TextRun, type ParagraphChild } from 'docx';
import type { Member } from '../../shared/delegation/schemas';
import { RECEIVER_ROLE, isTravelKind } from '../../shared/vocabulary';
import { formatDay, formatTime, localDateOf } from '../../shared/zones';
import { DocContext, SMALL_SIZE, document, gridTable, keepTogether, mm, section } from './common';
import { leadGap, letterTopics, officeContact, tripDatesValid } from './conditions';
import { activityName, governmentShortName, liaisonOf, tanggalRange } from './drafts';
import { clean, isBlank, journalistsOf, leadOf, longDate, nameOf, noEndStop, officialsOf, titleCase } from './format';
import type { BuiltDocument } from './index';
import type { DocData } from './model';
import {
  attachmentHead,
  daySpan,
  headOfGovernment,
  jabatanCell,
  jabatanText,
  listLines,
  lowerFirst,
  tembusanParas,
  placeRun,
  rightSigner,
  signDateRun,
  signedBy,
  tab,
} from './parts';

/** "Wali Kota Malang" for a city government; "Kepala {name}" for an office; the name otherwise. */
export function addresseeOf(institutionName: string): string {
  const name = clean(institutionName);
  const head = headOfGovernment(name);
  if (head) return head;
  if (/^(dinas|badan|kantor|sekretariat|bagian|biro|inspektorat|satuan)\b/i.test(name)) return `Kepala ${name}`;
  return name;
}

/**
 * A "Label : value" line with the value wrapping under itself; `right`, when
 * given, stands flush right on the same line (a right tab stop at `rightMm`,
 * the text width: the place and date on the Nomor line).
 */
function fieldLine(label: string, value: ParagraphChild[], labelMm: number, indentMm = 0, after = 0, right?: { runs: ParagraphChild[]; atMm: number }): Paragraph {
  return new Paragraph({
    tabStops: [
      { type: TabStopType.LEFT, position: mm(indentMm + labelMm) },
      { type: TabStopType.LEFT, position: mm(indentMm + labelMm + 3) },
      ...(right ? [{ type: TabStopType.RIGHT, position: mm(right.atMm) }] : []),
    ],
    indent: { left: mm(indentMm + labelMm + 3), hanging: mm(labelMm + 3) },
    spacing: { after },
    children: [new TextRun(label), tab(), new TextRun(':'), tab(), ...value, ...(right ? [tab(), ...right.runs] : [])],
  });
}

/** "Tembusan:" and the issuer's lines numbered "1. …;", the last closed by a stop; none when the issuer has none. */
export function buildLetter(data: DocData): BuiltDocument {
  const signing = data.signing.letter;
  const ctx = new DocContext(data, { issuer: signing.issuer });
  const p = data.office;
  const { trip, members } = data.detail;
  // Hosts with a name: a host without one is not addressed (readiness: noHostInstitution).
  const hosts = data.detail.hosts.filter((h) => !isBlank(h.institution.name));
  const issued = data.numbers.letter;
  const host = hosts[0]?.institution;
  const region = clean(data.hostRegionNames[0] ?? '');
  const officials = officialsOf(members);
  const journalists = journalistsOf(members);
  const lead = leadOf(members);
  const everyone = [...officials, ...journalists];
  const activity = activityName(trip.title);
  const gov = clean(p.govLine) ? titleCase(clean(p.govLine)) : governmentShortName(data);
  const when = tanggalRange(trip.startDate, trip.endDate);
  const whenDays = daySpan(longDate(trip.startDate), longDate(trip.endDate), when);

  const children: Array<Paragraph | ReturnType<typeof gridTable>> = [];
  // Place and date: top right above the Nomor block, or flush right on the Nomor line (house style).
  const placeDate = [placeRun(ctx, signing), new TextRun(', '), signDateRun(ctx, signing)];
  const onNomorLine = ctx.profile.letterDate === 'number_line';
  if (!onNomorLine) children.push(new Paragraph({ alignment: AlignmentType.RIGHT, spacing: { before: 120, after: 240 }, children: placeDate }));
  children.push(
    fieldLine('Nomor', [ctx.orGap(issued?.number, 'noLetterNumber', 'Nomor surat')], 22, 0, 0, onNomorLine ? { runs: placeDate, atMm: ctx.textWidthMm } : undefined),
    fieldLine('Sifat', [new TextRun('Biasa')], 22),
    // The delegation travels as the letter's Lampiran.
    fieldLine('Lampiran', [new TextRun(everyone.length ? '1 (satu) berkas' : '-')], 22),
    fieldLine('Hal', [new TextRun({ text: `Permohonan Kunjungan ${activity.replace(/(^|\s)\S/g, (c) => c.toUpperCase())}`, bold: true })], 22, 0, 360),
  );

  // Addressee: the host institution; several hosts are listed under one "Yth." (one letter, one number).
  const penerima = data.detail.hostPeople.find((h) => h.hostRole === RECEIVER_ROLE);
  const to = host ? addresseeOf(host.name) : '';
  if (hosts.length > 1) {
    children.push(
      new Paragraph({ children: [new TextRun('Yth.')] }),
      ...hosts.map(
        (h, i) =>
          new Paragraph({
            indent: { left: mm(14), hanging: mm(6) },
            tabStops: [{ type: TabStopType.LEFT, position: mm(14) }],
            children: [new TextRun(`${i + 1}.`), tab(), new TextRun(addresseeOf(h.institution.name))],
          }),
      ),
      new Paragraph({ children: [new TextRun('di')] }),
      new Paragraph({ indent: { left: mm(8) }, spacing: { after: 360 }, children: [new TextRun('Tempat')] }),
    );
  } else {
    children.push(
      new Paragraph({ children: [new TextRun('Yth. '), ctx.orGap(to, 'noHostInstitution', 'Instansi tujuan')] }),
      // "u.p." the host's counterpart office, when the trip names one.
      ...(clean(signing.attention) ? [new Paragraph({ indent: { left: mm(8) }, children: [new TextRun(`u.p. ${clean(signing.attention)}`)] })] : []),
      new Paragraph({ children: [new TextRun('di')] }),
      new Paragraph({ indent: { left: mm(8) }, spacing: { after: 360 }, children: [new TextRun(region || 'Tempat')] }),
    );
  }

  const justified = (runs: ParagraphChild[], after = 160) =>
    new Paragraph({ alignment: AlignmentType.JUSTIFIED, indent: { firstLine: mm(12) }, spacing: { after }, children: runs });

  const purpose = lowerFirst(noEndStop(trip.purpose));
  children.push(
    justified([
      new TextRun(
        `Dalam rangka ${activity} ${gov ? `${gov} ` : ''}${region ? `ke ${region}` : ''}${purpose ? `, dengan maksud ${purpose}` : ''}, bersama ini kami mohon kesediaan Bapak/Ibu untuk berkenan menerima kunjungan rombongan kami${host && hosts.length === 1 ? ` di ${clean(host.name)}` : ''}, yang direncanakan sebagai berikut:`,
      ),
    ]),
  );

  const count = officials.length + journalists.length;
  const people =
    count === 0
      ? [ctx.gap('noMembers', 'Peserta')]
      : [
          new TextRun(
            `${count} orang${journalists.length ? ` (${officials.length} orang pejabat/ASN dan ${journalists.length} orang jurnalis)` : ''}`,
          ),
        ];
  const leadRuns: ParagraphChild[] = lead
    ? [new TextRun([jabatanText(lead), nameOf(lead)].filter(Boolean).join(', '))]
    : [ctx.gap(leadGap(members), 'Ketua rombongan')];
  const topics = letterTopics(data);
  const arrival = data.agenda.find((a) => !isTravelKind(a.kind));
  const arrivalPlace = arrival ? clean(arrival.venueName) || clean(arrival.venueText) : '';
  children.push(
    fieldLine('Hari/tanggal', [tripDatesValid(trip) && whenDays ? new TextRun(whenDays) : ctx.gap('noTripDates', 'Tanggal kunjungan')], 38, 12),
    // The planned arrival: the first item at the destination, in its own zone, and where.
    ...(arrival ? [fieldLine('Waktu', [new TextRun(`${formatDay(localDateOf(arrival.startAt, arrival.startZone))}, pukul ${formatTime(arrival.startAt, arrival.startZone)}`)], 38, 12)] : []),
    ...(arrival && arrivalPlace ? [fieldLine('Tempat', [new TextRun(arrivalPlace)], 38, 12)] : []),
    fieldLine('Jumlah peserta', people, 38, 12),
    fieldLine('Ketua rombongan', leadRuns, 38, 12),
    fieldLine('Materi', [topics ? new TextRun(topics) : ctx.gap('noScope', 'Ruang lingkup / topik')], 38, 12, 160),
  );
  if (penerima) {
    children.push(
      justified([
        new TextRun(
          `Kami berharap rombongan dapat diterima oleh ${clean(penerima.person.jabatan) || 'pimpinan'} beserta perangkat daerah terkait, sekaligus memperoleh paparan dan kesempatan berdiskusi mengenai materi tersebut.`,
        ),
      ]),
    );
  }

  const contact = officeContact(p);
  const liaison = liaisonOf(members);
  children.push(
    new Paragraph({
      indent: { firstLine: mm(12) },
      spacing: { after: 160 },
      children: [
        new TextRun('Untuk kelancaran koordinasi, Bapak/Ibu dapat menghubungi '),
        // A named liaison (the delegation's secretary) reached through the office, never a personal number.
        ...(liaison ? [new TextRun(`${nameOf(liaison)} (Sekretaris Rombongan) melalui `)] : []),
        contact.length ? new TextRun(contact.join(', ')) : ctx.gap('noOfficeContact', 'Kontak kantor'),
        new TextRun('.'),
      ],
    }),
  );
  // The closing sentence and the signature on one page, in LibreOffice as in Word.
  children.push(
    keepTogether(ctx, [
      justified([new TextRun('Demikian permohonan ini kami sampaikan. Atas perhatian dan kerja sama Bapak/Ibu, kami ucapkan terima kasih.')], 480),
      ...rightSigner(ctx, signedBy(ctx, signing)),
    ]),
  );
  children.push(...tembusanParas(listLines(signing.issuer.tembusan)));
  if (everyone.length) children.push(...delegationAttachment(ctx, data, everyone));

  return {
    // Numbered from the second page: a one-page letter carries no number.
    doc: document(ctx, `Surat Permohonan Kunjungan — ${trip.title}`.slice(0, 250), [section(ctx, { kop: true, pageNumbers: 'fromSecond', children })]),
    gaps: ctx.gaps,
    gapCodes: ctx.gapCodes,
  };
}

/** The Lampiran: the letter's number and date, and everyone who travels (NO / NAMA / JABATAN-INSTANSI). */
function delegationAttachment(ctx: DocContext, data: DocData, people: Member[]): Array<Paragraph | ReturnType<typeof gridTable>> {
  const s = data.signing.letter;
  const { left, line } = attachmentHead(ctx);
  const small = { size: SMALL_SIZE };
  return [
    new Paragraph({ children: [new PageBreak()] }),
    new Paragraph({ indent: { left }, children: [new TextRun('LAMPIRAN SURAT PERMOHONAN KUNJUNGAN')] }),
    line('Nomor', [ctx.orGap(data.numbers.letter?.number, 'noLetterNumber', 'Nomor surat')]),
    line('Tanggal', [signDateRun(ctx, s)]),
    new Paragraph({ alignment: AlignmentType.CENTER, spacing: { before: 240, after: 240 }, children: [new TextRun({ text: 'DAFTAR NAMA ROMBONGAN', bold: true })] }),
    gridTable(
      ctx,
      [{ header: 'NO', widthMm: 10, align: 'center' }, { header: 'NAMA', widthMm: 65 }, { header: 'JABATAN/INSTANSI' }],
      people.map((m, i) => [String(i + 1), [ctx.orGap(nameOf(m), 'membersWithoutName', 'Nama', small)], [jabatanCell(ctx, m, small)]]),
    ),
  ];
}
