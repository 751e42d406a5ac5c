import { GOLONGAN, rankIndex } from '../directory/ranks';
import { yearValidity } from './rates';
import { rupiah } from './rupiah';
import { rateSetSchema, type RateSet, type RateSetInput } from './schemas';

/*
 * A SAMPLE rate set: the example figures of the domain notes (PMK 32/2025,
 * SBM 2026, from secondary sources), so a new office can see how a rate set
 * looks and try the cost sheet. NOT official rates: every office enters or
 * imports its own region's Perbup. The cost rules never read these figures;
 * they only ever use the rate sets they are given.
 */

/** The sample's id: fixed, so an office that copied it can tell. */
export const SAMPLE_RATE_SET_ID = '00000000-0000-7000-8000-00000000c0de';

const golonganFrom = (from: string, to: string): string[] => GOLONGAN.filter((g) => rankIndex(g) >= rankIndex(from) && rankIndex(g) <= rankIndex(to));

/** The hotel columns of the SBM: Pejabat Negara–Eselon I / Eselon II / Eselon III–Gol IV / Eselon IV–Gol III and below. */
const hotel = (top: number, es2: number, es3: number, es4: number) => ({
  A: rupiah(top),
  B: rupiah(top),
  C: rupiah(es2),
  D: rupiah(es3),
  E: rupiah(es4),
  F: rupiah(es4),
});

const allowance = (outOfTown: number, inTown: number, training: number) => ({
  out_of_town: rupiah(outOfTown),
  in_town_over_8h: rupiah(inTown),
  training: rupiah(training),
});

/** Representasi luar kota: Pejabat Negara, Eselon I, Eselon II. */
const representation = { out_of_town: { A: rupiah(250_000), B: rupiah(200_000), C: rupiah(150_000) } };

const SAMPLE_INPUT = {
  id: SAMPLE_RATE_SET_ID,
  name: 'Contoh — bukan tarif resmi',
  legalBasis: ['Contoh angka PMK 32/2025 (SBM 2026) dari sumber sekunder — bukan tarif resmi daerah'],
  ...yearValidity(2026),
  sample: true,
  notes: 'Ganti dengan standar biaya daerah sendiri (Perbup/Perwali) sebelum dipakai.',
  levels: [
    { code: 'A', label: 'Tingkat A — Pejabat Negara', employment: ['elected'], travelLevels: ['A'] },
    { code: 'B', label: 'Tingkat B — Eselon I', eselon: ['I'], travelLevels: ['B'] },
    { code: 'C', label: 'Tingkat C — Eselon II', eselon: ['II'], travelLevels: ['C'] },
    { code: 'D', label: 'Tingkat D — Eselon III / Golongan IV', eselon: ['III'], travelLevels: ['D'], golongan: golonganFrom('IV/a', 'IV/e') },
    { code: 'E', label: 'Tingkat E — Eselon IV / Golongan III', eselon: ['IV'], travelLevels: ['E'], golongan: golonganFrom('III/a', 'III/d') },
    { code: 'F', label: 'Tingkat F — Golongan II dan I, Non-ASN', employment: ['non_asn'], travelLevels: ['F'], golongan: golonganFrom('I/a', 'II/d') },
  ],
  destinations: [
    { regionCode: '51', dailyAllowance: allowance(480_000, 190_000, 140_000), hotel: hotel(7_328_000, 2_433_000, 1_754_000, 1_138_000), representation },
    { regionCode: '35', dailyAllowance: allowance(410_000, 160_000, 120_000), hotel: hotel(4_449_000, 2_007_000, 1_234_000, 814_000), representation },
    { regionCode: '52', dailyAllowance: allowance(440_000, 180_000, 130_000), hotel: hotel(4_682_000, 2_648_000, 1_418_000, 907_000), representation },
    { regionCode: '31', dailyAllowance: allowance(530_000, 210_000, 160_000), representation },
  ],
} satisfies RateSetInput & { id: string };

/** The sample, checked by the same schema as every rate set. */
export const SAMPLE_RATE_SET: RateSet = rateSetSchema.parse(SAMPLE_INPUT);
