import { z } from 'zod';
import { expectedUpdatedAt, idSchema, nullableId, patchOf, requiredText, text, updateSchemaOf, type Stamped } from '../common';
import { isRealIsoDate } from '../dates';
import { regionByCode } from '../regions';
import { ESELON, GOLONGAN } from '../directory/ranks';
import { EMPLOYMENT, TRAVEL_LEVELS } from '../directory/vocabulary';
import { senSchema } from './rupiah';
import { FARE_BASES, FARE_MODES, NON_ASN_POLICIES, TRAVEL_KINDS } from './vocabulary';

/*
 * A rate set (standar biaya perjalanan dinas) as a region adopts it: its legal
 * basis, its validity, the region's own levels, its rules and a table of rates
 * per destination province (or regency/city). Amounts are integer sen
 * (shared/money/rupiah.ts). Errors are i18n keys on the field at fault.
 */

const isoDate = z.string({ error: 'validation.required' }).refine(isRealIsoDate, { error: 'validation.invalidDate' });

/** A level's code as the region writes it: "A", "II", "Es-II". */
export const levelCodeSchema = z
  .string({ error: 'validation.required' })
  .trim()
  .regex(/^[A-Za-z0-9][A-Za-z0-9._-]{0,19}$/, { error: 'validation.money.levelCode' });

/**
 * A level of the region (tingkat biaya) and who belongs to it. A person
 * belongs when any one criterion holds; `levelFor` (rates.ts) tries the
 * criteria from the most precise (jabatan) to the broadest (golongan).
 */
const levelSchema = z.strictObject({
  code: levelCodeSchema,
  /** "Tingkat A — Bupati, Wakil Bupati, Pimpinan DPRD". */
  label: requiredText(200),
  /** How jabatan begin: "Bupati" holds for "Bupati Buleleng", not for "Wakil Bupati Buleleng". */
  jabatan: z.array(requiredText(200)).max(50, { error: 'validation.tooMany' }).default([]),
  employment: z.array(z.enum(EMPLOYMENT, { error: 'validation.invalidChoice' })).max(EMPLOYMENT.length).default([]),
  eselon: z.array(z.enum(ESELON, { error: 'validation.invalidChoice' })).max(ESELON.length).default([]),
  /** The national tingkat biaya (A–F) a person carries in the directory. */
  travelLevels: z.array(z.enum(TRAVEL_LEVELS, { error: 'validation.invalidChoice' })).max(TRAVEL_LEVELS.length).default([]),
  golongan: z.array(z.enum(GOLONGAN as unknown as readonly [string, ...string[]], { error: 'validation.invalidChoice' })).max(GOLONGAN.length).default([]),
});

/** Amounts per level code; a level left out has no entitlement (or no figure) in that table. */
const perLevel = z.record(levelCodeSchema, senSchema).default({});

const percent = z.number({ error: 'validation.invalidType' }).int({ error: 'validation.money.percent' }).min(0, { error: 'validation.money.percent' }).max(100, { error: 'validation.money.percent' });
const tripCount = z.number({ error: 'validation.invalidType' }).int({ error: 'validation.invalid' }).min(0, { error: 'validation.invalid' }).max(20, { error: 'validation.invalid' });

const fareSchema = z.strictObject({
  basis: z.enum(FARE_BASES, { error: 'validation.invalidChoice' }),
  /** Ceiling per ticket (one way) per level, when the basis is 'ceiling'. */
  ceilings: perLevel,
});

const regionCodeSchema = z
  .string({ error: 'validation.required' })
  .refine((c) => /^\d{2}(\.\d{2})?$/.test(c) && regionByCode(c) !== undefined, { error: 'validation.regionCode' });

/** The rates of one destination: a province ("35"), or a regency/city ("35.73") where the region sets its own. */
const destinationSchema = z.strictObject({
  regionCode: regionCodeSchema,
  /** Uang harian per person per day, by kind of travel. */
  dailyAllowance: z.partialRecord(z.enum(TRAVEL_KINDS, { error: 'validation.invalidChoice' }), senSchema).default({}),
  /** Hotel ceiling per night, by level. */
  hotel: perLevel,
  /** Uang representasi per day, by kind of travel and level (only the levels that get it). */
  representation: z.partialRecord(z.enum(TRAVEL_KINDS, { error: 'validation.invalidChoice' }), perLevel).default({}),
  /** Taxi ceiling per trip (one way), paid at cost up to it; null when the set has no figure. */
  taxi: senSchema.nullable().default(null),
  /** Local transport per day. */
  localTransport: senSchema.nullable().default(null),
  /** Vehicle hire per day, by level (only the levels that get it). */
  vehicleHire: perLevel,
  fares: z.partialRecord(z.enum(FARE_MODES, { error: 'validation.invalidChoice' }), fareSchema).default({}),
});

const DEFAULT_RULES = { travelDayPercent: 100, noHotelPercent: 30, taxiTrips: { origin: 2, destination: 2 } };

/** The region's rules (options that differ between regions). */
const rulesSchema = z.strictObject({
  /** Share of uang harian paid on the departure and the return day (e.g. 40); 100 pays the full rate. */
  travelDayPercent: percent.default(DEFAULT_RULES.travelDayPercent),
  /** Lumpsum share of the hotel ceiling per night for a traveller who stays with no hotel. */
  noHotelPercent: percent.default(DEFAULT_RULES.noHotelPercent),
  /** The taxi trips paid at the origin and at the destination. */
  taxiTrips: z
    .strictObject({ origin: tripCount.default(DEFAULT_RULES.taxiTrips.origin), destination: tripCount.default(DEFAULT_RULES.taxiTrips.destination) })
    .default(DEFAULT_RULES.taxiTrips),
});

const rateSetFields = {
  /** "Perbup Buleleng 62/2024 — Standar Biaya Perjalanan Dinas 2026". */
  name: requiredText(200),
  /** Dasar hukum, one line each: "Perbup Buleleng 62/2024", "PMK 32/2025 (SBM 2026)". */
  legalBasis: z.array(requiredText(500)).min(1, { error: 'validation.required' }).max(20, { error: 'validation.tooMany' }),
  /** First and last day the rates apply (a year: 1 January – 31 December; see `yearValidity`). */
  validFrom: isoDate,
  validTo: isoDate,
  /** An example set, never official rates: documents say so. */
  sample: z.boolean({ error: 'validation.invalidType' }).default(false),
  notes: text(2000),
  /** The region's levels, from the highest. */
  levels: z.array(levelSchema).min(1, { error: 'validation.required' }).max(30, { error: 'validation.tooMany' }),
  rules: rulesSchema.default(DEFAULT_RULES),
  destinations: z.array(destinationSchema).max(600, { error: 'validation.tooMany' }).default([]),
};

type RateSetShape = z.output<z.ZodObject<typeof rateSetFields>>;

/** Every level code a destination names is a level of the set; codes and destinations are each listed once. */
function checkRateSet(s: RateSetShape, ctx: z.RefinementCtx): void {
  if (s.validTo < s.validFrom) ctx.addIssue({ code: 'custom', message: 'validation.endBeforeStart', path: ['validTo'] });
  const codes = new Set<string>();
  s.levels.forEach((l, i) => {
    if (codes.has(l.code)) ctx.addIssue({ code: 'custom', message: 'validation.money.duplicateLevel', path: ['levels', i, 'code'] });
    codes.add(l.code);
  });
  const regions = new Set<string>();
  s.destinations.forEach((d, i) => {
    const at = ['destinations', i];
    if (regions.has(d.regionCode)) ctx.addIssue({ code: 'custom', message: 'validation.money.duplicateRegion', path: [...at, 'regionCode'] });
    regions.add(d.regionCode);
    const tables: Array<[PropertyKey[], Record<string, number>]> = [
      [['hotel'], d.hotel],
      [['vehicleHire'], d.vehicleHire],
      ...Object.entries(d.representation).map(([kind, t]): [PropertyKey[], Record<string, number>] => [['representation', kind], t]),
      ...Object.entries(d.fares).map(([mode, f]): [PropertyKey[], Record<string, number>] => [['fares', mode, 'ceilings'], f.ceilings]),
    ];
    for (const [path, table] of tables) {
      for (const code of Object.keys(table)) {
        if (!codes.has(code)) ctx.addIssue({ code: 'custom', message: 'validation.money.unknownLevel', path: [...at, ...path, code] });
      }
    }
  });
}

/** A rate set as typed or imported, before it has an id. */
export const rateSetInputSchema = z.strictObject(rateSetFields).superRefine(checkRateSet);
/** A stored rate set. */
export const rateSetSchema = z.strictObject({ id: idSchema, ...rateSetFields }).superRefine(checkRateSet);

export type RateSetInput = z.input<typeof rateSetInputSchema>;
export type RateSet = z.output<typeof rateSetSchema>;
export type RateLevel = RateSet['levels'][number];
export type DestinationRates = RateSet['destinations'][number];
export type RateRules = RateSet['rules'];

/** A ticket: paid at cost, checked against the ceiling of the traveller's level when the rate set has one. */
const ticketSchema = z.strictObject({
  mode: z.enum(FARE_MODES, { error: 'validation.invalidChoice' }),
  /** "Denpasar – Surabaya, GA 345". */
  label: text(200),
  amount: senSchema,
  /** The day of travel (picks the rate set); the member's departure day when absent. */
  date: isoDate.optional(),
});

/**
 * What a traveller spends, planned or real. Left-out figures are planned from
 * the rates: a hotel at the ceiling, the allowed taxi trips at the taxi ceiling.
 */
export const expensesSchema = z.strictObject({
  /** 'none': stays with no hotel (family, a mess), paid the lumpsum share of the ceiling. */
  stay: z.enum(['hotel', 'none'], { error: 'validation.invalidChoice' }).default('hotel'),
  /** The room's rate per night (the bill, or an estimate); null plans at the ceiling. */
  roomRate: senSchema.nullable().default(null),
  tickets: z.array(ticketSchema).max(20, { error: 'validation.tooMany' }).default([]),
  /** Each taxi trip's fare at the origin and at the destination; null plans the allowed trips at the ceiling. */
  taxis: z
    .strictObject({
      origin: z.array(senSchema).max(20, { error: 'validation.tooMany' }).nullable().default(null),
      destination: z.array(senSchema).max(20, { error: 'validation.tooMany' }).nullable().default(null),
    })
    .default({ origin: null, destination: null }),
  /** Local transport on every day of the stay. */
  localTransport: z.boolean({ error: 'validation.invalidType' }).default(false),
  /** A hired vehicle on every day of the stay (for the levels that get it). */
  vehicleHire: z.boolean({ error: 'validation.invalidType' }).default(false),
});
export type Expenses = z.output<typeof expensesSchema>;
export type ExpensesInput = z.input<typeof expensesSchema>;
export type Ticket = Expenses['tickets'][number];

/** A DPA budget line: kode rekening ("5.1.02.04.01.0001"), its name and its ceiling. */
export const budgetLineSchema = z.strictObject({
  code: z.string({ error: 'validation.required' }).trim().regex(/^\d+(\.\d+){1,7}$/, { error: 'validation.money.accountCode' }),
  name: text(300),
  ceiling: senSchema,
});
export type BudgetLine = z.output<typeof budgetLineSchema>;

/** The office's options for a trip's cost sheet. */
export const costOptionsSchema = z.strictObject({
  nonAsn: z.enum(NON_ASN_POLICIES, { error: 'validation.invalidChoice' }).default('own_heading'),
});
export type CostOptions = z.output<typeof costOptionsSchema>;

// ---- Stored records and the operations' inputs (issue 15, second slice) ----------------------

/** A stored rate set: the set and its version stamps (`updatedAt` is the version a form sends back). */
export type RateSetRecord = RateSet & Stamped;

export const rateSetUpdateSchema = updateSchemaOf(patchOf(rateSetFields));
export type RateSetPatch = z.output<typeof rateSetUpdateSchema>['patch'];

/** A journey of a member typed on the money page when the agenda does not have it: the local dates of its two ends. */
export const travelLegSchema = z
  .strictObject({ departDate: isoDate, arriveDate: isoDate })
  .refine((l) => l.arriveDate >= l.departDate, { error: 'validation.endBeforeStart', path: ['arriveDate'] });

const destinationCode = z
  .string({ error: 'validation.invalidType' })
  .refine((c) => c === '' || (/^\d{2}(\.\d{2})?$/.test(c) && regionByCode(c) !== undefined), { error: 'validation.regionCode' });

/** The trip's money settings; before the first save they are these defaults (version 0). */
const tripMoneyFields = {
  /** The rate set chosen for the trip; null: the sets covering each day, by date. */
  rateSetId: nullableId,
  travelKind: z.enum(TRAVEL_KINDS, { error: 'validation.invalidChoice' }).default('out_of_town'),
  /** The destination the rates are read for ("35.73" or "35"); '': the trip's first host region. */
  destinationRegionCode: destinationCode.default(''),
  /** The DPA line the trip is paid from; null until chosen. */
  budgetLine: budgetLineSchema.nullable().default(null),
  nonAsn: z.enum(NON_ASN_POLICIES, { error: 'validation.invalidChoice' }).default('own_heading'),
  /** The PPK (Pejabat Pembuat Komitmen), a person of the directory. */
  ppkPersonId: nullableId,
};
export const tripMoneyUpdateSchema = z.strictObject({ tripId: idSchema, expectedUpdatedAt, patch: patchOf(tripMoneyFields) });
export type TripMoneySettings = z.output<z.ZodObject<typeof tripMoneyFields>>;
export interface TripMoney extends TripMoneySettings {
  tripId: string;
  /** 0 until first saved. */
  updatedAt: number;
}

/** What the money page keeps of one member. */
const memberMoneyFields = {
  /** A level code of the rate set chosen by hand; '': from the person (`levelFor`). */
  levelOverride: z.union([levelCodeSchema, z.literal('')]).default(''),
  planned: expensesSchema.default(expensesSchema.parse({})),
  /** What was really spent (the SPJ); null until known. */
  real: expensesSchema.nullable().default(null),
  /** The member's own journeys; null: from the agenda's travel items. */
  legs: z.array(travelLegSchema).max(20, { error: 'validation.tooMany' }).nullable().default(null),
};
export const memberMoneyUpdateSchema = z.strictObject({ memberId: idSchema, expectedUpdatedAt, patch: patchOf(memberMoneyFields) });
export type MemberMoneyFields = z.output<z.ZodObject<typeof memberMoneyFields>>;
export interface MemberMoney extends MemberMoneyFields {
  memberId: string;
  tripId: string;
  /** 0 until first saved. */
  updatedAt: number;
}

/** Uang muka: paid ahead to a member, or (memberId null) to the delegation, e.g. its treasurer. */
const advanceFields = {
  memberId: nullableId,
  amount: senSchema,
  /** The day it was paid ('' when not known). */
  paidOn: z.union([isoDate, z.literal('')]).default(''),
  note: text(500),
};
export const advanceCreateSchema = z.strictObject({ tripId: idSchema, ...advanceFields });
export const advanceUpdateSchema = updateSchemaOf(patchOf(advanceFields));
export interface AdvanceRecord extends Stamped {
  tripId: string;
  memberId: string | null;
  amount: number;
  paidOn: string;
  note: string;
}

/** Rows of a rate set spreadsheet as the renderer read them (CSV or XLSX): every row, the header rows included; cells as text. */
export const rateSetImportSchema = z.strictObject({
  rows: z
    .array(z.array(z.string().max(2000, { error: 'validation.tooLong' })).max(100, { error: 'validation.tooMany' }))
    .min(1, { error: 'validation.required' })
    .max(20_000, { error: 'validation.tooMany' }),
});
