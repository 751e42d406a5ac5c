import { expect } from 'vitest';
import { oneTripFixture } from '../../helpers/migrations';

const TRIP = '0199a000-0000-7000-8000-000000000006';

/** Migration 6 (documents): rows typical of version 5 before, and what must hold after. */
export const fixture = oneTripFixture({ id: TRIP, title: 'Studi Komparasi ke Kota Malang', startDate: '2025-04-24', endDate: '2025-04-25' }, (db) => {
  // Every NOT NULL column has a default: bare rows are accepted.
  db.prepare(`INSERT INTO doc_profile (id) VALUES ('p')`).run();
  const paper = db.prepare(`SELECT paper FROM doc_profile WHERE id = 'p'`).pluck().get();
  if (paper !== 'F4') throw new Error(`paper default is ${String(paper)}`);
  db.prepare(`INSERT INTO trip_reports (id) VALUES (?)`).run(TRIP);
  db.prepare(`INSERT INTO doc_numbers (id, trip_id) VALUES ('n1', ?)`).run(TRIP);
  const logged = db
    .prepare(`SELECT count(*) FROM change_log WHERE table_name IN ('doc_profile', 'trip_reports', 'doc_numbers')`)
    .pluck()
    .get();
  if (logged !== 3) throw new Error(`expected 3 change-log rows, got ${String(logged)}`);
  expect(() => db.prepare(`INSERT INTO doc_profile (id, paper) VALUES ('q', 'Letter')`).run(), 'paper must be F4 or A4').toThrow();
  db.prepare(`DELETE FROM doc_numbers`).run();
  db.prepare(`DELETE FROM trip_reports`).run();
  db.prepare(`DELETE FROM doc_profile`).run();
});
