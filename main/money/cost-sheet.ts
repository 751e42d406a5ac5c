import { fullName } from '../../shared/directory/person';
import { memberSpan, memberTravelLegs } from '../../shared/money/costs';
import { moneyProblems, type TripCostSheet } from '../../shared/money/readiness';
import { expensesSchema, type RateSetRecord } from '../../shared/money/schemas';
import { computeCostSheet, type SheetMemberInput } from '../../shared/money/sheet';
import { listAgenda } from '../agenda';
import { tripDetail } from '../delegation';
import { liveTripRow } from '../trips';
import type { Store } from '../db/store';
import { readRateSets } from './rate-sets';
import { livePpk, readAdvances, readMembersMoney, readTripMoney } from './trip-money';

/*
 * The trip's cost sheet: the trip, its members as the trip keeps them (with
 * the directory's travel level), the agenda's journeys, the rate sets and the
 * trip's settings, gathered in one read and handed to the pure cost rules
 * (shared/money), with what is not ready yet.
 */

/**
 * The sets a trip is computed with: the one it chose, else every live set
 * by date — the region's own; the samples only when there is nothing else,
 * so an example never outranks real rates.
 */
function rateSetsFor(all: readonly RateSetRecord[], chosenId: string | null): { sets: RateSetRecord[]; chosenGone: boolean } {
  const chosen = chosenId === null ? undefined : all.find((s) => s.id === chosenId);
  if (chosen) return { sets: [chosen], chosenGone: false };
  const own = all.filter((s) => !s.sample);
  return { sets: own.length > 0 ? own : [...all], chosenGone: chosenId !== null };
}

export function costSheet(store: Store, tripId: string): TripCostSheet {
  liveTripRow(store, tripId, 'tripId');
  const detail = tripDetail(store, tripId);
  const { trip } = detail;
  const settings = readTripMoney(store, tripId);
  const { sets, chosenGone } = rateSetsFor(readRateSets(store), settings.rateSetId);
  const agenda = listAgenda(store, tripId);
  const money = new Map(readMembersMoney(store, tripId).map((m) => [m.memberId, m]));
  const members = detail.members.map((m): SheetMemberInput => {
    const own = money.get(m.id);
    const span = memberSpan(trip, own?.legs ?? memberTravelLegs(agenda, m.id));
    return {
      memberId: m.id,
      name: fullName(m.person),
      person: m.person,
      levelOverride: own?.levelOverride ?? '',
      ...span,
      planned: own?.planned ?? expensesSchema.parse({}),
      real: own?.real ?? null,
    };
  });
  const live = new Set(detail.members.map((m) => m.id));
  const advances = readAdvances(store, tripId);
  const originRegionCode = detail.originInstitution?.regionCode ?? '';
  const destinationRegionCode = settings.destinationRegionCode || (trip.hostRegionCodes[0] ?? '');
  const sheet = computeCostSheet({
    kind: settings.travelKind,
    originRegionCode,
    destinationRegionCode,
    rateSets: sets,
    options: { nonAsn: settings.nonAsn },
    members,
    advances,
    budgetLine: settings.budgetLine,
  });
  const p = settings.ppkPersonId === null ? null : livePpk(store, settings.ppkPersonId);
  const ppk = p ? { personId: p.id, name: fullName(p), nip: p.nip, golongan: p.golongan, jabatan: p.jabatan } : null;
  const rateSets = sets.map(({ id, name, validFrom, validTo, sample }) => ({ id, name, validFrom, validTo, sample }));
  const problems = moneyProblems({
    trip,
    rateSets,
    chosenRateSetGone: chosenGone,
    destinationRegionCode,
    originRegionCode,
    hasPpk: ppk !== null,
    hasBudgetLine: settings.budgetLine !== null,
    orphanAdvances: advances.filter((a) => a.memberId !== null && !live.has(a.memberId)),
    sheet,
  });
  return { tripId, kind: settings.travelKind, originRegionCode, destinationRegionCode, rateSets, ppk, sheet, problems };
}
