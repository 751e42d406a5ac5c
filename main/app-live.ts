import { randomUUID } from 'node:crypto';
import type { Database as Db } from 'better-sqlite3';
import { preparedPer } from './db/store';
import { ALL_TABLES, type Changes } from '../shared/changes';
import type { Dispatch } from './dispatcher';
import type { AppLog } from './app-file';

/** The change log's last row and the tables written since a row: both by the primary key. */
const changeStatements = preparedPer((db: Db) => ({
  last: db.prepare(`SELECT max(seq) FROM change_log`).pluck(),
  tablesSince: db.prepare(`SELECT DISTINCT table_name FROM change_log WHERE seq > ? ORDER BY table_name`).pluck(),
}));

export interface LiveChanges {
  /** Tells every subscriber these tables changed; returns what it told them. */
  announce: (tables: string[]) => Changes;
  /** Calls `listener` after every committed write with the tables it touched; returns the unsubscribe. */
  onChanges: (listener: (changes: Changes) => void) => () => void;
  /** The dispatcher, answering each call with the tables it wrote (and telling the subscribers). */
  tracked: (inner: Dispatch, currentDb: () => Db | undefined) => Dispatch;
}

/**
 * Live data: after a call, the change log says which tables it wrote; the
 * answer carries them and every subscriber (the other windows) hears them.
 */
export function liveChanges(log: AppLog): LiveChanges {
  const listeners = new Set<(c: Changes) => void>();
  let announced = 0;
  const run = randomUUID();
  const seqNow = (db: Db | undefined): number | null => {
    if (!db) return null;
    try {
      return (changeStatements(db).last.get() as number | null) ?? 0;
    } catch {
      return null; // damaged or closed: no announcement
    }
  };
  const announce = (tables: string[]): Changes => {
    const changes: Changes = { run, id: ++announced, tables };
    for (const l of listeners) {
      try {
        l(changes);
      } catch (e) {
        log('A change listener failed', e);
      }
    }
    return changes;
  };
  return {
    announce,
    onChanges(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    tracked: (inner, currentDb) => async (operation, input) => {
      const db = currentDb();
      const before = seqNow(db);
      const r = await inner(operation, input);
      let tables: string[] | null = null;
      if (currentDb() !== db) {
        tables = [ALL_TABLES]; // another file (restore, start anew): everything on screen is stale
      } else if (before !== null) {
        const after = seqNow(db);
        if (after !== null && after > before && db) tables = changeStatements(db).tablesSince.all(before) as string[];
      }
      if (tables && tables.length > 0) {
        const changes = announce(tables);
        if (r.ok) r.changes = changes;
      }
      return r;
    },
  };
}
