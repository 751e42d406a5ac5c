import { z } from 'zod';
import { enumOrEmpty, expectedUpdatedAt, idSchema, nullableId, patchOf, requiredText, text, updateSchemaOf, type Stamped } from '../common';
import { personCreateSchema, type PersonRow } from '../directory/person';
import { HOST_ROLES, MEMBER_ROLES, TRANSPORT_MODES, kindForRole, type HostRole, type MemberRole, type TransportMode } from '../vocabulary';
import type { Institution } from '../directory/institution';
import type { Trip } from '../trips/schemas';

export { HOST_ROLES, MEMBER_ROLES, TRANSPORT_MODES, kindForRole, type HostRole, type MemberRole, type TransportMode };

/**
 * The most people (officials and journalists) one trip's delegation holds:
 * the documents are built and tested at this size.
 */
export const MAX_MEMBERS_PER_TRIP = 2000;

const logistics = {
  transportMode: enumOrEmpty(TRANSPORT_MODES),
  /** Airline, train or bus company. */
  carrier: text(120),
  /** Flight or train number. */
  transportNumber: text(40),
  seat: text(20),
  hotel: text(200),
  room: text(40),
  roommatePersonId: nullableId,
  /** Dietary and other needs. */
  needs: text(1000),
};

export const memberAddSchema = z.strictObject({
  tripId: idSchema,
  personId: idSchema,
  role: z.enum(MEMBER_ROLES, { error: 'validation.invalidChoice' }),
});

/** Creates the person in the directory and adds them, in one transaction. */
export const memberAddNewSchema = z.strictObject({
  tripId: idSchema,
  role: z.enum(MEMBER_ROLES, { error: 'validation.invalidChoice' }),
  person: personCreateSchema,
});

export const memberUpdateSchema = updateSchemaOf(patchOf({ role: z.enum(MEMBER_ROLES, { error: 'validation.invalidChoice' }), ...logistics }));

export const memberReorderSchema = z.strictObject({
  tripId: idSchema,
  /** Every live member id of the trip, in the wanted order. */
  memberIds: z.array(idSchema).max(5000),
});

export const hostAddSchema = z.strictObject({ tripId: idSchema, institutionId: idSchema });
export const hostPersonAddSchema = z.strictObject({
  tripId: idSchema,
  personId: idSchema,
  hostRole: z.enum(HOST_ROLES, { error: 'validation.invalidChoice' }),
});
export const hostPersonUpdateSchema = z.strictObject({
  id: idSchema,
  expectedUpdatedAt,
  hostRole: z.enum(HOST_ROLES, { error: 'validation.invalidChoice' }),
});

const venueFields = {
  tripId: idSchema,
  institutionId: nullableId,
  name: requiredText(300),
  address: text(1000),
};
export const venueCreateSchema = z.strictObject(venueFields);
export const venueUpdateSchema = updateSchemaOf(patchOf({ institutionId: venueFields.institutionId, name: venueFields.name, address: venueFields.address }));

export type MemberWarning =
  | { kind: 'duplicateNip'; otherMemberId: string }
  | { kind: 'overlap'; tripId: string; tripTitle: string; startDate: string; endDate: string }
  | { kind: 'missingNip' };

/** A printed field where the trip's own record and the directory now differ. */
export interface DirectoryChange {
  field: 'titlePrefix' | 'name' | 'titleSuffix' | 'employment' | 'nip' | 'golongan' | 'jabatan' | 'unit' | 'eselon' | 'institutionName' | 'mediaType' | 'pressCard';
  /** What the trip keeps (and its documents print). */
  trip: string;
  /** What the directory says now. */
  directory: string;
}

/** "Perbarui dari direktori" for the named members / host people (all that differ when omitted); also its undo. */
export const refreshSchema = z.strictObject({
  tripId: idSchema,
  memberIds: z.array(idSchema).max(5000).optional(),
  hostPersonIds: z.array(idSchema).max(5000).optional(),
});

export interface Member extends Stamped {
  tripId: string;
  personId: string;
  role: MemberRole;
  /** Position in the list; protocol order when the user has not reordered. */
  position: number;
  transportMode: TransportMode | '';
  carrier: string;
  transportNumber: string;
  seat: string;
  hotel: string;
  room: string;
  roommatePersonId: string | null;
  needs: string;
  /** The person as this trip keeps them: the printed fields as they were when they joined (or were last refreshed). */
  person: PersonRow;
  warnings: MemberWarning[];
  /** Where the directory now says something else than the trip keeps. */
  directoryChanges: DirectoryChange[];
  /** A "Perbarui dari direktori" can be undone. */
  canUndoRefresh: boolean;
}

export interface TripHostPerson extends Stamped {
  tripId: string;
  personId: string;
  hostRole: HostRole;
  /** As this trip keeps them (see Member.person). */
  person: PersonRow;
  directoryChanges: DirectoryChange[];
  canUndoRefresh: boolean;
}

export interface TripHost extends Stamped {
  tripId: string;
  institutionId: string;
  institution: Institution;
}

export interface Venue extends Stamped {
  tripId: string;
  institutionId: string | null;
  name: string;
  address: string;
}

/** Everything the trip page shows, in one call. */
export interface TripDetail {
  trip: Trip;
  originInstitution: Institution | null;
  /** Officials first, in protocol (or the user's) order; journalists are role 'journalist'. */
  members: Member[];
  hosts: TripHost[];
  hostPeople: TripHostPerson[];
  venues: Venue[];
  counts: { officials: number; journalists: number; hosts: number; hostPeople: number };
  /** True when the user reordered the delegation by hand. */
  customOrder: boolean;
}
