import type { Trip, TripCreateInput, TripSummary, TripUpdate } from '../../shared/trips/schemas';
import { AppError } from '../../shared/result';
import { INITIAL_TRIP_STATUS, JOURNALIST_ROLE, sqlList } from '../../shared/vocabulary';
import { preparedPer, type Store } from '../db/store';
import { markTripChildren, restoreTripChildren, tripDeletionStamp } from './children';
import { stripUndefined, updateRow } from '../db/rows';

interface TripRow {
  id: string;
  title: string;
  start_date: string;
  end_date: string;
  origin_institution_id: string | null;
  host_region_codes: string;
  background: string;
  purpose: string;
  objectives: string;
  scope: string;
  legal_basis: string;
  status: Trip['status'];
  created_at: number;
  updated_at: number;
  deleted_at: number | null;
}

export const toTrip = (r: TripRow): Trip => ({
  id: r.id,
  title: r.title,
  startDate: r.start_date,
  endDate: r.end_date,
  originInstitutionId: r.origin_institution_id,
  hostRegionCodes: JSON.parse(r.host_region_codes) as string[],
  background: r.background,
  purpose: r.purpose,
  objectives: r.objectives,
  scope: r.scope,
  legalBasis: JSON.parse(r.legal_basis) as string[],
  status: r.status,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});

/** What a trip holds when the caller leaves a field out (the schema's defaults). */
export const TRIP_DEFAULTS = {
  originInstitutionId: null,
  hostRegionCodes: [],
  background: '',
  purpose: '',
  objectives: '',
  scope: '',
  legalBasis: [],
  status: INITIAL_TRIP_STATUS,
} as const satisfies Partial<Trip>;

const COLS = `id, title, start_date, end_date, origin_institution_id, host_region_codes, background, purpose,
  objectives, scope, legal_basis, status, created_at, updated_at, deleted_at`;

/** Prepared statements cached per database: preparing is most of a small query's cost. */
function prepare(db: Store['db']) {
  return {
    insert: db.prepare(
      `INSERT INTO trips (id, title, start_date, end_date, origin_institution_id, host_region_codes, background, purpose,
         objectives, scope, legal_basis, status, created_at, updated_at)
       VALUES (@id, @title, @startDate, @endDate, @originInstitutionId, @hostRegionCodes, @background, @purpose,
         @objectives, @scope, @legalBasis, @status, @createdAt, @updatedAt)`,
    ),
    get: db.prepare(`SELECT ${COLS} FROM trips WHERE id = ?`),
    list: db.prepare(
      `SELECT ${COLS},
         (SELECT count(*) FROM trip_members m WHERE m.trip_id = t.id AND m.deleted_at IS NULL AND m.role NOT IN ${sqlList([JOURNALIST_ROLE])}) AS officials,
         (SELECT count(*) FROM trip_members m WHERE m.trip_id = t.id AND m.deleted_at IS NULL AND m.role IN ${sqlList([JOURNALIST_ROLE])}) AS journalists,
         (SELECT count(*) FROM trip_hosts h WHERE h.trip_id = t.id AND h.deleted_at IS NULL) AS hosts
       FROM trips t WHERE deleted_at IS NULL ORDER BY start_date DESC, title COLLATE NOCASE`,
    ),
    update: db.prepare(
      `UPDATE trips SET title = @title, start_date = @startDate, end_date = @endDate,
         origin_institution_id = @originInstitutionId, host_region_codes = @hostRegionCodes, background = @background,
         purpose = @purpose, objectives = @objectives, scope = @scope, legal_basis = @legalBasis, status = @status,
         updated_at = @updatedAt
       WHERE id = @id`,
    ),
    softDelete: db.prepare(`UPDATE trips SET deleted_at = ?, updated_at = ? WHERE id = ? AND deleted_at IS NULL`),
    restore: db.prepare(`UPDATE trips SET deleted_at = NULL, updated_at = ? WHERE id = ?`),
    institutionLive: db.prepare(`SELECT 1 FROM institutions WHERE id = ? AND deleted_at IS NULL`),
  };
}
const stmts = preparedPer(prepare);

const bind = (t: Trip) => ({
  ...t,
  hostRegionCodes: JSON.stringify(t.hostRegionCodes),
  legalBasis: JSON.stringify(t.legalBasis),
});

function notFound(id: string, field = 'id'): AppError {
  return new AppError('NOT_FOUND', `Trip ${id} does not exist or was deleted`, {
    field,
    key: 'errors.tripNotFound',
  });
}

function checkOrigin(store: Store, id: string | null, field: string): void {
  if (id !== null && !stmts(store.db).institutionLive.get(id)) {
    throw new AppError('VALIDATION', `Institution ${id} does not exist`, { field, key: 'errors.institutionNotFound' });
  }
}

/** The live trip row, or NOT_FOUND naming `field` (the input that held the trip's id). */
export function liveTripRow(store: Store, id: string, field = 'id'): TripRow {
  const row = stmts(store.db).get.get(id) as TripRow | undefined;
  if (!row || row.deleted_at !== null) throw notFound(id, field);
  return row;
}

/** `read` of a trip's rows or record, once the trip is known to be live (else its NOT_FOUND naming tripId). */
export function ofLiveTrip<T>(store: Store, tripId: string, read: (store: Store, tripId: string) => T): T {
  liveTripRow(store, tripId, 'tripId');
  return read(store, tripId);
}

/**
 * The update of a trip's own record (one row per trip, its defaults until
 * first saved: the report texts, the money settings), in one transaction:
 * the trip must be live, `save` checks the current record against the input
 * and stores the next one; the answer is read afresh.
 */
export function writeTripRecord<T>(store: Store, tripId: string, read: (store: Store, tripId: string) => T, save: (current: T) => void): T {
  return store.write(() => {
    save(ofLiveTrip(store, tripId, read));
    return read(store, tripId);
  });
}

/** A row of a trip, once its trip is known to be live (else the trip's NOT_FOUND). */
export function inLiveTrip<R extends { trip_id: string }>(store: Store, row: R): R {
  liveTripRow(store, row.trip_id);
  return row;
}

export function listTrips(store: Store): TripSummary[] {
  return (stmts(store.db).list.all() as Array<TripRow & { officials: number; journalists: number; hosts: number }>).map((r) => ({
    ...toTrip(r),
    officials: r.officials,
    journalists: r.journalists,
    hosts: r.hosts,
  }));
}

export function getTrip(store: Store, id: string): Trip {
  return toTrip(liveTripRow(store, id));
}

/** Inserts a trip; call inside `store.write`. */
export function insertTrip(store: Store, input: TripCreateInput): Trip {
  const now = store.now();
  const trip: Trip = {
    ...TRIP_DEFAULTS,
    ...stripUndefined(input),
    hostRegionCodes: [...(input.hostRegionCodes ?? [])],
    legalBasis: [...(input.legalBasis ?? [])],
    id: store.newId(),
    createdAt: now,
    updatedAt: now,
  } as Trip;
  checkOrigin(store, trip.originInstitutionId, 'originInstitutionId');
  stmts(store.db).insert.run(bind(trip));
  return trip;
}

export function createTrip(store: Store, input: TripCreateInput): Trip {
  return store.write(() => insertTrip(store, input));
}

export function updateTrip(store: Store, input: TripUpdate): Trip {
  const { patch } = input;
  return updateRow(store, 'trips', input, (id) => toTrip(liveTripRow(store, id)), (next) => {
    if (next.endDate < next.startDate) {
      throw new AppError('VALIDATION', 'End date is before start date', {
        field: patch.endDate !== undefined ? 'patch.endDate' : 'patch.startDate',
        key: 'validation.endBeforeStart',
      });
    }
    if (patch.originInstitutionId !== undefined) checkOrigin(store, next.originInstitutionId, 'patch.originInstitutionId');
    stmts(store.db).update.run(bind(next));
  });
}

/** Marks the trip and its live rows deleted with one stamp (./children.ts); `restoreTrip` undoes exactly that. */
export function deleteTrip(store: Store, id: string): { id: string } {
  return store.write(() => {
    liveTripRow(store, id);
    const stamp = tripDeletionStamp(store, id);
    stmts(store.db).softDelete.run(stamp, store.now(), id);
    markTripChildren(store, id, stamp);
    return { id };
  });
}

/** Brings back the trip and exactly the rows deleted with it. */
export function restoreTrip(store: Store, id: string): Trip {
  return store.write(() => {
    const row = stmts(store.db).get.get(id) as TripRow | undefined;
    if (!row) throw notFound(id);
    if (row.deleted_at === null) return toTrip(row);
    const now = store.now();
    stmts(store.db).restore.run(now, id);
    restoreTripChildren(store, id, row.deleted_at);
    return toTrip({ ...row, deleted_at: null, updated_at: now });
  });
}

