import type { TFunction } from 'i18next';
import { formatDateRange, isRealIsoDate } from '../../../../shared/dates';
import type { CostLine } from '../../../../shared/money/costs';
import type { CostWarning, Factor, RateSource } from '../../../../shared/money/explain';
import type { MoneyProblem } from '../../../../shared/money/readiness';
import { formatRupiah } from '../../../../shared/money/rupiah';
import { regionByCode } from '../../../../shared/regions';

/*
 * The cost rules' data worded for the screen, in the app's language: the
 * same factors, sources and warnings shared/money/explain.ts prints for the
 * documents (in Indonesian), through i18n. Nothing is computed here.
 */

/** Every code a cost warning has, for the texts' completeness test. */
export const COST_WARNING_CODES = [
  'aboveCeiling',
  'missingRate',
  'noRateSet',
  'noDestinationRates',
  'noLevel',
  'unknownLevel',
  'taxiTrips',
  'invalidDates',
  'aboveBudget',
] as const satisfies readonly CostWarning['code'][];
// A code added to CostWarning and not listed above fails to compile here.
type Unlisted = Exclude<CostWarning['code'], (typeof COST_WARNING_CODES)[number]>;
const allListed: [Unlisted] extends [never] ? true : Unlisted = true;
void allListed;

/** The app's languages, as the date helpers take them. */
export type Lang = Parameters<typeof formatDateRange>[2];

const regionName = (code: string): string => regionByCode(code)?.name ?? code;
const dayText = (d: string, lang?: Lang): string => (isRealIsoDate(d) ? formatDateRange(d, d, lang) : d);

/** "Rp480.000 × 2 hari", "30% × Rp1.000.000 × 1 malam". */
export function formulaText(t: TFunction, factors: readonly Factor[]): string {
  return factors
    .map((f) => (f.kind === 'percent' ? `${f.percent}%` : f.kind === 'amount' ? formatRupiah(f.amount) : t(`budget.units.${f.unit}`, { count: f.count })))
    .join(' × ');
}

/** The table a figure comes from: "Uang harian Luar kota", "Penginapan", "Taksi di tempat asal", "Tiket pesawat". */
export function tableText(t: TFunction, s: RateSource): string {
  if (s.mode) return t(`budget.fareModes.${s.mode}`);
  if (s.place) return t(`budget.taxiPlaces.${s.place}`);
  const table = t(`budget.components.${s.table}`);
  return s.kind && s.table !== 'hotel' ? `${table} ${t(`budget.kinds.${s.kind}`).toLowerCase()}` : table;
}

/** The row a figure comes from: the rate set, the region's row, the table (unless the text names it already), the level. */
export function sourceText(t: TFunction, s: RateSource, withTable = true): string {
  return [s.rateSetName, regionName(s.regionCode), withTable ? tableText(t, s) : '', s.levelLabel].filter(Boolean).join(' · ');
}

/** A line's name: its component, and a ticket's own label. */
export function lineName(t: TFunction, l: CostLine): string {
  const name = l.source?.mode ? t(`budget.fareModes.${l.source.mode}`) : l.source?.place ? t(`budget.taxiPlaces.${l.source.place}`) : t(`budget.components.${l.component}`);
  return l.label ? `${name}: ${l.label}` : name;
}

/** "Taksi di tempat asal" inside a sentence. */
const lowerFirst = (s: string): string => s.charAt(0).toLowerCase() + s.slice(1);

const perUnit = (t: TFunction, component: string): string =>
  component === 'hotel' ? t('budget.perUnit.hotel') : component === 'fare' ? t('budget.perUnit.fare') : component === 'taxi' ? t('budget.perUnit.taxi') : '';

/** A cost warning in the app's language. */
export function warningText(t: TFunction, w: CostWarning, lang?: Lang): string {
  switch (w.code) {
    case 'aboveCeiling':
      return t('budget.warnings.aboveCeiling', {
        table: tableText(t, w.source),
        amount: formatRupiah(w.amount),
        ceiling: formatRupiah(w.ceiling),
        unit: perUnit(t, w.component),
        source: sourceText(t, w.source, false),
      }).replace(/ {2,}/g, ' ');
    case 'missingRate':
      return t('budget.warnings.missingRate', { table: lowerFirst(tableText(t, w.source)), source: sourceText(t, w.source, false) });
    case 'noRateSet':
      return t('budget.warnings.noRateSet', { dates: w.dates.map((d) => dayText(d, lang)).join(', ') });
    case 'noDestinationRates':
      return t('budget.warnings.noDestinationRates', { rateSet: w.rateSetName, region: regionName(w.regionCode) });
    case 'noLevel':
      return t('budget.warnings.noLevel', { rateSet: w.rateSetName });
    case 'unknownLevel':
      return t('budget.warnings.unknownLevel', { level: w.level, rateSet: w.rateSetName });
    case 'taxiTrips':
      return t('budget.warnings.taxiTrips', { place: t(`budget.taxiPlaces.${w.place}`), given: w.given, allowed: w.allowed });
    case 'invalidDates':
      if (!isRealIsoDate(w.departDate) || !isRealIsoDate(w.returnDate)) return t('budget.warnings.invalidDatesUnset');
      return t('budget.warnings.invalidDates', { departDate: dayText(w.departDate, lang), returnDate: dayText(w.returnDate, lang) });
    case 'aboveBudget':
      return t('budget.warnings.aboveBudget', { amount: formatRupiah(w.amount), ceiling: formatRupiah(w.ceiling), budgetCode: w.budgetCode });
  }
}

/** A readiness problem in the app's language (the member's name is shown beside it by the list). */
export function problemText(t: TFunction, p: MoneyProblem, lang?: Lang): string {
  if (p.warning) return warningText(t, p.warning, lang);
  const params = p.params ?? {};
  switch (p.code) {
    case 'tripNotCovered':
      return t('budget.problems.codes.tripNotCovered', {
        dates: String(params.dates ?? '')
          .split(', ')
          .filter(Boolean)
          .map((d) => dayText(d, lang))
          .join(', '),
      });
    case 'sampleRates':
      return t('budget.problems.codes.sampleRates', { names: String(params.names ?? '') });
    case 'advanceOfRemovedMember':
      return t('budget.problems.codes.advanceOfRemovedMember', { amount: formatRupiah(Number(params.amount ?? 0)) });
    case 'noRateSets':
    case 'rateSetGone':
    case 'noDestination':
    case 'noOrigin':
    case 'noPpk':
    case 'noBudgetLine':
      return t(`budget.problems.codes.${p.code}`);
    default:
      // A cost warning's code always comes with its warning.
      return p.code;
  }
}
