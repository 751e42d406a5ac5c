import { AppError } from '../../shared/result';
import type { Store } from './store';

/** Tables whose rows a form edits and whose `updated_at` is the row's version. */
const VERSIONED = new Set([
  'trips', 'people', 'institutions', 'trip_members', 'trip_host_people', 'venues', 'agenda_items', 'learnings', 'followups', 'coverage',
  'trip_quotes', 'photos',
]);

/**
 * Two windows, one truth: a write that carries the version the user saw
 * (`expectedUpdatedAt`, the row's `updated_at` when the form was opened) is
 * refused when the row has been written since — by another window, tab or
 * laptop — instead of silently overwriting it. A write without one (an
 * "overwrite" the user chose, or a caller with no form) goes ahead.
 */
export function checkVersion(store: Store, table: string, id: string, expected: number | undefined): void {
  if (expected === undefined) return;
  if (!VERSIONED.has(table)) throw new Error(`checkVersion: ${table} is not versioned`);
  const columns = store.db.prepare(`SELECT name FROM pragma_table_info(?)`).pluck().all(table) as string[];
  const deleted = columns.includes('deleted_at') ? 'deleted_at' : 'NULL';
  const row = store.db.prepare(`SELECT updated_at, ${deleted} AS deleted_at FROM ${table} WHERE id = ?`).get(id) as
    | { updated_at: number; deleted_at: number | null }
    | undefined;
  // A missing or deleted row is the service's own NOT_FOUND (deleting stamps updated_at too).
  if (!row || row.deleted_at !== null) return;
  refuseStale(table, id, row.updated_at, expected);
}

/**
 * The same refusal for a record whose read model knows its version itself —
 * one that exists before its row does (the house style, a trip's report
 * texts, an issuer made from its region: version 0 until first saved), so a
 * first save in one window over another's is refused too.
 */
export function refuseStale(what: string, id: string, current: number, expected: number | undefined): void {
  if (expected === undefined || current === expected) return;
  throw new AppError('CONFLICT', `The ${what} row ${id} was changed elsewhere (version ${current}, expected ${expected})`, {
    key: 'errors.stale',
    params: { current, expected },
  });
}

/**
 * Field by field, for a record several parts of the app write at once (a
 * trip's report texts and options, an issuer and its kop image): refused
 * when a field the edit changes is no longer what the user started from.
 */
export function refuseChangedFields(what: string, id: string, record: object, expected: Readonly<Record<string, unknown>> | undefined): void {
  if (!expected) return;
  const current = record as Readonly<Record<string, unknown>>;
  const same = (a: unknown, b: unknown) => a === b || (typeof a === 'object' && typeof b === 'object' && JSON.stringify(a) === JSON.stringify(b));
  const changed = Object.keys(expected).filter((k) => expected[k] !== undefined && !same(current[k], expected[k]));
  if (changed.length === 0) return;
  throw new AppError('CONFLICT', `The ${what} row ${id} was changed elsewhere (${changed.join(', ')})`, {
    key: 'errors.stale',
    params: { fields: changed.join(', ') },
  });
}
