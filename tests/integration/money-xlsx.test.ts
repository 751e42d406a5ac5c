import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import readXlsxFile from 'read-excel-file/node';
import { beforeEach, describe, expect, it } from 'vitest';
import { startApp } from '../../main/app';
import { workerBuilder } from '../../main/docs/builder';
import { createDispatcher, type Dispatch } from '../../main/dispatcher';
import type { Desktop } from '../../main/documents';
import { createHandlers } from '../../main/handlers';
import type { DocBytes, SaveOutcome } from '../../shared/documents/schemas';
import { tidyRows } from '../../shared/import/mapping';
import { rateSetToRows, type RateSetRowsResult } from '../../shared/money/csv';
import type { TripCostSheet } from '../../shared/money/readiness';
import { rupiah as Rp } from '../../shared/money/rupiah';
import type { RateSetRecord } from '../../shared/money/schemas';
import { COST_COMPONENTS, COST_COMPONENT_LABELS } from '../../shared/money/vocabulary';
import { XLSX_MIME, type XlsxExport } from '../../shared/money/xlsx-ops';
import { dispatchCalls } from '../helpers/calls';
import { tempDir, testDispatcher, useTempStore } from '../helpers/db';
import { bundleDocsWorker } from '../helpers/docs-worker';
import { FLIGHTS, malangVisit } from '../helpers/money';

/*
 * The money's spreadsheets (issue 15 item 7) on a real file: the cost sheet
 * workbook read back with read-excel-file against `costSheet.get`'s own
 * figures (in rupiah), the rate set's .xlsx read back as the renderer reads it
 * and previewed by the import, and the bytes handed out as documents are
 * (docs.fetch, docs.save's dialog, the browser download's MIME type).
 */

const t = useTempStore();
let dispatch: Dispatch;

const { call, refused } = dispatchCalls(() => dispatch);

beforeEach(() => {
  dispatch = testDispatcher(t.store, t.path);
});

/** Buleleng → Kota Malang, 23–24 April 2026, on the sample rates: four officials, one with real costs, one staying with no hotel, an advance and a DPA line. */
async function malangTrip() {
  await call<RateSetRecord>('rateSets.addSample', {});
  const { trip, add } = await malangVisit(call);
  const wabup = await add('lead', { name: 'Gede Supriatna', employment: 'elected', jabatan: 'Wakil Bupati Buleleng' });
  const kadis = await add('member', { name: 'Ketut Suwarmawan', employment: 'pns', eselon: 'II', golongan: 'IV/c', nip: '197505122000031002', jabatan: 'Kepala Dinas Kominfosanti' });
  const kasi = await add('member', { name: 'Made Arsana', employment: 'pns', eselon: 'IV', golongan: 'III/d', nip: '198203152006041003', jabatan: 'Kepala Seksi' });
  const staf = await add('secretary', { name: 'Luh Sari', employment: 'pns', golongan: 'II/c', nip: '199001202015032004', jabatan: 'Pengadministrasi Umum' });
  const money = (memberId: string, patch: Record<string, unknown>) => call('memberMoney.update', { memberId, patch });
  await money(wabup.id, { planned: { tickets: FLIGHTS } });
  await money(kadis.id, { planned: { roomRate: Rp(1_500_000), tickets: FLIGHTS } });
  await money(kasi.id, { planned: { roomRate: Rp(900_000), tickets: FLIGHTS }, real: { roomRate: 80_050_050, tickets: FLIGHTS.map((f) => ({ ...f, amount: Rp(2_100_000) })) } });
  await money(staf.id, { planned: { stay: 'none', tickets: FLIGHTS } });
  await call('advances.create', { tripId: trip.id, memberId: kadis.id, amount: Rp(5_000_000), paidOn: '2026-04-20' });
  await call('advances.create', { tripId: trip.id, memberId: null, amount: Rp(1_000_000), paidOn: '2026-04-20' });
  await call('tripMoney.update', {
    tripId: trip.id,
    expectedUpdatedAt: 0,
    patch: { budgetLine: { code: '5.1.02.04.01.0001', name: 'Belanja Perjalanan Dinas Biasa', ceiling: Rp(28_500_000) } },
  });
  return trip.id;
}

type Cell = string | number | boolean | Date | null;
type Sheets = Map<string, Cell[][]>;

async function exported(op: string, input: unknown): Promise<{ x: XlsxExport; sheets: Sheets; bytes: Buffer }> {
  const x = await call<XlsxExport>(op, input);
  const file = await call<DocBytes>('docs.fetch', { exportId: x.exportId });
  expect(file.mime).toBe(XLSX_MIME);
  expect(file.fileName).toBe(x.fileName);
  const bytes = Buffer.from(file.dataBase64, 'base64');
  expect(bytes.byteLength).toBe(x.size);
  const read = (await readXlsxFile(bytes)) as Array<{ sheet: string; data: Cell[][] }>;
  return { x, bytes, sheets: new Map(read.map((s) => [s.sheet, s.data])) };
}

/** Where the cost sheet workbook is written to be looked at. */
const OUT = '/tmp/money-xlsx';
const rp = (sen: number) => sen / 100;
const sum = (xs: Cell[]) => xs.reduce<number>((s, v) => s + (typeof v === 'number' ? v : 0), 0);

describe('costSheet.exportXlsx', () => {
  it('writes the cost sheet by member, line and component with the figures of costSheet.get, in rupiah', async () => {
    const tripId = await malangTrip();
    const cs = await call<TripCostSheet>('costSheet.get', { tripId });
    const { x, sheets, bytes } = await exported('costSheet.exportXlsx', { tripId });
    // Kept to be looked at (LibreOffice, Excel).
    mkdirSync(OUT, { recursive: true });
    writeFileSync(join(OUT, 'Biaya.xlsx'), bytes);
    expect(x.mime).toBe(XLSX_MIME);
    expect(x.fileName).toMatch(/^Biaya - Studi Komparasi ke Kota Malang - \d{4}-\d{2}-\d{2}\.xlsx$/);
    expect([...sheets.keys()]).toEqual(['Rekap', 'Rincian', 'Per komponen', 'Daftar Penerimaan Uang Harian', 'Daftar Pengeluaran Riil']);

    // Rekap: a row per member, then the delegation's own advance, then the totals.
    const [header = [], ...body] = sheets.get('Rekap') ?? [];
    const col = (name: string) => {
      const i = header.indexOf(name);
      expect(i, name).toBeGreaterThanOrEqual(0);
      return i;
    };
    const [planned, real, advance, balance] = ['Jumlah Rencana', 'Jumlah Riil', 'Uang Muka', 'Sisa Bayar (+) / Kembali (−)'].map(col) as [number, number, number, number];
    const members = body.slice(0, cs.sheet.members.length);
    expect(members.map((r) => r[1])).toEqual(cs.sheet.members.map((m) => m.name));
    for (const [i, m] of cs.sheet.members.entries()) {
      const r = members[i] ?? [];
      expect(r[0]).toBe(i + 1);
      expect(r[planned]).toBe(rp(m.planned.total));
      expect(r[real]).toBe(rp((m.real ?? m.planned).total));
      expect(r[advance]).toBe(rp(m.advance));
      expect(r[balance]).toBe(rp(m.balance));
      for (const c of COST_COMPONENTS) expect(r[col(`${COST_COMPONENT_LABELS[c]} (Rencana)`)]).toBe(rp(m.planned.byComponent[c]));
    }
    expect(members[1]?.[col('NIP')]).toBe('197505122000031002');
    expect(members[1]?.[col('Golongan')]).toBe('IV/c');
    expect(members[1]?.[col('Tingkat')]).toBe('C');
    expect(members[0]?.[col('Berangkat')]).toEqual(new Date(Date.UTC(2026, 3, 23)));
    expect(members[0]?.[col('Kembali')]).toEqual(new Date(Date.UTC(2026, 3, 24)));
    const own = body[cs.sheet.members.length] ?? [];
    expect(own[1]).toBe('Uang muka rombongan');
    const totals = body.at(-1) ?? [];
    expect(totals[1]).toBe('JUMLAH');
    expect(totals[planned]).toBe(rp(cs.sheet.total.planned));
    expect(totals[real]).toBe(rp(cs.sheet.total.real));
    expect(totals[advance]).toBe(rp(cs.sheet.advances));
    expect(totals[balance]).toBe(rp(cs.sheet.balance));
    // The columns add up to their totals (the treasurer's own check).
    for (const c of [planned, real, advance, balance]) expect(sum(body.slice(0, -1).map((r) => r[c] ?? null))).toBeCloseTo(totals[c] as number, 2);
    // A real hotel bill with sen keeps its sen: Rp800.500,50 a night.
    expect(cs.sheet.members[2]?.real?.byComponent.hotel).toBe(80_050_050);
    expect(members[2]?.[real]).toBe(rp(cs.sheet.members[2]?.real?.total ?? 0));
    expect((members[2]?.[real] as number) % 1).toBeCloseTo(0.5, 5);

    // Rincian: a row per line; the planned lines add up to the planned total, and a line names its table row.
    const [rh = [], ...lines] = sheets.get('Rincian') ?? [];
    const amount = rh.indexOf('Jumlah');
    const plannedLines = lines.filter((r) => r[rh.indexOf('Perhitungan')] === 'Rencana');
    expect(sum(plannedLines.map((r) => r[amount] ?? null))).toBeCloseTo(rp(cs.sheet.total.planned), 2);
    expect(plannedLines.length).toBeGreaterThanOrEqual(cs.sheet.members.reduce((n, m) => n + m.planned.lines.length, 0));
    const daily = lines.find((r) => r[1] === 'Luh Sari' && r[rh.indexOf('Komponen')] === 'Uang Harian');
    expect(daily?.[rh.indexOf('Rumus')]).toBe('Rp410.000 × 2 hari');
    expect(daily?.[rh.indexOf('Standar Biaya')]).toBe('Contoh — bukan tarif resmi');
    expect(daily?.[rh.indexOf('Wilayah')]).toBe('Jawa Timur');
    expect(daily?.[rh.indexOf('Tarif')]).toBe(410_000);
    // The sample has no taxi rates: the warning is written where the line would be.
    expect(lines.some((r) => String(r[rh.indexOf('Peringatan')] ?? '').startsWith('Tarif Taksi di Tempat Asal tidak ada'))).toBe(true);

    // Per komponen: planned and real by component, the totals, the DPA line.
    const pk = sheets.get('Per komponen') ?? [];
    for (const c of COST_COMPONENTS) {
      const r = pk.find((row) => row[0] === COST_COMPONENT_LABELS[c]);
      expect(r?.slice(1, 3), c).toEqual([rp(cs.sheet.byComponent[c].planned), rp(cs.sheet.byComponent[c].real)]);
    }
    expect(pk.find((r) => r[0] === 'JUMLAH')?.slice(1, 3)).toEqual([rp(cs.sheet.total.planned), rp(cs.sheet.total.real)]);
    const dpa = pk[pk.findIndex((r) => r[0] === 'Kode Rekening (DPA)') + 1] ?? [];
    expect(dpa).toEqual(['5.1.02.04.01.0001', 28_500_000, rp(cs.sheet.total.real), rp(cs.sheet.budget?.remaining ?? 0), 'Belanja Perjalanan Dinas Biasa']);

    // Daftar Penerimaan Uang Harian: each paid traveller's uang harian (real once in) and their total.
    const dl = sheets.get('Daftar Penerimaan Uang Harian') ?? [];
    const allowances = cs.sheet.members.map((m) => (m.real ?? m.planned).byComponent.daily_allowance);
    expect(dl.slice(1, -1).map((r) => [r[1], r[5], r[7]])).toEqual(cs.sheet.members.map((m, i) => [m.name, 2, rp(allowances[i] ?? 0)]));
    expect(dl.at(-1)?.[7]).toBe(rp(allowances.reduce((a, b) => a + b, 0)));

    // Daftar Pengeluaran Riil: what is paid without a receipt — here Luh Sari's lodging lumpsum.
    const re = sheets.get('Daftar Pengeluaran Riil') ?? [];
    const lumpsum = cs.sheet.members[3]?.planned.lines.find((l) => l.rule === 'hotel_lumpsum');
    expect(lumpsum).toBeDefined();
    expect(re.slice(1, -1).map((r) => [r[1], r[4], r[6]])).toEqual([['Luh Sari', 'Biaya Penginapan', rp(lumpsum?.amount ?? 0)]]);
    expect(re.at(-1)?.[6]).toBe(rp(lumpsum?.amount ?? 0));
  });

  it('refuses a trip that is not there, naming the field', async () => {
    expect(await refused('costSheet.exportXlsx', { tripId: '0190f5a2-0000-7000-8000-000000000000' })).toMatchObject({ code: 'NOT_FOUND', field: 'tripId' });
    expect(await refused('costSheet.exportXlsx', { tripId: 'nope' })).toMatchObject({ code: 'VALIDATION', field: 'tripId' });
    expect(await refused('costSheet.exportXlsx', {})).toMatchObject({ code: 'VALIDATION', field: 'tripId' });
    expect(await refused('rateSets.exportXlsx', { id: '0190f5a2-0000-7000-8000-000000000000' })).toMatchObject({ code: 'NOT_FOUND', field: 'id' });
  });

  it('is saved through the desktop save dialog as .xlsx, never as .docx', async () => {
    const tripId = await malangTrip();
    const asked: string[] = [];
    const target = join(t.dir, 'Biaya Malang');
    const desktop: Desktop = {
      chooseSaveFile: (name) => (asked.push(name), Promise.resolve(target)),
      chooseFolder: () => Promise.resolve(null),
      showItemInFolder: () => undefined,
    };
    const d = createDispatcher(createHandlers({ store: t.store, info: { version: '0', mode: 'test', dbPath: t.path }, desktop }), { log: () => undefined });
    const x = await call<XlsxExport>('costSheet.exportXlsx', { tripId }, d);
    const saved = await call<SaveOutcome>('docs.save', { exportIds: [x.exportId] }, d);
    expect(asked).toEqual([x.fileName]);
    expect(saved).toEqual({ saved: true, paths: [`${target}.xlsx`], folder: t.dir });
    expect(existsSync(`${target}.xlsx`)).toBe(true);
    const back = (await readXlsxFile(readFileSync(`${target}.xlsx`))) as Array<{ sheet: string }>;
    expect(back[0]?.sheet).toBe('Rekap');
  });
});

describe('rateSets.exportXlsx', () => {
  const trimEnd = (r: string[]) => {
    let end = r.length;
    while (end > 0 && r[end - 1] === '') end--;
    return r.slice(0, end);
  };

  it('reads back, as the renderer reads an .xlsx, to the rows of the CSV layout and the same set', async () => {
    const sample = await call<RateSetRecord>('rateSets.addSample', {});
    const { x, sheets } = await exported('rateSets.exportXlsx', { id: sample.id });
    expect(x.fileName).toBe('Standar Biaya 2026 Contoh - bukan tarif resmi.xlsx');
    const data = [...sheets.values()][0] ?? [];
    // Amounts are numbers and the validity dates dates; they read back as the same text.
    expect(data.find((r) => r[0] === 'Berlaku Dari')?.[1]).toEqual(new Date(Date.UTC(2026, 0, 1)));
    expect(data.find((r) => r[0] === 'Uang Harian' && r[2] === '35')?.[4]).toBe(410_000);
    const rows = tidyRows(data);
    expect(rows.filter((r) => r.length > 0)).toEqual(rateSetToRows(sample).map(trimEnd).filter((r) => r.length > 0));
    const preview = await call<RateSetRowsResult>('rateSets.importPreview', { rows });
    expect(preview.rows.filter((r) => r.status === 'invalid')).toEqual([]);
    expect(preview.problems).toEqual([]);
    const strip = ({ id: _id, createdAt: _c, updatedAt: _u, ...rest }: RateSetRecord) => rest;
    expect(preview.set).toEqual(strip(sample));
  });
});

describe('the browser download', () => {
  it('hands the workbook out once with the xlsx MIME type', async () => {
    const dir = tempDir();
    const app = await startApp({ dbPath: join(dir.dir, 'r.sqlite'), mode: 'test', log: () => undefined });
    try {
      const sample = await call<RateSetRecord>('rateSets.addSample', {}, app.dispatch);
      const x = await call<XlsxExport>('rateSets.exportXlsx', { id: sample.id }, app.dispatch);
      const doc = app.takeDoc(x.exportId);
      expect(doc.mime).toBe(XLSX_MIME);
      expect(doc.fileName).toBe(x.fileName);
      expect(((await readXlsxFile(doc.bytes)) as Array<{ sheet: string }>).map((s) => s.sheet)).toEqual(['Standar Biaya']);
      expect(() => app.takeDoc(x.exportId)).toThrow(/expired or was never built/);
    } finally {
      app.close();
      dir.cleanup();
    }
  });
});

describe('written by the document worker', () => {
  /** A workbook's parts as text, but for its timestamps (docProps/core.xml). */
  const parts = (bytes: Buffer) =>
    Object.fromEntries(
      Object.entries(unzipSync(bytes))
        .filter(([name]) => name !== 'docProps/core.xml')
        .map(([name, data]) => [name, strFromU8(data)]),
    );

  it('is the workbook written in this thread, part for part: the sheets reach the worker as plain data', async () => {
    const tripId = await malangTrip();
    const here = await exported('costSheet.exportXlsx', { tripId });
    const rates = await exported('rateSets.exportXlsx', { id: (await call<RateSetRecord[]>('rateSets.list', {}))[0]?.id });
    const dir = tempDir();
    const worker = workerBuilder(await bundleDocsWorker(dir.dir));
    expect(worker.where).toBe('worker');
    try {
      dispatch = createDispatcher(createHandlers({ store: t.store, info: { version: '0', mode: 'test', dbPath: t.path }, workbookWriter: worker.workbook }), { log: () => undefined });
      const there = await exported('costSheet.exportXlsx', { tripId });
      expect(worker.running()).toBe(true);
      expect(there.x.fileName).toBe(here.x.fileName);
      expect(parts(there.bytes)).toEqual(parts(here.bytes));
      // The NIP stays text, the amounts numbers with the rupiah format, the dates dates.
      expect(parts(there.bytes)['xl/styles.xml']).toContain('formatCode="#,##0"');
      expect(there.sheets.get('Rekap')?.[2]?.[2]).toBe('197505122000031002');
      const ratesThere = await exported('rateSets.exportXlsx', { id: (await call<RateSetRecord[]>('rateSets.list', {}))[0]?.id });
      expect(parts(ratesThere.bytes)).toEqual(parts(rates.bytes));
      // A refusal still names its field, from main, before anything is sent to the worker.
      expect(await refused('costSheet.exportXlsx', { tripId: '0190f5a2-0000-7000-8000-000000000000' })).toMatchObject({ code: 'NOT_FOUND', field: 'tripId' });
    } finally {
      await worker.close();
      dir.cleanup();
    }
  }, 120_000);
});
