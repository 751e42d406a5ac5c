import type Database from 'better-sqlite3';
import { expect } from 'vitest';
import { expectLogTriggers, insertTrip } from '../../helpers/migrations';

const id = (n: number) => `0199e000-0000-7000-8000-${String(n).padStart(12, '0')}`;
const TRIP = id(1);
const ISSUER = id(2);

/**
 * Migration 14 (SPPD numbers): doc_numbers is rebuilt to take the kind
 * 'sppd', keeping every number as it was (a cleared one and a clash
 * included), its change-log triggers, and the rule that no register gives a
 * number twice; nothing is logged by the rebuild.
 */
export const fixture = {
  before: (db: Database.Database): void => {
    insertTrip(db, TRIP, 'Studi Komparasi', '2026-04-24', '2026-04-25');
    db.prepare(`INSERT INTO doc_issuers (id, level, office_name) VALUES (?, 'agency', 'DINAS KOMINFOSANTI')`).run(ISSUER);
    const n = db.prepare(
      `INSERT INTO doc_numbers (id, trip_id, kind, issuer_id, year, seq, number, issued_on, issued_as, clash_of, created_at, updated_at, deleted_at)
       VALUES (?, ?, ?, ?, 2026, ?, ?, '2026-04-20', '{"x":1}', ?, 5, 6, ?)`,
    );
    n.run('n1', TRIP, 'spt', ISSUER, 7, '800.1.11.1/7/2026', null, null);
    n.run('n2', TRIP, 'press', ISSUER, 8, '400.14.5.6/8/2026', null, 9);
    n.run('n3', TRIP, 'letter', ISSUER, 0, '800.1.11.1/7/2026', 'n1', null);
  },
  after: (db: Database.Database): void => {
    expect(db.prepare(`SELECT id, kind, seq, number, issued_on, issued_as, clash_of, created_at, updated_at, deleted_at FROM doc_numbers ORDER BY id`).all()).toEqual([
      { id: 'n1', kind: 'spt', seq: 7, number: '800.1.11.1/7/2026', issued_on: '2026-04-20', issued_as: '{"x":1}', clash_of: null, created_at: 5, updated_at: 6, deleted_at: null },
      { id: 'n2', kind: 'press', seq: 8, number: '400.14.5.6/8/2026', issued_on: '2026-04-20', issued_as: '{"x":1}', clash_of: null, created_at: 5, updated_at: 6, deleted_at: 9 },
      { id: 'n3', kind: 'letter', seq: 0, number: '800.1.11.1/7/2026', issued_on: '2026-04-20', issued_as: '{"x":1}', clash_of: 'n1', created_at: 5, updated_at: 6, deleted_at: null },
    ]);
    expectLogTriggers(db, 'doc_numbers');
    const logged = db.prepare(`SELECT count(*) FROM change_log WHERE table_name = 'doc_numbers'`).pluck().get() as number;
    // An SPPD number goes in (and is logged); the register stays unique; other kinds are still refused.
    db.prepare(`INSERT INTO doc_numbers (id, trip_id, kind, issuer_id, year, seq, number) VALUES ('n4', ?, 'sppd', ?, 2026, 9, '000.1.2.3/9/2026')`).run(TRIP, ISSUER);
    expect(db.prepare(`SELECT count(*) FROM change_log WHERE table_name = 'doc_numbers'`).pluck().get()).toBe(logged + 1);
    expect(() =>
      db.prepare(`INSERT INTO doc_numbers (id, trip_id, kind, issuer_id, year, seq, number) VALUES ('n5', ?, 'report', ?, 2026, 10, '000.1.2.3/9/2026')`).run(TRIP, ISSUER),
    ).toThrow(/UNIQUE/);
    expect(() => db.prepare(`INSERT INTO doc_numbers (id, trip_id, kind, issuer_id) VALUES ('n6', ?, 'kuitansi', ?)`).run(TRIP, ISSUER)).toThrow(/CHECK/);
    expect(db.prepare(`SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'doc_numbers' ORDER BY name`).pluck().all()).toEqual([
      'doc_numbers_by_trip',
      'doc_numbers_register',
      'doc_numbers_unique',
      'sqlite_autoindex_doc_numbers_1',
    ]);
  },
};
