import type { z } from 'zod';
import {
  expensesSchema,
  rateSetSchema,
  travelLegSchema,
  type AdvanceRecord,
  type MemberMoney,
  type RateSetRecord,
  type TripMoney,
} from '../../shared/money/schemas';
import { AppError } from '../../shared/result';

/*
 * The money area's SQL rows and their mapping to the contract's types. JSON
 * columns are parsed by the same zod schemas that checked them on write, so a
 * row that does not fit (written by hand, or by a newer app) fails loudly.
 */

export interface RateSetDbRow {
  id: string;
  name: string;
  legal_basis: string;
  valid_from: string;
  valid_to: string;
  sample: number;
  notes: string;
  levels: string;
  rules: string;
  destinations: string;
  created_at: number;
  updated_at: number;
  deleted_at: number | null;
}

export const toRateSet = (r: RateSetDbRow): RateSetRecord => ({
  ...rateSetSchema.parse({
    id: r.id,
    name: r.name,
    legalBasis: JSON.parse(r.legal_basis) as unknown,
    validFrom: r.valid_from,
    validTo: r.valid_to,
    sample: r.sample === 1,
    notes: r.notes,
    levels: JSON.parse(r.levels) as unknown,
    rules: JSON.parse(r.rules) as unknown,
    destinations: JSON.parse(r.destinations) as unknown,
  }),
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});

/** A rate set's columns as the statements bind them. */
export const rateSetParams = (s: Omit<RateSetRecord, 'createdAt' | 'updatedAt'>) => ({
  id: s.id,
  name: s.name,
  legalBasis: JSON.stringify(s.legalBasis),
  validFrom: s.validFrom,
  validTo: s.validTo,
  sample: s.sample ? 1 : 0,
  notes: s.notes,
  levels: JSON.stringify(s.levels),
  rules: JSON.stringify(s.rules),
  destinations: JSON.stringify(s.destinations),
});

export interface TripMoneyDbRow {
  id: string;
  rate_set_id: string | null;
  travel_kind: TripMoney['travelKind'];
  destination_region_code: string;
  budget_code: string;
  budget_name: string;
  budget_ceiling: number | null;
  non_asn: TripMoney['nonAsn'];
  ppk_person_id: string | null;
  updated_at: number;
}

/** The settings as stored, or their defaults (version 0) before the first save. */
export const toTripMoney = (tripId: string, r: TripMoneyDbRow | undefined): TripMoney => ({
  tripId,
  rateSetId: r?.rate_set_id ?? null,
  travelKind: r?.travel_kind ?? 'out_of_town',
  destinationRegionCode: r?.destination_region_code ?? '',
  budgetLine: r && r.budget_ceiling !== null ? { code: r.budget_code, name: r.budget_name, ceiling: r.budget_ceiling } : null,
  nonAsn: r?.non_asn ?? 'own_heading',
  ppkPersonId: r?.ppk_person_id ?? null,
  updatedAt: r?.updated_at ?? 0,
});

export const tripMoneyParams = (m: TripMoney) => ({
  tripId: m.tripId,
  rateSetId: m.rateSetId,
  travelKind: m.travelKind,
  destinationRegionCode: m.destinationRegionCode,
  budgetCode: m.budgetLine?.code ?? '',
  budgetName: m.budgetLine?.name ?? '',
  budgetCeiling: m.budgetLine?.ceiling ?? null,
  nonAsn: m.nonAsn,
  ppkPersonId: m.ppkPersonId,
});

/** A live member with their money row, if any (LEFT JOIN). */
export interface MemberMoneyDbRow {
  member_id: string;
  trip_id: string;
  level_override: string | null;
  planned_expenses: string | null;
  real_expenses: string | null;
  legs: string | null;
  updated_at: number | null;
}

const parsed = <S extends z.ZodType>(schema: S, json: string | null): z.output<S> | null => (json === null ? null : schema.parse(JSON.parse(json)));
const legsSchema = travelLegSchema.array();

export const toMemberMoney = (r: MemberMoneyDbRow): MemberMoney => ({
  memberId: r.member_id,
  tripId: r.trip_id,
  levelOverride: r.level_override ?? '',
  planned: parsed(expensesSchema, r.planned_expenses) ?? expensesSchema.parse({}),
  real: parsed(expensesSchema, r.real_expenses),
  legs: parsed(legsSchema, r.legs),
  updatedAt: r.updated_at ?? 0,
});

export const memberMoneyParams = (m: MemberMoney) => ({
  memberId: m.memberId,
  tripId: m.tripId,
  levelOverride: m.levelOverride,
  planned: JSON.stringify(m.planned),
  real: m.real === null ? null : JSON.stringify(m.real),
  legs: m.legs === null ? null : JSON.stringify(m.legs),
});

export interface AdvanceDbRow {
  id: string;
  trip_id: string;
  member_id: string | null;
  amount: number;
  paid_on: string;
  note: string;
  created_at: number;
  updated_at: number;
  deleted_at: number | null;
}

export const toAdvance = (r: AdvanceDbRow): AdvanceRecord => ({
  id: r.id,
  tripId: r.trip_id,
  memberId: r.member_id,
  amount: r.amount,
  paidOn: r.paid_on,
  note: r.note,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});

export const invalid = (field: string, key: string, message: string) => new AppError('VALIDATION', message, { field, key });

/** A zod failure of a whole record checked in the service (a merged patch), as the dispatcher would name it. */
export function invalidIssue(error: z.ZodError, prefix: string): AppError {
  const issue = error.issues[0];
  const field = [prefix, ...(issue?.path ?? []).map(String)].filter(Boolean).join('.');
  return invalid(field, issue?.message ?? 'validation.invalid', `${field}: ${issue?.message ?? 'invalid'}`);
}
