/*
 * What the services do to a row again and again, each in one transaction
 * (`store.write`): mark it deleted, bring it back, apply a form's patch. The
 * service keeps what is its own: how a row is found (and its NOT_FOUND), the
 * checks of its parents, the statements that stamp it.
 */
import type { Removed } from '../../shared/op';
import { AppError } from '../../shared/result';
import type { Store } from './store';
import { checkVersion } from './versions';

/**
 * Refuses a new order of a trip's rows that does not name each live row
 * exactly once: VALIDATION on `field` (e.g. 'photoIds'), with the area's i18n `key`.
 */
export function checkFullOrder(live: readonly string[], ordered: readonly string[], { field, key, noun }: { field: string; key: string; noun: string }): void {
  const wanted = new Set(ordered);
  if (wanted.size !== ordered.length || live.length !== ordered.length || live.some((x) => !wanted.has(x))) {
    throw new AppError('VALIDATION', `${field} must list every live ${noun} of the trip exactly once`, { field, key });
  }
}

/** The row when it exists and is not deleted; else the error `notFound` makes. */
export function liveOr<R extends { deleted_at: number | null }>(row: R | undefined, notFound: () => Error): R {
  if (!row || row.deleted_at !== null) throw notFound();
  return row;
}

/** The row when it exists, deleted or not (what a restore starts from); else the error `notFound` makes. */
export function foundOr<R>(row: R | undefined, notFound: () => Error): R {
  if (!row) throw notFound();
  return row;
}

/** A patch without its absent keys ("leave as it is"), to spread over the current record. */
export function stripUndefined<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
}

/** The record with the patch applied and its new version stamp. */
export const applyPatch = <T extends { updatedAt: number }>(current: T, patch: object, now: number): T => ({
  ...current,
  ...(stripUndefined(patch) as Partial<T>),
  updatedAt: now,
});

/**
 * Applies a form's patch to a live row: refuses it when the row was written
 * since the form's version (`checkVersion` on `table`), `load` finds the
 * current record (throwing its NOT_FOUND), `save` checks the next one against
 * it and stores it; the answer is the next record.
 */
export function updateRow<T extends { updatedAt: number }>(
  store: Store,
  table: string,
  { id, patch, expectedUpdatedAt }: { id: string; patch: object; expectedUpdatedAt?: number | undefined },
  load: (id: string) => T,
  save: (next: T, current: T) => void,
): T {
  return store.write(() => {
    checkVersion(store, table, id, expectedUpdatedAt);
    const current = load(id);
    const next = applyPatch(current, patch, store.now());
    save(next, current);
    return next;
  });
}

/**
 * Marks a live row deleted: `live` finds it (throwing its NOT_FOUND when it is
 * missing or deleted already, or its parent is), then `mark` stamps it, and
 * whatever goes with it, at `now`.
 */
export function removeRow(store: Store, id: string, live: (store: Store, id: string) => unknown, mark: (now: number) => unknown): Removed {
  return store.write(() => {
    live(store, id);
    mark(store.now());
    return { id };
  });
}

/**
 * Brings a row back: `load` finds it, deleted or not (throwing its NOT_FOUND,
 * or the refusal of a parent that is deleted itself); `revive` runs only when
 * it is deleted; the answer is `read` of it afterwards (restoring a live row
 * changes nothing).
 */
export function restoreRow<R extends { deleted_at: number | null }, T>(
  store: Store,
  load: () => R,
  revive: (now: number, row: R) => unknown,
  read: (row: R) => T,
): T {
  return store.write(() => {
    const row = load();
    if (row.deleted_at !== null) revive(store.now(), row);
    return read(row);
  });
}

/** A row's one statement that marks it deleted (`deletedAt` its stamp) or brings it back (`deletedAt` null). */
export interface MarkStatement {
  run(params: { id: string; deletedAt: number | null; now: number }): unknown;
}

/** `removeRow` of a row its mark statement stamps. */
export function removeMarked(store: Store, id: string, live: (store: Store, id: string) => unknown, mark: MarkStatement): Removed {
  return removeRow(store, id, live, (now) => mark.run({ id, deletedAt: now, now }));
}

/** `restoreRow` of a row its mark statement brings back. */
export function restoreMarked<R extends { deleted_at: number | null }, T>(store: Store, id: string, load: () => R, mark: MarkStatement, read: (row: R) => T): T {
  return restoreRow(store, load, (now) => mark.run({ id, deletedAt: null, now }), read);
}
