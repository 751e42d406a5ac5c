/**
 * The checks a migration fixture (tests/integration/migration-fixtures/v*.ts)
 * makes of the tables a migration made, written once. They read the schema
 * as it is after the migration under test; the rows each fixture writes stay
 * in the fixture, as they were at its version.
 */
import type Database from 'better-sqlite3';
import { expect } from 'vitest';

/** A migration's fixture: `before` writes rows typical of the previous version, `after` checks what must hold once migrated. */
export interface MigrationFixture {
  before: (db: Database.Database) => void;
  after: (db: Database.Database) => void;
}

export interface ColumnInfo {
  name: string;
  nn: number;
  d: string | null;
  pk: number;
}

/** The columns of `table` with NOT NULL, default and primary key. */
export const columnsOf = (db: Database.Database, table: string): ColumnInfo[] =>
  db.prepare(`SELECT name, "notnull" AS nn, dflt_value AS d, pk FROM pragma_table_info(?)`).all(table) as ColumnInfo[];

/** Every NOT NULL column but the key has a default: rows from other laptops may omit columns. Answers the columns. */
export function expectDefaults(db: Database.Database, table: string): ColumnInfo[] {
  const cols = columnsOf(db, table);
  for (const c of cols) if (c.nn && !c.pk) expect(c.d, `${table}.${c.name} default`).not.toBeNull();
  return cols;
}

/** The table's three change-log triggers (PUT, PATCH, DELETE). */
export function expectLogTriggers(db: Database.Database, table: string): void {
  const triggers = db.prepare(`SELECT count(*) AS n FROM sqlite_master WHERE type = 'trigger' AND tbl_name = ?`).get(table) as { n: number };
  expect(triggers.n, `${table} change-log triggers`).toBe(3);
}

/** A table ready to share between laptops: logged, defaults on every NOT NULL column, id and the three stamps. */
export function expectSyncTable(db: Database.Database, table: string): void {
  expectLogTriggers(db, table);
  const cols = expectDefaults(db, table);
  expect(cols.map((c) => c.name)).toEqual(expect.arrayContaining(['id', 'created_at', 'updated_at', 'deleted_at']));
}

/** A trip row as versions 1 and later keep it: id, title, dates and stamps (1). */
export function insertTrip(db: Database.Database, id: string, title: string, startDate: string, endDate: string): void {
  db.prepare(`INSERT INTO trips (id, title, start_date, end_date, created_at, updated_at) VALUES (?, ?, ?, ?, 1, 1)`).run(id, title, startDate, endDate);
}

/** The trip written before the migration is still there with its title. */
export function expectTripKept(db: Database.Database, id: string, title: string): void {
  expect(db.prepare(`SELECT title FROM trips WHERE id = ?`).pluck().get(id), 'the trip is kept').toBe(title);
}

/** A fixture whose rows before are one trip: after the migration the trip is kept, and `after` checks the rest. */
export function oneTripFixture(trip: { id: string; title: string; startDate: string; endDate: string }, after: (db: Database.Database) => void): MigrationFixture {
  return {
    before: (db) => insertTrip(db, trip.id, trip.title, trip.startDate, trip.endDate),
    after: (db) => {
      expectTripKept(db, trip.id, trip.title);
      after(db);
    },
  };
}

const allRows = (db: Database.Database, tables: readonly string[]) =>
  Object.fromEntries(tables.map((t) => [t, db.prepare(`SELECT * FROM "${t}" ORDER BY rowid`).all()]));

/**
 * Every row of every table there was before a migration, to see it leave
 * them as they were: `take` in the fixture's `before`, `expectKept` in its `after`.
 */
export function rowsKept() {
  let tables: string[] = [];
  let rows: Record<string, unknown[]> = {};
  return {
    take(db: Database.Database): void {
      tables = db.prepare(`SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name`).pluck().all() as string[];
      rows = allRows(db, tables);
    },
    expectKept(db: Database.Database): void {
      expect(allRows(db, tables)).toEqual(rows);
    },
  };
}
