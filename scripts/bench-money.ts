/**
 * The money's figures for `npm run bench` (issue 15, "Tests and figures"):
 * on a real database file, a trip of 500 travellers on the sample rates —
 * (a) its cost sheet (`costSheet.get` through the dispatcher) against the
 * bare SQL read of the same members and their money with a plain loop
 * summing their tickets, and the treasurer's workbook of it
 * (`costSheet.exportXlsx`); (b) the SPPD set of the 500 as one document
 * (gathered and built as `docs.build` does it in the worker: gatherDocData,
 * then the 'sppd' builder) against the report of the same trip, time in this
 * process and peak memory in a fresh one each (the kernel's high-water mark).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { contract } from '../shared/contract';
import type { TripCostSheet } from '../shared/money/readiness';
import { rupiah as Rp } from '../shared/money/rupiah';
import type { XlsxExport } from '../shared/money/xlsx-ops';
import { openDatabase } from '../main/db/open';
import { createStore, type Store } from '../main/db/store';
import { createDispatcher, type Dispatch } from '../main/dispatcher';
import { createHandlers } from '../main/handlers';
import { addNewMember, updateMember } from '../main/delegation';
import { addSampleRateSet, updateMemberMoney, updateTripMoney } from '../main/money';
import { createInstitution } from '../main/directory';
import { createTrip } from '../main/trips/service';
import { createPerson } from '../main/directory';
import { gatherDocData } from '../main/documents/doc-data';
import { issueNumber } from '../main/documents';
import { buildDocx } from '../main/docs/index';

export type Row = [name: string, ours: number | null, raw: number | null, note: string];

const N = 500;
const TODAY = '2026-04-20';

const ms = (t0: bigint) => Number(process.hrtime.bigint() - t0) / 1e6;
const sorted = (xs: number[]) => [...xs].sort((a, b) => a - b);
export function stats(xs: number[]): { median: number; min: number; max: number } {
  const s = sorted(xs);
  const m = s.length >> 1;
  return { median: s.length % 2 ? (s[m] as number) : ((s[m - 1] as number) + (s[m] as number)) / 2, min: s[0] ?? 0, max: s[s.length - 1] ?? 0 };
}
const range = (xs: number[]) => {
  const s = stats(xs);
  return `[${s.min.toFixed(s.min < 10 ? 2 : 1)}–${s.max.toFixed(s.max < 10 ? 2 : 1)}]`;
};

const GOLONGAN = ['IV/c', 'IV/a', 'III/d', 'III/c', 'III/b', 'III/a', 'II/d', 'II/c'];
const ESELON = ['II', 'III', 'IV', '', '', '', '', ''];

/** Buleleng → Kota Malang, 23–26 April 2026: 500 travellers (25 of them non-ASN), each with two flights, some staying with no hotel, a PPK, a DPA line, an issued SPT and SPPD number. */
export function seedTrip(store: Store, n = N): string {
  const parse = <K extends keyof typeof contract>(op: K, input: unknown) => contract[op].input.parse(input) as never;
  return store.db.transaction(() => {
    addSampleRateSet(store);
    const origin = createInstitution(store, parse('institutions.create', { kind: 'own', name: 'Pemerintah Kabupaten Buleleng', regionCode: '51.08' }));
    const trip = createTrip(store, parse('trips.create', { title: 'Bimbingan Teknis SPBE ke Kota Malang', startDate: '2026-04-23', endDate: '2026-04-26', originInstitutionId: (origin as { id: string }).id, hostRegionCodes: ['35.73'] }));
    const flights = [
      { mode: 'air', label: 'Denpasar – Surabaya', amount: Rp(1_650_000) },
      { mode: 'air', label: 'Surabaya – Denpasar', amount: Rp(1_720_000), date: '2026-04-26' },
    ];
    for (let i = 0; i < n; i++) {
      const nonAsn = i >= n - Math.round((n * 25) / N);
      const nip = `19${70 + (i % 25)}${String(1 + (i % 12)).padStart(2, '0')}${String(1 + (i % 28)).padStart(2, '0')}20${String(10 + (i % 15)).padStart(2, '0')}0${1 + (i % 9)}${1 + (i % 2)}${String(1 + (i % 999)).padStart(3, '0')}`;
      const person = nonAsn
        ? { kind: 'official', name: `Tenaga Ahli ${i + 1}`, employment: 'non_asn', jabatan: 'Tenaga Ahli SPBE' }
        : { kind: 'official', name: `Peserta Bimtek ${i + 1}`, employment: 'pns', nip, golongan: GOLONGAN[i % 8], eselon: ESELON[i % 8], jabatan: 'Pranata Komputer Ahli Muda', unit: 'Dinas Kominfosanti' };
      const m = addNewMember(store, parse('members.addNew', { tripId: trip.id, role: i === 0 ? 'lead' : 'member', person }));
      updateMember(store, parse('members.update', { id: m.id, expectedUpdatedAt: m.updatedAt, patch: { transportMode: 'plane' } }));
      const planned = { tickets: flights, ...(i % 5 === 0 ? { stay: 'none' } : { roomRate: Rp(700_000 + (i % 7) * 50_000) }), localTransport: i % 3 === 0 };
      updateMemberMoney(store, parse('memberMoney.update', { memberId: m.id, patch: { planned, ...(i % 4 === 0 && { real: { ...planned, tickets: flights.map((f) => ({ ...f, amount: f.amount + Rp(100_000) })) } }) } }));
    }
    const ppk = createPerson(store, parse('people.create', { kind: 'official', name: 'Nyoman Ariadi', employment: 'pns', eselon: 'III', golongan: 'IV/a', nip: '197211051998031005', jabatan: 'Sekretaris Dinas' }));
    updateTripMoney(
      store,
      parse('tripMoney.update', { tripId: trip.id, expectedUpdatedAt: 0, patch: { budgetLine: { code: '5.1.02.04.01.0001', name: 'Belanja Perjalanan Dinas Biasa', ceiling: Rp(4_500_000_000) }, ppkPersonId: (ppk as { id: string }).id } }),
    );
    issueNumber(store, parse('numbers.issue', { tripId: trip.id, kind: 'spt', issuedOn: TODAY }), TODAY);
    issueNumber(store, parse('numbers.issue', { tripId: trip.id, kind: 'sppd', issuedOn: TODAY }), TODAY);
    return trip.id;
  })();
}

async function call<T>(dispatch: Dispatch, op: string, input: unknown): Promise<T> {
  const r = await dispatch(op, input);
  if (!r.ok) throw new Error(`${op}: ${r.error.message}`);
  return r.value as T;
}

/** One document of the trip, gathered and built as `docs.build` does; in a child process its time and peak memory. */
function buildOnce(store: Store, tripId: string, kind: 'sppd' | 'report'): { bytes: number; gaps: number } {
  const data = gatherDocData(store, tripId, TODAY);
  const built = buildDocx(kind, data);
  return { bytes: built.bytes.length, gaps: built.gaps };
}

/** BENCH_MONEY_CHILD=sppd|report, BENCH_MONEY_DB, BENCH_MONEY_TRIP: one build in a fresh process, its time and RSS. */
export async function moneyChild(kind: string): Promise<void> {
  const { db } = await openDatabase(process.env.BENCH_MONEY_DB ?? '');
  const store = createStore(db);
  const rss0 = process.memoryUsage().rss;
  const t0 = process.hrtime.bigint();
  const r = buildOnce(store, process.env.BENCH_MONEY_TRIP ?? '', kind === 'report' ? 'report' : 'sppd');
  const t = ms(t0);
  const peak = process.resourceUsage().maxRSS * 1024;
  db.close();
  console.log(JSON.stringify({ ms: t, peakMb: peak / 1_048_576, addedMb: Math.max(0, peak - rss0) / 1_048_576, mb: r.bytes / 1_048_576 }));
}

function childRun(kind: 'sppd' | 'report', dbPath: string, tripId: string): { ms: number; peakMb: number; addedMb: number; mb: number } {
  const r = spawnSync(process.execPath, [process.argv[1] ?? ''], {
    env: { ...process.env, BENCH_MONEY_CHILD: kind, BENCH_MONEY_DB: dbPath, BENCH_MONEY_TRIP: tripId },
    encoding: 'utf8',
    maxBuffer: 1 << 20,
  });
  if (r.status !== 0) throw new Error(`money bench child (${kind}) failed: ${r.stderr}`);
  return JSON.parse(r.stdout.trim().split('\n').at(-1) ?? '{}') as { ms: number; peakMb: number; addedMb: number; mb: number };
}

export async function moneyBenchmarks(rows: Row[], runs: number): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'rombongan-bench-money-'));
  try {
    const dbPath = join(dir, 'money.sqlite');
    const { db } = await openDatabase(dbPath);
    const store = createStore(db);
    let t0 = process.hrtime.bigint();
    const tripId = seedTrip(store);
    console.log(`seeded a trip of ${N} travellers in ${(ms(t0) / 1000).toFixed(1)} s`);
    const dispatch = createDispatcher(createHandlers({ store, info: { version: 'bench', mode: 'test', dbPath } }), { log: () => undefined });

    // ——— (a) The cost sheet of 500 travellers ———
    const first = await call<TripCostSheet>(dispatch, 'costSheet.get', { tripId });
    if (first.sheet.members.length !== N || first.sheet.total.planned <= 0) throw new Error(`money bench: ${first.sheet.members.length} members, total ${first.sheet.total.planned}`);
    const raw = db.prepare(
      `SELECT m.id, p.name, p.golongan, p.eselon, p.employment, mm.planned_expenses AS planned, mm.real_expenses AS real FROM trip_members m
         JOIN people p ON p.id = m.person_id LEFT JOIN trip_member_money mm ON mm.id = m.id AND mm.deleted_at IS NULL
       WHERE m.trip_id = ? AND m.deleted_at IS NULL ORDER BY m.position`,
    );
    const sheetTimes: number[] = [];
    const rawTimes: number[] = [];
    let rawTotal = 0;
    for (let i = 0; i < Math.max(15, runs * 3); i++) {
      t0 = process.hrtime.bigint();
      await call(dispatch, 'costSheet.get', { tripId });
      if (i > 1) sheetTimes.push(ms(t0));
      t0 = process.hrtime.bigint();
      rawTotal = 0;
      for (const r of raw.all(tripId) as Array<{ planned: string | null; real: string | null }>) {
        const planned = JSON.parse(r.planned ?? '{}') as { tickets?: Array<{ amount: number }> };
        if (r.real) JSON.parse(r.real);
        for (const tk of planned.tickets ?? []) rawTotal += tk.amount;
      }
      if (i > 1) rawTimes.push(ms(t0));
    }
    if (rawTotal <= 0) throw new Error('money bench: the raw read summed nothing');
    const sheet = stats(sheetTimes);
    rows.push([
      `cost sheet of a ${N}-traveller trip (costSheet.get) ${range(sheetTimes)}; aim ≤ 50 ms: ${sheet.median <= 50 ? 'met' : 'NOT met'}`,
      sheet.median,
      stats(rawTimes).median,
      `raw: members ⋈ people ⋈ member money by SQL, JSON read, a loop summing tickets ${range(rawTimes)}`,
    ]);
    const xlsxTimes: number[] = [];
    let xlsxKb = 0;
    for (let i = 0; i < Math.max(5, runs); i++) {
      t0 = process.hrtime.bigint();
      const x = await call<XlsxExport>(dispatch, 'costSheet.exportXlsx', { tripId });
      xlsxTimes.push(ms(t0));
      xlsxKb = x.size / 1024;
    }
    rows.push([`  the same as the treasurer's workbook (costSheet.exportXlsx, 5 sheets) ${range(xlsxTimes)}`, stats(xlsxTimes).median, sheet.median, `raw: costSheet.get alone; ${xlsxKb.toFixed(0)} KB file`]);

    // ——— (b) The SPPD set of 500 travellers as one document ———
    const sppdTimes: number[] = [];
    const reportTimes: number[] = [];
    let sppd = { bytes: 0, gaps: 0 };
    for (let i = 0; i < Math.max(3, runs); i++) {
      t0 = process.hrtime.bigint();
      sppd = buildOnce(store, tripId, 'sppd');
      sppdTimes.push(ms(t0));
      t0 = process.hrtime.bigint();
      buildOnce(store, tripId, 'report');
      reportTimes.push(ms(t0));
    }
    db.close();
    const cold = [childRun('sppd', dbPath, tripId), childRun('sppd', dbPath, tripId)];
    const coldReport = [childRun('report', dbPath, tripId), childRun('report', dbPath, tripId)];
    const peak = Math.max(...cold.map((c) => c.peakMb));
    const added = Math.max(...cold.map((c) => c.addedMb));
    const s = stats(sppdTimes);
    const met = s.median <= 2000 && peak <= 300;
    rows.push([
      `SPPD set, ${N} travellers as one .docx (gather + build) ${range(sppdTimes)}, peak ${peak.toFixed(0)} MB RSS (+${added.toFixed(0)} MB); aim ≤ 2 s, ≤ 300 MB: ${met ? 'met' : 'NOT met'}`,
      s.median,
      stats(reportTimes).median,
      `raw: the report of the same trip ${range(reportTimes)}, peak ${Math.max(...coldReport.map((c) => c.peakMb)).toFixed(0)} MB; cold in a fresh process: SPPD ${cold.map((c) => c.ms.toFixed(0)).join('/')} ms, report ${coldReport.map((c) => c.ms.toFixed(0)).join('/')} ms; ${(sppd.bytes / 1_048_576).toFixed(1)} MB file, ${sppd.gaps} gaps`,
    ]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
