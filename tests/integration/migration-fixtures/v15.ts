import type Database from 'better-sqlite3';
import { expect } from 'vitest';
import { expectSyncTable, insertTrip, rowsKept } from '../../helpers/migrations';

const id = (n: number) => `0199f000-0000-7000-8000-${String(n).padStart(12, '0')}`;
const TRIP = id(1);
const PERSON = id(2);
const MEMBER = id(3);
const SHA = 'a'.repeat(64);

/** Every row of every table there was before, to see the migration leave them as they were. */
const kept = rowsKept();

/**
 * Migration 15 (money receipts): one new sync table pointing at a trip, a
 * member and a blob; nothing that was there changes.
 */
export const fixture = {
  before: (db: Database.Database): void => {
    insertTrip(db, TRIP, 'Studi Komparasi ke Kota Malang', '2026-03-10', '2026-03-11');
    db.prepare(`INSERT INTO people (id, kind, name, employment, created_at, updated_at) VALUES (?, 'official', 'I Made Sudarma', 'pns', 1, 1)`).run(PERSON);
    db.prepare(`INSERT INTO trip_members (id, trip_id, person_id, role, created_at, updated_at) VALUES (?, ?, ?, 'lead', 1, 1)`).run(MEMBER, TRIP, PERSON);
    db.prepare(`INSERT INTO blobs (sha256, bytes, mime, size, created_at) VALUES (?, x'255044462d', 'application/pdf', 5, 1)`).run(SHA);
    kept.take(db);
  },
  after: (db: Database.Database): void => {
    kept.expectKept(db);
    expectSyncTable(db, 'money_receipts');
    db.prepare(
      `INSERT INTO money_receipts (id, trip_id, member_id, component, label, file_name, mime, blob_sha256, created_at, updated_at) VALUES (?, ?, ?, 'fare', 'Tiket GA 345', 'tiket.pdf', 'application/pdf', ?, 2, 2)`,
    ).run(id(10), TRIP, MEMBER, SHA);
    expect(db.prepare(`SELECT count(*) FROM change_log WHERE table_name = 'money_receipts'`).pluck().get()).toBe(1);
    expect(() => db.prepare(`INSERT INTO money_receipts (id, trip_id, member_id, component, blob_sha256) VALUES (?, ?, ?, 'parking', ?)`).run(id(11), TRIP, MEMBER, SHA)).toThrow(/CHECK/);
    expect(() => db.prepare(`INSERT INTO money_receipts (id, trip_id, member_id, blob_sha256) VALUES (?, ?, ?, ?)`).run(id(12), TRIP, MEMBER, 'b'.repeat(64))).toThrow(/FOREIGN KEY/);
  },
};
