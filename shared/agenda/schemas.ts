import { z } from 'zod';
import { isRealIsoDate } from '../dates';
import { regionByCode } from '../regions';
import { DEFAULT_ZONE, isLocalDateTime, isValidZone } from '../zones';
import { AGENDA_KINDS, ATTENDANCE, DEFAULT_AGENDA_KIND, type AgendaKind, type Attendance } from '../vocabulary';
import { idSchema, nullableId, patchOf, requiredText, text, updateSchemaOf, type Stamped } from '../common';

export { AGENDA_KINDS, ATTENDANCE, type AgendaKind, type Attendance };

const localDateTime = z
  .string({ error: 'validation.required' })
  .refine(isLocalDateTime, { error: 'validation.invalidDateTime' });
const zone = z.string().refine(isValidZone, { error: 'validation.invalidZone' });
const isoDate = z.string({ error: 'validation.required' }).refine(isRealIsoDate, { error: 'validation.invalidDate' });

/**
 * Times arrive as the wall clock of the place ("2025-04-24T09:00") plus its
 * IANA zone. A missing `startZone` is filled by the service with
 * `defaultAgendaZone` (venue's host region → trip's first host region →
 * Asia/Jakarta); a missing `endZone` is the start zone.
 */
const fields = {
  kind: z.enum(AGENDA_KINDS, { error: 'validation.invalidChoice' }).default(DEFAULT_AGENDA_KIND),
  title: requiredText(300),
  startLocal: localDateTime,
  startZone: zone.optional(),
  endLocal: localDateTime,
  endZone: zone.optional(),
  fromPlace: text(200),
  toPlace: text(200),
  venueId: nullableId,
  venueText: text(300),
  pic: text(300),
  attendance: z.enum(ATTENDANCE, { error: 'validation.invalidChoice' }).default('all'),
  /** trip_members ids; used when attendance is 'chosen'. */
  memberIds: z.array(idSchema).max(5000).default([]),
  notes: text(5000),
};

export const agendaCreateSchema = z.strictObject({ tripId: idSchema, ...fields });
export const agendaUpdateSchema = updateSchemaOf(patchOf(fields));
export const agendaShiftDaySchema = z.strictObject({
  tripId: idSchema,
  /** Local date of the place. */
  date: isoDate,
  days: z.number().int().min(-366).max(366).refine((n) => n !== 0, { error: 'validation.invalid' }),
  /**
   * Only these items of that day (e.g. to undo a shift without moving what
   * was already on the day they moved to); every one must start on `date`.
   */
  itemIds: z.array(idSchema).min(1, { error: 'validation.required' }).max(5000).optional(),
});
export const agendaDuplicateDaySchema = z.strictObject({ tripId: idSchema, date: isoDate, toDate: isoDate });
/** Several items of one trip removed at once (e.g. undoing a copied day). */
export const agendaRemoveManySchema = z.strictObject({
  tripId: idSchema,
  ids: z.array(idSchema).min(1, { error: 'validation.required' }).max(5000),
});
export const agendaReorderSchema = z.strictObject({
  id: idSchema,
  /** Index among the live items of the trip that start at the same instant. */
  position: z.number().int().min(0).max(10_000),
});

export type AgendaCreate = z.output<typeof agendaCreateSchema>;
export type AgendaCreateInput = z.input<typeof agendaCreateSchema>;

export interface AgendaItem extends Stamped {
  tripId: string;
  kind: AgendaKind;
  title: string;
  /** UTC ms. */
  startAt: number;
  startZone: string;
  endAt: number;
  endZone: string;
  /** Wall clock of the place, "2025-04-24T09:00". */
  startLocal: string;
  endLocal: string;
  fromPlace: string;
  toPlace: string;
  venueId: string | null;
  /** The venue's name when venueId points at one, else ''. */
  venueName: string;
  venueText: string;
  pic: string;
  attendance: Attendance;
  memberIds: string[];
  notes: string;
  position: number;
}

/**
 * The zone an item gets when none is given: the region of the venue's host
 * institution, else the trip's first host region, else Asia/Jakarta.
 */
export function defaultAgendaZone(hostRegionCodes: readonly string[], venueRegionCode?: string | null): string {
  const venueZone = venueRegionCode ? regionByCode(venueRegionCode)?.zone : undefined;
  if (venueZone) return venueZone;
  for (const code of hostRegionCodes) {
    const z = regionByCode(code)?.zone;
    if (z) return z;
  }
  return DEFAULT_ZONE;
}
