import type Database from 'better-sqlite3';
import { expect } from 'vitest';
import { expectSyncTable, insertTrip } from '../../helpers/migrations';

const id = (n: number) => `0199f000-0000-7000-8000-${String(n).padStart(12, '0')}`;
const TRIP = id(1);
const MEMBER = id(3);
const RECEIPT = id(10);
const PDF_SHA = 'a'.repeat(64);
const THUMB_SHA = 'c'.repeat(64);

/**
 * Migration 16 (receipt thumbnails): a nullable thumb_sha256 pointing at a
 * blob; the receipts there were keep every value and have no thumbnail, and
 * the change log records the new column.
 */
export const fixture = {
  before: (db: Database.Database): void => {
    insertTrip(db, TRIP, 'Studi Komparasi ke Kota Malang', '2026-03-10', '2026-03-11');
    db.prepare(`INSERT INTO people (id, kind, name, employment, created_at, updated_at) VALUES (?, 'official', 'I Made Sudarma', 'pns', 1, 1)`).run(id(2));
    db.prepare(`INSERT INTO trip_members (id, trip_id, person_id, role, created_at, updated_at) VALUES (?, ?, ?, 'lead', 1, 1)`).run(MEMBER, TRIP, id(2));
    db.prepare(`INSERT INTO blobs (sha256, bytes, mime, size, created_at) VALUES (?, x'255044462d', 'application/pdf', 5, 1)`).run(PDF_SHA);
    db.prepare(
      `INSERT INTO money_receipts (id, trip_id, member_id, component, label, file_name, mime, blob_sha256, created_at, updated_at) VALUES (?, ?, ?, 'fare', 'Tiket GA 345', 'tiket.pdf', 'application/pdf', ?, 2, 2)`,
    ).run(RECEIPT, TRIP, MEMBER, PDF_SHA);
  },
  after: (db: Database.Database): void => {
    expectSyncTable(db, 'money_receipts');
    expect(db.prepare(`SELECT label, file_name, blob_sha256, thumb_sha256, updated_at FROM money_receipts WHERE id = ?`).get(RECEIPT)).toEqual({
      label: 'Tiket GA 345',
      file_name: 'tiket.pdf',
      blob_sha256: PDF_SHA,
      thumb_sha256: null,
      updated_at: 2,
    });
    db.prepare(`INSERT INTO blobs (sha256, bytes, mime, size, created_at) VALUES (?, x'ffd8ffd9', 'image/jpeg', 4, 3)`).run(THUMB_SHA);
    db.prepare(`UPDATE money_receipts SET thumb_sha256 = ? WHERE id = ?`).run(THUMB_SHA, RECEIPT);
    const logged = db.prepare(`SELECT changed_columns FROM change_log WHERE table_name = 'money_receipts' ORDER BY seq DESC LIMIT 1`).pluck().get();
    expect(JSON.parse(String(logged))).toEqual(['thumb_sha256']);
    expect(() => db.prepare(`UPDATE money_receipts SET thumb_sha256 = ? WHERE id = ?`).run('b'.repeat(64), RECEIPT)).toThrow(/FOREIGN KEY/);
  },
};
