/**
 * The siaran pers and the letter to the host as issue 10 (items 1 and 6)
 * asks: a title-case headline without a learning's topic pasted in, the
 * release number from the Perangkat Daerah's register, a named narahubung
 * reached through the office, one page for the seed trip, and no quotation
 * mark that is not a recorded Kutipan; the letter's Tembusan from its
 * issuer, its date above or on the Nomor line (house style), and page
 * numbers from the second page. Parsed back from the .docx, rendered by
 * LibreOffice (skipped only outside CI when it is missing), and through the
 * database for the numbers register and the issuer's tembusan.
 */
import { describe, expect, it } from 'vitest';
import { issuerId } from '../../main/db/ids';
import { mm, pack } from '../../main/docs/common';
import { draftTexts, headlineCase } from '../../main/docs/drafts';
import { gatherDocData } from '../../main/documents/doc-data';
import type { BuiltDocument } from '../../main/docs/index';
import { buildLetter } from '../../main/docs/letter';
import type { DocData } from '../../main/docs/model';
import { buildPress, unquote } from '../../main/docs/press';
import { readiness } from '../../main/docs/readiness';
import { addHost, addMember } from '../../main/delegation';
import { createInstitution } from '../../main/directory/institutions';
import { listIssuers, updateIssuer } from '../../main/documents/issuers';
import { clearNumber, issueNumber, tripNumbers } from '../../main/documents/numbers';
import { createPerson } from '../../main/directory/people';
import { tripSigning } from '../../main/documents/signing';
import { createTrip } from '../../main/trips/service';
import { numberIssueSchema, type DocKind, type IssuedNumber } from '../../shared/documents/schemas';
import { institutionCreateSchema } from '../../shared/directory/institution';
import { issuerUpdateSchema, registerSchema } from '../../shared/documents/issuers';
import { personCreateSchema } from '../../shared/directory/person';
import { useTempStore } from '../helpers/db';
import { seedDocData, seedQuote, setHouseStyle } from '../helpers/doc-data';
import { hasLibreOffice, readDocx, renderDocx, textOf, type DocxParts } from '../helpers/docx';

function make(builder: (d: DocData) => BuiltDocument, data: DocData): { bytes: Buffer; parts: DocxParts; built: BuiltDocument } {
  const built = builder(data);
  const bytes = pack(built.doc);
  return { bytes, parts: readDocx(bytes), built };
}

const number = (data: DocData, kind: 'press' | 'letter', value: string, issuedOn: string): IssuedNumber => ({
  id: `n-${kind}`,
  tripId: data.detail.trip.id,
  kind,
  issuerId: '',
  number: value,
  seq: 57,
  year: 2025,
  issuedOn,
  clash: false,
});


/** Characters used as quotation marks (an apostrophe inside a word is none). */
const QUOTE_MARKS = /["“”„«»‘’']/;
const quoteMarks = (line: string): number => [...unquoteApostrophes(line)].filter((c) => QUOTE_MARKS.test(c)).length;
/** The line without apostrophes inside words (O'Neil, Jum'at). */
const unquoteApostrophes = (line: string): string => line.replace(/(?<=[\p{L}\d])['’](?=[\p{L}\d])/gu, '');

/** The release's lines between its title block and the narahubung: what a reader takes as its text. */
const releaseLines = (text: string): string[] => text.split('\n').filter((l) => l.trim() !== '');

/** Every readiness gap of `kind` that is 'missing', and the gaps the document marked: the same set. */
function sameGaps(data: DocData, kind: DocKind, built: BuiltDocument): void {
  const listed = readiness(data)
    .gaps.filter((g) => g.severity === 'missing' && g.kinds.includes(kind))
    .map((g) => g.code)
    .sort();
  expect([...built.gapCodes].sort()).toEqual(listed);
}

describe('siaran pers: headline, number, narahubung, quotations', () => {
  it('the drafted headline is in title case and names the subject of the trip, never a learning’s topic', () => {
    const data = seedDocData();
    const { parts } = make(buildPress, data);
    expect(parts.text).toContain('Pemkab Buleleng Pelajari Komunikasi Publik di Kota Malang');
    const headline = draftTexts(data).pressHeadline;
    for (const l of data.learnings) expect(headline.toLowerCase()).not.toContain(l.topic.toLowerCase());
    // No short subject in the title: the first item of the scope, in title case.
    data.detail.trip.title = 'Studi Komparasi tentang Penguatan Kapasitas Aparatur dalam Pengelolaan Keuangan Daerah ke Kota Malang';
    data.detail.trip.scope = 'pengelolaan arsip dinamis; layanan informasi publik';
    expect(draftTexts(data).pressHeadline).toBe('Pemkab Buleleng Pelajari Pengelolaan Arsip Dinamis di Kota Malang');
    // Neither: the activity and the destination.
    data.detail.trip.scope = 'penguatan kapasitas aparatur sipil negara dalam pengelolaan keuangan daerah';
    expect(draftTexts(data).pressHeadline).toBe('Pemkab Buleleng Studi Komparasi ke Kota Malang');
    // A title whose remainder is the destination only names no subject.
    data.detail.trip.title = 'Studi Banding Kota Malang';
    data.detail.trip.scope = '';
    expect(draftTexts(data).pressHeadline).toBe('Pemkab Buleleng Studi Banding ke Kota Malang');
  });

  it('title case: kata tugas in lower case but first, acronyms and inner capitals as written, a headline in capitals set right', () => {
    expect(headlineCase('pemkab buleleng belajar SPBE dan layanan kominfo dari kota malang')).toBe('Pemkab Buleleng Belajar SPBE dan Layanan Kominfo dari Kota Malang');
    expect(headlineCase('di balik layar ruang kendali DPRD untuk warga yang pada  akhirnya terlayani')).toBe('Di Balik Layar Ruang Kendali DPRD untuk Warga yang pada Akhirnya Terlayani');
    expect(headlineCase('PEMKAB BULELENG PELAJARI SPBE DI KOTA MALANG')).toBe('Pemkab Buleleng Pelajari SPBE di Kota Malang');
    expect(headlineCase('Buleleng–Malang perkuat eGov dan smart-city')).toBe('Buleleng–Malang Perkuat eGov dan Smart-City');
    expect(headlineCase('Kominfo Dan DPRD Ke Malang')).toBe('Kominfo dan DPRD ke Malang');
  });

  it('the user’s own headline is printed in title case; the user’s contact wins over the draft', () => {
    const data = seedDocData();
    data.text.pressHeadline = 'pemkab buleleng dan kota malang bersinergi untuk SPBE';
    data.text.pressContact = 'Narahubung: Humas Kominfosanti, telepon (0362) 21985';
    const t = make(buildPress, data).parts.text;
    expect(t).toContain('Pemkab Buleleng dan Kota Malang Bersinergi untuk SPBE');
    expect(t).toContain('Narahubung: Humas Kominfosanti, telepon (0362) 21985');
    expect(t).not.toContain('Ni Made');
  });

  it('prints "Nomor: …" under SIARAN PERS only when numbered, and is then dated by its number', () => {
    const data = seedDocData();
    const plain = make(buildPress, data).parts.text;
    expect(plain).toContain('UNTUK DISIARKAN SEGERA\nSIARAN PERS\nKamis, 24 April 2025\n');
    expect(plain).not.toMatch(/Nomor/);
    data.numbers.press = number(data, 'press', '400.14.5.6/57/Kominfosanti/2025', '2025-04-25');
    const { parts, built } = make(buildPress, data);
    expect(parts.text).toContain('UNTUK DISIARKAN SEGERA\nSIARAN PERS\nNomor: 400.14.5.6/57/Kominfosanti/2025\nJumat, 25 April 2025\n');
    // The lead still tells of the day of the event.
    expect(parts.text).toContain('Kamis (24/4/2025)');
    expect(built.gaps).toBe(0);
    sameGaps(data, 'press', built);
  });

  it('names the narahubung (the sekretaris rombongan) with the office telephone, never a personal number', () => {
    const data = seedDocData();
    const liaison = data.detail.members.find((m) => m.role === 'secretary')!;
    const { parts } = make(buildPress, data);
    const line = parts.text.split('\n').find((l) => l.startsWith('Narahubung:'));
    expect(line).toBe('Narahubung: Ni Made Dwi Pratiwi, Kepala Bidang Informasi dan Komunikasi Publik Dinas Komunikasi, Informatika, Persandian dan Statistik, telepon (0362) 21985');
    expect(parts.body).not.toContain(liaison.person.phone);
    expect(parts.body).not.toContain(liaison.person.nip);
    // A jabatan that names its office is not followed by the office again.
    liaison.person = { ...liaison.person, jabatan: 'Kepala Bagian Protokol dan Komunikasi Pimpinan' };
    expect(draftTexts(data).pressContact).toBe('Narahubung: Ni Made Dwi Pratiwi, Kepala Bagian Protokol dan Komunikasi Pimpinan, telepon (0362) 21985');
    // No secretary in the delegation: the office itself.
    liaison.role = 'member';
    expect(draftTexts(data).pressContact).toBe('Narahubung: Dinas Komunikasi, Informatika, Persandian dan Statistik, telepon (0362) 21985');
    // No office telephone: its e-mail; neither: no draft, and the release marks the gap readiness lists.
    data.office.phone = '';
    expect(draftTexts(data).pressContact).toBe('Narahubung: Dinas Komunikasi, Informatika, Persandian dan Statistik, surel kominfosanti@bulelengkab.go.id');
    data.office.email = '';
    const { parts: bare, built } = make(buildPress, data);
    expect(bare.text).toContain('[Narahubung (kontak kantor) belum diisi]');
    sameGaps(data, 'press', built);
  });

  it('without a recorded Kutipan: no quotation mark anywhere, even when the learnings, venue and jabatan carry some', () => {
    const data = seedDocData();
    const l = data.learnings[0]!;
    l.hostPractice = `Program "Ngalam Pinter" dan ‘Sambat Online’ dikelola terpadu; warga menyebutnya “ruang kendali” kota. ${l.hostPractice}`;
    l.recommendation = 'Membentuk "command center" Kabupaten Buleleng';
    data.learnings[1]!.topic = 'Aplikasi \u201cSapa Warga\u201d';
    const lead = data.detail.members[0]!;
    lead.person = { ...lead.person, jabatan: 'Wakil Bupati "Buleleng"' };
    const reception = data.agenda.find((a) => a.kind === 'welcome')!;
    reception.venueName = "Ruang Sidang 'Balai Kota' Malang";
    const { parts, built } = make(buildPress, data);
    const lines = releaseLines(parts.text);
    for (const line of lines) expect(quoteMarks(line), line).toBe(0);
    // The words stay; only the marks go. An apostrophe inside a word stays too.
    expect(parts.text).toContain('Program Ngalam Pinter dan Sambat Online dikelola terpadu');
    expect(parts.text).toContain('Ruang Sidang Balai Kota Malang');
    expect(unquote("I Putu O'Neil, Jum'at, 'kutipan'")).toBe("I Putu O'Neil, Jum'at, kutipan");
    expect(parts.text).not.toMatch(/\b(ujar|ujarnya|jelasnya|katanya)\b/);
    sameGaps(data, 'press', built);
  });

  it('with recorded Kutipan: every quotation mark stands in a Kutipan’s paragraph, two a quote, around its recorded words', () => {
    const data = seedDocData();
    const lead = data.detail.members[0]!;
    const host = data.detail.hostPeople[0]!;
    data.learnings[0]!.hostPractice = `Program "Ngalam Pinter" menjadi contoh. ${data.learnings[0]!.hostPractice}`;
    data.quotes = [
      seedQuote(data, 'q1', lead, 'Kami ingin command center seperti ini hadir di Buleleng.', data.learnings[0]!.id),
      seedQuote(data, 'q2', host, 'Pintu kami terbuka, silakan belajar program "Ngalam Pinter" dari kami.', null),
    ];
    const { parts } = make(buildPress, data);
    const lines = releaseLines(parts.text);
    const quoted = lines.filter((l) => quoteMarks(l) > 0);
    expect(quoted).toEqual([
      '"Kami ingin command center seperti ini hadir di Buleleng," ujar Gede Supriatna.',
      // Marks the speaker used inside their words become single ones: still the Kutipan's own.
      "\"Pintu kami terbuka, silakan belajar program 'Ngalam Pinter' dari kami,\" jelas Sekretaris Daerah Kota Malang, Erik Setyo Santoso.",
    ]);
    const marks = quoted.reduce((n, l) => n + (l.match(/"/g) ?? []).length, 0);
    expect(marks).toBe(2 * data.quotes.length);
    // The learning's own marks are gone.
    expect(parts.text).toContain('Program Ngalam Pinter menjadi contoh.');
  });
});

describe('siaran pers: e-mail addresses are scrubbed as phones and NIPs are', () => {
  it('no personal e-mail address prints (in a learning, a Kutipan, the contact), however it is written; the institutions’ own stay', () => {
    const data = seedDocData();
    const lead = data.detail.members[0]!;
    const secretary = data.detail.members.find((m) => m.role === 'secretary')!;
    lead.person = { ...lead.person, email: 'gede.supriatna@gmail.com' };
    const nipMail = `${secretary.person.nip}@students.undiksha.ac.id`;
    data.learnings[0]!.hostPractice = `Tanya jawab lewat Gede.Supriatna@Gmail.com atau ${nipMail}. Surat resmi ke humas@malangkota.go.id. ${data.learnings[0]!.hostPractice}`;
    data.quotes = [
      seedQuote(data, 'q1', lead, 'Silakan kirim masukan ke wabup.buleleng@yahoo.co.id, kami baca semuanya.', data.learnings[0]!.id),
      seedQuote(data, 'q2', data.detail.hostPeople[0]!, 'Hubungi staf kami di budi_santoso+studi@malangkota.go.id.', null),
    ];
    data.text.pressContact = 'Narahubung: Ni Made Dwi Pratiwi, surel dwi.pratiwi@gmail.com atau kominfosanti@bulelengkab.go.id';
    const { parts } = make(buildPress, data);
    const everything = parts.paths.filter((p) => !p.startsWith('word/media/')).map((p) => parts.xml(p)).join('\n').toLowerCase();
    for (const personal of ['gede.supriatna@gmail.com', nipMail, 'wabup.buleleng@yahoo.co.id', 'budi_santoso+studi@malangkota.go.id', 'dwi.pratiwi@gmail.com']) {
      expect(everything).not.toContain(personal.toLowerCase());
    }
    // No part of an address is left beside the marker; a sentence keeps its full stop.
    expect(parts.text.replace(/humas@malangkota\.go\.id|kominfosanti@bulelengkab\.go\.id/g, '')).not.toContain('@');
    expect(parts.text).toContain('Tanya jawab lewat [dihapus] atau [dihapus]. Surat resmi ke humas@malangkota.go.id.');
    expect(parts.text).toContain('"Silakan kirim masukan ke [dihapus], kami baca semuanya," ujar Gede Supriatna.');
    // The office's own address (the contact of the release) and the host institution's stay.
    expect(parts.text).toContain('Narahubung: Ni Made Dwi Pratiwi, surel [dihapus] atau kominfosanti@bulelengkab.go.id');
    data.text.pressContact = '';
    data.office.phone = '';
    const { parts: drafted } = make(buildPress, data);
    expect(drafted.text).toContain('surel kominfosanti@bulelengkab.go.id');
  });
});

describe('surat permohonan: tembusan and the date’s place', () => {
  it('prints the issuer’s Tembusan numbered after the signature, before the Lampiran; none when the issuer has none', () => {
    const data = seedDocData();
    const none = make(buildLetter, data).parts.text;
    expect(none).not.toContain('Tembusan');
    data.signing.letter.issuer.tembusan = '1. Yth. Bupati Buleleng (sebagai laporan)\n\n  Yth. Inspektur Kabupaten Buleleng;\nArsip';
    const { parts, built } = make(buildLetter, data);
    const t = parts.text;
    expect(t).toContain('Tembusan:\n1.\tYth. Bupati Buleleng (sebagai laporan);\n2.\tYth. Inspektur Kabupaten Buleleng;\n3.\tArsip.\n');
    expect(t.indexOf('Tembusan:')).toBeGreaterThan(t.indexOf('NIP. 19690319 199603 1 001'));
    expect(t.indexOf('Tembusan:')).toBeLessThan(t.indexOf('LAMPIRAN SURAT PERMOHONAN KUNJUNGAN'));
    sameGaps(data, 'letter', built);
  });

  it('letterDate "above": place and date top right above Nomor; "number_line": on the Nomor line at a right tab stop at the text width', () => {
    const data = seedDocData();
    data.numbers.letter = number(data, 'letter', '000.1.2.3/77/2025', '2025-04-10');
    data.signing.letter.date = '2025-04-10';
    const above = make(buildLetter, data).parts;
    expect(above.text).toContain('Singaraja, 10 April 2025\nNomor\t:\t000.1.2.3/77/2025\nSifat');
    setHouseStyle(data, { letterDate: 'number_line' });
    const { parts, built } = make(buildLetter, data);
    expect(parts.text).toMatch(/(^|\n)Nomor\t:\t000\.1\.2\.3\/77\/2025\tSingaraja, 10 April 2025\nSifat\t:\tBiasa/);
    expect(parts.text.match(/Singaraja, 10 April 2025/g)).toHaveLength(1);
    // F4 215 mm less margins 30 + 20: a right stop at 165 mm, no run of spaces.
    const nomor = /<w:p>(?:(?!<w:p>).)*?000\.1\.2\.3\/77\/2025(?:(?!<w:p>).)*?<\/w:p>/s.exec(parts.body)?.[0] ?? '';
    expect(nomor).toContain(`<w:tab w:val="right" w:pos="${mm(165)}"/>`);
    expect(textOf(nomor)).toBe('Nomor\t:\t000.1.2.3/77/2025\tSingaraja, 10 April 2025\n');
    expect(built.gaps).toBe(0);
    sameGaps(data, 'letter', built);
    // Without a number or date the same gaps, now on the Nomor line.
    const open = seedDocData();
    setHouseStyle(open, { letterDate: 'number_line' });
    const gaps = make(buildLetter, open);
    expect(gaps.parts.text).toContain('Nomor\t:\t[Nomor surat belum diisi]\tSingaraja, [Tanggal belum diisi]');
    sameGaps(open, 'letter', gaps.built);
  });
});

describe.skipIf(!hasLibreOffice() && process.env.CI !== 'true')('rendered by LibreOffice', () => {
  it('the seed trip’s press release is one page (without a page number), also numbered and with two Kutipan', () => {
    const data = seedDocData();
    const seed = renderDocx(make(buildPress, data).bytes, 'press.docx');
    expect(seed.pages).toBe(1);
    expect(seed.text).not.toContain('Halaman');
    data.numbers.press = number(data, 'press', '400.14.5.6/57/Kominfosanti/2025', '2025-04-24');
    data.quotes = [
      seedQuote(data, 'q1', data.detail.members[0]!, 'Kami ingin command center seperti ini hadir di Buleleng.', data.learnings[0]!.id),
      seedQuote(data, 'q2', data.detail.hostPeople[0]!, 'Silakan belajar dari kami, pintu kami terbuka untuk seluruh daerah yang ingin mengembangkan layanan informasi publik.', null),
    ];
    const r = renderDocx(make(buildPress, data).bytes, 'press-quotes.docx');
    expect(r.pages).toBe(1);
    expect(r.text).toContain('Nomor: 400.14.5.6/57/Kominfosanti/2025');
    expect(r.text).toContain('Narahubung: Ni Made Dwi Pratiwi');
  });

  it('a release with more learnings than a page holds names the rest in one line and stays on one page; the narahubung never stands alone', () => {
    const data = seedDocData({ learnings: 6, withEmblem: true });
    data.quotes = data.learnings.slice(0, 3).map((l, i) => seedQuote(data, `q${i}`, data.detail.members[0]!, 'Kami ingin command center seperti ini hadir di Buleleng dan segera kami kaji bersama perangkat daerah terkait.', l.id));
    const r = renderDocx(make(buildPress, data).bytes, 'press-long.docx');
    expect(r.pages).toBe(1);
    expect(r.text.replace(/\s+/g, ' ')).toMatch(/Selain itu, rombongan juga mempelajari .*\(6\)\./);
    // Every recorded Kutipan printed.
    expect((r.text.match(/Kami ingin command center/g) ?? []).length).toBe(3);
  });

  it('a two-page letter: no page number on the first page, "Halaman 2 dari 2" on the second; the Nomor line holds the date flush right', () => {
    const data = seedDocData();
    data.numbers.letter = number(data, 'letter', '000.1.2.3/77/2025', '2025-04-10');
    data.signing.letter.date = '2025-04-10';
    data.signing.letter.issuer.tembusan = 'Yth. Bupati Buleleng\nArsip';
    setHouseStyle(data, { letterDate: 'number_line' });
    const r = renderDocx(make(buildLetter, data).bytes, 'letter.docx');
    expect(r.pages).toBe(2);
    const pages = r.text.split('\f');
    expect(pages[0]).not.toContain('Halaman');
    expect(pages[0]).toContain('Tembusan:');
    expect(pages[1]).toContain('Halaman 2 dari 2');
    const line = pages[0]!.split('\n').find((l) => l.includes('000.1.2.3/77/2025'))!;
    expect(line).toMatch(/^Nomor\s+: 000\.1\.2\.3\/77\/2025\s{8,}Singaraja, 10 April 2025$/);
  });

  it('a long letter (120 people in its Lampiran) numbers every page but the first', () => {
    const data = seedDocData({ officials: 40, journalists: 80 });
    const r = renderDocx(make(buildLetter, data).bytes, 'letter-long.docx');
    expect(r.pages).toBeGreaterThan(3);
    const pages = r.text.split('\f').filter((p) => p.trim() !== '');
    expect(pages[0]).not.toContain('Halaman');
    pages.slice(1).forEach((p, i) => expect(p).toContain(`Halaman ${i + 2} dari ${r.pages}`));
  });
});

describe('through the database: the press number from the Perangkat Daerah’s register, the issuer’s tembusan', () => {
  const { store } = useTempStore();

  function buleleng(): { inst: string; tripId: string } {
    const inst = createInstitution(store, institutionCreateSchema.parse({ kind: 'own', name: 'Dinas Komunikasi, Informatika, Persandian dan Statistik', regionCode: '51.08' })).id;
    const host = createInstitution(store, institutionCreateSchema.parse({ kind: 'host', name: 'Pemerintah Kota Malang', regionCode: '35.73' })).id;
    const tripId = createTrip(store, { title: 'Studi Komparasi Komunikasi Publik ke Kota Malang', startDate: '2025-04-24', endDate: '2025-04-25', originInstitutionId: inst }).id;
    const wabup = createPerson(store, personCreateSchema.parse({ kind: 'official', name: 'Gede Supriatna', employment: 'elected', jabatan: 'Wakil Bupati Buleleng' })).id;
    addMember(store, { tripId, personId: wabup, role: 'lead' });
    addHost(store, { tripId, institutionId: host });
    for (const level of ['secretariat', 'agency'] as const) {
      updateIssuer(store, issuerUpdateSchema.parse({ institutionId: inst, level, patch: { placeOfIssue: 'Singaraja', phone: '(0362) 21985', register: { template: '{kode}/{nomor}/{tahun}' } } }));
    }
    return { inst, tripId };
  }

  it('numbers the press release from the Perangkat Daerah even when the letter comes from the Setda; issue, print, clear', () => {
    const { inst, tripId } = buleleng();
    // A Wakil Bupati travels: the letter goes out from the Setda (a.n. the Bupati).
    expect(tripSigning(store, tripId).docs.letter.level).toBe('secretariat');
    const before = tripNumbers(store, tripId, '2025-04-24');
    expect(before.suggested.press).toBe('400.14.5.6/1/2025');
    expect(before.defaultDates.press).toBe('2025-04-24');
    const letter = issueNumber(store, numberIssueSchema.parse({ tripId, kind: 'letter', issuedOn: '2025-04-20' }), '2025-04-24');
    expect(letter.issuerId).toBe(issuerId(inst, 'secretariat'));
    const press = issueNumber(store, numberIssueSchema.parse({ tripId, kind: 'press' }), '2025-04-24');
    // One agenda surat keluar per office: the Perangkat Daerah's first number, dated the day it goes out.
    expect(press).toMatchObject({ kind: 'press', issuerId: issuerId(inst, 'agency'), seq: 1, number: '400.14.5.6/1/2025', issuedOn: '2025-04-24' });
    const after = tripNumbers(store, tripId, '2025-04-24');
    expect(after.issued.press?.number).toBe('400.14.5.6/1/2025');
    expect(after.signerChanged).toEqual([]);
    const data = gatherDocData(store, tripId, '2025-04-24');
    expect(make(buildPress, data).parts.text).toContain('SIARAN PERS\nNomor: 400.14.5.6/1/2025\nKamis, 24 April 2025\n');
    expect(readiness(data).gaps.find((g) => g.code === 'numberDateOutside' && g.kinds.includes('press'))).toBeUndefined();
    expect(clearNumber(store, { tripId, kind: 'press' }).issued.press).toBeUndefined();
    // A number never goes back.
    expect(tripNumbers(store, tripId, '2025-04-24').suggested.press).toBe('400.14.5.6/2/2025');
    expect(make(buildPress, gatherDocData(store, tripId, '2025-04-24')).parts.text).not.toMatch(/Nomor/);
  });

  it('a release dated before the visit is warned about (numberDateOutside), not marked', () => {
    const { tripId } = buleleng();
    issueNumber(store, numberIssueSchema.parse({ tripId, kind: 'press' }), '2025-04-20');
    const gap = readiness(gatherDocData(store, tripId, '2025-04-20')).gaps.find((g) => g.code === 'numberDateOutside');
    expect(gap).toMatchObject({ kinds: ['press'], severity: 'warning', params: { date: '2025-04-20', rule: 'pressBeforeStart' } });
  });

  it('a register stored before the press release was numbered reads with the press code by default', () => {
    const { inst, tripId } = buleleng();
    const old = { template: '{kode}/{nomor}/{tahun}', unit: '', codes: { report: '000.1.2.3', spt: '800.1.11.1', spt_non_asn: '800.1.11.1', letter: '000.1.2.3' }, perKind: false };
    expect(registerSchema.parse(old).codes.press).toBe('400.14.5.6');
    store.db.prepare('UPDATE doc_issuers SET register = ? WHERE id = ?').run(JSON.stringify(old), issuerId(inst, 'agency'));
    const pd = listIssuers(store, inst).find((i) => i.level === 'agency')!;
    // …and with the SPPD's code (000.1.2.3 Perjalanan Dinas Pegawai), numbered since.
    expect(pd.register.codes).toEqual({ ...old.codes, press: '400.14.5.6', sppd: '000.1.2.3' });
    expect(tripNumbers(store, tripId, '2025-04-24').suggested.press).toBe('400.14.5.6/1/2025');
  });

  it('the letter prints the tembusan its issuer keeps, also once its number is issued', () => {
    const { inst, tripId } = buleleng();
    updateIssuer(store, issuerUpdateSchema.parse({ institutionId: inst, level: 'secretariat', patch: { tembusan: 'Yth. Bupati Buleleng\nYth. Wakil Bupati Buleleng\nArsip' } }));
    const text = () => make(buildLetter, gatherDocData(store, tripId, '2025-04-20')).parts.text;
    expect(text()).toContain('Tembusan:\n1.\tYth. Bupati Buleleng;\n2.\tYth. Wakil Bupati Buleleng;\n3.\tArsip.');
    issueNumber(store, numberIssueSchema.parse({ tripId, kind: 'letter', issuedOn: '2025-04-20' }), '2025-04-20');
    expect(text()).toContain('Tembusan:\n1.\tYth. Bupati Buleleng;');
    updateIssuer(store, issuerUpdateSchema.parse({ institutionId: inst, level: 'secretariat', patch: { tembusan: '' } }));
    expect(text()).not.toContain('Tembusan');
  });
});
