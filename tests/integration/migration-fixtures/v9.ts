import type Database from 'better-sqlite3';
import { expect } from 'vitest';
import { expectLogTriggers, insertTrip } from '../../helpers/migrations';

const TRIP = '0199a000-0000-7000-8000-000000000091';
const ISSUER = '0199a000-0000-7000-8000-000000000092';

/**
 * Migration 9 (complete documents): the house style gains page numbering and
 * the letter's date position, reports their optional parts, issuers a
 * tembusan; doc_numbers is rebuilt to take 'press', keeping every number and
 * the rule that no register gives a number twice.
 */
export const fixture = {
  before: (db: Database.Database): void => {
    insertTrip(db, TRIP, 'Studi Komparasi', '2025-04-24', '2025-04-25');
    db.prepare(`INSERT INTO doc_issuers (id, level, office_name) VALUES (?, 'perangkat_daerah', 'DINAS KOMINFOSANTI')`).run(ISSUER);
    db.prepare(`INSERT INTO doc_profile (id, paper) VALUES ('01960000-0000-7000-8000-000000000001', 'A4')`).run();
    db.prepare(`INSERT INTO trip_reports (id, conclusion) VALUES (?, 'Kesimpulan lama')`).run(TRIP);
    db.prepare(
      `INSERT INTO doc_numbers (id, trip_id, kind, issuer_id, year, seq, number, issued_on, issued_as) VALUES ('n1', ?, 'report', ?, 2025, 7, '000.1.2.3/7/2025', '2025-04-28', '{"x":1}')`,
    ).run(TRIP, ISSUER);
  },
  after: (db: Database.Database): void => {
    expect(db.prepare(`SELECT paper, page_numbers, letter_date FROM doc_profile`).get()).toEqual({ paper: 'A4', page_numbers: 'bottom_right', letter_date: 'above' });
    expect(db.prepare(`SELECT conclusion, cover, approval, foreword, obstacles_on, obstacles, attendance_split FROM trip_reports`).get()).toEqual({
      conclusion: 'Kesimpulan lama',
      cover: 1,
      approval: 0,
      foreword: '',
      obstacles_on: 0,
      obstacles: '',
      attendance_split: 'day',
    });
    expect(db.prepare(`SELECT office_name, tembusan FROM doc_issuers`).get()).toEqual({ office_name: 'DINAS KOMINFOSANTI', tembusan: '' });
    expect(db.prepare(`SELECT kind, seq, number, issued_on, issued_as FROM doc_numbers`).get()).toEqual({
      kind: 'report',
      seq: 7,
      number: '000.1.2.3/7/2025',
      issued_on: '2025-04-28',
      issued_as: '{"x":1}',
    });
    for (const t of ['doc_profile', 'trip_reports', 'doc_issuers', 'doc_numbers']) expectLogTriggers(db, t);
    // The new columns are logged; a press number goes in; the register stays unique.
    db.prepare(`UPDATE trip_reports SET obstacles_on = 1 WHERE id = ?`).run(TRIP);
    expect(db.prepare(`SELECT changed_columns FROM change_log WHERE table_name = 'trip_reports' ORDER BY rowid DESC LIMIT 1`).pluck().get()).toBe('["obstacles_on"]');
    db.prepare(`INSERT INTO doc_numbers (id, trip_id, kind, issuer_id, year, seq, number) VALUES ('n2', ?, 'press', ?, 2025, 8, '000.9/8/2025')`).run(TRIP, ISSUER);
    expect(() =>
      db.prepare(`INSERT INTO doc_numbers (id, trip_id, kind, issuer_id, year, seq, number) VALUES ('n3', ?, 'letter', ?, 2025, 9, '000.9/8/2025')`).run(TRIP, ISSUER),
    ).toThrow(/UNIQUE/);
    expect(() => db.prepare(`UPDATE doc_profile SET page_numbers = 'left'`).run()).toThrow(/CHECK/);
    db.prepare(`DELETE FROM doc_numbers`).run();
    db.prepare(`DELETE FROM trip_reports`).run();
    db.prepare(`DELETE FROM doc_profile`).run();
    db.prepare(`DELETE FROM doc_issuers`).run();
  },
};
