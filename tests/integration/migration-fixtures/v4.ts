import type Database from 'better-sqlite3';
import { expect } from 'vitest';

const TRIP = '01900000-0000-7000-8000-000000000004';

/** Migration 4 (learnings): rows typical of version 3 before, and what must hold after. */
export const fixture = {
  before: (db: Database.Database): void => {
    db.prepare(
      `INSERT INTO trips (id, title, start_date, end_date, created_at, updated_at) VALUES (?, 'Studi komparasi ke Kota Malang', '2025-06-10', '2025-06-12', 1, 1)`,
    ).run(TRIP);
  },
  after: (db: Database.Database): void => {
    // The trip is kept.
    const trip = db.prepare(`SELECT title FROM trips WHERE id = ?`).get(TRIP) as { title: string } | undefined;
    expect(trip?.title).toBe('Studi komparasi ke Kota Malang');
    for (const table of ['learnings', 'followups', 'followup_history']) {
      const sql = (db.prepare(`SELECT sql FROM sqlite_master WHERE type = 'table' AND name = ?`).get(table) as { sql: string }).sql;
      expect(sql, `${table} is STRICT`).toMatch(/\)\s*STRICT$/);
      const cols = db.prepare(`SELECT name, "notnull" AS nn, dflt_value AS d, pk FROM pragma_table_info(?)`).all(table) as Array<{
        name: string;
        nn: number;
        d: string | null;
        pk: number;
      }>;
      for (const c of cols) if (c.nn && !c.pk) expect(c.d, `${table}.${c.name} default`).not.toBeNull();
      expect(cols.map((c) => c.name)).toEqual(expect.arrayContaining(['id', 'created_at', 'updated_at', 'deleted_at']));
      const triggers = db.prepare(`SELECT count(*) AS n FROM sqlite_master WHERE type = 'trigger' AND tbl_name = ?`).get(table) as { n: number };
      expect(triggers.n, `${table} change-log triggers`).toBe(3);
    }
    // A learning can be written against the old trip, and is logged.
    db.prepare(`INSERT INTO learnings (id, trip_id, topic) VALUES ('01900000-0000-7000-8000-0000000000a1', ?, 'Command Center')`).run(TRIP);
    const log = db.prepare(`SELECT op FROM change_log WHERE table_name = 'learnings'`).all() as Array<{ op: string }>;
    expect(log).toEqual([{ op: 'PUT' }]);
  },
};
