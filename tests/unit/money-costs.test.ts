/**
 * The cost rules (shared/money/costs.ts) and the trip's cost sheet
 * (shared/money/sheet.ts), on worked examples whose figures are computed by
 * hand in the comments. The rates are the SAMPLE set's (examples, not official
 * rates) plus taxi and air-fare ceilings made up for these tests.
 */
import { describe, expect, it } from 'vitest';
import { computeMemberCost, datesFrom, memberSpan, memberTravelLegs, type CostContext, type CostLine, type MemberCost, type MemberCostInput } from '../../shared/money/costs';
import { computeCostSheet, type SheetMemberInput } from '../../shared/money/sheet';
import { formatFormula, warningText } from '../../shared/money/explain';
import { expensesSchema, rateSetSchema, type ExpensesInput, type RateSet } from '../../shared/money/schemas';
import { SAMPLE_RATE_SET, SAMPLE_RATE_SET_ID } from '../../shared/money/sample-rates';
import { yearValidity, type LevelPerson } from '../../shared/money/rates';
import { rupiah } from '../../shared/money/rupiah';

const Rp = rupiah;
const expenses = (e: ExpensesInput = {}) => expensesSchema.parse(e);
const noTaxi = { taxis: { origin: [], destination: [] } };

/** The sample plus, for these tests only, taxis (Bali Rp150.000, Jawa Timur Rp200.000 a trip) and air-fare ceilings in Jawa Timur. */
function withTestRates(set: RateSet, over: Partial<RateSet> = {}): RateSet {
  return rateSetSchema.parse({
    ...set,
    ...over,
    destinations: set.destinations.map((d) =>
      d.regionCode === '51'
        ? { ...d, taxi: Rp(150_000) }
        : d.regionCode === '35'
          ? { ...d, taxi: Rp(200_000), fares: { air: { basis: 'ceiling', ceilings: { A: Rp(3_000_000), B: Rp(3_000_000), C: Rp(2_500_000), D: Rp(2_500_000), E: Rp(2_000_000), F: Rp(2_000_000) } } } }
          : d,
    ),
  });
}
const RATES = withTestRates(SAMPLE_RATE_SET);

/** Buleleng (51.08, Bali) → Kota Malang (35.73, Jawa Timur), luar kota. */
const ctx = (over: Partial<CostContext> = {}): CostContext => ({
  kind: 'out_of_town',
  originRegionCode: '51.08',
  destinationRegionCode: '35.73',
  rateSets: [RATES],
  options: { nonAsn: 'own_heading' },
  ...over,
});

const p = (x: Partial<LevelPerson>): LevelPerson => ({ employment: 'pns', eselon: '', golongan: '', jabatan: '', travelLevel: '', ...x });
const WAKIL_BUPATI = p({ employment: 'elected', jabatan: 'Wakil Bupati Buleleng' });
const KEPALA_DINAS = p({ eselon: 'II', golongan: 'IV/c', jabatan: 'Kepala Dinas Komunikasi, Informatika, Persandian dan Statistik' });
const ESELON_IV = p({ eselon: 'IV', golongan: 'III/d', jabatan: 'Kepala Seksi Layanan E-Government' });
const STAFF = p({ golongan: 'II/c', jabatan: 'Pengadministrasi Umum' });
const JOURNALIST = p({ employment: 'non_asn', jabatan: 'Wartawan' });

/** 23–24 April 2026: two days, one night. */
const member = (memberId: string, person: LevelPerson, over: Partial<MemberCostInput> = {}): MemberCostInput => ({
  memberId,
  name: memberId,
  person,
  departDate: '2026-04-23',
  returnDate: '2026-04-24',
  ...over,
});

const FLIGHTS = [
  { mode: 'air', label: 'Denpasar – Surabaya', amount: Rp(1_800_000) },
  { mode: 'air', label: 'Surabaya – Denpasar', amount: Rp(1_800_000), date: '2026-04-24' },
] as const;

/** Each line as "rule: formula = amount", the way a rincian prints it. */
const show = (lines: readonly CostLine[]) => lines.map((l) => `${l.rule}: ${formatFormula(l.factors)} = ${l.amount / 100}`);

describe('a 2-day visit Buleleng → Kota Malang (23–24 April 2026)', () => {
  it('the Wakil Bupati (Tingkat A): uang harian, representasi, hotel at the ceiling, tickets, taxis', () => {
    const c = computeMemberCost(ctx(), member('wabup', WAKIL_BUPATI), expenses({ tickets: [...FLIGHTS] }));
    // Uang harian Jawa Timur     410.000 × 2 hari   =    820.000
    // Representasi Tingkat A     250.000 × 2 hari   =    500.000
    // Hotel, planned at ceiling 4.449.000 × 1 malam =  4.449.000
    // Tickets                  1.800.000 × 2        =  3.600.000
    // Taxi at origin (Bali)      150.000 × 2 kali   =    300.000
    // Taxi at destination        200.000 × 2 kali   =    400.000
    //                                          total 10.069.000
    expect(show(c.lines)).toEqual([
      'daily_allowance: Rp410.000 × 2 hari = 820000',
      'representation: Rp250.000 × 2 hari = 500000',
      'hotel_at_cost: Rp4.449.000 × 1 malam = 4449000',
      'fare_at_cost: Rp1.800.000 × 1 tiket = 1800000',
      'fare_at_cost: Rp1.800.000 × 1 tiket = 1800000',
      'taxi_at_cost: Rp150.000 × 2 kali = 300000',
      'taxi_at_cost: Rp200.000 × 2 kali = 400000',
    ]);
    expect(c.total).toBe(Rp(10_069_000));
    expect(c).toMatchObject({ days: 2, nights: 1, heading: 'officials', excluded: false, level: { code: 'A', by: 'employment' }, warnings: [] });
    expect(c.byComponent).toEqual({ daily_allowance: Rp(820_000), representation: Rp(500_000), hotel: Rp(4_449_000), fare: Rp(3_600_000), taxi: Rp(700_000), local_transport: 0, vehicle_hire: 0 });
  });

  it('every line names its table row and dates', () => {
    const c = computeMemberCost(ctx(), member('wabup', WAKIL_BUPATI), expenses({ tickets: [...FLIGHTS] }));
    const [allowance, representation, hotel, , , originTaxi] = c.lines;
    expect(allowance).toMatchObject({
      component: 'daily_allowance',
      dates: ['2026-04-23', '2026-04-24'],
      source: { rateSetId: SAMPLE_RATE_SET_ID, rateSetName: 'Contoh — bukan tarif resmi', regionCode: '35', table: 'daily_allowance', kind: 'out_of_town', level: null, rate: Rp(410_000) },
    });
    expect(representation?.source).toMatchObject({ table: 'representation', level: 'A', levelLabel: 'Tingkat A — Pejabat Negara', rate: Rp(250_000) });
    expect(hotel).toMatchObject({ dates: ['2026-04-23'], factors: [{ kind: 'amount', amount: Rp(4_449_000), role: 'ceiling' }, { kind: 'count', count: 1, unit: 'night' }] });
    expect(originTaxi?.source).toMatchObject({ table: 'taxi', place: 'origin', regionCode: '51', rate: Rp(150_000) });
  });

  it('the Kepala Dinas (Eselon II, Tingkat C): the hotel bill at cost below its ceiling', () => {
    const c = computeMemberCost(ctx(), member('kadis', KEPALA_DINAS), expenses({ roomRate: Rp(1_500_000), tickets: [...FLIGHTS] }));
    // Uang harian 410.000 × 2 = 820.000; representasi Tingkat C 150.000 × 2 = 300.000;
    // hotel at cost 1.500.000 (ceiling 2.007.000) × 1 = 1.500.000; tickets 3.600.000; taxis 300.000 + 400.000.
    // Total 820.000 + 300.000 + 1.500.000 + 3.600.000 + 700.000 = 6.920.000.
    expect(c.level).toMatchObject({ code: 'C', by: 'eselon' });
    expect(show(c.lines).slice(0, 3)).toEqual([
      'daily_allowance: Rp410.000 × 2 hari = 820000',
      'representation: Rp150.000 × 2 hari = 300000',
      'hotel_at_cost: Rp1.500.000 × 1 malam = 1500000',
    ]);
    expect(c.total).toBe(Rp(6_920_000));
    expect(c.warnings).toEqual([]);
  });

  it('the Eselon IV official (Tingkat E): a hotel bill above its ceiling is paid up to it, with a warning naming the ceiling', () => {
    const c = computeMemberCost(ctx(), member('kasi', ESELON_IV), expenses({ roomRate: Rp(900_000), tickets: [...FLIGHTS] }));
    // No representasi for Tingkat E. Hotel: bill 900.000, ceiling 814.000 → 814.000 × 1.
    // Total 820.000 + 814.000 + 3.600.000 + 700.000 = 5.934.000.
    expect(c.level).toMatchObject({ code: 'E', by: 'eselon' });
    const hotel = c.lines.find((l) => l.component === 'hotel');
    expect(hotel).toMatchObject({ amount: Rp(814_000), given: Rp(900_000), factors: [{ kind: 'amount', amount: Rp(814_000), role: 'ceiling' }, { kind: 'count', count: 1, unit: 'night' }] });
    expect(c.lines.some((l) => l.component === 'representation')).toBe(false);
    expect(c.total).toBe(Rp(5_934_000));
    expect(c.warnings).toEqual([{ code: 'aboveCeiling', component: 'hotel', amount: Rp(900_000), ceiling: Rp(814_000), source: hotel?.source }]);
    expect(hotel?.warnings).toEqual(c.warnings);
    expect(c.warnings.map(warningText)).toEqual([
      'Biaya Penginapan Rp900.000 melebihi plafon Rp814.000 per malam (Contoh — bukan tarif resmi, Jawa Timur, Tingkat E — Eselon IV / Golongan III).',
    ]);
  });

  it('the staff member (Gol II/c, Tingkat F) stays with no hotel: 30% of the ceiling per night', () => {
    const c = computeMemberCost(ctx(), member('staf', STAFF), expenses({ stay: 'none', tickets: [...FLIGHTS] }));
    // Lumpsum 30% × 814.000 = 244.200 × 1 malam. Total 820.000 + 244.200 + 3.600.000 + 700.000 = 5.364.200.
    expect(c.level).toMatchObject({ code: 'F', by: 'golongan', matched: 'II/c' });
    expect(show(c.lines.filter((l) => l.component === 'hotel'))).toEqual(['hotel_lumpsum: 30% × Rp814.000 × 1 malam = 244200']);
    expect(c.total).toBe(Rp(5_364_200));
  });

  it('a ticket above the fare ceiling of the level is paid at cost, with a warning naming the ceiling', () => {
    const c = computeMemberCost(ctx(), member('kasi', ESELON_IV), expenses({ ...noTaxi, tickets: [{ mode: 'air', label: 'Denpasar – Surabaya', amount: Rp(2_100_000) }] }));
    expect(c.lines.find((l) => l.component === 'fare')?.amount).toBe(Rp(2_100_000));
    expect(c.warnings.map(warningText)).toEqual([
      'Tiket Pesawat Rp2.100.000 melebihi plafon Rp2.000.000 per tiket (Contoh — bukan tarif resmi, Jawa Timur, Tingkat E — Eselon IV / Golongan III).',
    ]);
  });

  it('real taxi fares: at cost up to the ceiling, only the trips the region pays', () => {
    const c = computeMemberCost(ctx(), member('kasi', ESELON_IV), expenses({ taxis: { origin: [Rp(120_000)], destination: [Rp(180_000), Rp(250_000), Rp(100_000)] } }));
    // Origin 120.000 × 1; destination 180.000 × 1 and 250.000 capped at 200.000 × 1; the third trip is not paid.
    expect(show(c.lines.filter((l) => l.component === 'taxi'))).toEqual([
      'taxi_at_cost: Rp120.000 × 1 kali = 120000',
      'taxi_at_cost: Rp180.000 × 1 kali = 180000',
      'taxi_at_cost: Rp200.000 × 1 kali = 200000',
    ]);
    expect(c.byComponent.taxi).toBe(Rp(500_000));
    expect(c.warnings.map(warningText)).toEqual([
      'Taksi di Tempat Tujuan: 3 perjalanan, yang dibayar paling banyak 2.',
      'Taksi di Tempat Tujuan Rp250.000 melebihi plafon Rp200.000 per perjalanan (Contoh — bukan tarif resmi, Jawa Timur).',
    ]);
  });

  it('a journalist is paid under the non-ASN heading, or not at all when the office says so', () => {
    const paid = computeMemberCost(ctx(), member('pers', JOURNALIST), expenses({ ...noTaxi, stay: 'none' }));
    // Tingkat F (non-ASN in the sample): 820.000 + 30% × 814.000 = 820.000 + 244.200 = 1.064.200.
    expect(paid).toMatchObject({ heading: 'non_asn', excluded: false, total: Rp(1_064_200), level: { code: 'F', by: 'employment' } });
    const excluded = computeMemberCost(ctx({ options: { nonAsn: 'excluded' } }), member('pers', JOURNALIST), expenses());
    expect(excluded).toMatchObject({ heading: 'non_asn', excluded: true, total: 0, lines: [], level: null, warnings: [], days: 2 });
  });
});

describe('days and nights', () => {
  it("a member's span comes from their own journeys", () => {
    const trip = { startDate: '2026-04-23', endDate: '2026-04-25' };
    const agenda = [
      { kind: 'travel', startLocal: '2026-04-23T07:00', endLocal: '2026-04-23T10:00', attendance: 'chosen', memberIds: ['wabup', 'kasi'] },
      { kind: 'travel', startLocal: '2026-04-24T07:00', endLocal: '2026-04-24T10:00', attendance: 'chosen', memberIds: ['late'] },
      { kind: 'presentation', startLocal: '2026-04-24T13:00', endLocal: '2026-04-24T15:00', attendance: 'all', memberIds: [] },
      { kind: 'travel', startLocal: '2026-04-25T16:00', endLocal: '2026-04-25T19:00', attendance: 'all', memberIds: [] },
    ] as const;
    expect(memberSpan(trip, memberTravelLegs(agenda, 'kasi'))).toEqual({ departDate: '2026-04-23', returnDate: '2026-04-25' });
    expect(memberSpan(trip, memberTravelLegs(agenda, 'late'))).toEqual({ departDate: '2026-04-24', returnDate: '2026-04-25' });
    // No journeys: the trip's dates. Journeys on one day only: the way there (or back, on the last day).
    expect(memberSpan(trip, [])).toEqual({ departDate: '2026-04-23', returnDate: '2026-04-25' });
    expect(memberSpan(trip, [{ departDate: '2026-04-23', arriveDate: '2026-04-23' }, { departDate: '2026-04-23', arriveDate: '2026-04-23' }])).toEqual({ departDate: '2026-04-23', returnDate: '2026-04-25' });
    expect(memberSpan(trip, [{ departDate: '2026-04-25', arriveDate: '2026-04-25' }])).toEqual({ departDate: '2026-04-23', returnDate: '2026-04-25' });
    expect(datesFrom('2026-02-27', '2026-03-02')).toEqual(['2026-02-27', '2026-02-28', '2026-03-01', '2026-03-02']);
    expect(datesFrom('2028-02-28', '2028-03-01')).toEqual(['2028-02-28', '2028-02-29', '2028-03-01']);
    expect(datesFrom('2100-02-28', '2100-03-01')).toEqual(['2100-02-28', '2100-03-01']);
    expect(datesFrom('2025-12-30', '2026-01-01')).toEqual(['2025-12-30', '2025-12-31', '2026-01-01']);
    expect(datesFrom('2026-04-24', '2026-04-23')).toEqual([]);
    expect(datesFrom('', '2026-04-23')).toEqual([]);
    expect(datesFrom('2026-02-30', '2026-03-02')).toEqual([]);
  });

  it('a member who leaves a day later is paid for their own days and nights', () => {
    // Trip 23–25 April (3 days, 2 nights); the member flies on the 24th: 2 days, 1 night.
    // On time: 410.000 × 3 = 1.230.000 + hotel 814.000 × 2 = 1.628.000 → 2.858.000.
    // A day later: 410.000 × 2 = 820.000 + hotel 814.000 × 1 → 1.634.000.
    const onTime = computeMemberCost(ctx(), member('kasi', ESELON_IV, { returnDate: '2026-04-25' }), expenses(noTaxi));
    const late = computeMemberCost(ctx(), member('late', ESELON_IV, { departDate: '2026-04-24', returnDate: '2026-04-25' }), expenses(noTaxi));
    expect([onTime.days, onTime.nights, onTime.total]).toEqual([3, 2, Rp(2_858_000)]);
    expect([late.days, late.nights, late.total]).toEqual([2, 1, Rp(1_634_000)]);
    expect(late.lines.map((l) => l.dates)).toEqual([['2026-04-24', '2026-04-25'], ['2026-04-24']]);
  });

  it('dalam kota has days and no nights', () => {
    // Dalam kota > 8 jam, Jawa Timur: 160.000 × 1 hari; no hotel, no representasi luar kota.
    const c = computeMemberCost(ctx({ kind: 'in_town_over_8h' }), member('kasi', ESELON_IV, { returnDate: '2026-04-23' }), expenses(noTaxi));
    expect(show(c.lines)).toEqual(['daily_allowance: Rp160.000 × 1 hari = 160000']);
    expect(c.nights).toBe(0);
  });

  it('a region that pays a share of uang harian on the departure and return days', () => {
    const rates = withTestRates(SAMPLE_RATE_SET, { rules: { ...SAMPLE_RATE_SET.rules, travelDayPercent: 40 } });
    const c = computeMemberCost(ctx({ rateSets: [rates] }), member('kasi', ESELON_IV, { returnDate: '2026-04-25' }), expenses(noTaxi));
    // 40% × 410.000 = 164.000 × 2 hari (23rd and 25th) = 328.000, and 410.000 × 1 hari (24th): 738.000.
    expect(show(c.lines.filter((l) => l.component === 'daily_allowance'))).toEqual([
      'daily_allowance_travel_day: 40% × Rp410.000 × 2 hari = 328000',
      'daily_allowance: Rp410.000 × 1 hari = 410000',
    ]);
    expect(c.byComponent.daily_allowance).toBe(Rp(738_000));
  });
});

describe('a trip across the new year, with two rate sets', () => {
  const SET_2025_ID = '00000000-0000-7000-8000-000000002025';
  // The 2025 set of these tests: Jawa Timur uang harian 380.000, hotel Tingkat E 750.000.
  const set2025 = rateSetSchema.parse({
    ...RATES,
    id: SET_2025_ID,
    name: 'Contoh 2025',
    ...yearValidity(2025),
    destinations: RATES.destinations.map((d) => (d.regionCode === '35' ? { ...d, dailyAllowance: { out_of_town: Rp(380_000) }, hotel: { ...d.hotel, E: Rp(750_000) } } : d)),
  });

  it('each day and night takes the set that covers it', () => {
    // 30 Dec 2025 – 2 Jan 2026: 4 days, 3 nights.
    // Uang harian: 380.000 × 2 (30, 31 Dec) = 760.000; 410.000 × 2 (1, 2 Jan) = 820.000.
    // Hotel: 750.000 × 2 (nights of 30, 31 Dec) = 1.500.000; 814.000 × 1 (night of 1 Jan) = 814.000.
    // Total 760.000 + 820.000 + 1.500.000 + 814.000 = 3.894.000.
    const c = computeMemberCost(ctx({ rateSets: [RATES, set2025] }), member('kasi', ESELON_IV, { departDate: '2025-12-30', returnDate: '2026-01-02' }), expenses(noTaxi));
    expect(show(c.lines)).toEqual([
      'daily_allowance: Rp380.000 × 2 hari = 760000',
      'daily_allowance: Rp410.000 × 2 hari = 820000',
      'hotel_at_cost: Rp750.000 × 2 malam = 1500000',
      'hotel_at_cost: Rp814.000 × 1 malam = 814000',
    ]);
    expect(c.lines.map((l) => [l.source?.rateSetId, l.dates])).toEqual([
      [SET_2025_ID, ['2025-12-30', '2025-12-31']],
      [SAMPLE_RATE_SET_ID, ['2026-01-01', '2026-01-02']],
      [SET_2025_ID, ['2025-12-30', '2025-12-31']],
      [SAMPLE_RATE_SET_ID, ['2026-01-01']],
    ]);
    expect(c.total).toBe(Rp(3_894_000));
    expect(c.warnings).toEqual([]);
  });

  it('days no set covers are named, and only they go unpaid', () => {
    const c = computeMemberCost(ctx(), member('kasi', ESELON_IV, { departDate: '2025-12-31', returnDate: '2026-01-01' }), expenses(noTaxi));
    // Only 1 Jan 2026 is covered: 410.000 × 1 day; the night of 31 Dec is not.
    expect(c.total).toBe(Rp(410_000));
    expect(c.warnings.map(warningText)).toEqual(['Tidak ada standar biaya yang berlaku pada 31 Desember 2025.']);
  });
});

describe('what the rates lack', () => {
  it('names the missing level, rate or destination', () => {
    const nobody = computeMemberCost(ctx(), member('x', p({ employment: 'pppk' })), expenses(noTaxi));
    // No level: uang harian only (820.000), no hotel.
    expect(nobody.total).toBe(Rp(820_000));
    expect(nobody.warnings.map(warningText)).toEqual(['Tingkat biaya belum ditentukan (Contoh — bukan tarif resmi).']);
    const chosen = computeMemberCost(ctx(), member('x', p({ employment: 'pppk' }), { levelOverride: 'E' }), expenses(noTaxi));
    expect(chosen).toMatchObject({ level: { code: 'E', by: 'override' }, total: Rp(1_634_000), warnings: [] });
    const unknown = computeMemberCost(ctx(), member('x', STAFF, { levelOverride: 'Z' }), expenses(noTaxi));
    expect(unknown.level?.code).toBe('F');
    expect(unknown.warnings.map(warningText)).toEqual(['Tingkat biaya Z tidak ada dalam Contoh — bukan tarif resmi.']);

    const jakarta = computeMemberCost(ctx({ destinationRegionCode: '31.71' }), member('kasi', ESELON_IV), expenses(noTaxi));
    // The sample has no Jakarta hotels: uang harian 530.000 × 2 only.
    expect(jakarta.total).toBe(Rp(1_060_000));
    expect(jakarta.warnings.map(warningText)).toEqual(['Tarif Biaya Penginapan tidak ada (Contoh — bukan tarif resmi, Daerah Khusus Ibukota Jakarta, Tingkat E — Eselon IV / Golongan III).']);

    const makassar = computeMemberCost(ctx({ destinationRegionCode: '73.71' }), member('kasi', ESELON_IV), expenses(noTaxi));
    expect(makassar.total).toBe(0);
    expect(makassar.warnings.map(warningText)).toEqual(['Contoh — bukan tarif resmi tidak memuat tarif untuk Kota Makassar.']);

    const backwards = computeMemberCost(ctx(), member('kasi', ESELON_IV, { departDate: '2026-04-24', returnDate: '2026-04-23' }), expenses(noTaxi));
    expect(backwards).toMatchObject({ days: 0, nights: 0, total: 0 });
    expect(backwards.warnings.map(warningText)).toEqual(['Tanggal kembali (23 April 2026) sebelum tanggal berangkat (24 April 2026).']);
    const undated = computeMemberCost(ctx(), member('kasi', ESELON_IV, { returnDate: '' }), expenses({ tickets: [...FLIGHTS] }));
    expect(undated).toMatchObject({ days: 0, total: 0, lines: [] });
    expect(undated.warnings.map(warningText)).toEqual(['Tanggal berangkat atau tanggal kembali belum diisi dengan benar.']);
  });
});

describe('the cost sheet of the Malang visit', () => {
  const members: SheetMemberInput[] = [
    { ...member('wabup', WAKIL_BUPATI), planned: expenses({ tickets: [...FLIGHTS] }) },
    { ...member('kadis', KEPALA_DINAS), planned: expenses({ roomRate: Rp(1_500_000), tickets: [...FLIGHTS] }) },
    {
      ...member('kasi', ESELON_IV),
      planned: expenses({ roomRate: Rp(900_000), tickets: [...FLIGHTS] }),
      // Really paid: both flights at 2.100.000 (above the 2.000.000 ceiling of Tingkat E).
      real: expenses({ roomRate: Rp(900_000), tickets: FLIGHTS.map((f) => ({ ...f, amount: Rp(2_100_000) })) }),
    },
    { ...member('staf', STAFF), planned: expenses({ stay: 'none', tickets: [...FLIGHTS] }) },
  ];

  it('by member, by component and in total, planned and real, with advances and the balance', () => {
    const sheet = computeCostSheet({
      ...ctx(),
      members,
      advances: [
        { memberId: 'kadis', amount: Rp(5_000_000) },
        { memberId: 'staf', amount: Rp(6_000_000) },
      ],
      budgetLine: { code: '5.1.02.04.01.0001', name: 'Belanja Perjalanan Dinas Biasa', ceiling: Rp(28_500_000) },
    });
    // Planned: 10.069.000 + 6.920.000 + 5.934.000 + 5.364.200 = 28.287.200.
    // Real: the Eselon IV's tickets 2 × 2.100.000 = 4.200.000 instead of 3.600.000: 6.534.000,
    // so 28.287.200 + 600.000 = 28.887.200.
    expect(sheet.members.map((m) => [m.memberId, m.planned.total / 100, (m.real?.total ?? null) === null ? null : (m.real?.total ?? 0) / 100])).toEqual([
      ['wabup', 10_069_000, null],
      ['kadis', 6_920_000, null],
      ['kasi', 5_934_000, 6_534_000],
      ['staf', 5_364_200, null],
    ]);
    expect(sheet.total).toEqual({ planned: Rp(28_287_200), real: Rp(28_887_200) });
    expect(sheet.realCount).toBe(1);
    // By component, planned: uang harian 4 × 820.000 = 3.280.000; representasi 500.000 + 300.000 = 800.000;
    // hotel 4.449.000 + 1.500.000 + 814.000 + 244.200 = 7.007.200; tickets 4 × 3.600.000 = 14.400.000;
    // taxis 4 × 700.000 = 2.800.000. Sum 28.287.200.
    expect(sheet.byComponent).toEqual({
      daily_allowance: { planned: Rp(3_280_000), real: Rp(3_280_000) },
      representation: { planned: Rp(800_000), real: Rp(800_000) },
      hotel: { planned: Rp(7_007_200), real: Rp(7_007_200) },
      fare: { planned: Rp(14_400_000), real: Rp(15_000_000) },
      taxi: { planned: Rp(2_800_000), real: Rp(2_800_000) },
      local_transport: { planned: 0, real: 0 },
      vehicle_hire: { planned: 0, real: 0 },
    });
    expect(sheet.byHeading).toEqual({ officials: sheet.total, non_asn: { planned: 0, real: 0 } });
    // Balances: the Kepala Dinas 6.920.000 − 5.000.000 = 1.920.000 still to pay;
    // the staff member 5.364.200 − 6.000.000 = −635.800 to return; the others their whole cost.
    expect(sheet.members.map((m) => [m.memberId, m.advance / 100, m.balance / 100])).toEqual([
      ['wabup', 0, 10_069_000],
      ['kadis', 5_000_000, 1_920_000],
      ['kasi', 0, 6_534_000],
      ['staf', 6_000_000, -635_800],
    ]);
    // The trip: 28.887.200 − 11.000.000 = 17.887.200 still to pay.
    expect([sheet.advances, sheet.balance]).toEqual([Rp(11_000_000), Rp(17_887_200)]);
    // Against the DPA line's 28.500.000: 28.500.000 − 28.887.200 = −387.200.
    expect(sheet.budget?.remaining).toBe(Rp(-387_200));
    expect(sheet.warnings.map(warningText)).toEqual(['Jumlah Rp28.887.200 melebihi pagu Rp28.500.000 (kode rekening 5.1.02.04.01.0001).']);
    const kasi = sheet.members[2]?.real as MemberCost;
    // The real costs warn of the hotel bill and of each of the two tickets.
    expect(kasi.warnings.map((w) => w.code === 'aboveCeiling' && w.component)).toEqual(['hotel', 'fare', 'fare']);
  });

  it('journalists under their own heading, and a trip-wide advance', () => {
    const withPress = [...members, { ...member('pers', JOURNALIST), planned: expenses({ ...noTaxi, stay: 'none' }) }];
    const sheet = computeCostSheet({ ...ctx(), members: withPress, advances: [{ memberId: null, amount: Rp(20_000_000) }] });
    // The journalist: 1.064.200 under non-ASN; the officials 28.287.200 (planned), 28.887.200 (real).
    expect(sheet.byHeading).toEqual({ officials: { planned: Rp(28_287_200), real: Rp(28_887_200) }, non_asn: { planned: Rp(1_064_200), real: Rp(1_064_200) } });
    // 28.887.200 + 1.064.200 = 29.951.400 − 20.000.000 = 9.951.400.
    expect(sheet.balance).toBe(Rp(9_951_400));
    expect(sheet.members.every((m) => m.advance === 0)).toBe(true);
    const excluded = computeCostSheet({ ...ctx({ options: { nonAsn: 'excluded' } }), members: withPress });
    expect(excluded.byHeading.non_asn).toEqual({ planned: 0, real: 0 });
    expect(excluded.members[4]).toMatchObject({ excluded: true, balance: 0 });
    expect(excluded.budget).toBeNull();
  });
});
