import type Database from 'better-sqlite3';
import { expect } from 'vitest';
import { insertTrip } from '../../helpers/migrations';

const INSTITUTION = '0199b000-0000-7000-8000-000000000201';
const PERSON = '0199b000-0000-7000-8000-000000000211';
const GONE = '0199b000-0000-7000-8000-000000000212';
const TRIP = '0199b000-0000-7000-8000-000000000221';
const MEMBER = '0199b000-0000-7000-8000-000000000231';
const SNAPSHOT = JSON.stringify({ name: 'Ni Made Dwi Pratiwi', nip: '198505122010012015' });

const PEOPLE = `SELECT id, kind, title_prefix, name, title_suffix, employment, nip, golongan, jabatan, unit, eselon, travel_level, phone,
  email, institution_id, media_type, press_card, notes, created_at, updated_at, deleted_at FROM people ORDER BY id`;
const INSTITUTIONS = `SELECT id, kind, name, region_code, address, phone, email, website, created_at, updated_at, deleted_at FROM institutions ORDER BY id`;

let people: Array<Record<string, unknown>> = [];
let institutions: Array<Record<string, unknown>> = [];
let logged = 0;

const lastLog = (db: Database.Database) =>
  db.prepare(`SELECT table_name AS t, row_id AS id, op, changed_columns AS cols FROM change_log ORDER BY seq DESC LIMIT 1`).get() as {
    t: string;
    id: string;
    op: string;
    cols: string;
  };

/**
 * Migration 11 (erasure): people and institutions gain `erased_at`, logged by
 * their change-log triggers; every row and column is kept and nothing is
 * logged by the migration itself. An erased person's kept trip snapshot can
 * no longer be overwritten, but it can still be emptied.
 */
export const fixture = {
  before: (db: Database.Database): void => {
    db.prepare(`INSERT INTO institutions (id, kind, name, region_code, phone, created_at, updated_at) VALUES (?, 'own', 'Dinas Kominfosanti', '51.08', '0362 21984', 1, 2)`).run(INSTITUTION);
    const person = db.prepare(
      `INSERT INTO people (id, kind, name, employment, nip, jabatan, phone, email, institution_id, created_at, updated_at, deleted_at)
       VALUES (@id, 'official', @name, 'pns', @nip, 'Kepala Bidang IKP', '0812 3456 7890', 'made@example.go.id', @inst, 3, 4, @deleted)`,
    );
    person.run({ id: PERSON, name: 'Ni Made Dwi Pratiwi', nip: '198505122010012015', inst: INSTITUTION, deleted: null });
    person.run({ id: GONE, name: 'Putu Lama', nip: '', inst: null, deleted: 9 });
    insertTrip(db, TRIP, 'Studi Komparasi', '2025-04-24', '2025-04-25');
    db.prepare(`INSERT INTO trip_members (id, trip_id, person_id, role, snapshot, created_at, updated_at) VALUES (?, ?, ?, 'ketua', ?, 5, 5)`).run(
      MEMBER,
      TRIP,
      PERSON,
      SNAPSHOT,
    );
    people = db.prepare(PEOPLE).all() as Array<Record<string, unknown>>;
    institutions = db.prepare(INSTITUTIONS).all() as Array<Record<string, unknown>>;
    logged = db.prepare(`SELECT count(*) FROM change_log`).pluck().get() as number;
  },
  after: (db: Database.Database): void => {
    expect(db.prepare(PEOPLE).all()).toEqual(people);
    expect(db.prepare(INSTITUTIONS).all()).toEqual(institutions);
    expect(db.prepare(`SELECT count(*) FROM people WHERE erased_at IS NOT NULL`).pluck().get()).toBe(0);
    expect(db.prepare(`SELECT count(*) FROM institutions WHERE erased_at IS NOT NULL`).pluck().get()).toBe(0);
    expect(db.prepare(`SELECT count(*) FROM change_log`).pluck().get()).toBe(logged);
    for (const t of ['people', 'institutions']) {
      expect(db.prepare(`SELECT count(*) FROM sqlite_master WHERE type = 'trigger' AND tbl_name = ? AND name LIKE '%_log_%'`).pluck().get(t), t).toBe(3);
    }

    // The new column is logged, as every other.
    db.prepare(`UPDATE people SET erased_at = 10 WHERE id = ?`).run(PERSON);
    expect(lastLog(db)).toEqual({ t: 'people', id: PERSON, op: 'PATCH', cols: '["erased_at"]' });
    db.prepare(`UPDATE institutions SET erased_at = 11, name = '(dihapus)' WHERE id = ?`).run(INSTITUTION);
    expect(lastLog(db)).toEqual({ t: 'institutions', id: INSTITUTION, op: 'PATCH', cols: '["name","erased_at"]' });
    // The columns logged before are logged still.
    db.prepare(`UPDATE people SET phone = '' WHERE id = ?`).run(GONE);
    expect(lastLog(db)).toEqual({ t: 'people', id: GONE, op: 'PATCH', cols: '["phone"]' });

    // Erased: the trip's snapshot cannot be replaced (the row is left as it was, nothing logged) …
    const before = db.prepare(`SELECT count(*) FROM change_log`).pluck().get() as number;
    const snapshotOf = () => db.prepare(`SELECT snapshot FROM trip_members WHERE id = ?`).pluck().get(MEMBER);
    db.prepare(`UPDATE trip_members SET snapshot = '{"name":"(dihapus)"}', updated_at = 20 WHERE id = ?`).run(MEMBER);
    expect(snapshotOf()).toBe(SNAPSHOT);
    expect(db.prepare(`SELECT count(*) FROM change_log`).pluck().get()).toBe(before);
    // … other fields of the row still change, and the snapshot can be emptied.
    db.prepare(`UPDATE trip_members SET hotel = 'Hotel Santika' WHERE id = ?`).run(MEMBER);
    expect(db.prepare(`SELECT hotel FROM trip_members WHERE id = ?`).pluck().get(MEMBER)).toBe('Hotel Santika');
    db.prepare(`UPDATE trip_members SET snapshot = '' WHERE id = ?`).run(MEMBER);
    expect(snapshotOf()).toBe('');
  },
};
