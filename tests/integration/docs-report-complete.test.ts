/**
 * The complete Laporan Hasil Studi Komparasi (issue 10 items 4 and 5), read
 * back from the .docx and rendered by LibreOffice: a Word-native outline (I–V
 * / A, B / 1, 2 as Heading 1–3 with Word numbering, lists as Word lists,
 * links), the optional cover and lembar pengesahan, the kata pengantar, the
 * daftar isi as a TOC field whose page numbers are the ones LibreOffice
 * renders, the optional Hambatan, one title line, the Lampiran block with the
 * report's number and date, and the signature never alone on its page for
 * delegations of 1 to 500 people.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { startApp } from '../../main/app';
import { inThreadBuilder, workerBuilder } from '../../main/docs/builder';
import { pack } from '../../main/docs/common';
import { buildReportPaged } from '../../main/docs/index';
import type { DocData } from '../../main/docs/model';
import type { BuiltDoc, DocBytes } from '../../shared/documents/schemas';
import { readiness } from '../../main/docs/readiness';
import { buildReport } from '../../main/docs/report';
import { tempDir } from '../helpers/db';
import { bundleDocsWorker } from '../helpers/docs-worker';
import { reassemble, seedDocData } from '../helpers/doc-data';
import { hasLibreOffice, readDocx, renderDocxPages, textOf, type DocxParts } from '../helpers/docx';

const rendered = hasLibreOffice();
if (!rendered && process.env.CI === 'true') throw new Error('LibreOffice and poppler are needed for the rendered report tests');

function build(data: DocData): { parts: DocxParts; gaps: number; codes: string[] } {
  const built = buildReport(data);
  return { parts: readDocx(pack(built.doc)), gaps: built.gaps, codes: [...built.gapCodes].sort() };
}

/** The report's 'missing' readiness gaps, sorted: they must be what the document marks. */
const missingFor = (data: DocData) =>
  readiness(data)
    .gaps.filter((g) => g.severity === 'missing' && (g.kinds as string[]).includes('report'))
    .map((g) => g.code)
    .sort();

interface Para {
  xml: string;
  style: string;
  text: string;
}

/** The paragraphs of a part, in order (tables' cells included). */
function paragraphs(xml: string): Para[] {
  return [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((m) => ({
    xml: m[0],
    style: /<w:pStyle w:val="([^"]+)"/.exec(m[0])?.[1] ?? '',
    text: textOf(m[0]).replace(/\n+$/, ''),
  }));
}

/** The sections of document.xml: each up to the paragraph that carries its w:sectPr (the last one's is the body's own). */
function sections(body: string): string[] {
  const out: string[] = [];
  let from = 0;
  for (const m of body.matchAll(/<\/w:sectPr>(<\/w:pPr>)?/g)) {
    const end = m[1] ? body.indexOf('</w:p>', m.index) + '</w:p>'.length : m.index + m[0].length;
    out.push(body.slice(from, end));
    from = end;
  }
  return out;
}

const numId = (p: Para) => /<w:numId w:val="(\d+)"\/>/.exec(p.xml)?.[1];
const ilvl = (p: Para) => /<w:ilvl w:val="(\d+)"\/>/.exec(p.xml)?.[1];

/** The Kepala Bidang leads (the Wakil Bupati stays home): the Kepala Dinas gives "Mengetahui" and approves. */
function staffLed(opts: Parameters<typeof seedDocData>[0] = {}): DocData {
  const data = seedDocData(opts);
  data.detail.members = data.detail.members.slice(2);
  data.detail.members[0]!.role = 'lead';
  return reassemble(data);
}

describe('the complete report, read back', () => {
  it('is Word-native: chapters, sub-headings and parts as Heading 1–3 numbered by Word on one outline, no typed markers', () => {
    const { parts } = build(seedDocData({ photos: 2 }));
    const ps = paragraphs(parts.body);
    const h1 = ps.filter((p) => p.style === 'Heading1');
    expect(h1.map((p) => p.text)).toEqual([
      'KATA PENGANTAR',
      'DAFTAR ISI',
      'PENDAHULUAN',
      'PELAKSANAAN',
      'HASIL STUDI KOMPARASI',
      'KESIMPULAN DAN SARAN',
      'PENUTUP',
      'LAMPIRAN',
      'DAFTAR PESERTA',
      'DOKUMENTASI KEGIATAN',
      'KLIPING BERITA',
    ]);
    // The five chapters on one numbering instance at level 0 (I–V); the Lampiran's I–III on another.
    const chapters = h1.slice(2, 7);
    expect(new Set(chapters.map(numId)).size).toBe(1);
    expect(chapters.every((p) => ilvl(p) === '0')).toBe(true);
    const lampiranParts = h1.slice(8);
    expect(new Set(lampiranParts.map(numId)).size).toBe(1);
    expect(numId(lampiranParts[0]!)).not.toBe(numId(chapters[0]!));
    // Front matter and LAMPIRAN are not numbered.
    for (const p of [h1[0]!, h1[1]!, h1[7]!]) expect(numId(p)).toBeUndefined();

    // Chapter III: each learning a Heading 2 (A., B. as in the other chapters), its parts Heading 3 (1., 2., …).
    const h2 = ps.filter((p) => p.style === 'Heading2').map((p) => p.text);
    expect(h2).toEqual([
      'Latar Belakang',
      'Maksud dan Tujuan',
      'Ruang Lingkup',
      'Dasar',
      'Waktu dan Tempat',
      'Penerima Kunjungan',
      'Susunan Rombongan',
      'Agenda Kegiatan',
      'Ngalam Command Center sebagai pusat layanan informasi publik',
      'Penyederhanaan aplikasi layanan publik melalui SPBE',
      'Kesimpulan',
      'Saran',
      'Rencana Tindak Lanjut',
      'Pejabat/Pegawai',
      'Jurnalis',
    ]);
    const h3 = ps.filter((p) => p.style === 'Heading3');
    expect(h3.slice(0, 4).map((p) => p.text)).toEqual(['Praktik di Kota Malang', 'Data kunci', 'Penerapan di Kabupaten Buleleng', 'Rekomendasi']);
    expect(h3.every((p) => ilvl(p) === '2' && numId(p) === numId(chapters[0]!))).toBe(true);
    for (const p of ps.filter((x) => x.style === 'Heading2').slice(0, 13)) expect(numId(p)).toBe(numId(chapters[0]!));

    // No heading or body paragraph types its own number (the daftar isi writes numbers as Word does).
    for (const p of ps.filter((x) => !x.style.startsWith('TOC'))) expect(p.text, p.text).not.toMatch(/^(?:[IVX]+|[A-Z]|\d{1,2}|[a-z])\.\t/);
    // Body text in Body Text.
    expect(ps.find((p) => p.text.startsWith('Pemerintah Kabupaten Buleleng berupaya'))?.style).toBe('BodyText');
  });

  it('writes lists as Word lists (Dasar, the user\'s "1." / "a." / "-" lines) and clipping URLs as links', () => {
    const data = seedDocData({ photos: 0 });
    data.text.suggestions = '1. Saran pertama.\n2. Saran kedua.\nCatatan di antara.\n3. Saran ketiga.\n1. Daftar baru.\na. Butir huruf.\n- Butir tanda.';
    const { parts } = build(data);
    const ps = paragraphs(parts.body);
    const item = (t: string) => ps.find((p) => p.text === t);
    for (const t of ['Saran pertama.', 'Saran kedua.', 'Saran ketiga.', 'Daftar baru.', 'Butir huruf.', 'Butir tanda.']) {
      expect(item(t), t).toBeDefined();
      expect(numId(item(t)!), t).toBeDefined();
    }
    expect(parts.text).not.toContain('1. Saran pertama');
    // "3." after a paragraph goes on with the same list; "1." starts a new one; letters and bullets are lists of their own.
    expect(numId(item('Saran kedua.')!)).toBe(numId(item('Saran pertama.')!));
    expect(numId(item('Saran ketiga.')!)).toBe(numId(item('Saran pertama.')!));
    const ids = ['Saran pertama.', 'Daftar baru.', 'Butir huruf.', 'Butir tanda.'].map((t) => numId(item(t)!));
    expect(new Set(ids).size).toBe(4);
    expect(numId(item('Catatan di antara.')!)).toBeUndefined();
    // The numbering definitions behind them.
    const numbering = parts.xml('word/numbering.xml');
    for (const f of ['decimal', 'lowerLetter', 'bullet']) expect(numbering).toContain(`<w:numFmt w:val="${f}"/>`);
    // Dasar: numbered by Word, the typed "1." gone.
    const dasar = ps.find((p) => p.text.startsWith('DPA-SKPD Dinas Kominfosanti'));
    expect(numId(dasar!)).toBeDefined();
    // Clippings: real hyperlinks.
    expect(parts.body).toMatch(/<w:hyperlink [^>]*r:id="[^"]+"[^>]*>(?:(?!<\/w:hyperlink>).)*https:\/\/example\.org\/berita\/1/);
    expect(parts.xml('word/_rels/document.xml.rels')).toContain('Target="https://example.org/berita/1" TargetMode="External"');
  });

  it('has one title line with the destination and the topic below it, never "TENTANG STUDI KOMPARASI …" again', () => {
    const { parts } = build(seedDocData({ photos: 0 }));
    const titles = paragraphs(sections(parts.body)[2]!).filter((p) => p.style === 'Title');
    expect(titles.map((p) => p.text)).toEqual(['LAPORAN HASIL STUDI KOMPARASI KE KOTA MALANG', 'TENTANG KOMUNIKASI PUBLIK']);
    expect(parts.text).not.toContain('TENTANG STUDI KOMPARASI');
    // A title not of the "Studi Komparasi … ke …" form is printed as it is.
    const data = seedDocData({ photos: 0 });
    data.detail.trip.title = 'Belajar Tata Kelola Command Center';
    const other = paragraphs(sections(build(data).parts.body)[2]!).filter((p) => p.style === 'Title');
    expect(other.map((p) => p.text)).toEqual(['LAPORAN HASIL STUDI KOMPARASI KE KOTA MALANG', 'BELAJAR TATA KELOLA COMMAND CENTER']);
  });

  it('has a cover by default (title, destination, topic, the region\'s emblem, office, year) in a section without page numbers', () => {
    const { parts } = build(seedDocData({ photos: 0, withEmblem: true }));
    const [cover, front, body] = sections(parts.body);
    const text = textOf(cover!);
    for (const t of ['LAPORAN HASIL STUDI KOMPARASI', 'KE KOTA MALANG', 'TENTANG KOMUNIKASI PUBLIK', 'PEMERINTAH KABUPATEN BULELENG', 'DINAS KOMUNIKASI, INFORMATIKA, PERSANDIAN DAN STATISTIK', 'TAHUN 2025']) {
      expect(text, t).toContain(t);
    }
    expect(cover).toContain('<w:drawing>');
    expect(cover).not.toMatch(/<w:footerReference|<w:headerReference/);
    // The front matter i, ii, … and the body from 1.
    expect(front).toMatch(/<w:pgNumType w:start="1" w:fmt="lowerRoman"\/>/);
    expect(body).toMatch(/<w:pgNumType w:start="1" w:fmt="decimal"\/>/);
    // Without an emblem the cover leaves it out (the kop marks it).
    expect(sections(build(seedDocData({ photos: 0 })).parts.body)[0]).not.toContain('<w:drawing>');
    // Turned off: no cover section.
    const data = seedDocData({ photos: 0 });
    data.text.cover = false;
    const off = sections(build(data).parts.body);
    expect(off).toHaveLength(2);
    expect(paragraphs(off[0]!).find((p) => p.text.trim())?.text).toBe('KATA PENGANTAR');
  });

  it('has the kata pengantar (the draft, or the user\'s text) signed by the lead, its last lines kept with the signature', () => {
    const { parts } = build(seedDocData({ photos: 0 }));
    const front = sections(parts.body)[1]!;
    const text = textOf(front);
    expect(text).toContain('Puji syukur kami panjatkan');
    expect(text).toContain('Ketua Rombongan,');
    expect(text).toContain('Gede Supriatna, S.H.');
    expect(text).toContain('Singaraja, 28 April 2025');
    // The last paragraph and the signature in one row that may not split.
    const kept = front.split('<w:tbl>').slice(1).find((t) => t.includes('Semoga laporan ini bermanfaat'));
    expect(kept).toBeDefined();
    expect(kept).toContain('<w:cantSplit/>');
    const data = seedDocData({ photos: 0 });
    data.text.foreword = 'Kata pengantar tulisan tim sendiri.';
    const own = textOf(sections(build(data).parts.body)[1]!);
    expect(own).toContain('Kata pengantar tulisan tim sendiri.');
    expect(own).not.toContain('Puji syukur');
  });

  it('prints the lembar pengesahan only when chosen, approved by the "Mengetahui" signer, a gap when there is none', () => {
    expect(build(seedDocData({ photos: 0 })).parts.text).not.toContain('LEMBAR PENGESAHAN');
    // The Wakil Bupati leads: nobody senior gives "Mengetahui", so nobody is invented to approve.
    const wabup = seedDocData({ photos: 0 });
    wabup.text.approval = true;
    const a = build(wabup);
    const front = textOf(sections(a.parts.body)[1]!);
    expect(front).toContain('LEMBAR PENGESAHAN');
    expect(front).toContain('Mengesahkan,');
    expect(front).toContain('[Pejabat yang mengesahkan belum diisi]');
    expect(a.codes).toEqual(['noApprover']);
    expect(missingFor(wabup)).toEqual(['noApprover']);
    // A Kepala Bidang leads: the Kepala Dinas approves, the lead signs beside him.
    const staff = staffLed({ photos: 0 });
    staff.text.approval = true;
    const b = build(staff);
    const page = textOf(sections(b.parts.body)[1]!.split('KATA PENGANTAR')[0]!);
    for (const t of ['Kegiatan', 'Studi Komparasi Komunikasi Publik ke Kota Malang', '24 s.d. 25 April 2025', 'Pemerintah Kota Malang', 'Mengesahkan,', 'Ketut Suwarmawan, S.STP., M.AP.', 'Ketua Rombongan,', 'Ni Made Dwi Pratiwi, S.Kom.']) {
      expect(page, t).toContain(t);
    }
    expect(b.gaps).toBe(0);
    expect(missingFor(staff)).toEqual([]);
  });

  it('prints II.E Hambatan only when chosen: the user\'s text, or a gap marker readiness lists', () => {
    const off = build(seedDocData({ photos: 0 }));
    expect(paragraphs(off.parts.body).some((p) => p.style === 'Heading2' && p.text === 'Hambatan')).toBe(false);
    const empty = seedDocData({ photos: 0 });
    empty.text.obstaclesOn = true;
    const e = build(empty);
    expect(e.parts.text).toContain('[Hambatan belum diisi]');
    expect(e.codes).toEqual(['noObstacles']);
    expect(missingFor(empty)).toEqual(['noObstacles']);
    const written = seedDocData({ photos: 0 });
    written.text.obstaclesOn = true;
    written.text.obstacles = 'Jadwal penerimaan bergeser satu jam.\n- Ruang rapat terbatas.';
    const w = build(written);
    const h = paragraphs(w.parts.body).filter((p) => p.style === 'Heading1' || p.style === 'Heading2').map((p) => p.text);
    expect(h.slice(h.indexOf('Agenda Kegiatan'), h.indexOf('HASIL STUDI KOMPARASI') + 1)).toEqual(['Agenda Kegiatan', 'Hambatan', 'HASIL STUDI KOMPARASI']);
    expect(w.parts.text).toContain('Jadwal penerimaan bergeser satu jam.');
    expect(w.gaps).toBe(0);
    expect(missingFor(written)).toEqual([]);
  });

  it('starts the Lampiran with LAMPIRAN : LAPORAN … / NOMOR : … / TANGGAL : …', () => {
    const lampiranOf = (data: DocData) => {
      const text = build(data).parts.text;
      return text.slice(text.lastIndexOf('LAMPIRAN'), text.indexOf('DAFTAR PESERTA', text.lastIndexOf('LAMPIRAN')));
    };
    const unnumbered = lampiranOf(seedDocData({ photos: 0 }));
    expect(unnumbered).toContain('LAMPIRAN\n:\nLAPORAN HASIL STUDI KOMPARASI');
    expect(unnumbered).toMatch(/NOMOR\n:\n…+/);
    expect(unnumbered).toContain('TANGGAL\n:\n28 April 2025');
    const data = seedDocData({ photos: 0 });
    data.numbers.report = { id: 'r', tripId: data.detail.trip.id, kind: 'report', issuerId: '', number: '000.1.2.3/77/Kominfosanti/2025', seq: 77, year: 2025, issuedOn: '2025-04-28', clash: false };
    expect(lampiranOf(data)).toContain('NOMOR\n:\n000.1.2.3/77/Kominfosanti/2025');
    // No date of signing: the same gap as under the signature.
    const undated = seedDocData({ photos: 0 });
    undated.signing.report.date = '';
    expect(lampiranOf(undated)).toContain('TANGGAL\n:\n[Tanggal belum diisi]');
  });

  it('the daftar isi is a TOC field over headings 1–2 whose entries are every such heading, in order, linked to it', () => {
    const { parts } = build(seedDocData({ photos: 0 }));
    expect(parts.body).toContain('<w:docPartGallery w:val="Table of Contents"/>');
    expect(parts.body).toMatch(/<w:instrText xml:space="preserve"> TOC \\o (?:"|&quot;)1-2(?:"|&quot;) \\h \\z \\u <\/w:instrText>/);
    const ps = paragraphs(parts.body);
    const entries = ps.filter((p) => p.style === 'TOC1' || p.style === 'TOC2');
    const headings = ps.filter((p) => p.style === 'Heading1' || p.style === 'Heading2');
    expect(entries.length).toBe(headings.length);
    entries.forEach((e, i) => {
      const h = headings[i]!;
      const anchor = /w:anchor="([^"]+)"/.exec(e.xml)?.[1];
      expect(h.xml, h.text).toMatch(new RegExp(`<w:bookmarkStart [^>]*w:name="${anchor}"`));
      expect(e.style).toBe(h.style === 'Heading1' ? 'TOC1' : 'TOC2');
      // "I.<tab>PENDAHULUAN<tab>": Word's own numbers before numbered headings.
      const title = e.text.split('\t');
      expect(title.slice(0, -1).join(' ').replace(/^(?:[IVX]+|[A-Z])\. /, ''), h.text).toBe(h.text);
    });
    // Without the render's pages: dirty, so Word fills the numbers in.
    expect(parts.body).toContain('<w:fldChar w:fldCharType="begin" w:dirty="true"/>');
  });

  it('without LibreOffice the daftar isi is left for Word: dirty, and Word asked to update fields on opening', async () => {
    const paged = await buildReportPaged(seedDocData({ photos: 0 }), { soffice: null });
    expect(paged.toc).toBe('forWord');
    const parts = readDocx(paged.bytes);
    expect(parts.xml('word/settings.xml')).toMatch(/<w:updateFields w:val="true"\/><w:compat>/);
    expect(parts.body).toContain('w:dirty="true"');
  });

  it('readiness lists exactly the gaps the report marks, whichever parts are chosen', () => {
    const failures: string[] = [];
    for (const cover of [true, false]) {
      for (const approval of [true, false]) {
        for (const obstacles of ['', 'Hambatan tertulis.', null] as const) {
          for (const led of ['wabup', 'staff'] as const) {
            const data = led === 'staff' ? staffLed({ photos: 0 }) : seedDocData({ photos: 0 });
            Object.assign(data.text, { cover, approval, obstaclesOn: obstacles !== null, obstacles: obstacles ?? '' });
            const marked = build(data).codes;
            const listed = missingFor(data);
            if (marked.join() !== listed.join()) failures.push(`${JSON.stringify({ cover, approval, obstacles, led })}: marked [${marked.join(', ')}] listed [${listed.join(', ')}]`);
          }
        }
      }
    }
    expect(failures).toEqual([]);
  });
});

describe('the report\'s parts as the app stores them', () => {
  it('reportText.update switches the cover, the lembar pengesahan and the Hambatan, and the exported report follows', async () => {
    const t = tempDir('rombongan-report-parts-');
    const app = await startApp({ dbPath: join(t.dir, 'rombongan.sqlite'), mode: 'test', log: () => undefined });
    try {
      const call = async <T,>(op: string, input: unknown): Promise<T> => {
        const r = await app.dispatch(op, input);
        if (!r.ok) throw new Error(`${op}: ${r.error.code} ${r.error.message}`);
        return r.value as T;
      };
      const trip = await call<{ id: string }>('trips.create', { title: 'Studi Komparasi Command Center ke Kota Malang', startDate: '2025-04-24', endDate: '2025-04-25', hostRegionCodes: ['35.73'] });
      const text = async () => {
        const built = await call<BuiltDoc>('docs.build', { tripId: trip.id, kind: 'report' });
        return readDocx(Buffer.from((await call<DocBytes>('docs.fetch', { exportId: built.exportId })).dataBase64, 'base64'));
      };
      const before = await text();
      expect(sections(before.body)).toHaveLength(3);
      expect(before.text).not.toContain('LEMBAR PENGESAHAN');
      const saved = await call<{ cover: boolean; approval: boolean; obstaclesOn: boolean; obstacles: string }>('reportText.update', {
        tripId: trip.id,
        patch: { cover: false, approval: true, obstaclesOn: true, obstacles: 'Jadwal kunjungan lapangan dipersingkat.', foreword: 'Pengantar dari tim.' },
      });
      expect(saved).toMatchObject({ cover: false, approval: true, obstaclesOn: true, obstacles: 'Jadwal kunjungan lapangan dipersingkat.' });
      const after = await text();
      expect(sections(after.body)).toHaveLength(2);
      for (const t of ['LEMBAR PENGESAHAN', 'Pengantar dari tim.', 'Hambatan', 'Jadwal kunjungan lapangan dipersingkat.', 'TENTANG COMMAND CENTER']) expect(after.text, t).toContain(t);
    } finally {
      app.close();
      t.cleanup();
    }
  });
});

/** A page's lines, spaces squashed. */
const lines = (page: string) => page.split('\n').map((l) => l.replace(/\s+/g, ' ').trim()).filter(Boolean);

/** The number a rendered page prints: "Halaman 3 dari 9" → "3", the front matter's "ii" → "ii"; '' for none. */
function printedNumber(page: string): string {
  const ls = lines(page);
  const body = ls.map((l) => /Halaman (\d+) dari/.exec(l)?.[1]).find(Boolean);
  if (body) return body;
  const last = ls[ls.length - 1] ?? '';
  return /^[ivxlc]+$/.test(last) ? last : '';
}

/** The daftar isi's entries as the final .docx writes them: the heading as printed ("I. PENDAHULUAN") and its page. */
function tocEntries(parts: DocxParts): Array<{ heading: string; page: string }> {
  return paragraphs(parts.body)
    .filter((p) => p.style === 'TOC1' || p.style === 'TOC2')
    .map((p) => {
      const cells = p.text.split('\t');
      return { heading: cells.slice(0, -1).join(' ').replace(/\s+/g, ' ').trim(), page: cells[cells.length - 1] ?? '' };
    });
}

describe.runIf(rendered)('the complete report, rendered by LibreOffice', () => {
  it('the daftar isi lists every Heading 1/2 with the page LibreOffice renders it on (front matter i, ii …, the body from 1)', async () => {
    const seed = staffLed();
    Object.assign(seed.text, { approval: true, obstaclesOn: true, obstacles: 'Jadwal penerimaan bergeser satu jam.' });
    const large = seedDocData({ officials: 500, journalists: 10, photos: 4 });
    const built = { seed: await buildReportPaged(seed), large: await buildReportPaged(large) };
    const pages = renderDocxPages({ seed: built.seed.bytes, large: built.large.bytes });
    for (const name of ['seed', 'large'] as const) {
      expect(built[name].toc, name).toBe('rendered');
      const entries = tocEntries(readDocx(built[name].bytes));
      expect(entries.length, name).toBeGreaterThan(20);
      const doc = pages[name]!;
      // Every heading found on its page, in order, and that page prints the number the daftar isi gives.
      let at = 0;
      for (const e of entries) {
        expect(e.page, `${name}: ${e.heading} has a page number`).toMatch(/^(\d+|[ivxlc]+)$/);
        const found = doc.findIndex((p, i) => i >= at && lines(p).some((l) => !l.includes('....') && (l === e.heading || l.startsWith(`${e.heading} :`))));
        expect(found, `${name}: ${e.heading} is printed`).toBeGreaterThanOrEqual(0);
        expect(printedNumber(doc[found]!), `${name}: ${e.heading}`).toBe(e.page);
        at = found;
      }
      // The daftar isi as it prints: its lines end with those numbers.
      const toc = doc.find((p) => lines(p)[0] === 'DAFTAR ISI')!;
      expect(lines(toc).find((l) => l.startsWith('I. PENDAHULUAN'))).toMatch(/\.{3,} ?1$/);
      // "Halaman X dari Y": Y is the body's own count.
      const last = doc[doc.length - 1]!;
      const y = /Halaman (\d+) dari (\d+)/.exec(lines(last).join(' '));
      expect(y?.[1], name).toBe(y?.[2]);
    }
  });

  it('the signature always shares its page with the closing lines, for delegations of 1, 4, 15, 40, 200 and 500 people', () => {
    const sizes = [1, 4, 15, 40, 200, 500] as const;
    const files: Record<string, Uint8Array> = {};
    sizes.forEach((n, i) => {
      const data = seedDocData({ officials: n, journalists: 0, photos: 0, learnings: 1 + (i % 3) });
      // Backgrounds of different lengths move the closing to different places on its page.
      data.detail.trip.background = `${data.detail.trip.background} ${'Kebutuhan informasi publik terus meningkat dan menuntut pelayanan yang cepat. '.repeat(i * 5)}`;
      files[`closing-${n}`] = pack(buildReport(data).doc);
    });
    const pages = renderDocxPages(files);
    for (const n of sizes) {
      const doc = pages[`closing-${n}`]!;
      const bodyStart = doc.findIndex((p) => /Halaman 1 dari/.test(p));
      expect(bodyStart, `${n}: the body is numbered`).toBeGreaterThan(0);
      // The closing's signature: the first "Ketua Rombongan," in the body (the kata pengantar's is in the front matter).
      const at = doc.findIndex((p, i) => i >= bodyStart && lines(p).includes('Ketua Rombongan,'));
      expect(at, `${n}: the report is signed`).toBeGreaterThan(0);
      const ls = lines(doc[at]!);
      const dated = ls.indexOf('Singaraja, 28 April 2025');
      expect(dated, `${n}: place and date on the signer's page`).toBeGreaterThan(0);
      expect(ls.slice(dated).some((l) => l.includes('Gede Supriatna, S.H.')), `${n}: the name under it`).toBe(true);
      // Above the signature on that page: the closing's last lines, never an empty page top.
      expect(ls.slice(0, dated).join(' '), `${n}: the closing stands above the signature`).toContain('kami sampaikan terima kasih.');
    }
  });

  it('pages the daftar isi at export time, in the document worker as in this thread (BuildOptions.pagedToc)', async () => {
    const t = tempDir('rombongan-toc-worker-');
    try {
      const docs = workerBuilder(await bundleDocsWorker(t.dir));
      try {
        const data = seedDocData({ photos: 2 });
        const [there, here] = [await docs.build('report', data, { pagedToc: true }), await inThreadBuilder('report', data, { pagedToc: true })];
        expect([there.toc, here.toc]).toEqual(['rendered', 'rendered']);
        expect(readDocx(there.bytes).text).toBe(readDocx(here.bytes).text);
        const pages = tocEntries(readDocx(there.bytes)).map((e) => e.page);
        expect(pages.slice(0, 3)).toEqual(['i', 'ii', '1']);
        // Without the option the build is the plain one: no render, the field left dirty.
        expect((await docs.build('report', data)).toc).toBeUndefined();
      } finally {
        await docs.close();
      }
    } finally {
      t.cleanup();
    }
  });
});
