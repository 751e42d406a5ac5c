import { expect } from 'vitest';
import { oneTripFixture } from '../../helpers/migrations';

const TRIP = '0199a000-0000-7000-8000-000000000005';

/** Migration 5 (media): rows typical of version 4 before, and what must hold after. */
export const fixture = oneTripFixture({ id: TRIP, title: 'Studi Komparasi ke Kota Malang', startDate: '2025-04-24', endDate: '2025-04-25' }, (db) => {
  // Every NOT NULL column has a default: a bare row is accepted.
  db.prepare(`INSERT INTO coverage (id, trip_id) VALUES ('c1', ?)`).run(TRIP);
  const tone = db.prepare(`SELECT tone FROM coverage WHERE id = 'c1'`).pluck().get();
  if (tone !== 'netral') throw new Error(`coverage tone default is ${String(tone)}`);
  const sha = 'a'.repeat(64);
  db.prepare(`INSERT INTO blobs (sha256, bytes, mime, size) VALUES (?, x'ffd8ff', 'image/jpeg', 3)`).run(sha);
  db.prepare(`INSERT INTO photos (id, trip_id, image_sha256, thumb_sha256) VALUES ('p1', ?, ?, ?)`).run(TRIP, sha, sha);
  const logged = db.prepare(`SELECT count(*) FROM change_log WHERE table_name IN ('coverage', 'photos')`).pluck().get();
  if (logged !== 2) throw new Error(`expected 2 change-log rows, got ${String(logged)}`);
  expect(() => db.prepare(`UPDATE blobs SET size = 4`).run(), 'blobs must be immutable').toThrow();
  db.prepare(`DELETE FROM photos`).run();
  db.prepare(`DELETE FROM coverage`).run();
  db.prepare(`DELETE FROM blobs`).run();
});
