import type { Database } from 'better-sqlite3';
import { changeLogTriggers } from './changelog';

export interface Migration {
  version: number;
  name: string;
  up(db: Database): void;
}

const TRIP_COLUMNS = ['title', 'start_date', 'end_date', 'deleted_at'] as const;

/**
 * Ordered, append-only. Never edit a migration that has shipped: add one.
 * Conventions (ready to share between laptops): app-made UUID ids, no
 * AUTOINCREMENT, created_at/updated_at in UTC ms, deleted_at as the deletion
 * marker, a default on every NOT NULL column, and change-log triggers.
 */
export const migrations: readonly Migration[] = [
  {
    version: 1,
    name: 'trips and change log',
    up(db) {
      db.exec(`
CREATE TABLE sync_clock (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  device_id TEXT NOT NULL DEFAULT '',
  hlc TEXT NOT NULL DEFAULT ''
) STRICT;
CREATE TABLE change_log (
  seq INTEGER PRIMARY KEY,
  hlc TEXT NOT NULL DEFAULT '',
  device_id TEXT NOT NULL DEFAULT '',
  table_name TEXT NOT NULL DEFAULT '',
  row_id TEXT NOT NULL DEFAULT '',
  op TEXT NOT NULL DEFAULT 'PUT' CHECK (op IN ('PUT', 'PATCH', 'DELETE')),
  changed_columns TEXT NOT NULL DEFAULT '[]',
  previous_values TEXT
) STRICT;
CREATE INDEX change_log_row ON change_log (table_name, row_id);
CREATE TABLE trips (
  id TEXT PRIMARY KEY NOT NULL,
  title TEXT NOT NULL DEFAULT '',
  start_date TEXT NOT NULL DEFAULT '',
  end_date TEXT NOT NULL DEFAULT '',
  created_at INTEGER NOT NULL DEFAULT 0,
  updated_at INTEGER NOT NULL DEFAULT 0,
  deleted_at INTEGER
) STRICT;
CREATE INDEX trips_live_by_date ON trips (start_date DESC) WHERE deleted_at IS NULL;
${changeLogTriggers('trips', TRIP_COLUMNS)}
`);
    },
  },
];

export const LATEST_VERSION = migrations.reduce((m, x) => Math.max(m, x.version), 0);
