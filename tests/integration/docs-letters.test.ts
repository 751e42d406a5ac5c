/**
 * The letters (SPT, surat permohonan, jadwal acara, daftar hadir, siaran pers)
 * for the seed trip and for bad data: parsed back from the .docx, and
 * rendered by LibreOffice (skipped only outside CI when it is missing).
 */
import { describe, expect, it } from 'vitest';
import { buildAttendance } from '../../main/docs/attendance';
import { pack } from '../../main/docs/common';
import { buildLetter } from '../../main/docs/letter';
import type { DocData } from '../../main/docs/model';
import { LEAD_MAX_WORDS, buildPress, wordCount } from '../../main/docs/press';
import { buildRundown } from '../../main/docs/rundown';
import { SPT_INLINE_LIMIT, buildSpt, buildSptNonAsn } from '../../main/docs/spt';
import type { BuiltDocument } from '../../main/docs/index';
import { formatNip } from '../../shared/directory/nip';
import { localToInstant } from '../../shared/zones';
import { seedDocData, seedQuote } from '../helpers/doc-data';
import { expectLines, hasLibreOffice, pageSizesMm, readDocx, renderDocx, type DocxParts } from '../helpers/docx';

const QUOTED = 'I Putu "Ari" O\'Neil & Rekan';
const LONG_TITLE = `Studi Komparasi ${'Pengelolaan Komunikasi Publik & Keterbukaan Informasi "Terpadu" '.repeat(40)}`.slice(0, 2000);

function make(builder: (d: DocData) => BuiltDocument, data: DocData): { bytes: Buffer; parts: DocxParts; gaps: number } {
  const built = builder(data);
  const bytes = pack(built.doc);
  return { bytes, parts: readDocx(bytes), gaps: built.gaps };
}

const tblHeaders = (body: string): number => (body.match(/<w:tblHeader\/>/g) ?? []).length;
const hasPageFields = (parts: DocxParts): boolean => parts.footers.some((f) => /PAGE/.test(f) && /NUMPAGES/.test(f) && f.includes('Halaman'));
const kopOnFirstPage = (parts: DocxParts, office = 'DINAS KOMUNIKASI'): boolean =>
  parts.body.includes('<w:titlePg/>') && parts.headers.some((h) => h.includes('PEMERINTAH KABUPATEN BULELENG') && h.includes(office));
/** The kop jabatan: the Garuda above "BUPATI BULELENG", no government line, no address. */
const kopJabatan = (parts: DocxParts): boolean =>
  parts.body.includes('<w:titlePg/>') &&
  parts.headers.some((h) => h.includes('BUPATI BULELENG') && h.includes('<w:drawing>') && !h.includes('PEMERINTAH') && !h.includes('Jl.'));
const f4Portrait = (parts: DocxParts) => expect(pageSizesMm(parts.body)).toEqual([{ width: 215, height: 330, landscape: false }]);

/** The seed trip with one civil servant's NIP removed (that is a gap) and personal numbers planted in free text. */
function withMissingNip(data: DocData): DocData {
  const m = data.detail.members[2]!;
  m.person = { ...m.person, nip: '' };
  return data;
}

describe('letters parsed back (seed trip Buleleng → Kota Malang)', () => {
  it('SPT with the Wakil Bupati: the Bupati orders on the kop jabatan; F4 portrait, number, Dasar, MEMERINTAHKAN, every official in the Lampiran table with a repeating header, Untuk, signer, Tembusan', () => {
    const data = seedDocData({ officials: 20, withEmblem: true });
    const { parts, gaps } = make(buildSpt, data);
    f4Portrait(parts);
    expect(kopJabatan(parts)).toBe(true);
    expect(hasPageFields(parts)).toBe(true);
    const t = parts.text;
    expectLines(t, [
      'SURAT PERINTAH TUGAS',
      'Nomor: 800.1.11.1/412/Kominfosanti/2025',
      'Dasar',
      'DPA-SKPD Dinas Kominfosanti',
      'MEMERINTAHKAN:',
      '20 orang sebagaimana tercantum dalam Lampiran',
      'Untuk',
      'Melaksanakan studi komparasi ke Kota Malang pada tanggal 24 s.d. 25 April 2025;',
      'Melaporkan hasil pelaksanaan tugas kepada Bupati Buleleng;',
      'Dikeluarkan di Singaraja',
      'Pada tanggal 21 April 2025',
      'BUPATI BULELENG,',
      'dr. I Nyoman Sutjidra, Sp.OG.',
      'Tembusan:',
      'Inspektorat Kabupaten Buleleng;',
      'LAMPIRAN SURAT PERINTAH TUGAS',
      QUOTED,
      '19780817 199703 1 002',
      'Pembina Tingkat I (IV/b)',
    ]);
    // The Bupati signs in his own name: no a.n., no Sekda, and no report to himself.
    expect(t).not.toContain('a.n.');
    expect(t).not.toContain('Gede Suyasa');
    expect(t).not.toContain('(sebagai laporan)');
    // Every official once; journalists get their own letter.
    for (const m of data.detail.members.filter((x) => x.role !== 'journalist')) expect(t).toContain(m.person.name);
    expect(t).not.toContain('Jurnalis Radar Bali');
    expect(tblHeaders(parts.body)).toBe(1);
    expect(t).toContain('NO\nNAMA\nPANGKAT/GOL.\nNIP\nJABATAN');
    expect(gaps).toBe(0);
    expect(t).not.toContain('belum diisi');
  });

  it('Surat Tugas for journalists: their own format (Nama, Media/Instansi, Keterangan; no NIP or pangkat), from the Dinas, dated by its number', () => {
    const data = seedDocData({ withEmblem: true });
    const { parts, gaps } = make(buildSptNonAsn, data);
    f4Portrait(parts);
    expect(kopOnFirstPage(parts)).toBe(true);
    const t = parts.text;
    expectLines(t, [
      'SURAT TUGAS',
      'Nomor: [Nomor surat tugas belum diisi]',
      'MENUGASKAN:',
      '33 orang sebagaimana tercantum dalam Lampiran Surat Tugas ini.',
      'Mendampingi dan meliput kegiatan studi komparasi di Kota Malang pada tanggal 24 s.d. 25 April 2025;',
      'LAMPIRAN SURAT TUGAS',
      'DAFTAR NAMA YANG DITUGASKAN',
      'NO\nNAMA\nMEDIA/INSTANSI\nKETERANGAN',
      'Jurnalis Radar Bali 1\nRadar Bali',
      'Kepala Dinas Komunikasi, Informatika, Persandian dan Statistik,',
      'Ketut Suwarmawan, S.STP., M.AP.',
      'Dikeluarkan di Singaraja',
      'Pada tanggal [Tanggal belum diisi]',
    ]);
    expect(t).not.toContain('PANGKAT');
    expect(t).not.toContain('Gede Supriatna');
    // Unnumbered: the number and the date (twice each: body and Lampiran) are marked, never today's date.
    expect(gaps).toBe(4);
    data.numbers.spt_non_asn = { id: 'n', tripId: data.detail.trip.id, kind: 'spt_non_asn', issuerId: '', number: '800.1.11.1/413/2025', seq: 413, year: 2025, issuedOn: '2025-04-22', clash: false };
    data.signing.spt_non_asn.date = '2025-04-22';
    const numbered = make(buildSptNonAsn, data);
    expect(numbered.parts.text).toContain('Pada tanggal 22 April 2025');
    expect(numbered.gaps).toBe(0);
  });

  it('SPT for up to four people: Nama / Pangkat-Gol / NIP / Jabatan blocks; an elected official gets "-", a civil servant without NIP a gap marker', () => {
    const data = withMissingNip(seedDocData({ officials: 4, journalists: 1, withEmblem: true }));
    const { parts, gaps } = make(buildSpt, data);
    const t = parts.text;
    expect(tblHeaders(parts.body)).toBe(0);
    expect(t).toContain('Kepada\t:\t1.\tNama\t:\tGede Supriatna, S.H.');
    expect(t).toContain('\t\t4.\tNama\t:\t' + QUOTED);
    expect(t).not.toContain('Jurnalis Radar Bali 1');
    expect(t).toContain('NIP\t:\t-');
    expect(t).toContain('NIP\t:\t[NIP belum diisi]');
    expect(gaps).toBe(1);
    // Numbered from the second page only (a different first page): a one-page SPT shows no number (docs-signatures renders it).
    expect(parts.body).toContain('<w:titlePg/>');
  });

  it('SPT for a middling delegation keeps its table in the body; tasks come from the user text when given', () => {
    const data = seedDocData({ officials: 10, journalists: 4 });
    data.text.sptTasks = '1. Mengikuti paparan di Balai Kota Malang;\n2. Menyusun laporan.';
    const { parts } = make(buildSpt, data);
    expect(data.detail.members.length).toBeLessThanOrEqual(SPT_INLINE_LIMIT);
    expect(parts.text).toContain('10 orang sebagaimana tercantum dalam daftar berikut:');
    expect(parts.text).not.toContain('LAMPIRAN');
    expect(tblHeaders(parts.body)).toBe(1);
    expect(parts.text).toContain('1.\tMengikuti paparan di Balai Kota Malang;');
    expect(parts.text).toContain('2.\tMenyusun laporan.');
    expect(parts.text).not.toContain('1. Mengikuti');
  });

  it('letter to the Wali Kota: from the Setda a.n. the Bupati; place and date, Nomor / Sifat / Lampiran / Hal, Yth. Wali Kota Malang di Kota Malang, dates, participants, topics, the office as contact', () => {
    const data = seedDocData();
    data.numbers.letter = { id: 'x', tripId: data.detail.trip.id, kind: 'letter', issuerId: '', number: '000.1.2.3/77/2025', seq: 77, year: 2025, issuedOn: '2025-04-10', clash: false };
    data.signing.letter.date = '2025-04-10';
    const { parts, gaps } = make(buildLetter, data);
    f4Portrait(parts);
    expect(kopOnFirstPage(parts, 'SEKRETARIAT DAERAH')).toBe(true);
    const t = parts.text;
    expectLines(t, [
      'Singaraja, 10 April 2025',
      'Nomor\t:\t000.1.2.3/77/2025',
      'Sifat\t:\tBiasa',
      // The delegation goes as the letter's Lampiran.
      'Lampiran\t:\t1 (satu) berkas',
      // The planned arrival from the agenda, in the place's zone, and where.
      'Waktu\t:\tKamis, 24 April 2025, pukul 11.00 WIB',
      'Tempat\t:\tRuang Sidang Balai Kota Malang',
      // A named liaison, reached through the office.
      'menghubungi Ni Made Dwi Pratiwi, S.Kom. (Sekretaris Rombongan) melalui Dinas Komunikasi',
      'LAMPIRAN SURAT PERMOHONAN KUNJUNGAN',
      'DAFTAR NAMA ROMBONGAN',
      'NO\nNAMA\nJABATAN/INSTANSI',
      'Jurnalis Radar Bali 1\nJurnalis Radar Bali',
      'Hal\t:\tPermohonan Kunjungan Studi Komparasi',
      'Yth. Wali Kota Malang\ndi\nKota Malang',
      'Dalam rangka studi komparasi Pemerintah Kabupaten Buleleng ke Kota Malang, dengan maksud mempelajari pengelolaan',
      'Hari/tanggal\t:\tKamis s.d. Jumat, 24 s.d. 25 April 2025',
      'Jumlah peserta\t:\t39 orang (6 orang pejabat/ASN dan 33 orang jurnalis)',
      'Ketua rombongan\t:\tWakil Bupati Buleleng, Gede Supriatna, S.H.',
      'Materi\t:\tKomunikasi publik, keterbukaan informasi, dan SPBE',
      'Sekretaris Daerah Kota Malang',
      'telepon (0362) 21985, surel kominfosanti@bulelengkab.go.id.',
      'Demikian permohonan ini kami sampaikan.',
      'a.n. BUPATI BULELENG\nSekretaris Daerah,',
      'Gede Suyasa, S.T., M.T.',
      'NIP. 19690319 199603 1 001',
    ]);
    expect(gaps).toBe(0);
    // Never a personal phone number in a letter to another government.
    for (const m of data.detail.members) expect(parts.body).not.toContain(m.person.phone);
  });

  it('letter "u.p." the host\'s counterpart office when the trip names it', () => {
    const data = seedDocData();
    data.signing.letter.attention = 'Kepala Dinas Komunikasi dan Informatika Kota Malang';
    expect(make(buildLetter, data).parts.text).toContain('Yth. Wali Kota Malang\nu.p. Kepala Dinas Komunikasi dan Informatika Kota Malang\ndi\nKota Malang');
  });

  it('letter to several host institutions lists them all under one Yth. (one letter, one number)', () => {
    const data = seedDocData();
    const first = data.detail.hosts[0]!;
    data.detail.hosts.push({
      ...first,
      id: '0199a000-0000-7000-8000-00000000a0b1',
      institutionId: '0199a000-0000-7000-8000-00000000a0b2',
      institution: { ...first.institution, id: '0199a000-0000-7000-8000-00000000a0b2', name: 'Dinas Komunikasi dan Informatika Kota Batu', regionCode: '35.79' },
    });
    const t = make(buildLetter, data).parts.text;
    expect(t).toContain('Yth.\n1.\tWali Kota Malang\n2.\tKepala Dinas Komunikasi dan Informatika Kota Batu\ndi\nTempat');
    expect(t).toContain('berkenan menerima kunjungan rombongan kami, yang direncanakan');
  });

  it('letter without an issued number shows gaps for the number and the date, not blanks', () => {
    const { parts, gaps } = make(buildLetter, seedDocData());
    expect(parts.text).toContain('Singaraja, [Tanggal belum diisi]');
    expect(parts.text).toContain('Nomor\t:\t[Nomor surat belum diisi]');
    // The number and the date, on the letter and on its Lampiran.
    expect(gaps).toBe(4);
  });

  it('rundown: F4 landscape, a table per local day with a repeating header, times with zone labels (WITA → WIB on the travel leg), page-number fields', () => {
    const data = seedDocData();
    const { parts, gaps } = make(buildRundown, data);
    expect(pageSizesMm(parts.body)).toEqual([{ width: 330, height: 215, landscape: true }]);
    expect(hasPageFields(parts)).toBe(true);
    expect(tblHeaders(parts.body)).toBe(2);
    const t = parts.text;
    expectLines(t, [
      'JADWAL ACARA',
      'STUDI KOMPARASI KOMUNIKASI PUBLIK KE KOTA MALANG',
      'Kota Malang, 24 s.d. 25 April 2025',
      'Kamis, 24 April 2025',
      'Jumat, 25 April 2025',
      'NO\nWAKTU\nKEGIATAN\nTEMPAT\nPENANGGUNG JAWAB\nPESERTA\nKETERANGAN',
      '05.00 WITA – 10.15 WIB',
      '11.00–11.45 WIB',
      '08.00 WIB – 15.30 WITA',
      'Singaraja – Malang',
      'Ruang Sidang Balai Kota Malang',
      'Bagian Protokol Kota Malang',
      'Seluruh peserta',
      'Lama perjalanan 6 jam 15 menit',
      'WITA lebih cepat 1 jam dari WIB',
      'WITA (UTC+8), WIB (UTC+7)',
    ]);
    // Day tables are separate tables (never merged): a paragraph sits between them.
    expect(parts.body).not.toMatch(/<\/w:tbl>\s*<w:tbl>/);
    expect(gaps).toBe(0);
  });

  it('rundown: an overnight leg across zones names its arrival day; chosen attendees are counted or named; an empty agenda is a gap', () => {
    const data = seedDocData();
    const base = data.agenda[0]!;
    const members = data.detail.members;
    data.agenda.push(
      {
        ...base,
        id: 'overnight',
        title: 'Kapal malam Ketapang → Gilimanuk',
        startLocal: '2025-04-25T22:00',
        startZone: 'Asia/Jakarta',
        startAt: localToInstant('2025-04-25T22:00', 'Asia/Jakarta'),
        endLocal: '2025-04-26T01:30',
        endZone: 'Asia/Makassar',
        endAt: localToInstant('2025-04-26T01:30', 'Asia/Makassar'),
        fromPlace: 'Ketapang',
        toPlace: 'Gilimanuk',
      },
      { ...data.agenda[1]!, id: 'few', title: 'Rapat teknis', attendance: 'chosen', memberIds: [members[1]!.id, members[3]!.id] },
      { ...data.agenda[2]!, id: 'many', title: 'Liputan', attendance: 'chosen', memberIds: members.slice(6, 16).map((m) => m.id) },
    );
    const t = make(buildRundown, data).parts.text;
    expect(t).toContain('22.00 WIB – 01.30 WITA\n(s.d. Sabtu, 26/4)');
    expect(t).toContain(`Ketut Suwarmawan, S.STP., M.AP.\n${QUOTED}`);
    expect(t).toContain('10 orang');

    const empty = make(buildRundown, seedDocData({ agendaItems: 0 }));
    expect(empty.parts.text).toContain('[Agenda kegiatan belum diisi]');
    expect(empty.gaps).toBe(1);
    expect(tblHeaders(empty.parts.body)).toBe(0);
  });

  it('attendance: NO / NAMA / NIP / JABATAN-INSTANSI / TANDA TANGAN, officials then journalists with their outlet, signature places alternating left and right, rows tall enough to sign', () => {
    const data = seedDocData();
    const { parts, gaps } = make(buildAttendance, data);
    f4Portrait(parts);
    expect(hasPageFields(parts)).toBe(true);
    expect(tblHeaders(parts.body)).toBe(1);
    const t = parts.text;
    expectLines(t, [
      'DAFTAR HADIR PESERTA',
      'STUDI KOMPARASI KOMUNIKASI PUBLIK KE KOTA MALANG',
      'Hari/tanggal\t:\tKamis, 24 April 2025',
      // The venue of the visit, not the host institution.
      'Tempat\t:\tRuang Sidang Balai Kota Malang\n',
      'Jumlah peserta\t:\t39 orang (6 pejabat/ASN, 33 jurnalis)',
      'NO\nNAMA\nNIP\nJABATAN/INSTANSI\nTANDA TANGAN',
      `4\n${QUOTED}\n19900202 201503 1 003\nPranata Humas Ahli Pertama\nDinas Kominfosanti\n4. \t`,
      '7\nJurnalis Radar Bali 1\n-\nJurnalis\nRadar Bali\n7. \t',
    ]);
    // The signature column is at least 50 mm wide (a signature needs it).
    const cols = [...parts.body.matchAll(/<w:gridCol w:w="(\d+)"\/>/g)].map((m) => Number(m[1]));
    expect(cols.at(-1)).toBeGreaterThanOrEqual(Math.round((50 / 25.4) * 1440) - 1);
    // Signature rows: 39, each at least 12 mm tall, odd ones on the left, even ones indented to the right half.
    const rows = [...parts.body.matchAll(/<w:trHeight w:val="(\d+)" w:hRule="atLeast"\/>/g)];
    expect(rows).toHaveLength(39);
    expect(Number(rows[0]![1])).toBeGreaterThanOrEqual(Math.round((10 / 25.4) * 1440));
    const signs = [...parts.body.matchAll(/<w:p>(?:(?!<\/w:p>).)*?<w:tab w:val="right" w:pos="(\d+)" w:leader="dot"\/>(?:(?!<\/w:p>).)*?<\/w:p>/gs)];
    expect(signs).toHaveLength(39);
    const pos = signs.map((m) => Number(m[1]));
    expect(pos[0]).toBeLessThan(pos[1]!);
    expect(pos[2]).toBe(pos[0]);
    expect(pos[3]).toBe(pos[1]);
    expect(gaps).toBe(0);
  });

  it('press: kop, headline, dateline, a lead of at most 45 words with day (24/4/2025) and zone-labelled time, quotes closed with an attribution, office contact', () => {
    const data = seedDocData();
    const { parts, gaps } = make(buildPress, data);
    f4Portrait(parts);
    expect(kopOnFirstPage(parts)).toBe(true);
    const t = parts.text;
    expect(t).toContain('SIARAN PERS');
    expect(t).toContain('Pemkab Buleleng Pelajari Komunikasi Publik di Kota Malang');
    const leadLine = t.split('\n').find((l) => l.startsWith('Singaraja (Humas Buleleng) – '));
    expect(leadLine).toBeDefined();
    const lead = leadLine!.replace('Singaraja (Humas Buleleng) – ', '');
    expect(wordCount(lead)).toBeLessThanOrEqual(LEAD_MAX_WORDS);
    expect(lead).toContain('Wakil Bupati Buleleng, Gede Supriatna, memimpin rombongan Pemkab Buleleng');
    expect(lead).toContain('ke Kota Malang, Kamis (24/4/2025).');
    expect(lead).toContain('pukul 11.00 WIB');
    expect(t).toContain('dari 108 menjadi 28');
    // No quotation without a recorded Kutipan: the learnings' own words are never put in anyone's mouth.
    expect(t).not.toMatch(/["“”]/);
    expect(t).not.toMatch(/\bujar(nya)?\b/);
    expect(t).toContain('Narahubung: Ni Made Dwi Pratiwi, Kepala Bidang Informasi dan Komunikasi Publik Dinas Komunikasi, Informatika, Persandian dan Statistik, telepon (0362) 21985');
    const words = wordCount(t);
    expect(words).toBeGreaterThan(150);
    expect(words).toBeLessThan(700);
    expect(gaps).toBe(0);
    // A user headline and contact win over the drafts.
    data.text.pressHeadline = 'Buleleng & Malang "Bersinergi"';
    data.text.pressContact = 'Narahubung: Humas Kominfosanti, (0362) 21985';
    const own = make(buildPress, data).parts.text;
    expect(own).toContain('Buleleng & Malang "Bersinergi"');
    expect(own).toContain('Narahubung: Humas Kominfosanti, (0362) 21985');
  });

  it('press quotes only the recorded Kutipan, each attributed to its speaker, beside its learning', () => {
    const data = seedDocData();
    const lead = data.detail.members[0]!;
    const host = data.detail.hostPeople[0]!;
    data.quotes = [
      seedQuote(data, 'q1', lead, 'Kami ingin command center seperti ini hadir di Buleleng.', data.learnings[0]!.id),
      seedQuote(data, 'q2', lead, 'Tahun depan kajiannya kami mulai', data.learnings[0]!.id),
      seedQuote(data, 'q3', host, '"Silakan belajar dari kami, pintu kami terbuka."', null),
    ];
    const t = make(buildPress, data).parts.text;
    // The lead is named in the lead sentence: the quote names him by name, the next in a row says "-nya".
    expect(t).toContain('"Kami ingin command center seperti ini hadir di Buleleng," ujar Gede Supriatna.');
    expect(t).toContain('"Tahun depan kajiannya kami mulai," jelasnya.');
    // A speaker not yet named gets jabatan and name.
    expect(t).toContain('"Silakan belajar dari kami, pintu kami terbuka," tambah Sekretaris Daerah Kota Malang, Erik Setyo Santoso.');
    // Beside its learning: before the second learning's paragraph.
    expect(t.indexOf('hadir di Buleleng')).toBeLessThan(t.indexOf('Rombongan juga mempelajari'));
    // Every quotation mark comes from a recorded Kutipan: two per quote.
    expect((t.match(/"/g) ?? []).length).toBe(6);
    expect(t).toContain('UNTUK DISIARKAN SEGERA');
    expect(t).toContain('Kamis, 24 April 2025');
  });

  it('press never carries a NIP or a personal phone number, not even when typed into learnings or the contact', () => {
    const data = seedDocData();
    const [a, b, c] = data.detail.members;
    data.learnings[0]!.hostPractice += ` Hubungi ${a!.person.phone} atau +62 ${b!.person.phone.slice(1)}.`;
    data.learnings[0]!.applicability = `Kami dapat meniru langkah ini, kata pegawai NIP ${formatNip(b!.person.nip)} kepada tim.`;
    data.text.pressContact = `Narahubung: ${plain(c!.person.phone)} (Ni Made), ${c!.person.nip}`;
    const { bytes, parts } = make(buildPress, data);
    const everything = parts.paths.filter((p) => !p.startsWith('word/media/')).map((p) => parts.xml(p)).join('\n');
    const digitsOnly = everything.replace(/\D/g, '');
    for (const m of [...data.detail.members, ...data.detail.hostPeople]) {
      const { nip, phone } = m.person;
      if (nip) {
        expect(everything).not.toContain(nip);
        expect(everything).not.toContain(formatNip(nip));
        expect(digitsOnly).not.toContain(nip);
      }
      if (phone) {
        expect(everything).not.toContain(phone);
        expect(digitsOnly).not.toContain(plain(phone).slice(1));
      }
    }
    const signerNips = Object.values(data.signing).map((x) => x.signer?.nip ?? '').filter(Boolean);
    expect(signerNips.length).toBeGreaterThan(0);
    for (const nip of signerNips) expect(digitsOnly).not.toContain(nip);
    expect(parts.text).toContain('[dihapus]');
    expect(bytes.length).toBeGreaterThan(1000);
  });

  it('bare data: every document marks its gaps instead of leaving blanks', () => {
    for (const [name, builder] of [
      ['spt', buildSpt],
      ['letter', buildLetter],
      ['press', buildPress],
    ] as const) {
      const { parts, gaps } = make(builder, seedDocData({ bare: true }));
      expect(gaps, name).toBeGreaterThan(0);
      expect(parts.text, name).toContain('belum diisi]');
    }
    const bareSpt = make(buildSpt, seedDocData({ bare: true })).parts;
    const spt = [bareSpt.text, ...bareSpt.headers].join('\n');
    for (const s of ['[Nomor SPT belum diisi]', '[Dasar (DPA, surat undangan, dll.) belum diisi]', '[Tanggal belum diisi]', '[Nama penanda tangan belum diisi]', '[Lambang Garuda belum diisi]']) {
      expect(spt).toContain(s);
    }
    expect(make(buildPress, seedDocData({ bare: true })).parts.text).toContain('[Tempat belum diisi] (Humas) – ');
    const nobody = make(buildAttendance, seedDocData({ officials: 0, journalists: 0 }));
    expect(nobody.parts.text).toContain('[Peserta belum diisi]');
    expect(make(buildSpt, seedDocData({ officials: 0, journalists: 0 })).parts.text).toContain('[Peserta belum diisi]');
  });

  it('a 2,000-character title and names with quotes and ampersands come through intact and as valid XML', () => {
    for (const builder of [buildSpt, buildLetter, buildRundown, buildAttendance, buildPress]) {
      const data = seedDocData();
      data.detail.trip.title = LONG_TITLE;
      const { parts } = make(builder, data);
      expect(parts.body).not.toMatch(/&(?!(amp|lt|gt|quot|apos|#\d+);)/);
      if (builder === buildRundown || builder === buildAttendance) expect(parts.text).toContain(LONG_TITLE.trim().toUpperCase().slice(0, 500));
      if (builder !== buildLetter && builder !== buildPress && builder !== buildRundown) expect(parts.text).toContain(QUOTED);
    }
  });

  it('a delegation of 500: SPT Lampiran and attendance list each one table with one repeating header row and every person', () => {
    const data = seedDocData({ officials: 467, journalists: 33 });
    for (const [builder, last] of [
      [buildSpt, '\n467\n'],
      [buildAttendance, '\n500\n'],
    ] as const) {
      const { parts } = make(builder, data);
      expect(tblHeaders(parts.body)).toBe(1);
      expect(parts.text).toContain('Pegawai Dinas 467');
      expect(parts.text).toContain(last);
    }
    // The journalists' own letter lists all 33 of them.
    const nonAsn = make(buildSptNonAsn, data);
    expect(tblHeaders(nonAsn.parts.body)).toBe(1);
    expect(nonAsn.parts.text).toContain('\n33\nJurnalis ');
  });
});

const plain = (phone: string): string => phone.replace(/\D/g, '');

describe.skipIf(!hasLibreOffice() && process.env.CI !== 'true')('letters rendered by LibreOffice', () => {
  it('seed trip: each letter renders on F4 with its texts and a plausible page count (rundown landscape)', () => {
    const data = seedDocData({ withEmblem: true });
    const cases = [
      { name: 'spt', builder: buildSpt, data: seedDocData({ officials: 20, withEmblem: true }), pages: [2, 4], landscape: false, texts: ['BUPATI BULELENG', 'SURAT PERINTAH TUGAS', 'MEMERINTAHKAN:', 'LAMPIRAN SURAT PERINTAH TUGAS', 'Halaman 2 dari'] },
      { name: 'spt_non_asn', builder: buildSptNonAsn, pages: [2, 4], landscape: false, texts: ['SURAT TUGAS', 'MENUGASKAN:', 'LAMPIRAN SURAT TUGAS', 'MEDIA/INSTANSI', 'Halaman 2 dari'] },
      { name: 'letter', builder: buildLetter, pages: [2, 3], landscape: false, texts: ['Permohonan Kunjungan Studi Komparasi', 'Yth. Wali Kota Malang', 'Demikian permohonan', 'DAFTAR NAMA ROMBONGAN'] },
      { name: 'rundown', builder: buildRundown, pages: [1, 2], landscape: true, texts: ['JADWAL ACARA', '05.00 WITA – 10.15 WIB', 'Kamis, 24 April 2025', 'Halaman 1 dari 1'] },
      { name: 'attendance', builder: buildAttendance, pages: [2, 4], landscape: false, texts: ['DAFTAR HADIR PESERTA', 'TANDA TANGAN', 'Balipuspanews', '19780817 199703 1 002', 'Halaman 2 dari'] },
      { name: 'press', builder: buildPress, pages: [1, 2], landscape: false, texts: ['SIARAN PERS', 'Singaraja (Humas Buleleng) –', 'Kamis', '(24/4/2025)', 'Narahubung:'] },
    ] as const;
    for (const c of cases) {
      const r = renderDocx(make(c.builder, 'data' in c ? c.data : data).bytes, `${c.name}.docx`);
      expect([r.widthMm, r.heightMm], c.name).toEqual(c.landscape ? [330, 215] : [215, 330]);
      expect(r.pages, c.name).toBeGreaterThanOrEqual(c.pages[0]);
      expect(r.pages, c.name).toBeLessThanOrEqual(c.pages[1]);
      const text = r.text.replace(/\s+/g, ' ');
      for (const s of c.texts) expect(text, `${c.name}: ${s}`).toContain(s);
      if (c.name === 'spt') {
        // The Lampiran's header row is repeated on each page of the table.
        expect((r.text.match(/PANGKAT\/GOL\./g) ?? []).length).toBe(r.pages - 1);
      }
    }
  });

  it('bad data renders: 500 people (SPT and attendance, header on every page), a bare SPT with gaps, quotes and ampersands, a 2,000-character title', () => {
    const big = seedDocData({ officials: 467, journalists: 33 });
    const spt = renderDocx(make(buildSpt, big).bytes, 'spt-500.docx');
    expect(spt.pages).toBeGreaterThanOrEqual(10);
    expect(spt.pages).toBeLessThanOrEqual(40);
    // The Lampiran table's header on each of its pages (the signer may take the last page alone) …
    expect((spt.text.match(/PANGKAT\/GOL\./g) ?? []).length).toBeGreaterThanOrEqual(spt.pages - 2);
    expect(spt.text).toContain('Pegawai Dinas 467');
    // … and the signature block is never split across pages.
    const lastSigner = spt.text.split('\f').filter((page) => page.includes('Sutjidra'));
    expect(lastSigner.at(-1)).toContain('BUPATI BULELENG,');
    expect(lastSigner.at(-1)).toContain('dr. I Nyoman Sutjidra, Sp.OG.');

    const att = renderDocx(make(buildAttendance, big).bytes, 'attendance-500.docx');
    expect(att.pages).toBeGreaterThanOrEqual(15);
    expect(att.pages).toBeLessThanOrEqual(60);
    expect((att.text.match(/TANDA TANGAN/g) ?? []).length).toBe(att.pages);
    expect(att.text).toContain(`Halaman ${att.pages} dari ${att.pages}`);

    const bare = seedDocData({ bare: true, officials: 4, journalists: 0 });
    const r = renderDocx(make(buildSpt, bare).bytes, 'spt-bare.docx');
    expect([r.widthMm, r.heightMm]).toEqual([215, 330]);
    expect(r.pages).toBe(1);
    const text = r.text.replace(/\s+/g, ' ');
    expect(text).toContain('[Nomor SPT belum diisi]');
    expect(text).toContain('I Putu "Ari" O\'Neil & Rekan');

    const long = seedDocData({ officials: 4, journalists: 2 });
    long.detail.trip.title = LONG_TITLE;
    const l = renderDocx(make(buildAttendance, long).bytes, 'attendance-long.docx');
    expect(l.pages).toBeGreaterThanOrEqual(1);
    expect(l.pages).toBeLessThanOrEqual(3);
    expect(l.text.replace(/\s+/g, ' ')).toContain('PENGELOLAAN KOMUNIKASI PUBLIK & KETERBUKAAN INFORMASI "TERPADU"');
  });
});
