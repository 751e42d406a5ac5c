import { expect } from 'vitest';
import { expectDefaults, expectLogTriggers, oneTripFixture } from '../../helpers/migrations';

const TRIP = '0199a000-0000-7000-8000-000000000081';

/** Migration 8 (quotes): an empty trip_quotes table with change-log triggers; trips untouched. */
export const fixture = oneTripFixture({ id: TRIP, title: 'Studi Komparasi', startDate: '2025-04-24', endDate: '2025-04-25' }, (db) => {
  expectLogTriggers(db, 'trip_quotes');
  expectDefaults(db, 'trip_quotes');
  db.prepare(`INSERT INTO people (id, name) VALUES ('p', 'X')`).run();
  db.prepare(`INSERT INTO trip_quotes (id, trip_id, speaker_person_id, words) VALUES ('q', ?, 'p', 'Halo')`).run(TRIP);
  expect(db.prepare(`SELECT count(*) FROM change_log WHERE table_name = 'trip_quotes'`).pluck().get()).toBe(1);
  db.prepare(`DELETE FROM trip_quotes`).run();
  db.prepare(`DELETE FROM people WHERE id = 'p'`).run();
});
