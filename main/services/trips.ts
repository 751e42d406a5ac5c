import type { Trip, TripCreate, TripUpdate } from '../../shared/domain/trip';
import { AppError } from '../../shared/result';
import type { Store } from '../db/store';

interface TripRow {
  id: string;
  title: string;
  start_date: string;
  end_date: string;
  created_at: number;
  updated_at: number;
  deleted_at: number | null;
}

const toTrip = (r: TripRow): Trip => ({
  id: r.id,
  title: r.title,
  startDate: r.start_date,
  endDate: r.end_date,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});

const COLS = 'id, title, start_date, end_date, created_at, updated_at, deleted_at';

/** Prepared statements cached per database: preparing is most of a small query's cost. */
const cache = new WeakMap<Store['db'], ReturnType<typeof prepare>>();
function prepare(db: Store['db']) {
  return {
    insert: db.prepare(
      `INSERT INTO trips (id, title, start_date, end_date, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)`,
    ),
    get: db.prepare(`SELECT ${COLS} FROM trips WHERE id = ?`),
    list: db.prepare(
      `SELECT ${COLS} FROM trips WHERE deleted_at IS NULL ORDER BY start_date DESC, title COLLATE NOCASE`,
    ),
    update: db.prepare(
      `UPDATE trips SET title = ?, start_date = ?, end_date = ?, updated_at = ? WHERE id = ?`,
    ),
    softDelete: db.prepare(`UPDATE trips SET deleted_at = ?, updated_at = ? WHERE id = ? AND deleted_at IS NULL`),
    restore: db.prepare(`UPDATE trips SET deleted_at = NULL, updated_at = ? WHERE id = ?`),
  };
}
function stmts(db: Store['db']) {
  let s = cache.get(db);
  if (!s) {
    s = prepare(db);
    cache.set(db, s);
  }
  return s;
}

function notFound(id: string): AppError {
  return new AppError('NOT_FOUND', `Trip ${id} does not exist or was deleted`, {
    field: 'id',
    key: 'errors.tripNotFound',
  });
}

function liveRow(store: Store, id: string): TripRow {
  const row = stmts(store.db).get.get(id) as TripRow | undefined;
  if (!row || row.deleted_at !== null) throw notFound(id);
  return row;
}

export function listTrips(store: Store): Trip[] {
  return (stmts(store.db).list.all() as TripRow[]).map(toTrip);
}

export function getTrip(store: Store, id: string): Trip {
  return toTrip(liveRow(store, id));
}

export function createTrip(store: Store, input: TripCreate): Trip {
  return store.write(() => {
    const now = store.now();
    const id = store.newId();
    stmts(store.db).insert.run(id, input.title, input.startDate, input.endDate, now, now);
    return { id, title: input.title, startDate: input.startDate, endDate: input.endDate, createdAt: now, updatedAt: now };
  });
}

export function updateTrip(store: Store, { id, patch }: TripUpdate): Trip {
  return store.write(() => {
    const cur = toTrip(liveRow(store, id));
    const next: Trip = { ...cur, ...stripUndefined(patch), updatedAt: store.now() };
    if (next.endDate < next.startDate) {
      throw new AppError('VALIDATION', 'End date is before start date', {
        field: patch.endDate !== undefined ? 'patch.endDate' : 'patch.startDate',
        key: 'validation.endBeforeStart',
      });
    }
    stmts(store.db).update.run(next.title, next.startDate, next.endDate, next.updatedAt, id);
    return next;
  });
}

export function deleteTrip(store: Store, id: string): { id: string } {
  return store.write(() => {
    liveRow(store, id);
    const now = store.now();
    stmts(store.db).softDelete.run(now, now, id);
    return { id };
  });
}

export function restoreTrip(store: Store, id: string): Trip {
  return store.write(() => {
    const row = stmts(store.db).get.get(id) as TripRow | undefined;
    if (!row) throw notFound(id);
    if (row.deleted_at === null) return toTrip(row);
    const now = store.now();
    stmts(store.db).restore.run(now, id);
    return toTrip({ ...row, deleted_at: null, updated_at: now });
  });
}

function stripUndefined<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
}
