/**
 * The Laporan Hasil Studi Komparasi (issue 5): built for the seed trip
 * (Buleleng → Kota Malang), parsed back (page size, kop in the first-page
 * header, "Halaman X dari Y" fields, repeating header rows, photos, texts),
 * and rendered by LibreOffice headless (page size, texts, page count). Bad
 * data (empty profile, a 2,000-character title, quotes and ampersands, 500
 * officials, an agenda crossing zones) still gives a document, with gaps
 * marked. In CI a missing LibreOffice fails rather than skips.
 */
import { Packer } from 'docx';
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { pack } from '../../main/docs/common';
import type { DocData } from '../../main/docs/model';
import { buildReportPaged } from '../../main/docs/index';
import { buildReport } from '../../main/docs/report';
import { reassemble, seedDocData, setHouseStyle } from '../helpers/doc-data';
import { hasLibreOffice, pageSizesMm, readDocx, renderDocx, type DocxParts } from '../helpers/docx';

function build(data: DocData): { parts: DocxParts; bytes: Buffer; gaps: number } {
  const built = buildReport(data);
  const bytes = pack(built.doc);
  return { parts: readDocx(bytes), bytes, gaps: built.gaps };
}

/** The <w:tbl> elements of a part, outermost only (the report nests no tables). */
function tables(xml: string): string[] {
  return xml.split('<w:tbl>').slice(1).map((t) => t.slice(0, t.indexOf('</w:tbl>')));
}

/** The text of a table's first row. */
function firstRowText(tbl: string): string {
  const row = tbl.slice(tbl.indexOf('<w:tr'), tbl.indexOf('</w:tr>'));
  return [...row.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join(' ');
}

const HOSTILE_NAME = `I Putu "Ari" O'Neil & Rekan <Humas>`;

/** Empty profile and numbers, an A4 profile, a 2,000-character title and hostile names. */
function badData(): DocData {
  const data = seedDocData({ bare: true, photos: 3 });
  setHouseStyle(data, { paper: 'A4' });
  data.detail.trip.title = `Studi Komparasi & "Uji" <Judul> ${'Panjang Sekali '.repeat(140)}`.slice(0, 2000);
  data.detail.trip.background = '';
  data.detail.trip.scope = '';
  const lead = data.detail.members[0]!;
  lead.person = { ...lead.person, name: HOSTILE_NAME };
  data.detail.hostPeople = [];
  data.photos[1]!.caption = '';
  return data;
}

describe('Laporan Hasil Studi Komparasi, parsed back', () => {
  it('the seed report has the F4 page, the kop on the first page, Halaman X dari Y, repeating table headers and the 20 photos', () => {
    const { parts, gaps, bytes } = build(seedDocData());
    expect(gaps).toBe(0);
    // Three sections (cover, front matter, body), all F4.
    expect(pageSizesMm(parts.body)).toEqual(Array(3).fill({ width: 215, height: 330, landscape: false }));

    // Kop in a first-page header only (titlePage), contacts included.
    expect(parts.body).toContain('<w:titlePg/>');
    expect(parts.body).toMatch(/<w:headerReference w:type="first"/);
    const kop = parts.headers.find((h) => h.includes('BULELENG'));
    expect(kop).toBeDefined();
    for (const t of ['PEMERINTAH KABUPATEN BULELENG', 'DINAS KOMUNIKASI, INFORMATIKA, PERSANDIAN DAN STATISTIK', 'Jl. Pahlawan No. 1', 'kominfosanti@bulelengkab.go.id']) {
      expect(kop).toContain(t);
    }

    // "Halaman X dari Y" with PAGE and SECTIONPAGES fields (Y counts the body, not the front matter), on the first and the following pages.
    const bodyFooters = parts.footers.filter((f) => f.includes('Halaman'));
    expect(bodyFooters.length).toBeGreaterThan(0);
    for (const f of bodyFooters) {
      expect(f).toMatch(/<w:instrText[^>]*>\s*PAGE\s*<\/w:instrText>/);
      expect(f).toMatch(/w:instr=" SECTIONPAGES "/);
    }
    expect(parts.body).toMatch(/<w:footerReference w:type="first"/);
    expect(parts.body).toMatch(/<w:footerReference w:type="default"/);

    // The delegation table: NO / NAMA / NIP / PANGKAT-GOL / JABATAN, header row repeating, officials only.
    const all = tables(parts.body);
    const delegation = all.find((t) => /^NO NAMA NIP PANGKAT\/GOL JABATAN$/.test(firstRowText(t)));
    expect(delegation).toBeDefined();
    expect(delegation).toMatch(/<w:trPr>(?:(?!<\/w:trPr>).)*<w:tblHeader\/>/);
    expect(delegation).toContain('19780817\u00a0199703\u00a01\u00a0002'); // grouped, never split
    expect(delegation).not.toContain('Jurnalis');
    expect(delegation).toContain('<w:tblLayout w:type="fixed"/>');
    // Every grid table's header repeats.
    const grids = all.filter((t) => t.includes('E7E6E6'));
    expect(grids.length).toBeGreaterThanOrEqual(7);
    for (const t of grids) expect(t).toContain('<w:tblHeader/>');
    // A paragraph between any two tables (adjacent tables merge in Word and LibreOffice).
    expect(parts.body).not.toMatch(/<\/w:tbl>\s*<w:tbl>/);

    expect(parts.media.filter((m) => /\.(jpe?g|png)$/.test(m))).toHaveLength(20);
    // The fast paths' placeholders are all filled: real JPEG bytes, real tables.
    const files = unzipSync(bytes);
    for (const m of parts.media) {
      const jpeg = files[m]!;
      expect([jpeg[0], jpeg[1], jpeg.length > 1000], m).toEqual([0xff, 0xd8, true]);
    }
    const everything = parts.paths.filter((p) => p.endsWith('.xml')).map((p) => parts.xml(p)).join('');
    expect(everything).not.toMatch(/ROMBONGAN_RAW_|rombongan-media:/);

    const text = parts.text;
    for (const t of [
      'LAPORAN HASIL STUDI KOMPARASI',
      'LAPORAN HASIL STUDI KOMPARASI KE KOTA MALANG',
      'TENTANG KOMUNIKASI PUBLIK',
      'PENDAHULUAN',
      'Latar Belakang',
      'Maksud dan Tujuan',
      'Ruang Lingkup',
      'Dasar',
      'DPA-SKPD Dinas Kominfosanti',
      'Surat Perintah Tugas Bupati Buleleng Nomor 800.1.11.1/412/Kominfosanti/2025 tanggal 21 April 2025',
      'PELAKSANAAN',
      'Kamis s.d. Jumat, 24 s.d. 25 April 2025',
      'Pemerintah Kota Malang',
      'Ngalam Command Center',
      'Drs. Erik Setyo Santoso, M.T., Sekretaris Daerah Kota Malang',
      'Mohamad Nur Widyanto',
      '33 orang jurnalis',
      'Kamis, 24 April 2025',
      'Jumat, 25 April 2025',
      '05.00 WITA – 10.15 WIB',
      '11.00–11.45 WIB',
      'HASIL STUDI KOMPARASI',
      '108 menjadi 28',
      'KESIMPULAN DAN SARAN',
      'RENCANA TINDAK LANJUT',
      'Menyusun kajian kebutuhan command center',
      '31 Desember 2025',
      'PENUTUP',
      'Singaraja, 28 April 2025',
      'Ketua Rombongan,',
      'Gede Supriatna, S.H.',
      'Ketut Suwarmawan, S.STP., M.AP.',
      'LAMPIRAN',
      'DAFTAR PESERTA',
      'Jurnalis Radar Bali 1',
      'PWI-5100',
      'DOKUMENTASI KEGIATAN',
      'Wakil Bupati Buleleng bersama Sekda Kota Malang di Balai Kota',
      'KLIPING BERITA',
      'Pemkab Buleleng Belajar Komunikasi Publik ke Kota Malang',
      'https://example.org/berita/1',
    ]) {
      expect(text, t).toContain(t);
    }
    // Drafts fill the empty conclusion, suggestions and closing.
    expect(text).toContain('dapat disimpulkan hal-hal sebagai berikut');
    expect(text).toContain('Demikian laporan ini dibuat');
    expect(text).not.toContain('belum diisi');
  });

  it('writes the same document as docx would on its own (the fast paths change nothing visible)', async () => {
    const data = seedDocData({ photos: 3 });
    const ours = build(data).parts;
    const plain = readDocx(await Packer.toBuffer(buildReport(data, { plain: true }).doc));
    expect(ours.text).toBe(plain.text);
    const count = (x: string, re: RegExp) => (x.match(re) ?? []).length;
    for (const re of [/<w:tbl>/g, /<w:tr>/g, /<w:tc>/g, /<w:tblHeader\/>/g, /<w:cantSplit\/>/g, /<w:tcBorders>/g, /<w:gridCol /g, /<w:tblInd /g, /<w:drawing>/g]) {
      expect(count(ours.body, re), String(re)).toBe(count(plain.body, re));
    }
    expect(ours.media.length).toBe(plain.media.length);
  });

  it('scales each photo into its grid cell keeping its proportions, portrait or landscape', () => {
    const data = seedDocData({ photos: 3 });
    Object.assign(data.photos[1]!, { width: 1200, height: 1800 });
    Object.assign(data.photos[2]!, { width: 4000, height: 1000 });
    const { parts } = build(data);
    const extents = [...parts.body.matchAll(/<wp:extent cx="(\d+)" cy="(\d+)"\/>/g)].map((m) => [Number(m[1]), Number(m[2])] as const);
    expect(extents).toHaveLength(3);
    const ratios = extents.map(([cx, cy]) => cx / cy);
    expect(ratios[0]).toBeCloseTo(4 / 3, 1);
    expect(ratios[1]).toBeCloseTo(2 / 3, 1);
    expect(ratios[2]).toBeCloseTo(4, 1);
    // Inside half the text width (165 mm on F4 with 30/20 mm margins) and a box about 6 cm tall: four rows to a page.
    const emuPerMm = 36_000;
    for (const [cx, cy] of extents) {
      expect(cx / emuPerMm).toBeLessThanOrEqual(165 / 2);
      expect(cy / emuPerMm).toBeLessThanOrEqual(60);
    }
  });

  it('keeps personal contacts out: no phone numbers, journalists without NIP', () => {
    const { parts } = build(seedDocData());
    expect(parts.text).not.toMatch(/0812-3456/);
    expect(parts.headers.join('')).not.toMatch(/0812-3456/);
  });

  it('uses the user texts, the issued report number, and drops "Mengetahui" when not wanted', () => {
    const seed = seedDocData();
    // A Kepala Bidang leads, so the Kepala Dinas would give "Mengetahui" by default; the trip chose nobody.
    seed.detail.members = seed.detail.members.slice(2);
    seed.detail.members[0]!.role = 'lead';
    expect(build(reassemble(seed)).parts.text).toContain('Mengetahui,');
    const data = reassemble(seed, { report: { acknowledge: 'none' } });
    data.text.conclusion = 'Kesimpulan tulisan tim sendiri.';
    data.text.suggestions = '1. Saran pertama.\n2. Saran kedua.';
    data.text.closing = 'Penutup tulisan tim.';
    data.numbers.report = { id: 'r', tripId: data.detail.trip.id, kind: 'report', issuerId: '', number: '000.1.2.3/77/Kominfosanti/2025', seq: 77, year: 2025, issuedOn: '2025-04-28', clash: false };
    const { parts } = build(data);
    expect(parts.text).toContain('NOMOR: 000.1.2.3/77/Kominfosanti/2025');
    expect(parts.text).toContain('Kesimpulan tulisan tim sendiri.');
    expect(parts.text).toContain('Saran kedua.');
    expect(parts.text).toContain('Penutup tulisan tim.');
    expect(parts.text).not.toContain('dapat disimpulkan hal-hal sebagai berikut');
    expect(parts.text).not.toContain('Mengetahui');
    expect(parts.text).toContain('Ketua Rombongan,');
  });

  it('signed by the lead; "Mengetahui" only by someone senior: none under the Wakil Bupati, the Kepala Dinas under a Kepala Bidang', () => {
    const wabup = build(seedDocData()).parts.text;
    expect(wabup).toContain('Ketua Rombongan,\nWakil Bupati Buleleng');
    expect(wabup).not.toContain('Mengetahui');
    expect(wabup).toContain('Singaraja, 28 April 2025');
    const data = seedDocData();
    // The Wakil Bupati stays home: the Kepala Bidang leads.
    data.detail.members = data.detail.members.slice(2);
    data.detail.members[0]!.role = 'lead';
    const staffLed = build(reassemble(data)).parts.text;
    expect(staffLed).toContain('Mengetahui,');
    expect(staffLed).toContain('Kepala Dinas Komunikasi, Informatika, Persandian dan Statistik,');
    expect(staffLed).toContain('Ketut Suwarmawan, S.STP., M.AP.');
  });

  it('a large delegation is listed once, in the Lampiran: the body names the first 20 and refers to it', () => {
    const { parts } = build(seedDocData({ officials: 100, journalists: 5, photos: 0 }));
    const t = parts.text;
    expect(t).toContain('Susunan 20 pejabat/pegawai pertama dalam rombongan sebagai berikut; daftar lengkap 100 orang pejabat/pegawai terdapat pada Lampiran I.');
    // The 21st and the last appear once (Lampiran), the first ones twice (body and Lampiran).
    const count = (name: string) => t.split('\n').filter((l) => l === name).length;
    expect(count('Pegawai Dinas 100')).toBe(1);
    expect(count('Pegawai Dinas 21')).toBe(1);
    expect(count('Pegawai Dinas 20')).toBe(2);
    // A small delegation is listed in full in the body, as before.
    expect(build(seedDocData({ photos: 0 })).parts.text).toContain('Susunan pejabat/pegawai dalam rombongan sebagai berikut:');
  });

  it('an A4 profile gives 210 × 297 mm', () => {
    const data = seedDocData({ photos: 2 });
    setHouseStyle(data, { paper: 'A4' });
    expect(pageSizesMm(build(data).parts.body)).toEqual(Array(3).fill({ width: 210, height: 297, landscape: false }));
  });

  it('bad data marks gaps instead of blanks and keeps quotes, ampersands and a 2,000-character title intact', () => {
    const data = badData();
    const { parts, gaps } = build(data);
    expect(gaps).toBeGreaterThan(5);
    const text = parts.text;
    // No background written: a draft from the trip's data stands in (readiness advises writing one).
    expect(text).not.toContain('[Latar belakang belum diisi]');
    expect(text).toContain('Atas dasar itu dilaksanakan studi komparasi ke Kota Malang');
    for (const what of ['Ruang lingkup', 'Nomor SPT', 'Pejabat penerima kunjungan', 'Tempat', 'Keterangan foto', 'Tanggal']) {
      expect(text, what).toContain(`[${what} belum diisi]`);
    }
    expect(parts.headers.join('')).toContain('belum diisi');
    expect(text).toContain(HOSTILE_NAME);
    expect(text).toContain(data.detail.trip.title.trim().toUpperCase().replace(/\s+/g, ' '));
    expect(data.detail.trip.title.length).toBe(2000);
    // Escaped in the XML, not broken by it.
    expect(parts.body).toContain('I Putu &quot;Ari&quot; O&apos;Neil &amp; Rekan &lt;Humas&gt;');
  });

  it('control characters in the user texts never reach the XML (Word refuses such a file)', () => {
    const data = seedDocData({ photos: 1 });
    data.detail.trip.background = 'Latar\u0001 belakang\u000B dengan\u0007 karakter kendali.';
    data.detail.members[1]!.person = { ...data.detail.members[1]!.person, name: 'Nama\u0002 Aneh' };
    data.detail.hostPeople[0]!.person = { ...data.detail.hostPeople[0]!.person, name: 'Penerima\u0003 Tamu' };
    data.coverage[0]!.headline = 'Judul\u001F berita';
    const { parts } = build(data);
    const everything = parts.paths.filter((p) => p.endsWith('.xml')).map((p) => parts.xml(p)).join('');
    // eslint-disable-next-line no-control-regex -- looking for exactly these characters
    expect(everything).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/);
    expect(parts.text).toContain('Latar belakang dengan karakter kendali.');
    expect(parts.text).toContain('Nama Aneh');
    expect(parts.text).toContain('Judul berita');
  });

  it('empty sections say so: no learnings, no agenda, no photos, no clippings, no journalists', () => {
    const data = seedDocData({ learnings: 0, agendaItems: 0, photos: 0, journalists: 0 });
    const { parts, gaps } = build(data);
    expect(gaps).toBeGreaterThan(0);
    for (const t of ['Belum ada hasil yang dicatat.', '[Agenda kegiatan belum diisi]', 'Belum ada rencana tindak lanjut yang dicatat.', 'Belum ada foto dokumentasi.', 'Belum ada kliping berita yang dicatat.', 'Tidak ada jurnalis']) {
      expect(parts.text, t).toContain(t);
    }
    expect(parts.media).toHaveLength(0);
  });
});

describe.skipIf(!hasLibreOffice() && process.env.CI !== 'true')('Laporan Hasil Studi Komparasi, rendered by LibreOffice', () => {
  it('the seed report renders on F4 with its texts and a plausible page count', async () => {
    // Paged as the export pages it: the body's "dari Y" is written in (LibreOffice has no SECTIONPAGES).
    const { bytes } = await buildReportPaged(seedDocData());
    const r = renderDocx(bytes, 'laporan.docx');
    // The body counts from its own first page, after the cover and the front matter (i, ii).
    const bodyStart = r.text.split('\f').findIndex((p) => /Halaman 1 dari/.test(p));
    expect(bodyStart).toBe(3);
    const bodyPages = r.pages - bodyStart;
    expect([r.widthMm, r.heightMm]).toEqual([215, 330]);
    expect(r.pages).toBeGreaterThanOrEqual(6);
    expect(r.pages).toBeLessThanOrEqual(30);
    const flat = r.text.replace(/\s+/g, ' ');
    for (const t of [
      'PEMERINTAH KABUPATEN BULELENG',
      'LAPORAN HASIL STUDI KOMPARASI',
      'Kota Malang',
      '108 menjadi 28',
      'RENCANA TINDAK LANJUT',
      'Gede Supriatna, S.H.',
      'Singaraja, 28 April 2025',
      'WITA',
      'WIB',
      'Foto 20.',
      `Halaman 1 dari ${bodyPages}`,
      `Halaman ${bodyPages} dari ${bodyPages}`,
    ]) {
      expect(flat, t).toContain(t);
    }
  });

  it('bad data on A4 still renders, with its gaps visible', () => {
    const { bytes } = build(badData());
    const r = renderDocx(bytes, 'laporan-kosong.docx');
    expect([r.widthMm, r.heightMm]).toEqual([210, 297]);
    expect(r.pages).toBeGreaterThanOrEqual(4);
    const flat = r.text.replace(/\s+/g, ' ');
    expect(flat).toContain('belum diisi');
    expect(flat).toContain(`I Putu "Ari" O'Neil & Rekan <Humas>`);
    expect(flat).toContain('PANJANG SEKALI PANJANG SEKALI');
  });

  it('a delegation of 500 repeats the table header on every page it spans', () => {
    const { bytes } = build(seedDocData({ officials: 500, journalists: 10, photos: 2 }));
    const r = renderDocx(bytes, 'laporan-500.docx');
    const pages = r.text.split('\f');
    // Pages carrying delegation rows (the body table and the Lampiran's list).
    const withRows = pages.filter((p) => /Pegawai Dinas \d+/.test(p));
    expect(withRows.length).toBeGreaterThan(10);
    for (const p of withRows) expect(p).toMatch(/\bNAMA\b/);
    expect(r.text).toContain('Pegawai Dinas 500');
  });
});
