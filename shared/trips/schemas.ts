import { z } from 'zod';
import { isRealIsoDate } from '../dates';
import { INITIAL_TRIP_STATUS, TRIP_STATUSES, type TripStatus } from '../vocabulary';
import { byIdSchema, byTripSchema, emptySchema, idSchema, nullableId, patchShape, text, updateSchemaOf, type Stamped } from '../common';

export { idSchema };

export const TITLE_MAX = 300;
export const NARRATIVE_MAX = 20_000;

export { TRIP_STATUSES, type TripStatus };

const isoDate = z
  .string({ error: 'validation.required' })
  .refine(isRealIsoDate, { error: 'validation.invalidDate' });

const title = z
  .string({ error: 'validation.required' })
  .trim()
  .min(1, { error: 'validation.required' })
  .max(TITLE_MAX, { error: 'validation.tooLong' });

const regionCode = z.string().regex(/^\d{2}(\.\d{2})?$/, { error: 'validation.regionCode' });

/** The trip's descriptive fields, all optional with sensible empty defaults. */
const details = {
  originInstitutionId: nullableId,
  hostRegionCodes: z.array(regionCode).max(20, { error: 'validation.tooMany' }).default([]),
  background: text(NARRATIVE_MAX),
  purpose: text(NARRATIVE_MAX),
  objectives: text(NARRATIVE_MAX),
  scope: text(NARRATIVE_MAX),
  /** Dasar: one line each, e.g. "DPA-SKPD Dinas Kominfosanti Nomor …", "SPT Nomor … tanggal …". */
  legalBasis: z.array(z.string().trim().min(1, { error: 'validation.required' }).max(1000, { error: 'validation.tooLong' })).max(50, { error: 'validation.tooMany' }).default([]),
  status: z.enum(TRIP_STATUSES, { error: 'validation.invalidChoice' }).default(INITIAL_TRIP_STATUS),
};

/** Dates are calendar dates of the trip (no zone): the agenda carries zones. */
export const tripCreateSchema = z
  .strictObject({
    title,
    startDate: isoDate,
    endDate: isoDate,
    ...details,
  })
  .refine((t) => t.endDate >= t.startDate, {
    error: 'validation.endBeforeStart',
    path: ['endDate'],
  });

const detailsPatch = patchShape(details);

export const tripPatchSchema = z
  .strictObject({
    title: title.optional(),
    startDate: isoDate.optional(),
    endDate: isoDate.optional(),
    ...detailsPatch,
  })
  .refine((p) => Object.keys(p).length > 0, { error: 'validation.emptyPatch' })
  .refine((p) => p.startDate === undefined || p.endDate === undefined || p.endDate >= p.startDate, {
    error: 'validation.endBeforeStart',
    path: ['endDate'],
  });

export const tripUpdateSchema = updateSchemaOf(tripPatchSchema);

export const tripDuplicateSchema = z
  .strictObject({ id: idSchema, title, startDate: isoDate, endDate: isoDate })
  .refine((t) => t.endDate >= t.startDate, { error: 'validation.endBeforeStart', path: ['endDate'] });

export { byIdSchema, byTripSchema, emptySchema };

export type TripCreate = z.infer<typeof tripCreateSchema>;
export type TripCreateInput = z.input<typeof tripCreateSchema>;
export type TripPatch = z.infer<typeof tripPatchSchema>;
export type TripUpdate = z.infer<typeof tripUpdateSchema>;

export interface Trip extends Stamped {
  title: string;
  startDate: string;
  endDate: string;
  originInstitutionId: string | null;
  hostRegionCodes: string[];
  background: string;
  purpose: string;
  objectives: string;
  scope: string;
  legalBasis: string[];
  status: TripStatus;
}

/** A row of the trips list: the trip plus what the list shows at a glance. */
export interface TripSummary extends Trip {
  officials: number;
  journalists: number;
  hosts: number;
}

/** The trips list's search and filters (`trips.search`); every part optional, all of them must hold. */
export const tripSearchSchema = z.strictObject({
  /** Words found in the title, host regions, institutions or people, in any order, any case or accents. */
  query: z.string().max(200, { error: 'validation.tooLong' }).default(''),
  /** The year the trip starts in. */
  year: z.number().int().min(1900).max(2200).optional(),
  status: z.enum(TRIP_STATUSES, { error: 'validation.invalidChoice' }).optional(),
  /** A host region: a regency/city code, or a province code for all of its regencies and cities. */
  region: regionCode.optional(),
});
export type TripSearch = z.infer<typeof tripSearchSchema>;
export type TripSearchInput = z.input<typeof tripSearchSchema>;

/** A row of the trips list: only what the row shows, plus how much the trip holds (Delete asks first when it holds anything). */
export interface TripListItem {
  id: string;
  title: string;
  startDate: string;
  endDate: string;
  status: TripStatus;
  hostRegionCodes: string[];
  /** Members, hosts, host people, venues, agenda items, learnings, photos, quotes, coverage and document numbers. */
  contents: number;
}

export interface TripSearchResult {
  /** The matching trips, newest first (start date, then title). */
  items: TripListItem[];
  /** Every live trip, filters aside. */
  total: number;
  /** The start years of all live trips, newest first: the year filter's choices. */
  years: number[];
  /** The host region codes of all live trips: the region filter's choices. */
  regionCodes: string[];
}
