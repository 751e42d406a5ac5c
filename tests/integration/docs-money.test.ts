/**
 * The money documents (issue 15, item 4) for the Malang visit of
 * tests/integration/money.test.ts, built through the dispatcher (`docs.build`
 * with the new kinds, then `docs.fetch`), parsed back, checked as XML and
 * rendered by LibreOffice (skipped only outside CI when it is missing). The
 * pages are written as PNGs under /tmp/docs-money/ to be looked at.
 */
import { mkdirSync, readdirSync, rmSync } from 'node:fs';
import { basename, join } from 'node:path';
import { SaxesParser } from 'saxes';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Dispatch } from '../../main/dispatcher';
import { workerBuilder } from '../../main/docs/builder';
import { buildDocument } from '../../main/docs/index';
import { createDispatcher } from '../../main/dispatcher';
import { createHandlers } from '../../main/handlers';
import { bundleDocsWorker } from '../helpers/docs-worker';
import { gatherDocData } from '../../main/documents/doc-data';
import type { BuildKind, BuiltDoc, DocBytes, IssuedNumber, MoneyReadinessGap, Readiness } from '../../shared/documents/schemas';
import { MONEY_DOC_KINDS } from '../../shared/documents/money-docs';
import { rupiah as Rp } from '../../shared/money/rupiah';
import { tempStore, testDispatcher, type TempStore } from '../helpers/db';
import { FLIGHTS, malangRates, malangVisit } from '../helpers/money';
import { expectLines, hasLibreOffice, readDocx, renderDocx, renderPages, type DocxParts } from '../helpers/docx';

/** One database for the file: the documents are built once and looked at by every test. */
let db: TempStore | undefined;
let dispatch: Dispatch;

async function call<T>(op: string, input: unknown): Promise<T> {
  const r = await dispatch(op, input);
  if (!r.ok) throw new Error(`${op}: ${r.error.code} ${r.error.field ?? ''} ${r.error.key ?? ''} ${r.error.message}`);
  return r.value as T;
}

const NIP = {
  kadis: '197505122000031002',
  kasi: '198203152006041003',
  staf: '199001202015032004',
  ppk: '197211051998031005',
};
const grouped = (nip: string) => `${nip.slice(0, 8)} ${nip.slice(8, 14)} ${nip.slice(14, 15)} ${nip.slice(15)}`;

/** Buleleng (51.08) → Kota Malang (35.73), 23–24 April 2026: the Wakil Bupati, a Kepala Dinas, an Eselon IV, a staff member; the PPK. */
async function malangTrip() {
  await malangRates(call);
  const { trip, add } = await malangVisit(call);
  const wabup = await add('lead', { name: 'Gede Supriatna', employment: 'elected', jabatan: 'Wakil Bupati Buleleng' });
  const kadis = await add('member', { name: 'Ketut Suwarmawan', employment: 'pns', eselon: 'II', golongan: 'IV/c', nip: NIP.kadis, jabatan: 'Kepala Dinas Komunikasi, Informatika, Persandian dan Statistik' });
  const kasi = await add('member', { name: 'Made Arsana', employment: 'pns', eselon: 'IV', golongan: 'III/d', nip: NIP.kasi, jabatan: 'Kepala Seksi Layanan E-Government' });
  const staf = await add('secretary', { name: 'Luh Sari', employment: 'pns', golongan: 'II/c', nip: NIP.staf, jabatan: 'Pengadministrasi Umum' });
  const ppk = await call<{ id: string }>('people.create', { kind: 'official', name: 'Nyoman Ariadi', employment: 'pns', eselon: 'III', golongan: 'IV/a', nip: NIP.ppk, jabatan: 'Sekretaris Dinas' });
  const money = (memberId: string, patch: Record<string, unknown>) => call('memberMoney.update', { memberId, patch });
  await money(wabup.id, { planned: { tickets: FLIGHTS } });
  await money(kadis.id, { planned: { roomRate: Rp(1_500_000), tickets: FLIGHTS } });
  await money(kasi.id, { planned: { roomRate: Rp(900_000), tickets: FLIGHTS }, real: { roomRate: Rp(900_000), tickets: FLIGHTS.map((f) => ({ ...f, amount: Rp(2_100_000) })) } });
  await money(staf.id, { planned: { stay: 'none', tickets: FLIGHTS } });
  await call('advances.create', { tripId: trip.id, memberId: kadis.id, amount: Rp(5_000_000), paidOn: '2026-04-20' });
  await call('tripMoney.update', {
    tripId: trip.id,
    expectedUpdatedAt: 0,
    patch: { budgetLine: { code: '5.1.02.04.01.0001', name: 'Belanja Perjalanan Dinas Biasa', ceiling: Rp(28_500_000) }, ppkPersonId: ppk.id },
  });
  await call('numbers.issue', { tripId: trip.id, kind: 'spt', issuedOn: '2026-04-20' });
  // The SPPD's number from the Perangkat Daerah's register (each traveller's sheet prints it with their place, …/1 … /4).
  sppdNumber = (await call<IssuedNumber>('numbers.issue', { tripId: trip.id, kind: 'sppd', issuedOn: '2026-04-20' })).number;
  // The Kepala Dinas's receipts: the ticket and the hotel bill.
  const pdf = Buffer.from('%PDF-1.4\n%%EOF\n').toString('base64');
  await call('receipts.add', { tripId: trip.id, memberId: kadis.id, component: 'fare', label: 'tiket GA 345', fileName: 'tiket-ga345.pdf', dataBase64: pdf });
  await call('receipts.add', { tripId: trip.id, memberId: kadis.id, component: 'hotel', label: 'bill Hotel Santika', fileName: 'santika.pdf', dataBase64: Buffer.from('%PDF-1.4\n% bill\n%%EOF\n').toString('base64') });
  return trip.id;
}

let sppdNumber = '';

interface Built {
  doc: BuiltDoc;
  bytes: Buffer;
  parts: DocxParts;
}

let tripId = '';
const built = new Map<BuildKind, Built>();

async function build(kind: BuildKind): Promise<Built> {
  const doc = await call<BuiltDoc>('docs.build', { tripId, kind });
  const file = await call<DocBytes>('docs.fetch', { exportId: doc.exportId });
  const bytes = Buffer.from(file.dataBase64, 'base64');
  return { doc, bytes, parts: readDocx(bytes) };
}

/** Every XML part parses without an error. */
function wellFormed(parts: DocxParts): void {
  for (const path of parts.paths.filter((p) => p.endsWith('.xml') || p.endsWith('.rels'))) {
    const errors: string[] = [];
    const parser = new SaxesParser({ xmlns: true });
    parser.on('error', (e) => errors.push(e.message));
    parser.write(parts.xml(path)).close();
    expect(errors, path).toEqual([]);
  }
}

beforeAll(async () => {
  db = await tempStore();
  dispatch = testDispatcher(db.store, db.path);
  tripId = await malangTrip();
  for (const kind of MONEY_DOC_KINDS) built.set(kind, await build(kind));
});

afterAll(() => db?.close());

const get = (kind: BuildKind): Built => {
  const b = built.get(kind);
  if (!b) throw new Error(`${kind} not built`);
  return b;
};

/** The built document of `kind`: named `fileName`, its XML well formed, each of `lines` in its text. */
function checkedDoc(kind: BuildKind, fileName: string, lines: readonly string[]): Built & { text: string } {
  const b = get(kind);
  expect(b.doc.fileName).toBe(fileName);
  wellFormed(b.parts);
  expectLines(b.parts.text, lines);
  return { ...b, text: b.parts.text };
}

describe('money documents of the Malang visit, through docs.build', () => {
  it('SPPD: lembar I and II for each traveller, items 1–10, the PPK, grouped NIPs, the level and the budget line', () => {
    const { doc, parts, text } = checkedDoc('sppd', '2026-04-23 Surat Perintah Perjalanan Dinas Kota Malang.docx', [
      'SURAT PERINTAH PERJALANAN DINAS',
      '(SPPD)',
      'Pejabat Pembuat Komitmen',
      'Sekretaris Dinas',
      'Nyoman Ariadi',
      `NIP. ${grouped(NIP.ppk)}`,
      'Ketut Suwarmawan',
      `NIP. ${grouped(NIP.kadis)}`,
      `NIP. ${grouped(NIP.kasi)}`,
      'Pembina Utama Muda (IV/c)',
      'Tingkat C — Eselon II',
      'Tingkat E — Eselon IV / Golongan III',
      'Tingkat A — Pejabat Negara',
      'a. 2 (dua) hari',
      'b. 23 April 2026',
      'c. 24 April 2026',
      'b. Kota Malang',
      'b. 5.1.02.04.01.0001 — Belanja Perjalanan Dinas Biasa',
      'Pesawat',
      'Tiba di',
      'Berangkat dari',
      'Telah diperiksa dengan keterangan bahwa perjalanan tersebut atas perintahnya dan semata-mata untuk kepentingan jabatan dalam waktu yang sesingkat-singkatnya.',
      'PERHATIAN',
      'Dikeluarkan di',
      'Pada tanggal 20 April 2026',
    ]);
    expect(doc.kind).toBe('sppd');
    // One lembar I per traveller, each in its own section (own kop), lembar II on the next page.
    expect(text.match(/\(SPPD\)/g)?.length).toBe(4);
    expect(parts.body.match(/<w:sectPr/g)?.length).toBe(4);
    // The register's number, with each traveller's place in the delegation: every sheet its own number.
    expect(sppdNumber).toMatch(/^000\.1\.2\.3\/\d+\/2026$/);
    for (const n of [1, 2, 3, 4]) expect(text, `SPPD ${n}`).toContain(`${sppdNumber}/${n}`);
    expect(text).not.toContain(`${sppdNumber}/5`);
    expect(text).not.toContain('belum diisi');
  });
});

describe('rincian biaya', () => {
  it('per traveller: the cost lines with their formulas, the total, terbilang, the treasurer, the traveller, the PPK and the reckoning with the advance', () => {
    const { text } = checkedDoc('cost_detail', '2026-04-23 Rincian Biaya Perjalanan Dinas Kota Malang.docx', [
      'RINCIAN BIAYA PERJALANAN DINAS',
      'No.\nPerincian Biaya\nJumlah\nKeterangan',
      `Lampiran SPPD Nomor ${sppdNumber}/2 a.n. Ketut Suwarmawan`,
      'Uang Harian',
      'Biaya Tiket Denpasar – Surabaya',
      'Rp1.800.000 × 1 tiket',
      'JUMLAH',
      'Terbilang: ',
      'Bendahara Pengeluaran,',
      'Yang Menerima,',
      `NIP. ${grouped(NIP.kadis)}`,
      'PERHITUNGAN SPPD RAMPUNG',
      'Yang telah dibayar semula',
      'Rp5.000.000',
      'Nyoman Ariadi',
      `NIP. ${grouped(NIP.ppk)}`,
    ]);
    // Each traveller's page closes with the words of its own total.
    expect(text.match(/RINCIAN BIAYA PERJALANAN DINAS/g)?.length).toBe(4);
    expect(text.match(/Terbilang: [A-Z][a-z ]+ rupiah/g)?.length).toBe(4);
    // The Eselon IV's real tickets above the ceiling of Tingkat E are named in the Keterangan.
    expect(text).toContain('melebihi plafon Rp2.000.000');
    // The Kepala Dinas's receipts, on their lines.
    expect(text).toContain('Bukti: tiket GA 345 (lampiran)');
    expect(text).toContain('Bukti: bill Hotel Santika (lampiran)');
    expect(text.match(/Bukti: /g)?.length).toBe(2);
    expect(text).not.toContain('belum diisi');
  });
});

describe('kuitansi and daftar penerimaan uang harian', () => {
  it('kuitansi per traveller: from the treasurer, the amount in words and in the formal style, what for, the receiver, Setuju dibayar by the PPK', () => {
    const { text } = checkedDoc('receipt', '2026-04-23 Kuitansi Kota Malang.docx', [
      'KUITANSI',
      'Kode Rekening',
      '5.1.02.04.01.0001',
      'Sudah terima dari',
      'Bendahara Pengeluaran',
      'Uang sejumlah',
      'Untuk pembayaran',
      'Biaya perjalanan dinas dalam rangka melaksanakan studi komparasi ke Kota Malang',
      'Yang Menerima,',
      'Setuju dibayar,',
      'Lunas dibayar,',
      'Nyoman Ariadi',
      `NIP. ${grouped(NIP.staf)}`,
    ]);
    expect(text.match(/KUITANSI/g)?.length).toBe(4);
    // Amounts in the formal style, words in title case.
    expect(text).toMatch(/Rp \d{1,3}(\.\d{3})*,00/);
    expect(text).toMatch(/(\b[A-Z][a-z]+ )+Rupiah/);
    expect(text).not.toContain('belum diisi');
  });

  it('daftar penerimaan uang harian: one table for the delegation with Gol., Tingkat, days, rate and amount, the total in words', () => {
    const { text } = checkedDoc('allowance_list', '2026-04-23 Daftar Penerimaan Uang Harian Kota Malang.docx', [
      'DAFTAR PENERIMAAN UANG HARIAN',
      'No.\nNama\nGol.\nTingkat\nHari\nTarif\nJumlah\nTanda Tangan',
      'Gede Supriatna',
      'Luh Sari',
      'IV/c',
      'Rp410.000',
      'Rp820.000',
      'JUMLAH',
      'Rp3.280.000',
      'Terbilang: Tiga juta dua ratus delapan puluh ribu rupiah',
      'Setuju dibayar,',
      'Nyoman Ariadi',
    ]);
    expect(text).not.toContain('belum diisi');
  });
});

describe('daftar pengeluaran riil and rencana anggaran', () => {
  it('daftar pengeluaran riil: for each traveller the taxis and the lodging lumpsum paid without a receipt, the statement, the PPK and the traveller', () => {
    const { text } = checkedDoc('real_expenses', '2026-04-23 Daftar Pengeluaran Riil Kota Malang.docx', [
      'DAFTAR PENGELUARAN RIIL',
      'Yang bertanda tangan di bawah ini:',
      `berdasarkan Surat Perintah Perjalanan Dinas (SPPD) tanggal 20 April 2026 Nomor ${sppdNumber}/`,
      'Taksi di Tempat Asal',
      'Rp150.000 × 2 kali',
      'Taksi di Tempat Tujuan',
      // The staff member stayed with no hotel: the lumpsum, and her own total in words.
      'Biaya Penginapan',
      'Rp244.200',
      'Rp944.200',
      'Terbilang: Sembilan ratus empat puluh empat ribu dua ratus rupiah',
      'Kas Daerah',
      'Mengetahui/Menyetujui',
      'Pelaksana SPPD,',
      `NIP. ${grouped(NIP.staf)}`,
      'Nyoman Ariadi',
    ]);
    expect(text.match(/DAFTAR PENGELUARAN RIIL/g)?.length).toBe(4);
    // Each traveller's page names their own SPPD.
    for (const n of [1, 2, 3, 4]) expect(text).toContain(`Nomor ${sppdNumber}/${n},`);
    expect(text).not.toContain('belum diisi');
  });

  it('rencana anggaran: by member and by component, the totals against the DPA line and its ceiling, the PPK', () => {
    const { parts, text } = checkedDoc('budget_plan', '2026-04-23 Rencana Anggaran Biaya Perjalanan Dinas Kota Malang.docx', [
      'RENCANA ANGGARAN BIAYA PERJALANAN DINAS',
      '5.1.02.04.01.0001 — Belanja Perjalanan Dinas Biasa',
      'Pagu Anggaran',
      'Rp28.500.000',
      'A. Rincian per Pelaksana',
      'B. Rekapitulasi per Komponen Biaya',
      'Uang Harian',
      'Biaya Penginapan',
      'Rp10.069.000',
      'Rp6.920.000',
      'Rp5.934.000',
      'Rp5.364.200',
      'Rp7.007.200',
      'Jumlah Rencana Biaya',
      'Rp28.287.200',
      'Sisa Pagu',
      'Rp212.800',
      'Dua puluh delapan juta dua ratus delapan puluh tujuh ribu dua ratus rupiah',
      'Nyoman Ariadi',
    ]);
    expect(parts.body).toContain('w:orient="landscape"');
    expect(text).not.toContain('belum diisi');
  });
});

describe('through the documents worker', () => {
  it('builds every money document in the worker thread as in this one', async () => {
    if (!db) throw new Error('no database');
    const worker = workerBuilder(await bundleDocsWorker(db.dir));
    expect(worker.where).toBe('worker');
    try {
      const viaWorker = createDispatcher(createHandlers({ store: db.store, info: { version: '0', mode: 'test', dbPath: db.path }, docBuilder: worker.build }), { log: () => undefined });
      for (const kind of MONEY_DOC_KINDS) {
        const r = await viaWorker('docs.build', { tripId, kind });
        if (!r.ok) throw new Error(`${kind}: ${r.error.message}`);
        const built = r.value as BuiltDoc;
        const here = get(kind).doc;
        expect([built.kind, built.fileName, built.gaps], kind).toEqual([here.kind, here.fileName, here.gaps]);
        const f = await viaWorker('docs.fetch', { exportId: built.exportId });
        if (!f.ok) throw new Error(f.error.message);
        expect(readDocx(Buffer.from((f.value as DocBytes).dataBase64, 'base64')).text, kind).toBe(get(kind).parts.text);
      }
    } finally {
      await worker.close();
    }
  }, 120_000);
});

describe('readiness of the money documents', () => {
  const missingFor = (gaps: readonly MoneyReadinessGap[], kind: BuildKind) => new Set(gaps.filter((g) => g.severity === 'missing' && (g.kinds as string[]).includes(kind)).map((g) => g.code));

  it('the Malang visit: nothing is missing once the SPPD is numbered; the bill above its ceiling and the trip above its DPA line are warnings', async () => {
    const r = await call<Readiness>('docs.readiness', { tripId });
    const gaps = r.moneyGaps ?? [];
    expect(gaps.filter((g) => g.severity === 'missing').map((g) => [g.code, g.kinds])).toEqual([]);
    expect(gaps.find((g) => g.code === 'aboveBudget')?.params).toEqual({ amount: 'Rp28.887.200', ceiling: 'Rp28.500.000' });
    expect(gaps.filter((g) => g.severity === 'warning').map((g) => g.code)).toEqual(['amountAboveCeiling', 'aboveBudget']);
    expect(gaps.find((g) => g.code === 'amountAboveCeiling')?.params).toEqual({ names: 'Made Arsana', count: 1 });
    // The letters' own list is unchanged by the money.
    expect(r.gaps.every((g) => !(g.kinds as string[]).includes('sppd'))).toBe(true);
  });

  it('a trip without PPK, budget line, level or transport: each document marks exactly what readiness lists for it', async () => {
    if (!db) throw new Error('no database');
    const origin = await call<{ id: string }>('institutions.create', { kind: 'own', name: 'Pemerintah Kabupaten Buleleng', regionCode: '51.08' });
    const trip = await call<{ id: string }>('trips.create', { title: 'Kunjungan Kerja ke Kota Malang', startDate: '2026-05-04', endDate: '2026-05-05', originInstitutionId: origin.id, hostRegionCodes: ['35.73'] });
    // A civil servant with neither eselon nor golongan: no level of the set fits.
    await call('members.addNew', { tripId: trip.id, role: 'member', person: { kind: 'official', name: 'Wayan Darma', employment: 'pns', jabatan: 'Pranata Komputer' } });
    const r = await call<Readiness>('docs.readiness', { tripId: trip.id });
    const gaps = r.moneyGaps ?? [];
    for (const code of ['noPpk', 'noSppdNumber', 'noSppdDate', 'noBudgetLine', 'membersWithoutLevel', 'membersWithoutTransport']) expect(gaps.map((g) => g.code), code).toContain(code);
    expect(gaps.find((g) => g.code === 'membersWithoutLevel')?.params).toEqual({ count: 1, names: 'Wayan Darma' });
    const data = gatherDocData(db.store, trip.id, '2026-04-28');
    for (const kind of MONEY_DOC_KINDS) {
      const built = buildDocument(kind, data);
      expect(new Set(built.gapCodes), kind).toEqual(missingFor(gaps, kind));
    }
  });
});

describe.skipIf(!hasLibreOffice() && process.env.CI !== 'true')('money documents rendered by LibreOffice', () => {
  const out = '/tmp/docs-money';
  it.each(MONEY_DOC_KINDS)('%s renders to PDF (pages written under /tmp/docs-money/)', (kind) => {
    const { bytes } = get(kind);
    const r = renderDocx(bytes, `${kind}.docx`);
    expect(r.pages).toBeGreaterThan(0);
    expect(r.widthMm).toBe(kind === 'budget_plan' ? 330 : 215);
    mkdirSync(out, { recursive: true });
    for (const old of readdirSync(out).filter((f) => f.startsWith(`${kind}-`))) rmSync(join(out, old));
    const pngs = renderPages(r.pdfPath, join(out, kind));
    expect(pngs.length).toBe(r.pages);
    // SPPD: lembar I and II for each of the 4 travellers; one page each for the rincian and the kuitansi; one list.
    const pages: Partial<Record<BuildKind, number>> = { sppd: 8, cost_detail: 4, receipt: 4, allowance_list: 1, real_expenses: 4, budget_plan: 1 };
    expect(r.pages).toBe(pages[kind]);
    expect(r.text).toContain('Nyoman Ariadi');
    expect(pngs.map((p) => basename(p)).every((p) => p.startsWith(kind))).toBe(true);
  }, 180_000);
});
