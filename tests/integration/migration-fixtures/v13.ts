import type Database from 'better-sqlite3';
import { expect } from 'vitest';
import { expectSyncTable, insertTrip, rowsKept } from '../../helpers/migrations';

const id = (n: number) => `0199d000-0000-7000-8000-${String(n).padStart(12, '0')}`;
const TRIP = id(1);
const PERSON = id(2);
const MEMBER = id(3);

/** Every row of every table there was before, to see the migration leave them as they were. */
const kept = rowsKept();

/**
 * Migration 13 (money): four new tables — rate sets, the trip's money, each
 * member's money, advances — each a sync table with its change-log triggers;
 * nothing that was there changes and nothing is logged by the migration.
 */
export const fixture = {
  before: (db: Database.Database): void => {
    insertTrip(db, TRIP, 'Studi Komparasi ke Kota Malang', '2026-03-10', '2026-03-11');
    db.prepare(`INSERT INTO people (id, kind, name, employment, eselon, golongan, jabatan, created_at, updated_at) VALUES (?, 'official', 'I Made Sudarma', 'pns', 'II.b', 'IV/c', 'Kepala Dinas', 1, 1)`).run(PERSON);
    db.prepare(`INSERT INTO trip_members (id, trip_id, person_id, role, created_at, updated_at) VALUES (?, ?, ?, 'lead', 1, 1)`).run(MEMBER, TRIP, PERSON);
    kept.take(db);
  },
  after: (db: Database.Database): void => {
    kept.expectKept(db);
    for (const t of ['rate_sets', 'trip_money', 'trip_member_money', 'trip_advances']) {
      expect(db.prepare(`SELECT count(*) FROM ${t}`).pluck().get(), `${t} starts empty`).toBe(0);
      expectSyncTable(db, t);
    }
    // The trip's and the member's money hang off the rows that were there.
    db.prepare(`INSERT INTO trip_money (id, created_at, updated_at) VALUES (?, 2, 2)`).run(TRIP);
    db.prepare(`INSERT INTO trip_member_money (id, trip_id, created_at, updated_at) VALUES (?, ?, 2, 2)`).run(MEMBER, TRIP);
    expect(() => db.prepare(`INSERT INTO trip_money (id, created_at, updated_at) VALUES (?, 2, 2)`).run(id(99))).toThrow(/FOREIGN KEY/);
  },
};
