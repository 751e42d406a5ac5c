import type { z } from 'zod';
import {
  byIdSchema,
  byTripSchema,
  emptySchema,
  tripCreateSchema,
  tripDuplicateSchema,
  tripUpdateSchema,
  type Trip,
  type TripSummary,
} from './domain/trip';
import {
  institutionCreateSchema,
  institutionListSchema,
  institutionUpdateSchema,
  type Institution,
} from './domain/institution';
import { personCreateSchema, personSearchSchema, personUpdateSchema, type Erased, type PeoplePage, type PersonRow } from './domain/person';
import {
  hostAddSchema,
  hostPersonAddSchema,
  hostPersonUpdateSchema,
  memberAddNewSchema,
  memberAddSchema,
  memberReorderSchema,
  memberUpdateSchema,
  venueCreateSchema,
  venueUpdateSchema,
  type Member,
  type TripDetail,
  type TripHost,
  type TripHostPerson,
  type Venue,
} from './domain/delegation';
import { importCommitSchema, importInputSchema, type ImportOutcome, type ImportPreview } from './domain/import';
import { op, type Removed } from './ops/op';
import { agendaOps } from './ops/agenda';
import { learningsOps } from './ops/learnings';
import { mediaOps } from './ops/media';
import { documentsOps } from './ops/documents';
import { issuersOps } from './ops/issuers';
import { quotesOps } from './ops/quotes';
import { backupsOps } from './ops/backups';

/**
 * The one API contract between the renderer and main: operation name →
 * input schema and output type. Every transport (Electron IPC, browser mode,
 * the end-to-end bridge) calls the same dispatcher with these names.
 */
// Operations of later areas live in shared/ops/<area>.ts and are spread in below.

export interface AppInfo {
  version: string;
  schemaVersion: number;
  mode: 'electron' | 'browser' | 'test';
  dbPath: string;
}

export const contract = {
  'app.info': op<typeof emptySchema, AppInfo>(emptySchema),

  'trips.list': op<typeof emptySchema, TripSummary[]>(emptySchema),
  'trips.get': op<typeof byIdSchema, Trip>(byIdSchema),
  'trips.detail': op<typeof byIdSchema, TripDetail>(byIdSchema),
  'trips.create': op<typeof tripCreateSchema, Trip>(tripCreateSchema),
  'trips.update': op<typeof tripUpdateSchema, Trip>(tripUpdateSchema),
  /** A past trip as a template: details, delegation (roles, no logistics) and hosts, new dates. */
  'trips.duplicate': op<typeof tripDuplicateSchema, Trip>(tripDuplicateSchema),
  /** Marks the trip deleted; `trips.restore` undoes it. */
  'trips.delete': op<typeof byIdSchema, Removed>(byIdSchema),
  'trips.restore': op<typeof byIdSchema, Trip>(byIdSchema),

  'institutions.list': op<typeof institutionListSchema, Institution[]>(institutionListSchema),
  'institutions.create': op<typeof institutionCreateSchema, Institution>(institutionCreateSchema),
  'institutions.update': op<typeof institutionUpdateSchema, Institution>(institutionUpdateSchema),
  'institutions.delete': op<typeof byIdSchema, Removed>(byIdSchema),
  'institutions.restore': op<typeof byIdSchema, Institution>(byIdSchema),
  /** "Hapus permanen": wipes an institution nothing uses any more, for good (no restore). */
  'institutions.erase': op<typeof byIdSchema, Erased>(byIdSchema),

  'people.search': op<typeof personSearchSchema, PeoplePage>(personSearchSchema),
  'people.get': op<typeof byIdSchema, PersonRow>(byIdSchema),
  'people.create': op<typeof personCreateSchema, PersonRow>(personCreateSchema),
  'people.update': op<typeof personUpdateSchema, PersonRow>(personUpdateSchema),
  'people.delete': op<typeof byIdSchema, Removed>(byIdSchema),
  'people.restore': op<typeof byIdSchema, PersonRow>(byIdSchema),
  /** "Hapus permanen": wipes the person and their change log, for good; trips that issued documents keep what they printed. */
  'people.erase': op<typeof byIdSchema, Erased>(byIdSchema),
  /** Validates spreadsheet rows and matches NIPs; writes nothing. */
  'people.importPreview': op<typeof importInputSchema, ImportPreview>(importInputSchema),
  /** Writes the valid rows the user kept, all in one transaction. */
  'people.importCommit': op<typeof importCommitSchema, ImportOutcome>(importCommitSchema),

  'members.add': op<typeof memberAddSchema, Member>(memberAddSchema),
  'members.addNew': op<typeof memberAddNewSchema, Member>(memberAddNewSchema),
  'members.update': op<typeof memberUpdateSchema, Member>(memberUpdateSchema),
  'members.remove': op<typeof byIdSchema, Removed>(byIdSchema),
  'members.restore': op<typeof byIdSchema, Member>(byIdSchema),
  'members.reorder': op<typeof memberReorderSchema, Member[]>(memberReorderSchema),
  /** Back to protocol order (role, then rank). */
  'members.resetOrder': op<typeof byTripSchema, Member[]>(byTripSchema),

  'hosts.add': op<typeof hostAddSchema, TripHost>(hostAddSchema),
  'hosts.remove': op<typeof byIdSchema, Removed>(byIdSchema),
  'hostPeople.add': op<typeof hostPersonAddSchema, TripHostPerson>(hostPersonAddSchema),
  'hostPeople.update': op<typeof hostPersonUpdateSchema, TripHostPerson>(hostPersonUpdateSchema),
  'hostPeople.remove': op<typeof byIdSchema, Removed>(byIdSchema),
  'venues.create': op<typeof venueCreateSchema, Venue>(venueCreateSchema),
  'venues.update': op<typeof venueUpdateSchema, Venue>(venueUpdateSchema),
  'venues.remove': op<typeof byIdSchema, Removed>(byIdSchema),

  ...agendaOps,
  ...learningsOps,
  ...mediaOps,
  ...documentsOps,
  ...issuersOps,
  ...quotesOps,
  ...backupsOps,
} as const;

export type Contract = typeof contract;
export type OperationName = keyof Contract;
export type InputOf<K extends OperationName> = z.input<Contract[K]['input']>;
export type ParsedInputOf<K extends OperationName> = z.output<Contract[K]['input']>;
export type OutputOf<K extends OperationName> = Contract[K]['output'];

export const OPERATION_NAMES = Object.keys(contract) as OperationName[];

export function isOperationName(name: unknown): name is OperationName {
  return typeof name === 'string' && Object.prototype.hasOwnProperty.call(contract, name);
}

/** Wire limit, enforced by every transport before parsing (a 50,000-row import fits). */
export const MAX_REQUEST_BYTES = 32_000_000;
