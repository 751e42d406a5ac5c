import type Database from 'better-sqlite3';
import { expect } from 'vitest';

const TRIP = '0199a000-0000-7000-8000-000000000081';

/** Migration 8 (quotes): an empty trip_quotes table with change-log triggers; trips untouched. */
export const fixture = {
  before: (db: Database.Database): void => {
    db.prepare(`INSERT INTO trips (id, title, start_date, end_date, created_at, updated_at) VALUES (?, 'Studi Komparasi', '2025-04-24', '2025-04-25', 1, 1)`).run(TRIP);
  },
  after: (db: Database.Database): void => {
    expect(db.prepare(`SELECT title FROM trips WHERE id = ?`).pluck().get(TRIP)).toBe('Studi Komparasi');
    expect(db.prepare(`SELECT count(*) FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'trip_quotes'`).pluck().get()).toBe(3);
    const cols = db.prepare(`SELECT name, "notnull" AS nn, dflt_value AS d, pk FROM pragma_table_info('trip_quotes')`).all() as Array<{ name: string; nn: number; d: string | null; pk: number }>;
    for (const c of cols) if (c.nn && !c.pk) expect(c.d, `trip_quotes.${c.name} default`).not.toBeNull();
    db.prepare(`INSERT INTO people (id, name) VALUES ('p', 'X')`).run();
    db.prepare(`INSERT INTO trip_quotes (id, trip_id, speaker_person_id, words) VALUES ('q', ?, 'p', 'Halo')`).run(TRIP);
    expect(db.prepare(`SELECT count(*) FROM change_log WHERE table_name = 'trip_quotes'`).pluck().get()).toBe(1);
    db.prepare(`DELETE FROM trip_quotes`).run();
    db.prepare(`DELETE FROM people WHERE id = 'p'`).run();
  },
};
