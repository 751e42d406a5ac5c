import type { Database as Db } from 'better-sqlite3';
import { makeClock, setClock, Timestamp, type Clock } from '@actual-app/crdt';
import { v7 as uuidv7 } from 'uuid';

/**
 * A database plus what every write needs: the device's hybrid logical clock
 * and a time source. Services take it as their first argument, so tests pass
 * a fresh one.
 */
export interface Store {
  db: Db;
  deviceId: string;
  now(): number;
  newId(): string;
  /** Runs `fn` as one IMMEDIATE transaction, stamping the change log's clock first. */
  write<T>(fn: () => T): T;
}

/**
 * A service's prepared statements, made once per database on first use:
 * `const stmts = preparedPer(prepare)`, then `stmts(store.db).get.get(id)`.
 */
export function preparedPer<T>(prepare: (db: Db) => T): (db: Db) => T {
  const cache = new WeakMap<Db, T>();
  return (db) => {
    let s = cache.get(db);
    if (s === undefined) {
      s = prepare(db);
      cache.set(db, s);
    }
    return s;
  };
}

export function createStore(db: Db, opts: { now?: () => number } = {}): Store {
  const row = db.prepare(`SELECT device_id AS deviceId, hlc FROM sync_clock WHERE id = 1`).get() as
    | { deviceId: string; hlc: string }
    | undefined;
  if (!row) throw new Error('sync_clock is missing: the database was not migrated');
  const deviceId = row.deviceId;
  const clock: Clock = makeClock(Timestamp.parse(row.hlc) ?? new Timestamp(0, 0, deviceId));
  clock.timestamp.setNode(deviceId);
  // Never the same millisecond twice: updated_at is a row's version (main/db/versions.ts), so two writes in one ms must differ.
  let last = 0;
  const now =
    opts.now ??
    (() => {
      const t = Date.now();
      last = t > last ? t : last + 1;
      return last;
    });
  const stamp = db.prepare(`UPDATE sync_clock SET hlc = ? WHERE id = 1`);

  return {
    db,
    deviceId,
    now,
    newId: () => uuidv7(),
    write<T>(fn: () => T): T {
      return db
        .transaction(() => {
          // The crdt library keeps one global clock; point it at ours for this tick.
          setClock(clock);
          const ts = Timestamp.send();
          if (!ts) throw new Error('clock failure');
          stamp.run(ts.toString());
          return fn();
        })
        .immediate();
    },
  };
}
