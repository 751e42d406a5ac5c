/**
 * Rate sets (shared/money/schemas.ts, rates.ts, sample-rates.ts): the schema
 * with field-named errors, the region's own levels and `levelFor`, the set
 * that applies on a day and the row of a destination.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { rateSetInputSchema, rateSetSchema, type RateSetInput } from '../../shared/money/schemas';
import { destinationRates, levelFor, rateSetFor, yearValidity, type LevelPerson } from '../../shared/money/rates';
import { SAMPLE_RATE_SET, SAMPLE_RATE_SET_ID } from '../../shared/money/sample-rates';
import { rupiah } from '../../shared/money/rupiah';
import * as V from '../../shared/money/vocabulary';

const person = (p: Partial<LevelPerson>): LevelPerson => ({ employment: 'pns', eselon: '', golongan: '', jabatan: '', travelLevel: '', ...p });

/** Cilacap's standard (domain notes): A the Bupati, Wakil Bupati and DPRD leaders; B Eselon II and DPRD members; … */
const CILACAP_LEVELS: RateSetInput['levels'] = [
  { code: 'A', label: 'Tingkat A — Bupati, Wakil Bupati, Ketua/Wakil Ketua DPRD', jabatan: ['Bupati', 'Wakil Bupati', 'Ketua DPRD', 'Wakil Ketua DPRD'] },
  { code: 'B', label: 'Tingkat B — Eselon II, Anggota DPRD', jabatan: ['Anggota DPRD'], eselon: ['II'] },
  { code: 'C', label: 'Tingkat C — Eselon III / Golongan IV', eselon: ['III'], golongan: ['IV/a', 'IV/b', 'IV/c', 'IV/d', 'IV/e'] },
  { code: 'D', label: 'Tingkat D — Eselon IV / Golongan III', eselon: ['IV'], golongan: ['III/a', 'III/b', 'III/c', 'III/d'] },
  { code: 'E', label: 'Tingkat E — Golongan II / I', golongan: ['I/a', 'I/b', 'I/c', 'I/d', 'II/a', 'II/b', 'II/c', 'II/d'] },
];

const minimal = (over: Partial<RateSetInput> = {}): RateSetInput => ({
  name: 'Perbup Cilacap — Standar Biaya 2026',
  legalBasis: ['Perbup Cilacap 1/2026'],
  ...yearValidity(2026),
  levels: CILACAP_LEVELS,
  destinations: [{ regionCode: '35', dailyAllowance: { out_of_town: rupiah(410_000) }, hotel: { A: rupiah(4_449_000) } }],
  ...over,
});

const issues = (input: unknown) => (rateSetInputSchema.safeParse(input).error?.issues ?? []).map((i) => [i.path.join('.'), i.message]);

describe('the money vocabulary', () => {
  it.each([
    ['travel kinds', V.TRAVEL_KINDS, V.TRAVEL_KIND_LABELS],
    ['cost components', V.COST_COMPONENTS, V.COST_COMPONENT_LABELS],
    ['fare modes', V.FARE_MODES, V.FARE_MODE_LABELS],
    ['fare bases', V.FARE_BASES, V.FARE_BASIS_LABELS],
    ['taxi places', V.TAXI_PLACES, V.TAXI_PLACE_LABELS],
    ['cost headings', V.COST_HEADINGS, V.COST_HEADING_LABELS],
    ['non-ASN policies', V.NON_ASN_POLICIES, V.NON_ASN_POLICY_LABELS],
    ['cost rules', V.COST_RULES, V.COST_RULE_LABELS],
    ['formula units', V.FORMULA_UNITS, V.FORMULA_UNIT_LABELS],
  ] as Array<[string, readonly string[], Readonly<Record<string, string>>]>)('%s: snake-case codes in order, one distinct label each', (_n, codes, labels) => {
    expect(Object.keys(labels)).toEqual([...codes]);
    for (const c of codes) expect(c).toMatch(/^[a-z][a-z0-9_]*$/);
    expect(new Set(Object.values(labels)).size).toBe(codes.length);
  });

  it('names the component of every rule', () => {
    expect(Object.keys(V.COMPONENT_OF_RULE)).toEqual([...V.COST_RULES]);
    expect(new Set(Object.values(V.COMPONENT_OF_RULE))).toEqual(new Set(V.COST_COMPONENTS));
  });
});

describe('rate set schema', () => {
  it('fills the regional rules with their usual values', () => {
    const set = rateSetInputSchema.parse(minimal());
    expect(set.rules).toEqual({ travelDayPercent: 100, noHotelPercent: 30, taxiTrips: { origin: 2, destination: 2 } });
    expect(set.sample).toBe(false);
    expect(set.destinations[0]).toMatchObject({ taxi: null, localTransport: null, vehicleHire: {}, fares: {}, representation: {} });
  });

  it('names the field of each error', () => {
    expect(issues(minimal({ validFrom: '2026-12-31', validTo: '2026-01-01' }))).toEqual([['validTo', 'validation.endBeforeStart']]);
    expect(issues(minimal({ validFrom: '2026-02-30' }))).toEqual([['validFrom', 'validation.invalidDate']]);
    expect(issues(minimal({ legalBasis: [] }))).toEqual([['legalBasis', 'validation.required']]);
    expect(issues(minimal({ levels: [...CILACAP_LEVELS, { code: 'B', label: 'Lagi' }] }))).toEqual([['levels.5.code', 'validation.money.duplicateLevel']]);
    expect(issues(minimal({ levels: [{ code: 'Tingkat A', label: 'A' }], destinations: [] }))).toEqual([['levels.0.code', 'validation.money.levelCode']]);
    expect(issues(minimal({ levels: [{ code: 'A', label: 'A', golongan: ['V/a'] }], destinations: [] }))).toEqual([['levels.0.golongan.0', 'validation.invalidChoice']]);
    expect(
      issues(
        minimal({
          destinations: [
            { regionCode: '35', hotel: { Z: rupiah(1) }, representation: { out_of_town: { Y: rupiah(1) } }, fares: { air: { basis: 'ceiling', ceilings: { X: rupiah(1) } } } },
            { regionCode: '35' },
          ],
        }),
      ),
    ).toEqual([
      ['destinations.0.hotel.Z', 'validation.money.unknownLevel'],
      ['destinations.0.representation.out_of_town.Y', 'validation.money.unknownLevel'],
      ['destinations.0.fares.air.ceilings.X', 'validation.money.unknownLevel'],
      ['destinations.1.regionCode', 'validation.money.duplicateRegion'],
    ]);
    expect(issues(minimal({ destinations: [{ regionCode: '99' }, { regionCode: '35.7' }] }))).toEqual([
      ['destinations.0.regionCode', 'validation.regionCode'],
      ['destinations.1.regionCode', 'validation.regionCode'],
    ]);
    expect(issues(minimal({ destinations: [{ regionCode: '35', dailyAllowance: { out_of_town: -1 }, taxi: 1.5 }] }))).toEqual([
      ['destinations.0.dailyAllowance.out_of_town', 'validation.money.negative'],
      ['destinations.0.taxi', 'validation.money.invalid'],
    ]);
    expect(issues(minimal({ rules: { travelDayPercent: 140 } }))).toEqual([['rules.travelDayPercent', 'validation.money.percent']]);
  });

  it('keeps the sample out of the rules: no module of the money area but the sample itself imports it', () => {
    const dir = join(import.meta.dirname, '../../shared/money');
    const importers = readdirSync(dir).filter((f) => f !== 'sample-rates.ts' && readFileSync(join(dir, f), 'utf8').includes('sample-rates'));
    expect(importers).toEqual([]);
  });

  it('ships the domain notes\' figures only as a sample set, flagged and named as such', () => {
    expect(rateSetSchema.parse(SAMPLE_RATE_SET)).toEqual(SAMPLE_RATE_SET);
    expect(SAMPLE_RATE_SET.id).toBe(SAMPLE_RATE_SET_ID);
    expect(SAMPLE_RATE_SET.sample).toBe(true);
    expect(SAMPLE_RATE_SET.name).toBe('Contoh — bukan tarif resmi');
    expect(SAMPLE_RATE_SET.levels.map((l) => l.code)).toEqual(['A', 'B', 'C', 'D', 'E', 'F']);
    const bali = destinationRates(SAMPLE_RATE_SET, '51.08');
    expect(bali?.dailyAllowance).toEqual({ out_of_town: rupiah(480_000), in_town_over_8h: rupiah(190_000), training: rupiah(140_000) });
    const jatim = destinationRates(SAMPLE_RATE_SET, '35.73');
    expect(jatim?.regionCode).toBe('35');
    expect(jatim?.hotel).toEqual({ A: rupiah(4_449_000), B: rupiah(4_449_000), C: rupiah(2_007_000), D: rupiah(1_234_000), E: rupiah(814_000), F: rupiah(814_000) });
    expect(jatim?.representation.out_of_town).toEqual({ A: rupiah(250_000), B: rupiah(200_000), C: rupiah(150_000) });
    expect(destinationRates(SAMPLE_RATE_SET, '52.71')?.hotel.C).toBe(rupiah(2_648_000));
    expect(destinationRates(SAMPLE_RATE_SET, '31.71')?.hotel).toEqual({});
    expect(destinationRates(SAMPLE_RATE_SET, '73.71')).toBeNull();
  });
});

describe('the set and row that apply', () => {
  const y2025 = { id: '2025', ...yearValidity(2025) };
  const y2026 = { id: '2026', ...yearValidity(2026) };
  const amended = { id: 'amended', validFrom: '2026-07-01', validTo: '2026-12-31' };

  it('picks the set covering the day, an amendment from its first day', () => {
    const sets = [y2026, amended, y2025];
    expect(rateSetFor(sets, '2025-12-31')?.id).toBe('2025');
    expect(rateSetFor(sets, '2026-01-01')?.id).toBe('2026');
    expect(rateSetFor(sets, '2026-06-30')?.id).toBe('2026');
    expect(rateSetFor(sets, '2026-07-01')?.id).toBe('amended');
    expect(rateSetFor(sets, '2027-01-01')).toBeNull();
  });

  it("prefers a regency/city's own row to its province's", () => {
    const set = rateSetInputSchema.parse(minimal({ destinations: [{ regionCode: '35' }, { regionCode: '35.73', dailyAllowance: { out_of_town: rupiah(450_000) } }] }));
    expect(destinationRates(set, '35.73')?.regionCode).toBe('35.73');
    expect(destinationRates(set, '35.10')?.regionCode).toBe('35');
    expect(destinationRates(set, '35')?.regionCode).toBe('35');
  });
});

describe('levelFor', () => {
  const sample = SAMPLE_RATE_SET.levels;
  const cilacap = rateSetInputSchema.parse(minimal()).levels;

  it('maps the Malang delegation on the sample (national) levels', () => {
    expect(levelFor(person({ employment: 'elected', jabatan: 'Wakil Bupati Buleleng' }), sample)).toMatchObject({ code: 'A', by: 'employment', matched: 'elected' });
    expect(levelFor(person({ eselon: 'II', golongan: 'IV/c', jabatan: 'Kepala Dinas Kominfosanti' }), sample)).toMatchObject({ code: 'C', by: 'eselon', matched: 'II' });
    // An Eselon IV official of golongan IV/a is Tingkat E: the eselon decides before the golongan.
    expect(levelFor(person({ eselon: 'IV', golongan: 'IV/a' }), sample)).toMatchObject({ code: 'E', by: 'eselon' });
    expect(levelFor(person({ golongan: 'II/c', jabatan: 'Pengadministrasi Umum' }), sample)).toMatchObject({ code: 'F', by: 'golongan', matched: 'II/c' });
    expect(levelFor(person({ employment: 'non_asn' }), sample)).toMatchObject({ code: 'F', by: 'employment' });
    expect(levelFor(person({ golongan: 'III/b' }), sample)?.label).toBe('Tingkat E — Eselon IV / Golongan III');
  });

  it("uses the tingkat the directory carries before the golongan (a functional official's own level)", () => {
    expect(levelFor(person({ golongan: 'IV/a', travelLevel: 'C' }), sample)).toMatchObject({ code: 'C', by: 'travelLevel', matched: 'C' });
    expect(levelFor(person({ golongan: 'IV/a' }), sample)).toMatchObject({ code: 'D', by: 'golongan' });
  });

  it("follows the region's own levels: jabatan first, a jabatan's beginning as whole words", () => {
    expect(levelFor(person({ employment: 'elected', jabatan: 'Wakil Bupati Cilacap' }), cilacap)).toMatchObject({ code: 'A', by: 'jabatan', matched: 'Wakil Bupati' });
    expect(levelFor(person({ employment: 'elected', jabatan: 'Ketua DPRD Kabupaten Cilacap' }), cilacap)).toMatchObject({ code: 'A', matched: 'Ketua DPRD' });
    expect(levelFor(person({ employment: 'elected', jabatan: 'anggota  dprd kabupaten cilacap' }), cilacap)).toMatchObject({ code: 'B', by: 'jabatan', matched: 'Anggota DPRD' });
    expect(levelFor(person({ eselon: 'II' }), cilacap)).toMatchObject({ code: 'B', by: 'eselon' });
    expect(levelFor(person({ eselon: 'III' }), cilacap)?.code).toBe('C');
    expect(levelFor(person({ golongan: 'II/a' }), cilacap)?.code).toBe('E');
    const onlyBupati = [{ ...cilacap[0]!, jabatan: ['Bupati'] }];
    expect(levelFor(person({ jabatan: 'Wakil Bupati Cilacap' }), onlyBupati)).toBeNull();
    expect(levelFor(person({ jabatan: 'Bupatian' }), onlyBupati)).toBeNull();
    expect(levelFor(person({ jabatan: 'Bupati' }), onlyBupati)?.code).toBe('A');
    // Nothing fits an elected official the region did not list, nor a journalist: chosen by hand.
    expect(levelFor(person({ employment: 'elected', jabatan: 'Kepala Desa' }), cilacap)).toBeNull();
    expect(levelFor(person({ employment: 'non_asn' }), cilacap)).toBeNull();
  });

  it("takes a trip member's override when it is one of the levels", () => {
    const staff = person({ golongan: 'II/c' });
    expect(levelFor(staff, sample, 'D')).toEqual({ code: 'D', label: 'Tingkat D — Eselon III / Golongan IV', by: 'override', matched: 'D' });
    expect(levelFor(staff, sample, 'Z')).toMatchObject({ code: 'F', by: 'golongan' });
    expect(levelFor(staff, sample, '')).toMatchObject({ code: 'F' });
  });
});
