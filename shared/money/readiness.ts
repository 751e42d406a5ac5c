import { datesFrom, type CostContext } from './costs';
import type { CostWarning } from './explain';
import { coversDate } from './rates';
import type { RateSet } from './schemas';
import type { CostSheet } from './sheet';

/*
 * Readiness of a trip's money (issue 15 item 6): what must be settled before
 * the SPPD and the cost papers can be signed. Pure: the service gathers the
 * trip, its settings and its cost sheet; this lists what is missing or wrong,
 * each problem as data (a code, whom it concerns, the cost rules' own warning)
 * for the screens to word in their language and the documents with
 * `warningText`.
 */

/** Problems of the trip itself; a member's come from the cost rules' warnings (`CostWarning['code']`). */
export const TRIP_MONEY_PROBLEMS = [
  /** No rate set to compute with. */
  'noRateSets',
  /** The rate set chosen for the trip was deleted: the sets covering each day are used instead. */
  'rateSetGone',
  /** Days of the trip no rate set in use covers. */
  'tripNotCovered',
  /** A sample set (example figures, not the region's rates) is in use. */
  'sampleRates',
  /** No destination: the trip has no host region and none was chosen. */
  'noDestination',
  /** The trip's origin institution has no region: taxis at the origin cannot be priced. */
  'noOrigin',
  /** No PPK (Pejabat Pembuat Komitmen) for the SPPD. */
  'noPpk',
  /** No DPA budget line (SPPD item 9, pembebanan anggaran). */
  'noBudgetLine',
  /** Uang muka paid to a member who has since left the trip: counted in the trip's balance only. */
  'advanceOfRemovedMember',
] as const;
export type TripMoneyProblem = (typeof TRIP_MONEY_PROBLEMS)[number];

/** missing: the papers cannot be made right as they are; warning: they can, but someone should look. */
export type MoneySeverity = 'missing' | 'warning';

export interface MoneyProblem {
  code: TripMoneyProblem | CostWarning['code'];
  severity: MoneySeverity;
  /** The member it concerns; null for the trip. */
  memberId: string | null;
  /** Which of the member's costs: the plan, or what was really spent; null for the trip. */
  plan: 'planned' | 'real' | null;
  /** The cost rules' warning, for the codes that are one. */
  warning: CostWarning | null;
  /** What the trip problem is about: the days not covered, the advance, the sets. */
  params?: Record<string, string | number>;
}

const WARNING_SEVERITY: Record<CostWarning['code'], MoneySeverity> = {
  noLevel: 'missing',
  unknownLevel: 'missing',
  missingRate: 'missing',
  noDestinationRates: 'missing',
  noRateSet: 'missing',
  invalidDates: 'missing',
  aboveCeiling: 'warning',
  taxiTrips: 'warning',
  aboveBudget: 'warning',
};

const TRIP_SEVERITY: Record<TripMoneyProblem, MoneySeverity> = {
  noRateSets: 'missing',
  rateSetGone: 'warning',
  tripNotCovered: 'missing',
  sampleRates: 'warning',
  noDestination: 'missing',
  noOrigin: 'warning',
  noPpk: 'missing',
  noBudgetLine: 'warning',
  advanceOfRemovedMember: 'warning',
};

export interface MoneyReadinessInput {
  trip: { startDate: string; endDate: string };
  /** The sets the sheet was computed with. */
  rateSets: readonly RateSetRef[];
  /** The trip named a set that is no longer there. */
  chosenRateSetGone: boolean;
  destinationRegionCode: string;
  originRegionCode: string;
  hasPpk: boolean;
  hasBudgetLine: boolean;
  /** Advances to members no longer on the trip. */
  orphanAdvances: readonly { id: string; amount: number }[];
  sheet: CostSheet;
}

const tripProblem = (code: TripMoneyProblem, params?: Record<string, string | number>): MoneyProblem => ({
  code,
  severity: TRIP_SEVERITY[code],
  memberId: null,
  plan: null,
  warning: null,
  ...(params ? { params } : {}),
});

const warningProblem = (warning: CostWarning, memberId: string | null, plan: MoneyProblem['plan']): MoneyProblem => ({
  code: warning.code,
  severity: WARNING_SEVERITY[warning.code],
  memberId,
  plan,
  warning,
});

/** Every problem of the trip's money: the trip's own first, then each member's (planned, then real), then the budget's. */
export function moneyProblems(input: MoneyReadinessInput): MoneyProblem[] {
  const out: MoneyProblem[] = [];
  if (input.chosenRateSetGone) out.push(tripProblem('rateSetGone'));
  if (input.rateSets.length === 0) out.push(tripProblem('noRateSets'));
  else {
    const uncovered = datesFrom(input.trip.startDate, input.trip.endDate).filter((d) => !input.rateSets.some((s) => coversDate(s, d)));
    if (uncovered.length > 0) out.push(tripProblem('tripNotCovered', { dates: uncovered.join(', '), count: uncovered.length }));
    const samples = input.rateSets.filter((s) => s.sample);
    if (samples.length > 0) out.push(tripProblem('sampleRates', { names: samples.map((s) => s.name).join(', ') }));
  }
  if (input.destinationRegionCode === '') out.push(tripProblem('noDestination'));
  if (input.originRegionCode === '') out.push(tripProblem('noOrigin'));
  if (!input.hasPpk) out.push(tripProblem('noPpk'));
  if (!input.hasBudgetLine) out.push(tripProblem('noBudgetLine'));
  for (const a of input.orphanAdvances) out.push(tripProblem('advanceOfRemovedMember', { advanceId: a.id, amount: a.amount }));
  const tripUncovered = out.some((p) => p.code === 'tripNotCovered');
  const withinTrip = (dates: readonly string[]) => dates.every((d) => d >= input.trip.startDate && d <= input.trip.endDate);
  for (const m of input.sheet.members) {
    // A warning the plan already shows is not repeated for the real costs; the trip's own check names the days no set covers.
    const planned = new Set(m.planned.warnings.map((w) => JSON.stringify(w)));
    for (const [plan, cost] of [['planned', m.planned], ['real', m.real]] as const) {
      for (const w of cost?.warnings ?? []) {
        if (plan === 'real' && planned.has(JSON.stringify(w))) continue;
        if (w.code === 'noRateSet' && tripUncovered && withinTrip(w.dates)) continue;
        out.push(warningProblem(w, m.memberId, plan));
      }
    }
  }
  for (const w of input.sheet.warnings) out.push(warningProblem(w, null, null));
  return out;
}

/** A rate set as the cost sheet names the ones it used. */
export type RateSetRef = Pick<RateSet, 'id' | 'name' | 'validFrom' | 'validTo' | 'sample'>;

/** What `costSheet.get` answers: the trip's cost sheet, what it was computed from, and what is not ready. */
export interface TripCostSheet {
  tripId: string;
  kind: CostContext['kind'];
  originRegionCode: string;
  destinationRegionCode: string;
  /** The sets the sheet was computed with: the trip's chosen one, or those covering its days. */
  rateSets: RateSetRef[];
  /** The PPK as the directory has them now; null when none is chosen (or they were deleted). */
  ppk: { personId: string; name: string; nip: string; golongan: string; jabatan: string } | null;
  sheet: CostSheet;
  problems: MoneyProblem[];
}
