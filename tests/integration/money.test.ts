import { beforeEach, describe, expect, it } from 'vitest';
import type { Dispatch } from '../../main/dispatcher';
import { parseCsv } from '../../renderer/src/import/readFile';
import { rateSetToRows } from '../../shared/money/csv';
import type { RateSetCsv, RateSetRowsResult } from '../../shared/money/csv';
import type { MoneyProblem, TripCostSheet } from '../../shared/money/readiness';
import { rupiah as Rp } from '../../shared/money/rupiah';
import { SAMPLE_RATE_SET, SAMPLE_RATE_SET_ID } from '../../shared/money/sample-rates';
import type { AdvanceRecord, MemberMoney, RateSetRecord, TripMoney } from '../../shared/money/schemas';
import { dispatchCalls } from '../helpers/calls';
import { testDispatcher, useTempStore } from '../helpers/db';
import { FLIGHTS, malangRates as malangRatesOf, malangVisit, typedRateSet } from '../helpers/money';

/*
 * The money area through the dispatcher on a real file (issue 15): rate sets
 * (CRUD, the sample on demand, CSV import with reasons per row and export
 * that imports back), the trip's and its members' money, advances, and the
 * cost sheet of the Malang visit, whose figures are those computed by hand in
 * tests/unit/money-costs.test.ts.
 */

const t = useTempStore();
const { store } = t;
let dispatch: Dispatch;

const { call, refused } = dispatchCalls(() => dispatch);
const count = (sql: string, ...args: unknown[]) => store.db.prepare(sql).pluck().get(...args) as number;

beforeEach(() => {
  dispatch = testDispatcher(store, t.path);
});

const typed = typedRateSet;
const malangRates = () => malangRatesOf(call);

interface Member {
  id: string;
  personId: string;
}

/** Buleleng (51.08) → Kota Malang (35.73), 23–24 April 2026, with the Wakil Bupati, a Kepala Dinas, an Eselon IV and a staff member. */
async function malangTrip(dates = { startDate: '2026-04-23', endDate: '2026-04-24' }) {
  const { origin, trip, add } = await malangVisit<Member>(call, dates);
  const wabup = await add('lead', { name: 'Gede Supriatna', employment: 'elected', jabatan: 'Wakil Bupati Buleleng' });
  const kadis = await add('member', { name: 'Ketut Suwarmawan', employment: 'pns', eselon: 'II', golongan: 'IV/c', jabatan: 'Kepala Dinas Komunikasi, Informatika, Persandian dan Statistik' });
  const kasi = await add('member', { name: 'Made Arsana', employment: 'pns', eselon: 'IV', golongan: 'III/d', jabatan: 'Kepala Seksi Layanan E-Government' });
  const staf = await add('secretary', { name: 'Luh Sari', employment: 'pns', golongan: 'II/c', jabatan: 'Pengadministrasi Umum' });
  const ppk = await call<{ id: string }>('people.create', { kind: 'official', name: 'Nyoman Ariadi', employment: 'pns', eselon: 'III', golongan: 'IV/a', jabatan: 'Sekretaris Dinas' });
  return { tripId: trip.id, origin, members: { wabup, kadis, kasi, staf }, ppk };
}

async function planMoney(x: Awaited<ReturnType<typeof malangTrip>>) {
  const money = (memberId: string, patch: Record<string, unknown>) => call<MemberMoney>('memberMoney.update', { memberId, patch });
  const { wabup, kadis, kasi, staf } = x.members;
  await money(wabup.id, { planned: { tickets: FLIGHTS } });
  await money(kadis.id, { planned: { roomRate: Rp(1_500_000), tickets: FLIGHTS } });
  // Really paid: both flights at 2.100.000 (above the 2.000.000 ceiling of Tingkat E).
  await money(kasi.id, { planned: { roomRate: Rp(900_000), tickets: FLIGHTS }, real: { roomRate: Rp(900_000), tickets: FLIGHTS.map((f) => ({ ...f, amount: Rp(2_100_000) })) } });
  // The staff member stays with no hotel.
  await money(staf.id, { planned: { stay: 'none', tickets: FLIGHTS } });
  await call('advances.create', { tripId: x.tripId, memberId: kadis.id, amount: Rp(5_000_000), paidOn: '2026-04-20' });
  await call('advances.create', { tripId: x.tripId, memberId: staf.id, amount: Rp(6_000_000), paidOn: '2026-04-20', note: 'Tunai' });
  await call('tripMoney.update', {
    tripId: x.tripId,
    expectedUpdatedAt: 0,
    patch: { budgetLine: { code: '5.1.02.04.01.0001', name: 'Belanja Perjalanan Dinas Biasa', ceiling: Rp(28_500_000) }, ppkPersonId: x.ppk.id },
  });
}

const codes = (problems: readonly MoneyProblem[]) => problems.map((p) => (p.memberId === null ? p.code : `${p.code}@${p.memberId}`));

describe('rate sets', () => {
  it('are created, read, updated with their version, removed and restored', async () => {
    expect(await call('rateSets.list', {})).toEqual([]);
    const set = await call<RateSetRecord>('rateSets.create', typed());
    expect(set).toMatchObject({ name: 'Perbup Buleleng 62/2024 — Standar Biaya 2026', sample: false, validFrom: '2026-01-01', validTo: '2026-12-31', levels: SAMPLE_RATE_SET.levels, destinations: SAMPLE_RATE_SET.destinations });
    expect(await call('rateSets.get', { id: set.id })).toEqual(set);
    const renamed = await call<RateSetRecord>('rateSets.update', { id: set.id, expectedUpdatedAt: set.updatedAt, patch: { legalBasis: ['Perbup Buleleng 62/2024', 'PMK 32/2025 (SBM 2026)'] } });
    expect(renamed.legalBasis).toEqual(['Perbup Buleleng 62/2024', 'PMK 32/2025 (SBM 2026)']);
    expect(renamed.updatedAt).toBeGreaterThan(set.updatedAt);
    // A form opened on the first version is refused; without a version it overwrites.
    expect(await refused('rateSets.update', { id: set.id, expectedUpdatedAt: set.updatedAt, patch: { name: 'Lama' } })).toMatchObject({ code: 'CONFLICT', key: 'errors.stale' });
    await call('rateSets.update', { id: set.id, patch: { notes: 'Diperbarui' } });

    await call('rateSets.remove', { id: set.id });
    expect(await call('rateSets.list', {})).toEqual([]);
    expect(await refused('rateSets.get', { id: set.id })).toMatchObject({ code: 'NOT_FOUND', key: 'money.errors.rateSetNotFound' });
    expect(await call<RateSetRecord>('rateSets.restore', { id: set.id })).toMatchObject({ id: set.id, notes: 'Diperbarui' });
    expect((await call<RateSetRecord[]>('rateSets.list', {})).map((s) => s.id)).toEqual([set.id]);
  });

  it('refuse a wrong set naming the field', async () => {
    const levels = SAMPLE_RATE_SET.levels;
    expect(await refused('rateSets.create', typed({ levels: [...levels, { ...levels[0]!, label: 'Lagi' }] }))).toMatchObject({ code: 'VALIDATION', field: 'levels.6.code', key: 'validation.money.duplicateLevel' });
    expect(await refused('rateSets.create', typed({ validTo: '2025-12-31' }))).toMatchObject({ field: 'validTo', key: 'validation.endBeforeStart' });
    expect(await refused('rateSets.create', { ...typed(), legalBasis: [] })).toMatchObject({ field: 'legalBasis', key: 'validation.required' });
    const negative = typed({ destinations: [{ ...SAMPLE_RATE_SET.destinations[0]!, taxi: -1 }] });
    expect(await refused('rateSets.create', negative)).toMatchObject({ field: 'destinations.0.taxi', key: 'validation.money.negative' });
    // An update is checked as the whole set: dropping level F leaves the hotel tables naming it.
    const set = await call<RateSetRecord>('rateSets.create', typed());
    expect(await refused('rateSets.update', { id: set.id, patch: { levels: levels.slice(0, 5) } })).toMatchObject({
      code: 'VALIDATION',
      field: 'patch.destinations.0.hotel.F',
      key: 'validation.money.unknownLevel',
    });
    expect(await refused('rateSets.update', { id: set.id, patch: {} })).toMatchObject({ field: 'patch', key: 'validation.emptyPatch' });
    expect(count('SELECT count(*) FROM rate_sets')).toBe(1);
  });

  it('the sample comes only when asked for ("Tambah contoh"), marked as a sample, once', async () => {
    expect(count('SELECT count(*) FROM rate_sets')).toBe(0);
    const sample = await call<RateSetRecord>('rateSets.addSample', {});
    expect(sample).toMatchObject({ id: SAMPLE_RATE_SET_ID, sample: true, name: 'Contoh — bukan tarif resmi', destinations: SAMPLE_RATE_SET.destinations });
    // Asked again: the one already there, as the user edited it.
    await call('rateSets.update', { id: sample.id, patch: { notes: 'Dicoba' } });
    expect(await call<RateSetRecord>('rateSets.addSample', {})).toMatchObject({ id: SAMPLE_RATE_SET_ID, notes: 'Dicoba' });
    expect(count('SELECT count(*) FROM rate_sets')).toBe(1);
    // Deleted, it comes back with the sample's own figures.
    await call('rateSets.remove', { id: sample.id });
    expect(await call<RateSetRecord>('rateSets.addSample', {})).toMatchObject({ notes: SAMPLE_RATE_SET.notes });
    expect(count('SELECT count(*) FROM rate_sets WHERE deleted_at IS NULL')).toBe(1);
  });
});

describe('the cost sheet of the Malang visit', () => {
  it('by member, by component and in total, planned and real, with advances, the balance and the DPA line', async () => {
    const rates = await malangRates();
    const x = await malangTrip();
    await planMoney(x);
    const { wabup, kadis, kasi, staf } = x.members;
    const c = await call<TripCostSheet>('costSheet.get', { tripId: x.tripId });
    expect(c).toMatchObject({ kind: 'out_of_town', originRegionCode: '51.08', destinationRegionCode: '35.73', rateSets: [{ id: rates.id, sample: false }] });
    expect(c.ppk).toMatchObject({ personId: x.ppk.id, name: 'Nyoman Ariadi', jabatan: 'Sekretaris Dinas' });
    const byMember = Object.fromEntries(c.sheet.members.map((m) => [m.memberId, m]));
    // Planned: 10.069.000 + 6.920.000 + 5.934.000 + 5.364.200 = 28.287.200 (tests/unit/money-costs.test.ts).
    expect([wabup, kadis, kasi, staf].map((m) => byMember[m.id]?.planned.total)).toEqual([Rp(10_069_000), Rp(6_920_000), Rp(5_934_000), Rp(5_364_200)]);
    expect([wabup, kadis, kasi, staf].map((m) => byMember[m.id]?.planned.level?.code)).toEqual(['A', 'C', 'E', 'F']);
    expect(byMember[kasi.id]?.real?.total).toBe(Rp(6_534_000));
    expect(c.sheet.total).toEqual({ planned: Rp(28_287_200), real: Rp(28_887_200) });
    expect(c.sheet.byComponent.hotel).toEqual({ planned: Rp(7_007_200), real: Rp(7_007_200) });
    expect(byMember[staf.id]?.planned.lines.filter((l) => l.component === 'hotel').map((l) => [l.rule, l.amount])).toEqual([['hotel_lumpsum', Rp(244_200)]]);
    // Balances: 6.920.000 − 5.000.000 still to pay the Kepala Dinas; 5.364.200 − 6.000.000 for the staff member to return.
    expect([kadis, staf].map((m) => byMember[m.id]?.balance)).toEqual([Rp(1_920_000), Rp(-635_800)]);
    expect([c.sheet.advances, c.sheet.balance, c.sheet.budget?.remaining]).toEqual([Rp(11_000_000), Rp(17_887_200), Rp(-387_200)]);
    // Ready but for what someone should look at: the hotel bill and the tickets above their ceilings, and the DPA line.
    expect(c.problems.every((p) => p.severity === 'warning')).toBe(true);
    expect(codes(c.problems)).toEqual([`aboveCeiling@${kasi.id}`, `aboveCeiling@${kasi.id}`, `aboveCeiling@${kasi.id}`, 'aboveBudget']);
    expect(c.problems.filter((p) => p.memberId === kasi.id).map((p) => p.plan)).toEqual(['planned', 'real', 'real']);
  });

  it('a level chosen for a member wins over the directory’s', async () => {
    await malangRates();
    const x = await malangTrip();
    await planMoney(x);
    const before = await call<MemberMoney[]>('memberMoney.list', { tripId: x.tripId });
    const staf = before.find((m) => m.memberId === x.members.staf.id) as MemberMoney;
    expect(staf).toMatchObject({ levelOverride: '', planned: { stay: 'none' }, real: null, legs: null });
    await call('memberMoney.update', { memberId: staf.memberId, expectedUpdatedAt: staf.updatedAt, patch: { levelOverride: 'D' } });
    const c = await call<TripCostSheet>('costSheet.get', { tripId: x.tripId });
    const m = c.sheet.members.find((s) => s.memberId === staf.memberId);
    // Tingkat D in Jawa Timur: hotel ceiling 1.234.000, no hotel: 30% = 370.200; tickets 3.600.000 are below D's 2.500.000 ceiling each.
    expect(m?.planned.level).toMatchObject({ code: 'D', by: 'override' });
    expect(m?.planned.byComponent.hotel).toBe(Rp(370_200));
    expect(m?.planned.total).toBe(Rp(820_000 + 370_200 + 3_600_000 + 700_000));
    // The form opened before that save is refused.
    expect(await refused('memberMoney.update', { memberId: staf.memberId, expectedUpdatedAt: staf.updatedAt, patch: { levelOverride: 'E' } })).toMatchObject({ code: 'CONFLICT' });
    expect(await refused('memberMoney.update', { memberId: staf.memberId, patch: { levelOverride: 'Tingkat A' } })).toMatchObject({ field: 'patch.levelOverride', key: 'validation.money.levelCode' });
    expect(await refused('memberMoney.update', { memberId: staf.memberId, patch: { planned: { roomRate: 12.5 } } })).toMatchObject({ field: 'patch.planned.roomRate', key: 'validation.money.invalid' });
  });

  it('a member’s own journeys, or the agenda’s, give their days', async () => {
    await malangRates();
    const x = await malangTrip({ startDate: '2026-04-23', endDate: '2026-04-25' });
    const { kasi, staf } = x.members;
    // The agenda: the Eselon IV official flies out a day later.
    await call('agenda.create', { tripId: x.tripId, kind: 'travel', title: 'Denpasar – Surabaya', startLocal: '2026-04-24T07:00', endLocal: '2026-04-24T09:00', attendance: 'chosen', memberIds: [kasi.id] });
    // The staff member's own journeys: back a day early.
    await call('memberMoney.update', { memberId: staf.id, patch: { legs: [{ departDate: '2026-04-23', arriveDate: '2026-04-23' }, { departDate: '2026-04-24', arriveDate: '2026-04-24' }] } });
    expect(await refused('memberMoney.update', { memberId: staf.id, patch: { legs: [{ departDate: '2026-04-24', arriveDate: '2026-04-23' }] } })).toMatchObject({ field: 'patch.legs.0.arriveDate', key: 'validation.endBeforeStart' });
    const c = await call<TripCostSheet>('costSheet.get', { tripId: x.tripId });
    const span = (id: string) => c.sheet.members.find((m) => m.memberId === id)?.planned;
    expect([span(kasi.id)?.departDate, span(kasi.id)?.returnDate, span(kasi.id)?.days, span(kasi.id)?.nights]).toEqual(['2026-04-24', '2026-04-25', 2, 1]);
    expect([span(staf.id)?.departDate, span(staf.id)?.returnDate, span(staf.id)?.days]).toEqual(['2026-04-23', '2026-04-24', 2]);
    expect(span(x.members.wabup.id)?.days).toBe(3);
  });
});

describe('the trip’s money settings and advances', () => {
  it('settings have version 0 until saved, refuse a stale form, and name a wrong rate set or PPK', async () => {
    const x = await malangTrip();
    const first = await call<TripMoney>('tripMoney.get', { tripId: x.tripId });
    expect(first).toEqual({ tripId: x.tripId, rateSetId: null, travelKind: 'out_of_town', destinationRegionCode: '', budgetLine: null, nonAsn: 'own_heading', ppkPersonId: null, updatedAt: 0 });
    const saved = await call<TripMoney>('tripMoney.update', { tripId: x.tripId, expectedUpdatedAt: 0, patch: { travelKind: 'training', nonAsn: 'excluded' } });
    expect(saved).toMatchObject({ travelKind: 'training', nonAsn: 'excluded' });
    expect(saved.updatedAt).toBeGreaterThan(0);
    expect(await refused('tripMoney.update', { tripId: x.tripId, expectedUpdatedAt: 0, patch: { travelKind: 'out_of_town' } })).toMatchObject({ code: 'CONFLICT', key: 'errors.stale' });
    const missing = '00000000-0000-7000-8000-000000000404';
    expect(await refused('tripMoney.update', { tripId: x.tripId, patch: { rateSetId: missing } })).toMatchObject({ code: 'NOT_FOUND', field: 'patch.rateSetId', key: 'money.errors.rateSetNotFound' });
    expect(await refused('tripMoney.update', { tripId: x.tripId, patch: { ppkPersonId: missing } })).toMatchObject({ field: 'patch.ppkPersonId', key: 'money.errors.ppkNotFound' });
    expect(await refused('tripMoney.update', { tripId: x.tripId, patch: { budgetLine: { code: '5.1.02-04', name: '', ceiling: 0 } } })).toMatchObject({ field: 'patch.budgetLine.code', key: 'validation.money.accountCode' });
    expect(await refused('tripMoney.update', { tripId: x.tripId, patch: { destinationRegionCode: '35.99' } })).toMatchObject({ field: 'patch.destinationRegionCode', key: 'validation.regionCode' });
  });

  it('advances to a member or the delegation, edited with their version, removed and restored', async () => {
    const x = await malangTrip();
    const other = await malangTrip();
    const a = await call<AdvanceRecord>('advances.create', { tripId: x.tripId, memberId: null, amount: Rp(20_000_000), note: 'Bendahara rombongan' });
    expect(a).toMatchObject({ memberId: null, amount: Rp(20_000_000), paidOn: '', note: 'Bendahara rombongan' });
    expect(await refused('advances.create', { tripId: x.tripId, memberId: other.members.kasi.id, amount: 1 })).toMatchObject({ field: 'memberId', key: 'money.errors.memberNotOfTrip' });
    expect(await refused('advances.create', { tripId: x.tripId, amount: -100 })).toMatchObject({ field: 'amount', key: 'validation.money.negative' });
    const b = await call<AdvanceRecord>('advances.update', { id: a.id, expectedUpdatedAt: a.updatedAt, patch: { memberId: x.members.kadis.id, amount: Rp(5_000_000) } });
    expect(b).toMatchObject({ memberId: x.members.kadis.id, amount: Rp(5_000_000), note: 'Bendahara rombongan' });
    expect(await refused('advances.update', { id: a.id, expectedUpdatedAt: a.updatedAt, patch: { amount: 1 } })).toMatchObject({ code: 'CONFLICT' });
    await call('advances.remove', { id: a.id });
    expect(await call('advances.list', { tripId: x.tripId })).toEqual([]);
    await call('advances.restore', { id: a.id });
    expect((await call<AdvanceRecord[]>('advances.list', { tripId: x.tripId })).map((v) => v.amount)).toEqual([Rp(5_000_000)]);
  });
});

describe('readiness', () => {
  it('names what is missing: rates, levels, the dates a set does not cover, the PPK, the DPA line, the sample', async () => {
    // Nothing yet: no rate set at all.
    const x = await malangTrip({ startDate: '2026-12-30', endDate: '2027-01-02' });
    let c = await call<TripCostSheet>('costSheet.get', { tripId: x.tripId });
    expect(codes(c.problems).slice(0, 3)).toEqual(['noRateSets', 'noPpk', 'noBudgetLine']);
    expect(codes(c.problems).slice(3).sort()).toEqual(Object.values(x.members).map((m) => `noRateSet@${m.id}`).sort());
    expect(c.problems.filter((p) => p.memberId === null).map((p) => p.severity)).toEqual(['missing', 'missing', 'warning']);

    // The sample only: used, and said so; it covers 2026, not the two days of 2027.
    await call('rateSets.addSample', {});
    const pppk = await call<Member>('members.addNew', { tripId: x.tripId, role: 'member', person: { kind: 'official', name: 'Putu Widia', employment: 'pppk', jabatan: 'Pranata Komputer' } });
    c = await call<TripCostSheet>('costSheet.get', { tripId: x.tripId });
    expect(c.rateSets.map((s) => s.id)).toEqual([SAMPLE_RATE_SET_ID]);
    expect(c.problems.slice(0, 4)).toMatchObject([
      { code: 'tripNotCovered', severity: 'missing', params: { dates: '2027-01-01, 2027-01-02' } },
      { code: 'sampleRates', severity: 'warning' },
      { code: 'noPpk' },
      { code: 'noBudgetLine' },
    ]);
    // No level, and the sample has no taxi figures (at the origin, Bali, and at the destination).
    expect(c.problems.filter((p) => p.memberId === pppk.id).map((p) => [p.code, p.warning?.code === 'missingRate' ? p.warning.source.place : null])).toEqual([
      ['noLevel', null],
      ['missingRate', 'origin'],
      ['missingRate', 'destination'],
    ]);
    // The region's own set wins over the sample; a set without Jawa Timur names the missing rates.
    await call('rateSets.create', typed({ destinations: SAMPLE_RATE_SET.destinations.filter((d) => d.regionCode !== '35') }));
    c = await call<TripCostSheet>('costSheet.get', { tripId: x.tripId });
    expect(c.rateSets).toMatchObject([{ sample: false }]);
    expect(c.problems.map((p) => p.code)).not.toContain('sampleRates');
    expect(c.problems.filter((p) => p.memberId === x.members.kasi.id).map((p) => p.code)).toEqual(['noDestinationRates', 'missingRate']);
  });

  it('a chosen set that was deleted, no destination, no origin region, an advance to a member who left', async () => {
    const set = await call<RateSetRecord>('rateSets.create', typed());
    const x = await malangTrip();
    const bare = await call<{ id: string }>('trips.create', { title: 'Tanpa tujuan', startDate: '2026-04-23', endDate: '2026-04-24' });
    expect(codes((await call<TripCostSheet>('costSheet.get', { tripId: bare.id })).problems)).toEqual(['noDestination', 'noOrigin', 'noPpk', 'noBudgetLine']);

    await call('tripMoney.update', { tripId: x.tripId, patch: { rateSetId: set.id } });
    await call('rateSets.remove', { id: set.id });
    const advance = await call<AdvanceRecord>('advances.create', { tripId: x.tripId, memberId: x.members.staf.id, amount: Rp(1_000_000) });
    await call('members.remove', { id: x.members.staf.id });
    const c = await call<TripCostSheet>('costSheet.get', { tripId: x.tripId });
    expect(c.problems.slice(0, 2)).toMatchObject([{ code: 'rateSetGone', severity: 'warning' }, { code: 'noRateSets', severity: 'missing' }]);
    expect(c.problems.find((p) => p.code === 'advanceOfRemovedMember')).toMatchObject({ params: { advanceId: advance.id, amount: Rp(1_000_000) } });
    // The advance still counts against the trip's balance.
    expect(c.sheet.advances).toBe(Rp(1_000_000));
  });
});

describe('importing and exporting a rate set', () => {
  const GOOD: string[][] = [
    ['Nama', 'Perbup Buleleng 62/2024'],
    ['Dasar Hukum', 'Perbup Buleleng 62/2024'],
    ['Dasar Hukum', 'PMK 32/2025 (SBM 2026)'],
    ['Berlaku Dari', '01/01/2026'],
    ['Berlaku Sampai', '31/12/2026'],
    ['Uang Harian Hari Berangkat dan Kembali (%)', '40'],
    [],
    ['Tingkat', 'Uraian', 'Jabatan', 'Kepegawaian', 'Eselon', 'Tingkat Biaya Nasional', 'Golongan'],
    ['A', 'Tingkat A — Bupati, Wakil Bupati', 'Bupati', 'Pejabat Negara', '', 'A', ''],
    ['A', '', 'Wakil Bupati', '', '', '', ''],
    ['B', 'Tingkat B — Eselon II', '', '', 'II', '', ''],
    ['C', 'Tingkat C — Lainnya', '', '', 'III', '', 'III/a - IV/e'],
    ['C', '', '', '', 'IV', '', 'I/a s.d. II/d'],
    [],
    ['Tabel', 'Jenis', 'Kode Wilayah', 'Wilayah', 'Jumlah', 'A', 'B', 'C'],
    ['Uang Harian', 'Luar Kota', '35', 'Jawa Timur', '410.000'],
    ['Biaya Penginapan', '', '', 'Jawa Timur', '', 'Rp 4.449.000,00', '2.007.000', '814000'],
    ['Uang Representasi', 'Luar Kota', '35', '', '', '250000', '150000', '-'],
    ['Biaya Taksi', '', '35.73', 'Kota Malang', '200000'],
    ['Tiket Pesawat', 'Plafon', '35', 'Jawa Timur', '', '3000000', '2500000', '2000000'],
  ];

  it('previews each row with its reasons and writes nothing; confirm refuses until every row is right', async () => {
    const bad = GOOD.map((r) => [...r]);
    bad[4] = ['Berlaku Sampai', '31/02/2026'];
    bad[12] = ['C', '', '', 'Honorer', 'V', '', ''];
    bad[15] = ['Uang Harian', 'Luar Negeri', '35', 'Jawa Timur', '410.000'];
    bad[16] = ['Biaya Penginapan', '', '35', 'Jawa Tengah', '', '4.449.000', '2.007.00', ''];
    bad.push(['Uang Harian', 'Luar Kota', '', 'Atlantis', '410000'], ['Biaya Taksi', '', '35.73', '', '200000', '5']);
    const logBefore = count('SELECT count(*) FROM change_log');
    const preview = await call<RateSetRowsResult>('rateSets.importPreview', { rows: bad });
    expect(preview.set).toBeNull();
    const reasons = preview.rows.filter((r) => r.status === 'invalid').map((r) => [r.row, r.errors.map((e) => `${e.column}: ${e.key}`)]);
    expect(reasons).toEqual([
      [5, ['Berlaku Sampai: validation.invalidDate']],
      [13, ['Eselon: validation.invalidChoice']],
      [16, ['Jenis: validation.invalidChoice']],
      [17, ['Wilayah: money.import.regionMismatch', 'B: validation.money.grouping']],
      [21, ['Wilayah: money.import.unknownRegion']],
      [22, ['Jumlah: money.import.amountOutsideColumn']],
    ]);
    expect(preview.rows.filter((r) => r.status === 'header').map((r) => r.row)).toEqual([8, 15]);
    expect(await refused('rateSets.importConfirm', { rows: bad })).toMatchObject({ code: 'VALIDATION', field: 'rows', key: 'money.import.notReady', params: { invalid: 6, firstRow: 5 } });
    expect(count('SELECT count(*) FROM rate_sets')).toBe(0);
    expect(count('SELECT count(*) FROM change_log')).toBe(logBefore);

    // Rows that are each right but make a wrong set: the reason is on the row it comes from.
    const noLabel = GOOD.map((r, i) => (i === 10 ? ['B', '', '', '', 'II'] : r));
    const p2 = await call<RateSetRowsResult>('rateSets.importPreview', { rows: noLabel });
    expect(p2.rows.filter((r) => r.status === 'invalid')).toEqual([{ row: 11, part: 'levels', status: 'invalid', errors: [{ column: 'label', key: 'validation.required' }] }]);
  });

  it('confirm writes the whole set in one transaction, read as the office typed it', async () => {
    const preview = await call<RateSetRowsResult>('rateSets.importPreview', { rows: GOOD });
    expect(preview.rows.every((r) => r.status !== 'invalid')).toBe(true);
    const logBefore = count('SELECT coalesce(max(seq), 0) FROM change_log');
    const set = await call<RateSetRecord>('rateSets.importConfirm', { rows: GOOD });
    expect(count('SELECT count(DISTINCT hlc) FROM change_log WHERE seq > ?', logBefore)).toBe(1);
    expect(set).toMatchObject({ name: 'Perbup Buleleng 62/2024', legalBasis: ['Perbup Buleleng 62/2024', 'PMK 32/2025 (SBM 2026)'], validFrom: '2026-01-01', validTo: '2026-12-31', sample: false });
    expect(set.rules).toEqual({ travelDayPercent: 40, noHotelPercent: 30, taxiTrips: { origin: 2, destination: 2 } });
    expect(set.levels.map((l) => [l.code, l.jabatan, l.employment, l.eselon, l.golongan.length])).toEqual([
      ['A', ['Bupati', 'Wakil Bupati'], ['elected'], [], 0],
      ['B', [], [], ['II'], 0],
      // III/a–IV/e is 9 golongan, I/a–II/d 8.
      ['C', [], [], ['III', 'IV'], 17],
    ]);
    expect(set.destinations).toEqual([
      {
        regionCode: '35',
        dailyAllowance: { out_of_town: Rp(410_000) },
        hotel: { A: Rp(4_449_000), B: Rp(2_007_000), C: Rp(814_000) },
        representation: { out_of_town: { A: Rp(250_000), B: Rp(150_000) } },
        taxi: null,
        localTransport: null,
        vehicleHire: {},
        fares: { air: { basis: 'ceiling', ceilings: { A: Rp(3_000_000), B: Rp(2_500_000), C: Rp(2_000_000) } } },
      },
      { regionCode: '35.73', dailyAllowance: {}, hotel: {}, representation: {}, taxi: Rp(200_000), localTransport: null, vehicleHire: {}, fares: {} },
    ]);
  });

  it('an exported set imports back to the same set', async () => {
    const rates = await malangRates();
    const set = await call<RateSetRecord>('rateSets.update', {
      id: rates.id,
      patch: { notes: 'Catatan; dengan "tanda kutip"', levels: rates.levels.map((l, i) => (i === 0 ? { ...l, jabatan: ['Bupati', 'Wakil Bupati', 'Ketua DPRD'] } : l)) },
    });
    const csv = await call<RateSetCsv>('rateSets.exportCsv', { id: set.id });
    expect(csv.fileName).toBe('Standar Biaya 2026 Perbup Buleleng 62-2024 - Standar Biaya 2026.csv');
    expect(csv.text.startsWith('\uFEFFNama;')).toBe(true);
    // Read back as the renderer reads a chosen file.
    const rows = parseCsv(csv.text);
    expect(rows).toEqual(rateSetToRows(set).map((r) => (r.length === 0 ? [] : r)).map((r) => trimEnd(r)));
    const again = await call<RateSetRecord>('rateSets.importConfirm', { rows });
    const strip = ({ id: _id, createdAt: _c, updatedAt: _u, ...rest }: RateSetRecord) => rest;
    expect(strip(again)).toEqual(strip(set));
    expect(again.id).not.toBe(set.id);
    // The sample too (a sample set stays marked as one).
    const sample = await call<RateSetRecord>('rateSets.addSample', {});
    const sampleBack = await call<RateSetRecord>('rateSets.importConfirm', { rows: parseCsv((await call<RateSetCsv>('rateSets.exportCsv', { id: sample.id })).text) });
    expect(strip(sampleBack)).toEqual(strip(sample));
  });
});

/** A row as a spreadsheet reader leaves it: trailing empty cells dropped. */
function trimEnd(r: string[]): string[] {
  let end = r.length;
  while (end > 0 && r[end - 1] === '') end--;
  return r.slice(0, end);
}

describe('deleting', () => {
  it('a member removed takes their money off the sheet and brings it back when restored', async () => {
    await malangRates();
    const x = await malangTrip();
    await planMoney(x);
    await call('members.remove', { id: x.members.kasi.id });
    expect((await call<MemberMoney[]>('memberMoney.list', { tripId: x.tripId })).map((m) => m.memberId)).not.toContain(x.members.kasi.id);
    expect(await refused('memberMoney.update', { memberId: x.members.kasi.id, patch: { levelOverride: 'E' } })).toMatchObject({ code: 'NOT_FOUND', field: 'memberId' });
    expect((await call<TripCostSheet>('costSheet.get', { tripId: x.tripId })).sheet.total.planned).toBe(Rp(28_287_200 - 5_934_000));
    await call('members.restore', { id: x.members.kasi.id });
    const c = await call<TripCostSheet>('costSheet.get', { tripId: x.tripId });
    expect(c.sheet.total).toEqual({ planned: Rp(28_287_200), real: Rp(28_887_200) });
  });

  it('a trip in the trash keeps its money, refuses it while there, and has it back when restored', async () => {
    await malangRates();
    const x = await malangTrip();
    await planMoney(x);
    const before = await call<TripCostSheet>('costSheet.get', { tripId: x.tripId });
    await call('trips.delete', { id: x.tripId });
    for (const op of ['costSheet.get', 'tripMoney.get', 'memberMoney.list', 'advances.list']) {
      expect(await refused(op, { tripId: x.tripId }), op).toMatchObject({ code: 'NOT_FOUND', field: 'tripId' });
    }
    expect(await refused('advances.create', { tripId: x.tripId, amount: 1 })).toMatchObject({ code: 'NOT_FOUND' });
    expect(count('SELECT count(*) FROM trip_member_money WHERE trip_id = ?', x.tripId)).toBe(4);
    await call('trash.restore', { kind: 'trip', id: x.tripId });
    expect(await call<TripCostSheet>('costSheet.get', { tripId: x.tripId })).toEqual(before);
  });
});
