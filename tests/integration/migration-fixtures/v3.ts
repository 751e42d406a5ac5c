import { expect } from 'vitest';
import type Database from 'better-sqlite3';
import { expectSyncTable } from '../../helpers/migrations';

const TRIP = '0190b0a0-0000-7000-8000-000000000031';

/** Migration 3 (agenda): rows typical of version 2 before, and what must hold after. */
export const fixture = {
  before: (db: Database.Database): void => {
    db.prepare(
      `INSERT INTO trips (id, title, start_date, end_date, host_region_codes, created_at, updated_at) VALUES (?, ?, ?, ?, ?, 1, 1)`,
    ).run(TRIP, 'Studi Komparasi Kota Malang', '2025-04-24', '2025-04-24', '["35.73"]');
  },
  after: (db: Database.Database): void => {
    expect(db.prepare('SELECT id, title FROM trips').all()).toEqual([{ id: TRIP, title: 'Studi Komparasi Kota Malang' }]);
    for (const t of ['agenda_items', 'agenda_attendees']) {
      expectSyncTable(db, t);
      const strict = db.prepare(`SELECT sql FROM sqlite_master WHERE type = 'table' AND name = ?`).get(t) as { sql: string };
      expect(strict.sql).toMatch(/STRICT$/);
    }
    // A row from another laptop that omits columns still inserts, with defaults.
    db.prepare(`INSERT INTO agenda_items (id, trip_id) VALUES ('0190b0a0-0000-7000-8000-0000000000a1', ?)`).run(TRIP);
    expect(db.prepare(`SELECT kind, attendance, start_zone, position FROM agenda_items`).get()).toEqual({
      kind: 'lainnya',
      attendance: 'all',
      start_zone: 'Asia/Jakarta',
      position: 0,
    });
    const last = db.prepare(`SELECT table_name, op FROM change_log ORDER BY seq DESC LIMIT 1`).get();
    expect(last).toEqual({ table_name: 'agenda_items', op: 'PUT' });
  },
};
