import { formatDateRange, isRealIsoDate } from '../dates';
import { regionByCode } from '../regions';
import { formatRupiah, percentOf, type Sen } from './rupiah';
import {
  COST_COMPONENT_LABELS,
  FARE_MODE_LABELS,
  FORMULA_UNIT_LABELS,
  TAXI_PLACE_LABELS,
  TRAVEL_KIND_LABELS,
  type CostComponent,
  type FareMode,
  type FormulaUnit,
  type RupiahStyle,
  type TaxiPlace,
  type TravelKind,
} from './vocabulary';

/*
 * How a figure came about, as data: the factors of its formula, the table row
 * it was read from, and the warnings about it. The screens and documents
 * print these ("Rp480.000 × 2 hari"); nothing here is computed twice.
 */

/**
 * What an amount factor is: the table's figure, a ceiling used in place of a
 * higher or unknown bill, or an amount actually paid (a bill, a ticket).
 */
export type AmountRole = 'rate' | 'ceiling' | 'actual';

/** One factor of a line's formula; a line's amount is their product (see `formulaAmount`). */
export type Factor =
  | { kind: 'percent'; percent: number }
  | { kind: 'amount'; amount: Sen; role: AmountRole }
  | { kind: 'count'; count: number; unit: FormulaUnit };

/** The table row a figure was read from. */
export interface RateSource {
  rateSetId: string;
  rateSetName: string;
  /** The row's own region: a province "35", or a regency/city "35.73" that has its own row. */
  regionCode: string;
  table: CostComponent;
  kind: TravelKind | null;
  mode: FareMode | null;
  place: TaxiPlace | null;
  level: string | null;
  levelLabel: string;
  /** The figure of that row; null where the set pays at cost with no figure. */
  rate: Sen | null;
}

export type CostWarning =
  /** An amount above its ceiling: the ceiling is named by its source. */
  | { code: 'aboveCeiling'; component: CostComponent; amount: Sen; ceiling: Sen; source: RateSource }
  /** The rate set has no figure for a table the member needs. */
  | { code: 'missingRate'; source: RateSource }
  /** Days no rate set covers. */
  | { code: 'noRateSet'; dates: string[] }
  | { code: 'noDestinationRates'; rateSetId: string; rateSetName: string; regionCode: string }
  /** No level of the set fits the member and none was chosen. */
  | { code: 'noLevel'; rateSetId: string; rateSetName: string }
  /** The member's chosen level is not one of the set's levels. */
  | { code: 'unknownLevel'; level: string; rateSetId: string; rateSetName: string }
  | { code: 'taxiTrips'; place: TaxiPlace; allowed: number; given: number }
  | { code: 'invalidDates'; departDate: string; returnDate: string }
  /** The trip's total above the ceiling of its DPA budget line. */
  | { code: 'aboveBudget'; budgetCode: string; amount: Sen; ceiling: Sen };

/**
 * A formula's amount: its amount factor, reduced by its percentage (rounded to
 * the rupiah, per unit), times its counts.
 */
export function formulaAmount(factors: readonly Factor[]): Sen {
  let unit = 0;
  let percent = 100;
  let count = 1;
  for (const f of factors) {
    if (f.kind === 'amount') unit = f.amount;
    else if (f.kind === 'percent') percent = f.percent;
    else count *= f.count;
  }
  return (percent === 100 ? unit : percentOf(unit, percent)) * count;
}

/** "40% × Rp410.000 × 2 hari", "Rp1.500.000 × 1 tiket". */
export function formatFormula(factors: readonly Factor[], style: RupiahStyle = 'compact'): string {
  return factors
    .map((f) => (f.kind === 'percent' ? `${f.percent}%` : f.kind === 'amount' ? formatRupiah(f.amount, style) : `${f.count} ${FORMULA_UNIT_LABELS[f.unit]}`))
    .join(' × ');
}

const regionName = (code: string): string => regionByCode(code)?.name ?? code;

/** The table a figure comes from: "Biaya Penginapan", "Uang Harian Luar Kota", "Taksi di Tempat Asal", "Tiket Pesawat". */
export function tableText(s: RateSource): string {
  if (s.mode) return FARE_MODE_LABELS[s.mode];
  if (s.place) return TAXI_PLACE_LABELS[s.place];
  return s.kind && s.table !== 'hotel' ? `${COST_COMPONENT_LABELS[s.table]} ${TRAVEL_KIND_LABELS[s.kind]}` : COST_COMPONENT_LABELS[s.table];
}

/** The row a figure comes from: "Contoh — bukan tarif resmi, Jawa Timur, Tingkat E — Eselon IV / Golongan III". */
export function sourceText(s: RateSource): string {
  return [s.rateSetName, regionName(s.regionCode), s.levelLabel].filter(Boolean).join(', ');
}

const UNIT_OF: Partial<Record<CostComponent, string>> = { hotel: 'per malam', fare: 'per tiket', taxi: 'per perjalanan' };
const dateText = (d: string): string => formatDateRange(d, d);

/** A warning as the documents and readiness lists write it, in Indonesian. */
export function warningText(w: CostWarning): string {
  switch (w.code) {
    case 'aboveCeiling':
      return `${tableText(w.source)} ${formatRupiah(w.amount)} melebihi plafon ${formatRupiah(w.ceiling)}${UNIT_OF[w.component] ? ` ${UNIT_OF[w.component]}` : ''} (${sourceText(w.source)}).`;
    case 'missingRate':
      return `Tarif ${tableText(w.source)} tidak ada (${sourceText(w.source)}).`;
    case 'noRateSet':
      return `Tidak ada standar biaya yang berlaku pada ${w.dates.map(dateText).join(', ')}.`;
    case 'noDestinationRates':
      return `${w.rateSetName} tidak memuat tarif untuk ${regionName(w.regionCode)}.`;
    case 'noLevel':
      return `Tingkat biaya belum ditentukan (${w.rateSetName}).`;
    case 'unknownLevel':
      return `Tingkat biaya ${w.level} tidak ada dalam ${w.rateSetName}.`;
    case 'taxiTrips':
      return `${TAXI_PLACE_LABELS[w.place]}: ${w.given} perjalanan, yang dibayar paling banyak ${w.allowed}.`;
    case 'invalidDates':
      if (!isRealIsoDate(w.departDate) || !isRealIsoDate(w.returnDate)) return 'Tanggal berangkat atau tanggal kembali belum diisi dengan benar.';
      return `Tanggal kembali (${dateText(w.returnDate)}) sebelum tanggal berangkat (${dateText(w.departDate)}).`;
    case 'aboveBudget':
      return `Jumlah ${formatRupiah(w.amount)} melebihi pagu ${formatRupiah(w.ceiling)} (kode rekening ${w.budgetCode}).`;
  }
}
